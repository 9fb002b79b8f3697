// The result list, the "Partial matches" separator, the empty state, "did you mean", the
// filter chips and the pager. Rendering only: clicks are handled in app.js through
// data-action / data-nav attributes.

import { h, clear, snippetFragment, langOfText, safeHttpUrl } from './dom.js';
import { t, formatDate, formatNumber } from './i18n.js';
import { labelFor } from './labels.js';
import { toQueryString, effectiveSort, LIST_FIELDS } from './state.js';
import { postText } from './official_view.js';
import { versionLinks } from './versions.js';

// The short mark is for the eye; a screen reader gets the words ("English release").
export function langBadge(lang) {
  const code = String(lang || '').toLowerCase();
  const text = code === 'ko' ? '한' : code === 'en' ? 'EN' : code.toUpperCase() || '?';
  const title = code === 'ko' ? t('badge_ko_title') : code === 'en' ? t('badge_en_title') : code;
  return h(
    'span',
    { class: 'badge lang-badge', 'data-lang': code, title },
    h('span', { 'aria-hidden': 'true', lang: code === 'ko' ? 'ko' : null }, text),
    h('span', { class: 'visually-hidden' }, title),
  );
}

export function dateElement(date, cls) {
  if (!date) return h('span', { class: `${cls} no-date` }, t('no_date'));
  return h('time', { class: cls, datetime: String(date) }, formatDate(date));
}

// Country codes as buttons that add (or remove) that country as a filter.
// In the result list these are mouse shortcuts (tabIndex -1): twenty hits with several tags each
// would bury the pager under a hundred Tab stops, and the facets do the same from the keyboard.
export function countryButtons(codes, state, ui, cls, { tabbable = true } = {}) {
  const list = Array.isArray(codes) ? codes.filter((c) => typeof c === 'string' && c) : [];
  if (!list.length) return null;
  return h(
    'ul',
    { class: `${cls} tag-list` },
    list.map((code) => {
      const label = labelFor('country', code, ui);
      const on = state.country.includes(code);
      return h(
        'li',
        null,
        h(
          'button',
          {
            type: 'button',
            class: 'tag hit-country',
            'data-action': 'toggle',
            'data-field': 'country',
            'data-value': code,
            'aria-pressed': on ? 'true' : 'false',
            tabindex: tabbable ? null : '-1',
            lang: langOfText(label, ui),
            title: label === code ? t('filter_by', code) : `${t('filter_by', label)} (${code})`,
          },
          label,
        ),
      );
    }),
  );
}

export function officialName(o, ui) {
  return (ui === 'ko' ? o.name_ko || o.name : o.name_en || o.name) || o.name || o.name_en || o.name_ko || o.key || '';
}

// roles: also the post each held on the release's date (the registry's), linked to the
// official's view.
export function officialItems(officials, state, ui, cls, { tabbable = true, lang = '', roles = false } = {}) {
  const list = Array.isArray(officials) ? officials.filter((o) => o && typeof o === 'object') : [];
  if (!list.length) return null;
  return h(
    'ul',
    { class: cls },
    list.map((o) => {
      const name = officialName(o, ui);
      const nameEl = o.key
        ? h(
            'button',
            {
              type: 'button',
              class: 'link-button hit-official',
              'data-action': 'toggle',
              'data-field': 'official',
              'data-value': String(o.key),
              'aria-pressed': state.official.includes(String(o.key)) ? 'true' : 'false',
              tabindex: tabbable ? null : '-1',
              lang: langOfText(name, ui),
              title: t('filter_by', name),
            },
            name,
          )
        : h('span', { class: 'official-name', lang: langOfText(name, ui) }, name);
      // The title is as the release wrote it, in the release's language.
      const title = o.title ? h('span', { class: 'official-title', lang: lang && lang !== ui ? lang : langOfText(o.title, ui) }, String(o.title)) : null;
      const post =
        roles && o.key && o.role && typeof o.role === 'object'
          ? h('span', { class: 'official-role' }, ' — ', h('a', { href: toQueryString({ ...state, doc: '', help: false, trends: false, person: String(o.key) }), 'data-nav': 'person', title: t('person_role_link', name) }, postText(o.role, ui)))
          : null;
      return h('li', { class: 'official' }, nameEl, title, post);
    }),
  );
}

// The site a release comes from, and a link to the original page when its address is a web
// one (anything else is never made clickable).
export function sourceItem(source, url, ui) {
  const key = source && typeof source === 'object' && source.key ? String(source.key) : '';
  const href = safeHttpUrl(typeof url === 'string' ? url.trim() : '');
  if (!key && !href) return null;
  return h(
    'span',
    { class: 'hit-source' },
    key ? h('span', { class: 'hit-source-label', 'data-value': key }, labelFor('source', key, ui)) : null,
    href
      ? h('a', { class: 'hit-original', href, rel: 'noopener noreferrer external', target: '_blank', title: t('hit_original_title') }, t('hit_original'), ' ↗')
      : null,
  );
}

