// The English word lists official matching works from: the words of titles ("Vice Foreign
// Minister", "Minister of Foreign Affairs"), capitalized words that are never names, honorifics
// and name particles, and the word classes a scan looks up once per capitalized word.
#pragma once

#include <cstdint>

#include "common/entities/word_hash.h"

namespace dipsearch::entities::detail {

// Words that open an English title before its head ("Vice", "Foreign", "Chief Cabinet").
const WordSet& pre_words();
// Heads of English titles: a title must contain one.
const WordSet& head_words();
// What may follow "of", "for", "to", "on" inside a title ("Minister of Foreign Affairs").
const WordSet& complement_words();
// Capitalized words that are not names, so a name after a title stops before them.
const WordSet& non_name_words();
// Lower-case words inside Western names (Ursula von der Leyen).
const WordSet& name_particles();
// Heads of titles in the plural ("Prime Ministers X and Y").
const WordSet& plural_head_words();
// Honorifics before names ("H" opens "H.E.", "his"/"her" open "His Excellency").
const WordSet& honorific_words();

// Word classes, one bit each (a word may be in several lists).
enum WordClass : uint8_t {
  kPre = 1,
  kHead = 2,
  kComplement = 4,
  kNonName = 8,
  kHonorific = 16,
  kRegistryFirst = 32,  // first word of a registry spelling
  kPluralHead = 64,     // a title head in the plural: "Ministers", "Directors"
};

}  // namespace dipsearch::entities::detail
