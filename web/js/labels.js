// Display names for facet values (countries, officials, languages, sources): every country
// from the API's label table (loaded once), officials and sources learnt from every facet list
// and hit, so chips and hits show names even for values off the current list.

import { t } from './i18n.js';

const known = new Map();
const key = (field, value) => `${field}\u0000${value}`;

export function remember(field, value, en, ko) {
  if (typeof value !== 'string' || value === '') return;
  const k = key(field, value);
  const old = known.get(k) || { en: '', ko: '' };
  known.set(k, {
    en: (typeof en === 'string' && en) || old.en,
    ko: (typeof ko === 'string' && ko) || old.ko,
  });
}

export function rememberFacets(facets) {
  if (!facets || typeof facets !== 'object') return;
  for (const field of ['country', 'official', 'source']) {
    for (const f of Array.isArray(facets[field]) ? facets[field] : []) remember(field, String(f.value ?? ''), f.label, f.label_ko);
  }
}

// The API's table of every country: [{code, label, label_ko}].
export function rememberCountries(countries) {
  for (const c of countries || []) if (c && typeof c.code === 'string') remember('country', c.code, c.label, c.label_ko);
}

export function rememberHits(hits) {
  for (const hit of hits || []) {
    for (const o of Array.isArray(hit.officials) ? hit.officials : []) {
      if (o && o.key) remember('official', String(o.key), o.name_en || o.name, o.name_ko);
    }
    const s = hit.source;
    if (s && typeof s === 'object' && s.key) remember('source', String(s.key), s.label, s.label_ko);
  }
}

// The name in the UI language, else the other language's name, else the raw code/key.
export function labelFor(field, value, ui) {
  if (field === 'lang') return value === 'en' ? t('lang_en') : value === 'ko' ? t('lang_ko') : value;
  const e = known.get(key(field, value));
  if (!e) return value;
  return (ui === 'ko' ? e.ko || e.en : e.en || e.ko) || value;
}