// Words the server marked in a snippet.
function markedWords(snippet) {
  return [...new Set([...snippetFragment(snippet).querySelectorAll('mark')].map((m) => m.textContent.trim()).filter(Boolean))];
}

// Why a release in the other language matched: the server marked its words for the query's
// country or official name as written in that language (Japan → 일본).
function matchedThrough(hit, state) {
  const q = state.q.trim();
  if (!q || typeof hit.snippet !== 'string') return null;
  const korean = hit.lang === 'ko';
  if (korean === /[\uac00-\ud7a3]/.test(q)) return null;
  const typed = q.normalize('NFKC').toLowerCase();
  const other = markedWords(hit.snippet).filter((w) => !typed.includes(w.normalize('NFKC').toLowerCase()));
  if (!other.length) return null;
  return h(
    'p',
    { class: 'matched-through', 'data-testid': 'matched-through', title: t('matched_through_title') },
    `${t('matched_through')}: `,
    h('span', { lang: korean ? 'ko' : 'en' }, other.join(', ')),
  );
}

function renderHit(hit, state, ui) {
  const id = String(hit.id ?? '');
  const lang = String(hit.lang || '');
  const href = toQueryString({ ...state, doc: id });
  return h(
    'li',
    { class: hit.partial ? 'hit partial' : 'hit', 'data-id': id, 'data-testid': 'hit' },
    h(
      'h3',
      { class: 'hit-heading' },
      h('a', { class: 'hit-title', href, 'data-nav': 'doc', lang: lang || null }, hit.title ? String(hit.title) : t('untitled')),
    ),
    h(
      'div',
      { class: 'hit-meta' },
      dateElement(hit.date, 'hit-date'),
      langBadge(lang),
      versionLinks(hit.translations, state, 'hit-versions'),
      sourceItem(hit.source, hit.url, ui),
      countryButtons(hit.countries, state, ui, 'hit-countries', { tabbable: false }),
    ),
    officialItems(hit.officials, state, ui, 'hit-officials', { tabbable: false, lang }),
    hit.snippet ? h('p', { class: 'hit-snippet', lang: lang || null }, snippetFragment(hit.snippet)) : null,
    matchedThrough(hit, state),
  );
}

// "Did you mean consultations?" when nothing matched every word and a spelling that does
// was found (the API's suggestion).
function didYouMean(state, data) {
  if (typeof data.suggestion !== 'string' || !data.suggestion) return null;
  const href = toQueryString({ ...state, q: data.suggestion, page: 1, doc: '' }) || '?';
  return h(
    'p',
    { class: 'did-you-mean', 'data-testid': 'did-you-mean' },
    `${t('did_you_mean')} `,
    h('a', { href, 'data-nav': 'search', lang: langOfText(data.suggestion, 'en') }, data.suggestion),
    t('did_you_mean_end'),
  );
}

// The words of a query that are only stop words (the API's ignored_words), quoted for a
// message; '' when the query has other words too.
function onlyStopWords(state, data) {
  const ignored = Array.isArray(data.ignored_words) ? data.ignored_words.filter((w) => typeof w === 'string') : [];
  const words = state.q.match(/[\p{L}\p{N}]+/gu) || [];
  if (!ignored.length || words.length !== ignored.length) return '';
  return ignored.map((w) => `“${w}”`).join(', ');
}

function emptyState(state, data) {
  const beyond = state.page > 1 && (data.total || 0) + (data.total_partial || 0) > 0;
  if (beyond) {
    return h(
      'div',
      { class: 'empty-state', id: 'empty' },
      h('p', { class: 'empty-title' }, t('past_end')),
      h('p', null, h('a', { href: toQueryString({ ...state, page: 1 }) || '?', 'data-nav': 'page' }, t('first_page'))),
    );
  }
  const q = state.q.trim();
  const stopWords = onlyStopWords(state, data);
  return h(
    'div',
    { class: 'empty-state', id: 'empty' },
    h('p', { class: 'empty-title' }, q ? t('empty_q', q) : t('empty_filters')),
    didYouMean(state, data),
    h('p', { class: 'empty-hint' }, stopWords ? t('empty_stopwords', stopWords) : t('empty_hint')),
  );
}

