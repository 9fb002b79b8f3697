// Highlighting of query terms in a document's text. The query is reduced to the words a reader
// would expect to see marked (no operators, no excluded words, no filter fields), and matches are
// wrapped in <mark> elements created here: document text only ever becomes text nodes.

import { h } from './dom.js';

const L = '[\\p{L}\\p{N}]';
// The same idea as the server's English stop list: marking every "the" would drown the page.
const STOP = new Set(
  'a an and are as at be by for from has have in into is it its of on or that the their this to was were will with'.split(' '),
);
// Field terms that filter rather than match text.
const FILTER_FIELDS = new Set(['country', 'official', 'lang', 'date']);
const LATIN = /^[\p{Script=Latin}\p{N}]+$/u;

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordsOf(text) {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
}

// Crude English stemming, only so "consultations" marks "consultation" and "consultative",
// and "agreed" marks "agreement", as the server's Snowball stems match them. The server decides
// what matches; this only decides what is shown. Longer suffixes need a longer stem left.
const SUFFIXES = [
  ['ations', 4], ['ation', 4], ['ative', 4], ['ments', 4], ['ment', 4], ['ions', 4], ['ion', 4],
  ['ies', 3], ['ing', 3], ['ed', 3], ['es', 3], ['s', 3],
];
function stem(w) {
  for (const [suffix, keep] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= keep) return w.slice(0, -suffix.length);
  }
  return w;
}

// Returns [{kind: 'word'|'prefix'|'exact', text} | {kind: 'phrase', words: [...]}].
export function queryTerms(q) {
  const out = [];
  const s = String(q || '').normalize('NFKC');
  const token = /(-)?(?:([A-Za-z_]+):)?(?:"([^"]*)"?|([^\s()"]+))/gu;
  let negateNext = false;
  for (const m of s.matchAll(token)) {
    const negated = Boolean(m[1]);
    let field = m[2] ? m[2].toLowerCase() : '';
    const phrase = m[3];
    let word = m[4];
    if (!field && phrase === undefined && (word === 'OR' || word === 'AND' || word === 'NOT')) {
      if (word === 'NOT') negateNext = true;
      continue;
    }
    if (negated || negateNext) {
      negateNext = false;
      continue;
    }
    if (field && FILTER_FIELDS.has(field)) continue;
    if (field && field !== 'title' && word !== undefined) {
      word = `${m[2]}:${word}`; // not a field we know: the colon was just text
      field = '';
    }
    if (phrase !== undefined) {
      const words = wordsOf(phrase);
      if (words.length === 1) out.push({ kind: 'exact', text: words[0] });
      else if (words.length > 1) out.push({ kind: 'phrase', words });
      continue;
    }
    const isPrefix = word.endsWith('*');
    const words = wordsOf(word);
    words.forEach((w, i) => {
      if (isPrefix && i === words.length - 1) out.push({ kind: 'prefix', text: w });
      else if (!STOP.has(w) && !(LATIN.test(w) && w.length < 2)) out.push({ kind: 'word', text: w });
    });
  }
  return out;
}

function termPattern(term) {
  if (term.kind === 'phrase') {
    const parts = term.words.map((w, i) => {
      const latin = LATIN.test(w);
      const last = i === term.words.length - 1;
      let p = escapeRe(latin && last ? stem(w) : w);
      if (latin && i === 0) p = `(?<!${L})${p}`;
      if (latin && last) p = `${p}${L}*`;
      return p;
    });
    return parts.join(`[^\\p{L}\\p{N}]+`);
  }
  const w = term.text;
  // Korean (and other scripts without spaces between a word and its particles) match as
  // substrings: 외교부 marks the 외교부 of 외교부는.
  if (!LATIN.test(w)) return escapeRe(w);
  if (term.kind === 'exact') return `(?<!${L})${escapeRe(w)}(?!${L})`;
  if (term.kind === 'prefix') return `(?<!${L})${escapeRe(w)}${L}*`;
  return `(?<!${L})${escapeRe(stem(w))}${L}*`;
}

// One regular expression for all terms, longest first so phrases win over their words.
export function buildMatcher(terms) {
  const seen = new Set();
  const pats = [];
  for (const term of terms) {
    const p = termPattern(term);
    if (!seen.has(p)) {
      seen.add(p);
      pats.push(p);
    }
  }
  if (!pats.length) return null;
  pats.sort((a, b) => b.length - a.length);
  try {
    return new RegExp(pats.join('|'), 'giu');
  } catch {
    return null; // an engine without look-behind: show the text unmarked rather than fail
  }
}

// The text with every match wrapped in <mark>, as a fragment of text nodes and elements.
export function highlighted(text, matcher) {
  const frag = document.createDocumentFragment();
  const s = String(text ?? '');
  if (!matcher) {
    frag.append(document.createTextNode(s));
    return frag;
  }
  let at = 0;
  for (const m of s.matchAll(matcher)) {
    if (!m[0]) continue;
    if (m.index > at) frag.append(document.createTextNode(s.slice(at, m.index)));
    frag.append(h('mark', null, m[0]));
    at = m.index + m[0].length;
  }
  if (at < s.length) frag.append(document.createTextNode(s.slice(at)));
  return frag;
}
