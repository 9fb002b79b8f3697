// The word lists of official_words.h.
#include "common/entities/official_words.h"

namespace dipsearch::entities::detail {

// Words that open an English title before its head ("Vice", "Foreign", "Chief Cabinet").
const WordSet& pre_words() {
  static const WordSet set = {
      "vice",      "deputy",   "first",    "second",   "third",     "senior",   "foreign",
      "prime",     "special",  "chief",    "assistant", "under",    "permanent", "acting",
      "executive", "principal", "cabinet", "state",    "national",  "security", "defense",
      "defence",   "trade",    "finance",  "unification", "interior", "parliamentary", "high",
      "crown",     "grand",    "external", "economic", "political", "former",  "lord",
      "affairs",   "home",     "press",    "research"};  // "Home Affairs Minister", "Press Secretary"
  return set;
}

// Heads of English titles: a title must contain one.
const WordSet& head_words() {
  static const WordSet set = {
      "minister",    "secretary",  "spokesperson", "spokesman",  "spokeswoman", "ambassador",
      "president",   "representative", "director", "envoy",    "chairman",    "chairperson",
      "chair",       "commissioner", "premier",   "chancellor", "adviser",     "advisor",
      "counselor",   "counsellor", "consul",      "governor",   "mayor",       "senator",
      "speaker",     "coordinator", "king",       "queen",      "emir",        "sultan",
      "prince",      "princess",   "commander",   "negotiator", "delegate",    "administrator",
      "head",        "executive",  "member",      "emperor",    "empress",     "councilor",
      "councillor",  "officer",    "charge",      "chargé",     "chargée",
      "extraordinary", "plenipotentiary"};  // "Ambassador Extraordinary and Plenipotentiary"
  return set;
}

// What may follow "of", "for", "to", "on" inside a title ("Minister of Foreign Affairs",
// "Special Representative for Korean Peninsula Peace and Security Affairs").
const WordSet& complement_words() {
  static const WordSet set = {
      "foreign",    "affairs",     "state",       "defense",     "defence",    "national",
      "trade",      "political",   "economic",    "economy",     "unification", "finance",
      "justice",    "interior",    "home",        "security",    "cooperation", "international",
      "development", "industry",   "energy",      "commerce",    "culture",    "health",
      "welfare",    "environment", "education",   "planning",    "strategy",   "strategic",
      "multilateral", "bilateral", "global",      "public",      "diplomacy",  "policy",
      "peace",      "asian",       "pacific",     "asia",        "europe",     "european",
      "eurasian",   "african",     "africa",      "middle",      "east",       "eastern",
      "west",       "western",     "north",       "northern",    "south",      "southern",
      "northeast",  "southeast",   "central",     "nuclear",     "disarmament", "nonproliferation",
      "non",        "proliferation", "legal",     "consular",    "protocol",   "climate",
      "change",     "human",       "rights",      "arms",        "control",    "science",
      "technology", "agriculture", "fisheries",   "oceans",      "maritime",   "infrastructure",
      "transport",  "labor",       "labour",      "employment",  "gender",     "equality",
      "family",     "personnel",   "management",  "administration", "safety", "relations",
      "operations", "communications", "united",   "nations",     "un",         "asean",
      "humanitarian", "assistance", "overseas",   "koreans",     "treaties",   "emergency",
      "cyber",      "space",       "resources",   "sustainable", "growth",     "innovation",
      "digital",    "information", "intelligence", "crisis",     "response",   "counter",
      "terrorism",  "counterterrorism", "affair", "americas",    "latin",      "american",
      "korean",     "peninsula",   "g20",         "apec",        "oecd",       "eu",
      "nato",       "iaea",        "who",         "wto",         "unesco",     "unicef",
      "geneva",     "new",         "york",        "vienna",      "relief",     "aid",
      "commonwealth", "francophonie", "veterans", "patriots",  "ministry",   "indo",
      "council",    "office",      "department",  "house",       "presidential", "union",
      "commission", "committee",   "agency",      "organization", "organisation", "bank",
      "fund",       "programme",   "program",     "forum",       "assembly",   "parliament",
      "senate",     "institute",   "foundation",  "alliance",    "partnership", "community",
      "federation", "league",      "secretariat", "communist",   "party",      "bureau",
      "chiefs",     "staff",       "joint",       "world",       "arctic",
      "embassy",    "consulate",   "mission",     "parliamentarians", "studies",  "research",
      "commons",    "lords",       "organizations", "organisations", "issues",   "expatriates",
      "conflict",   "prevention",  "emigrants", "diaspora",   "worship"};
  return set;
}

// Capitalized words that are not names, so a name after a title stops before them.
const WordSet& non_name_words() {
  static const WordSet set = {
      "january",   "february",  "march",     "april",    "may",       "june",     "july",
      "august",    "september", "october",   "november", "december",  "monday",   "tuesday",
      "wednesday", "thursday",  "friday",    "saturday", "sunday",    "the",      "government",
      "ministry",  "embassy",   "republic",  "kingdom",  "office",    "council",  "committee",
      "commission", "agency",   "department", "bureau",  "headquarters", "conference", "summit",
      "meeting",   "meetings",  "forum",     "dialogue", "talks",     "consultations",
      "consultation", "statement", "press",  "release",  "joint",     "day",      "week",
      "year",      "session",   "visit",     "ceremony", "agreement", "treaty",   "declaration",
      "initiative", "program",  "programme", "project",  "fund",      "bank",     "university",
      "institute", "center",    "centre",    "foundation", "association", "organization",
      "organisation", "union",  "party",     "parliament", "assembly", "congress", "house",
      "court",     "army",      "navy",      "force",    "forces",    "and",      "said",
      "during",    "after",     "before",    "also",     "who",       "which",    "his",
      "her",       "their",     "its",       "this",     "that",      "these",    "he",
      "she",       "they",      "we",        "it",       "korea",     "korean",   "world",
      "general",   "secretariat", "team",    "group",    "delegation", "side",    "sides",
      "people",    "war",       "sea",       "ocean",    "island",    "islands",  "in",
      "city",      "metropolitan", "province", "county",   "district",  "municipality",
      "on",        "at",        "of",        "for",      "to",        "with",     "excellency",
      "honorable", "honourable", "mr",       "mrs",      "ms",        "dr",       "both",
      "sayyid",    "sayyida",
      "all",       "a",         "an",        "as",       "by",        "from",     "is",
      "was",       "will",      "has",       "had",      "have",      "met",      "meets",
      "held",      "holds",     "attended",  "attends",  "delivered", "delivers", "expressed",
      "noted",     "welcomed",  "stressed",  "called",   "outcome",   "results",  "remarks",
      "opening",   "closing",   "keynote",   "address",  "speech",    "message",  "letter",
      "courtesy",  "call",      "phone",     "telephone", "video",    "online",   "virtual",
      "bilateral", "trilateral", "multilateral", "high-level", "level", "policy", "covid",
      // Headline verbs ("Vice Minister Congratulates New …").
      "visits",    "receives",  "hosts",     "calls",    "discusses", "signs",    "pays",
      "participates", "condoles", "expresses", "welcomes", "announces", "addresses", "launches",
      "leads",     "joins",     "concludes", "opens",    "issues",    "releases", "travels",
      "returns",   "departs",   "arrives",   "speaks",   "has",       "makes",    "gives",
      "sends",     "congratulates", "co-chairs", "co-hosts", "attend", "hold", "meet",
      "visited",   "received",  "hosted",    "discussed", "signed",   "paid",     "announced",
      "outcome",   "result",    "briefing",  "interview", "contribution", "article", "op-ed",
      // Titles in the plural ("Prime Ministers X and Y"): never part of a name.
      "ministers", "secretaries", "presidents", "ambassadors", "directors", "envoys",
      "spokespersons", "chairmen", "representatives", "premiers", "chancellors"};
  return set;
}

const WordSet& plural_head_words() {
  static const WordSet set = {"ministers", "secretaries",   "presidents", "ambassadors",
                              "directors", "envoys",        "spokespersons", "chairmen",
                              "representatives", "premiers", "chancellors"};
  return set;
}

// Lower-case words inside Western names (Ursula von der Leyen).
const WordSet& name_particles() {
  static const WordSet set = {"von", "van", "der", "den", "de", "da", "do", "dos", "du",
                          "bin", "binti", "al", "el", "la", "le", "di", "ibn",
                          "del", "della", "dela"};
  return set;
}

// Honorifics before names ("H" opens "H.E.", "his"/"her" open "His Excellency").
const WordSet& honorific_words() {
  static const WordSet set = {"mr", "mrs", "ms", "dr", "prof", "amb", "sir", "madam", "mme",
                          "hon", "rev", "h", "his", "her", "honorable", "honourable",
                          "sayyid", "sayyida"};
  return set;
}

}  // namespace dipsearch::entities::detail