export function renderResults(container, data, state, ui) {
  clear(container);
  const hits = data.hits.filter((x) => x && typeof x === 'object');
  if (!hits.length) {
    container.append(emptyState(state, data));
    return;
  }
  const suggestion = didYouMean(state, data);
  if (suggestion) container.append(suggestion);
  // The API already lists strict matches first; keep that order and split where partials begin.
  const strict = hits.filter((x) => !x.partial);
  const partial = hits.filter((x) => x.partial);
  if (strict.length) container.append(h('ol', { class: 'hit-list' }, strict.map((x) => renderHit(x, state, ui))));
  if (partial.length) {
    const n = Number(data.total_partial) || partial.length;
    container.append(
      h(
        'div',
        { id: 'partial-separator', class: 'partial-separator', 'data-testid': 'partial-separator' },
        h('h3', { class: 'partial-title' }, t('partial_sep')),
        h('p', { class: 'partial-count' }, t('partial_sep_count', n)),
      ),
      h('ol', { class: 'hit-list partial-list' }, partial.map((x) => renderHit(x, state, ui))),
    );
  }
}

export function pageCount(data, state) {
  const per = Number(data.per_page) || state.perPage;
  let n = Number(data.total) || 0;
  // Partial matches extend the list only in relevance order (or when the server says so by
  // returning some on this page).
  if (effectiveSort(state) === 'relevance' || data.hits.some((x) => x && x.partial)) n += Number(data.total_partial) || 0;
  return Math.max(1, Math.ceil(n / per));
}

// 1 … 4 5 [6] 7 8 … 20
function pageWindow(current, last) {
  const pages = new Set([1, last]);
  for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= last) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out = [];
  sorted.forEach((p, i) => {
    if (i && p - sorted[i - 1] > 1) out.push(p - sorted[i - 1] === 2 ? p - 1 : null);
    out.push(p);
  });
  return out;
}

export function renderPager(nav, data, state) {
  clear(nav);
  const last = pageCount(data, state);
  const current = state.page;
  if (last <= 1 && current <= 1) {
    nav.hidden = true;
    return;
  }
  nav.hidden = false;
  const link = (page, text, cls, extra = {}) =>
    h('a', { class: cls, href: toQueryString({ ...state, page, doc: '' }) || '?', 'data-nav': 'page', 'data-page': page, ...extra }, text);
  const items = [];
  items.push(
    current > 1
      ? link(current - 1, `← ${t('prev')}`, 'pager-prev', { rel: 'prev' })
      : h('span', { class: 'pager-prev', 'aria-disabled': 'true' }, `← ${t('prev')}`),
  );
  for (const p of pageWindow(Math.min(current, last), last)) {
    if (p === null) items.push(h('span', { class: 'pager-gap', 'aria-hidden': 'true' }, '…'));
    else if (p === current) items.push(h('span', { class: 'pager-page current', 'aria-current': 'page', 'data-page': p }, formatNumber(p)));
    else items.push(link(p, formatNumber(p), 'pager-page', { 'aria-label': t('page_n', p) }));
  }
  items.push(
    current < last
      ? link(current + 1, `${t('next')} →`, 'pager-next', { rel: 'next' })
      : h('span', { class: 'pager-next', 'aria-disabled': 'true' }, `${t('next')} →`),
  );
  nav.append(h('ul', null, items.map((el) => h('li', null, el))));
}

// A chip's identity across re-renders.
export function chipKey(chip) {
  return `${chip.dataset.field}\u0000${chip.dataset.value}`;
}

// Focuses the chip with this key; false when there is none.
export function focusChip(container, key) {
  const chip = key === null ? null : [...container.querySelectorAll('.chip')].find((c) => chipKey(c) === key);
  if (chip) chip.focus();
  return Boolean(chip);
}

// The chips of the state's filters. A chip that had keyboard focus has it again after.
export function renderChips(container, state, ui) {
  const focused = container.contains(document.activeElement) ? chipKey(document.activeElement) : null;
  clear(container);
  const chip = (field, value, label) =>
    h(
      'li',
      null,
      h(
        'button',
        {
          type: 'button',
          class: 'chip',
          'data-action': 'remove',
          'data-field': field,
          'data-value': value,
          'aria-label': t('remove_filter', label),
          title: t('remove_filter', label),
        },
        h('span', { class: 'chip-field' }, t(`chip_field_${field}`)),
        h('span', { class: 'chip-label', lang: langOfText(label, ui) }, label),
        h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'),
      ),
    );
  const items = [];
  for (const f of LIST_FIELDS) for (const v of state[f]) items.push(chip(f, v, labelFor(f, v, ui)));
  if (state.from || state.to) items.push(chip('date', '', t('date_chip', formatDate(state.from), formatDate(state.to))));
  container.append(...items);
  focusChip(container, focused);
  return items.length;
}

// Country names that arrived after drawing replace the codes on the buttons in place.
export function relabelCountryButtons(root, ui) {
  for (const btn of root.querySelectorAll('.hit-country')) {
    const label = labelFor('country', btn.dataset.value, ui);
    if (btn.textContent !== label) btn.textContent = label;
    const lang = langOfText(label, ui);
    if (lang) btn.setAttribute('lang', lang);
    else btn.removeAttribute('lang');
  }
}
