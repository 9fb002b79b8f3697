// The search page's controller: keeps the state in the URL, asks the API, and hands the answers
// to the renderers in js/. Every user action goes through navigate(), so the address bar,
// reload and back/forward always agree with what is on screen.

import * as api from './js/api.js';
import { initUiLang, setUiLang, uiLang, t, applyStaticText } from './js/i18n.js';
import {
  parseState,
  toQueryString,
  searchKey,
  effectiveSort,
  withToggled,
  withoutFilters,
  isValidDateParam,
  emptyState,
} from './js/state.js';
import { rememberFacets, rememberHits, labelFor } from './js/labels.js';
import { renderResults, renderPager, renderChips } from './js/results.js';
import { renderFacet, setFacetFilter, toggleFacetExpanded } from './js/facets.js';
import { renderHistogram, wireHistogram } from './js/histogram.js';
import { renderDoc, renderDocError, renderLoading, renderSimilar, citation } from './js/docview.js';
import { queryTerms, buildMatcher } from './js/highlight.js';
import { h, clear, isPlainClick, snippetFragment } from './js/dom.js';

const $ = (sel) => document.querySelector(sel);
const els = {
  form: $('#search-form'),
  q: $('#q'),
  error: $('#error'),
  uiLang: $('#ui-lang'),
  home: $('#home-link'),
  searchView: $('#search-view'),
  sidebar: $('#sidebar'),
  filtersToggle: $('#filters-toggle'),
  facets: $('#facets'),
  facet: {
    country: $('#facet-country'),
    official: $('#facet-official'),
    lang: $('#facet-lang'),
    source: $('#facet-source'),
  },
  facetDate: $('#facet-date'),
  dateForm: $('#date-range'),
  dateFrom: $('#date-from'),
  dateTo: $('#date-to'),
  dateError: $('#date-error'),
  results: $('#results'),
  resultsHeading: $('#results-heading'),
  total: $('#total'),
  totalPartial: $('#total-partial'),
  took: $('#took'),
  sort: $('#sort'),
  pager: $('#pager'),
  activeFilters: $('#active-filters'),
  chips: $('#chips'),
  clearAll: $('#clear-all'),
  loading: $('#loading'),
  exportLinks: $('#export-links'),
  docView: $('#doc-view'),
  docContent: $('#doc-content'),
  backLink: $('#back-link'),
  similar: $('#similar'),
};

let state = parseState(location.search);

// The result list on screen and the state it was computed for.
let shown = { key: null, data: null, state: null };
// Recent answers, so back/forward and closing a document are instant and keep their scroll.
const searchCache = new Map();
const CACHE_SIZE = 30;
let inflight = null;
let lastError = null;
let loadingTimer = 0;

let debounceTimer = 0;
// True while a burst of typing owns the current history entry (replaceState, not pushState).
let typing = false;
// Scroll position to restore once the list for a history entry is rendered.
let pendingScroll = null;

const docCache = new Map();
const similarCache = new Map();
let docRequest = null;
// Words the server marked in each hit's snippet: they also mark the document view, which
// catches what our simple matcher cannot (cross-language country names, inflections).
const snippetMarks = new Map();

// ---------------------------------------------------------------- navigation

function currentUrl() {
  return location.pathname + location.search;
}

function urlFor(s) {
  return location.pathname + toQueryString(s);
}

function saveScroll() {
  try {
    history.replaceState({ ...(history.state || {}), scrollY: window.scrollY }, '');
  } catch {
    /* some browsers limit replaceState calls; losing a scroll position is harmless */
  }
}

// Every change of state goes through here. push: a user action, its own history entry;
// replace: refine the current entry (typing).
function navigate(next, { replace = false, keepTyping = false } = {}) {
  if (!keepTyping) typing = false;
  const url = urlFor(next);
  if (url !== currentUrl()) {
    if (replace) {
      history.replaceState({ ...(history.state || {}), scrollY: 0 }, '', url);
    } else {
      saveScroll();
      // Remember that a document was opened from the list, so "back" can return to it
      // with history.back() and the list's scroll position.
      history.pushState({ fromList: Boolean(next.doc && !state.doc) }, '', url);
    }
  }
  const prev = state;
  state = next;
  pendingScroll = null;
  update(prev);
}

function closeDoc() {
  if (!state.doc) return;
  if (history.state && history.state.fromList) history.back();
  else navigate({ ...state, doc: '' });
}

window.addEventListener('popstate', (ev) => {
  clearTimeout(debounceTimer);
  typing = false;
  const prev = state;
  state = parseState(location.search);
  els.q.value = state.q;
  pendingScroll = ev.state && typeof ev.state.scrollY === 'number' ? ev.state.scrollY : 0;
  update(prev);
});

// ---------------------------------------------------------------- rendering the state

function update(prev) {
  // Never rewrite the box under the caret: while typing, the box is ahead of the state.
  if (document.activeElement !== els.q) els.q.value = state.q;
  els.sort.value = effectiveSort(state);
  syncChips();
  syncDateInputs();
  syncExportLinks();
  if (state.doc) showDocView(prev);
  else showSearchView(prev);
  updateTitle();
}

function updateTitle() {
  if (state.doc) {
    const doc = docCache.get(state.doc);
    document.title = doc && doc.title ? t('page_title_q', String(doc.title)) : t('page_title');
  } else {
    document.title = state.q.trim() ? t('page_title_q', state.q.trim()) : t('page_title');
  }
}

function syncChips() {
  const n = renderChips(els.chips, state, uiLang());
  els.activeFilters.hidden = n === 0;
  els.clearAll.hidden = n === 0;
  els.filtersToggle.textContent = n ? t('filters_n', n) : t('filters');
}

function syncDateInputs() {
  if (document.activeElement !== els.dateFrom) els.dateFrom.value = state.from;
  if (document.activeElement !== els.dateTo) els.dateTo.value = state.to;
  els.dateError.hidden = true;
  els.dateFrom.removeAttribute('aria-invalid');
  els.dateTo.removeAttribute('aria-invalid');
}

// Which optional endpoints answered (see api.optionalEndpoints); until then no link is shown.
let endpoints = { export: false, feed: false };

function syncExportLinks() {
  let any = false;
  for (const a of els.exportLinks.querySelectorAll('a[data-format]')) {
    const feed = a.dataset.format === 'atom';
    a.hidden = !(feed ? endpoints.feed : endpoints.export);
    a.href = feed ? api.feedUrl(state) : api.exportUrl(state, a.dataset.format);
    any ||= !a.hidden;
  }
  els.exportLinks.hidden = !any;
}

function showSearchView(prev) {
  els.docView.hidden = true;
  els.searchView.hidden = false;
  if (docRequest) docRequest.abort();
  runSearch();
  if (prev && prev.doc) {
    // Back from a document: put focus on its title in the list, for keyboard users.
    const link = [...els.results.querySelectorAll('.hit')].find((x) => x.dataset.id === prev.doc);
    const target = link ? link.querySelector('.hit-title') : null;
    if (target) target.focus({ preventScroll: pendingScroll !== null });
  }
}

// ---------------------------------------------------------------- searching

function cachePut(key, data) {
  searchCache.delete(key);
  searchCache.set(key, data);
  while (searchCache.size > CACHE_SIZE) searchCache.delete(searchCache.keys().next().value);
}

function runSearch({ force = false } = {}) {
  const key = searchKey(state);
  const snapshot = { ...state };
  if (!force && shown.key === key && !lastError) {
    // Same list: only the parts that depend on the full state (e.g. doc links) need a refresh.
    showData(key, shown.data, snapshot);
    return;
  }
  if (!force && searchCache.has(key)) {
    if (inflight) inflight.ctl.abort();
    inflight = null;
    stopLoading();
    showData(key, searchCache.get(key), snapshot);
    return;
  }
  if (!force && inflight && inflight.key === key) return;
  if (inflight) inflight.ctl.abort();
  const ctl = new AbortController();
  const mine = { key, ctl };
  inflight = mine;
  startLoading();
  api.search(snapshot, ctl.signal).then(
    (data) => {
      if (inflight !== mine) return;
      inflight = null;
      stopLoading();
      cachePut(key, data);
      showData(key, data, snapshot);
    },
    (err) => {
      if (inflight !== mine) return; // replaced by a newer search
      inflight = null;
      stopLoading();
      if (err && err.name === 'AbortError') return;
      showError(err);
    },
  );
}

function startLoading() {
  els.results.setAttribute('aria-busy', 'true');
  clearTimeout(loadingTimer);
  // Only show the indicator when the answer is slow, so fast searches do not flicker.
  loadingTimer = setTimeout(() => {
    els.loading.hidden = false;
    els.results.classList.add('is-loading');
  }, 150);
}

function stopLoading() {
  clearTimeout(loadingTimer);
  els.results.removeAttribute('aria-busy');
  els.loading.hidden = true;
  els.results.classList.remove('is-loading');
}

function showData(key, data, st) {
  shown = { key, data, state: st };
  lastError = null;
  clearError();
  const ui = uiLang();
  rememberFacets(data.facets);
  rememberHits(data.hits);
  for (const hit of data.hits) {
    if (hit && hit.id !== undefined && hit.snippet) {
      const marks = [...snippetFragment(hit.snippet).querySelectorAll('mark')].map((m) => m.textContent.trim()).filter(Boolean);
      if (marks.length) snippetMarks.set(String(hit.id), marks);
    }
  }

  const facets = data.facets && typeof data.facets === 'object' ? data.facets : {};
  for (const field of ['country', 'official', 'lang', 'source']) renderFacet(els.facet[field], field, facets[field], st[field], ui);
  renderHistogram(els.facetDate, facets.date, st);

  els.results.classList.remove('stale');
  renderResults(els.results, data, st, ui);
  renderPager(els.pager, data, st);
  renderSummary(data);
  syncChips(); // labels may have arrived with this answer
  if (state.doc) relabelDocCountries();

  if (pendingScroll !== null && !state.doc) {
    window.scrollTo(0, pendingScroll);
    pendingScroll = null;
  }
}

function renderSummary(data) {
  const total = Number(data.total) || 0;
  const partial = Number(data.total_partial) || 0;
  els.total.textContent = t('total', total);
  els.total.dataset.value = String(total);
  els.totalPartial.textContent = partial ? t('total_partial', partial) : '';
  els.totalPartial.hidden = !partial;
  const ms = Number(data.took_ms);
  els.took.textContent = Number.isFinite(ms) ? t('took', ms < 10 ? ms.toFixed(1) : Math.round(ms)) : '';
}

function errorText(err) {
  if (!err || !err.kind) return t('err_network');
  switch (err.kind) {
    case 'network':
      return t('err_network');
    case 'timeout':
      return t('err_timeout');
    case 'server':
      return t('err_server', err.status, err.serverMessage);
    case 'bad-response':
      return t('err_bad_response');
    default:
      if (err.param === 'q') return t('err_query', err.serverMessage || err.code || '');
      if (err.param) return t('err_param', err.param, err.serverMessage || err.code || '');
      return t('err_client', err.status, err.serverMessage);
  }
}

function showError(err) {
  lastError = err;
  clear(els.error);
  const isQuery = err && err.kind === 'client' && err.param === 'q';
  els.error.classList.toggle('query-error', isQuery);
  els.error.append(h('span', { class: 'error-text' }, errorText(err)));
  if (!isQuery && err && err.kind !== 'client') {
    els.error.append(' ', h('button', { type: 'button', class: 'link-button', 'data-action': 'retry' }, t('retry')));
  }
  els.error.hidden = false;
  if (isQuery) els.q.setAttribute('aria-invalid', 'true');
  // Keep the last good results visible but dimmed: a half-typed query should not blank the page.
  els.results.classList.add('stale');
  if (!shown.data) {
    clear(els.results);
    els.total.textContent = '';
    els.totalPartial.textContent = '';
    els.took.textContent = '';
    els.pager.hidden = true;
  }
}

function clearError() {
  els.error.hidden = true;
  clear(els.error);
  els.error.classList.remove('query-error');
  els.q.removeAttribute('aria-invalid');
}

// ---------------------------------------------------------------- document view

function matcherFor(id) {
  const terms = queryTerms(state.q);
  for (const w of snippetMarks.get(id) || []) {
    if (w.includes(' ')) terms.push({ kind: 'phrase', words: w.toLowerCase().split(/\s+/) });
    else terms.push({ kind: 'exact', text: w.normalize('NFKC').toLowerCase() });
  }
  return buildMatcher(terms);
}

function showDocView(prev) {
  els.searchView.hidden = true;
  els.docView.hidden = false;
  els.backLink.href = toQueryString({ ...state, doc: '' }) || location.pathname;
  const id = state.doc;
  const opened = !prev || prev.doc !== id;
  const afterRender = () => {
    if (!opened) return;
    if (pendingScroll !== null) {
      window.scrollTo(0, pendingScroll);
      pendingScroll = null;
    } else {
      window.scrollTo(0, 0);
    }
    // Move focus into the document only when the reader opened it here; a page loaded from a
    // shared link starts at the top like any other page.
    const title = $('#doc-title');
    if (prev && title && document.activeElement !== els.q) title.focus({ preventScroll: true });
  };
  // Opened straight from a link: load the list behind it too, so "Back" is instant and the
  // country names (which come from the list's facets) are known.
  if (!shown.key && !inflight) runSearch();
  if (docCache.has(id)) {
    drawDoc(docCache.get(id));
    afterRender();
    return;
  }
  if (docRequest) docRequest.abort();
  const ctl = new AbortController();
  docRequest = ctl;
  renderLoading(els.docContent);
  renderSimilar(els.similar, undefined, state);
  api.getDocument(id, ctl.signal).then(
    (doc) => {
      if (docRequest !== ctl) return;
      docRequest = null;
      docCache.set(id, doc);
      if (state.doc !== id) return;
      drawDoc(doc);
      updateTitle();
      afterRender();
    },
    (err) => {
      if (docRequest !== ctl) return;
      docRequest = null;
      if (err && err.name === 'AbortError') return;
      if (state.doc !== id) return;
      renderDocError(els.docContent, err.kind === 'notfound' ? t('doc_notfound', id) : errorText(err));
      afterRender();
    },
  );
}

// Country names learnt after the document was drawn replace the codes in place.
function relabelDocCountries() {
  for (const btn of els.docContent.querySelectorAll('.hit-country')) {
    const label = labelFor('country', btn.dataset.value, uiLang());
    if (btn.textContent !== label) btn.textContent = label;
  }
}

function drawDoc(doc) {
  renderDoc(els.docContent, doc, { state, ui: uiLang(), matcher: matcherFor(state.doc) });
  loadSimilar(state.doc);
}

function loadSimilar(id) {
  if (similarCache.has(id)) {
    renderSimilar(els.similar, similarCache.get(id), state);
    return;
  }
  renderSimilar(els.similar, null, state);
  api.getSimilar(id).then(
    (items) => {
      similarCache.set(id, items);
      if (state.doc === id) renderSimilar(els.similar, items, state);
    },
    () => {
      // Not available (the endpoint may not exist yet) or failed: the section just stays away.
      similarCache.set(id, undefined);
      if (state.doc === id) renderSimilar(els.similar, undefined, state);
    },
  );
}

async function copyCitation() {
  const doc = docCache.get(state.doc);
  if (!doc) return;
  const text = citation(doc);
  const status = $('#cite-status');
  const area = $('#cite-text');
  let ok = false;
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      ok = true;
    }
  } catch {
    ok = false;
  }
  if (!ok && area) {
    // Plain-http pages have no clipboard API: fall back to a selected text area.
    area.value = text;
    area.hidden = false;
    area.focus();
    area.select();
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    if (ok) area.hidden = true;
  }
  if (status) {
    status.textContent = ok ? t('cite_copied') : t('cite_failed');
    status.dataset.ok = ok ? 'true' : 'false';
  }
}

// ---------------------------------------------------------------- search box

function commitQuery(fromEnter) {
  clearTimeout(debounceTimer);
  debounceTimer = 0;
  const q = els.q.value;
  if (q === state.q && !state.doc) {
    if (fromEnter) {
      typing = false;
      // Enter on an unchanged query retries a failed search (not a refused query).
      if (lastError && lastError.kind !== 'client') runSearch({ force: true });
    }
    return;
  }
  // The first pause in a burst of typing gets its own history entry; later pauses and the
  // closing Enter refine that entry, so Back returns to the search before the typing.
  navigate({ ...state, q, page: 1, doc: '' }, { replace: typing, keepTyping: true });
  typing = !fromEnter;
}

els.form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  commitQuery(true);
});

els.q.addEventListener('input', () => {
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(() => {
    debounceTimer = 0;
    commitQuery(false);
  }, 200);
});

els.q.addEventListener('keydown', (ev) => {
  if (ev.key !== 'Escape') return;
  ev.preventDefault();
  ev.stopPropagation();
  if (els.q.value !== '') {
    els.q.value = '';
    commitQuery(true);
  } else if (state.doc) {
    closeDoc();
  }
});

els.q.addEventListener('blur', () => {
  // Leaving the box ends the typing burst (the next edit starts a new history entry); a
  // pending search runs first, so a click on a filter applies to what was typed.
  if (debounceTimer) commitQuery(false);
  typing = false;
});

// ---------------------------------------------------------------- filters, sort, pages

els.facets.addEventListener('change', (ev) => {
  const box = ev.target;
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || !box.dataset.field) return;
  navigate(withToggled(state, box.dataset.field, box.value, box.checked));
});

els.facets.addEventListener('input', (ev) => {
  const input = ev.target;
  if (!input.classList || !input.classList.contains('facet-filter')) return;
  const section = input.closest('.facet');
  const field = section.dataset.field;
  setFacetFilter(field, input.value);
  if (shown.data) renderFacet(section, field, (shown.data.facets || {})[field], shown.state[field], uiLang());
});

els.facets.addEventListener('keydown', (ev) => {
  const target = ev.target;
  if (target.classList && target.classList.contains('facet-filter') && ev.key === 'Escape' && target.value) {
    ev.preventDefault();
    ev.stopPropagation();
    target.value = '';
    target.dispatchEvent(new Event('input', { bubbles: true }));
    return;
  }
  if (target.classList && target.classList.contains('facet-filter') && ev.key === 'Enter') {
    ev.preventDefault(); // a filter box is not a form: Enter must not submit anything
  }
});

for (const btn of document.querySelectorAll('.facet-more')) {
  btn.addEventListener('click', () => {
    const section = btn.closest('.facet');
    const field = section.dataset.field;
    toggleFacetExpanded(field);
    if (shown.data) renderFacet(section, field, (shown.data.facets || {})[field], shown.state[field], uiLang());
  });
}

wireHistogram(els.facetDate, {
  select: ({ from, to }) => navigate({ ...state, from, to, page: 1, doc: '' }),
  getState: () => state,
  redraw: () => {
    if (shown.data) renderHistogram(els.facetDate, (shown.data.facets || {}).date, shown.state);
  },
});

els.dateForm.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const from = els.dateFrom.value.trim();
  const to = els.dateTo.value.trim();
  const badFrom = !isValidDateParam(from);
  const badTo = !isValidDateParam(to);
  els.dateFrom.toggleAttribute('aria-invalid', badFrom);
  els.dateTo.toggleAttribute('aria-invalid', badTo);
  if (badFrom || badTo) {
    els.dateError.textContent = t('date_bad');
    els.dateError.hidden = false;
    (badFrom ? els.dateFrom : els.dateTo).focus();
    return;
  }
  els.dateError.hidden = true;
  navigate({ ...state, from, to, page: 1, doc: '' });
});

els.sort.addEventListener('change', () => {
  navigate({ ...state, sort: els.sort.value, page: 1, doc: '' });
});

els.clearAll.addEventListener('click', () => {
  navigate(withoutFilters(state));
  els.q.focus();
});

els.filtersToggle.addEventListener('click', () => {
  const open = !els.sidebar.classList.contains('open');
  els.sidebar.classList.toggle('open', open);
  els.filtersToggle.setAttribute('aria-expanded', open ? 'true' : 'false');
});

els.home.addEventListener('click', (ev) => {
  if (!isPlainClick(ev)) return;
  ev.preventDefault();
  els.q.value = '';
  navigate(emptyState());
  els.q.focus();
});

// ---------------------------------------------------------------- delegated clicks

document.addEventListener('click', (ev) => {
  const link = ev.target.closest && ev.target.closest('a[data-nav]');
  if (link) {
    if (!isPlainClick(ev)) return;
    ev.preventDefault();
    if (link.dataset.nav === 'back') {
      closeDoc();
      return;
    }
    navigate(parseState(new URL(link.getAttribute('href'), location.href).search));
    if (link.dataset.nav === 'page') {
      els.resultsHeading.focus({ preventScroll: true });
      els.resultsHeading.scrollIntoView({ block: 'start' });
    }
    return;
  }
  const el = ev.target.closest && ev.target.closest('[data-action]');
  if (!el) return;
  switch (el.dataset.action) {
    case 'toggle': {
      const { field, value } = el.dataset;
      navigate(withToggled(state, field, value, !state[field].includes(value)));
      break;
    }
    case 'remove': {
      const { field, value } = el.dataset;
      if (field === 'date') navigate({ ...state, from: '', to: '', page: 1, doc: '' });
      else navigate(withToggled(state, field, value, false));
      // The chip is gone: keep focus in the chip row (or on the search box) for keyboard users.
      const next = els.chips.querySelector('.chip') || els.q;
      next.focus();
      break;
    }
    case 'retry':
      if (state.doc) update({ ...state, doc: '' });
      else runSearch({ force: true });
      break;
    case 'cite':
      copyCitation();
      break;
    default:
      break;
  }
});

document.addEventListener('keydown', (ev) => {
  const tag = ev.target && ev.target.tagName;
  const inField = tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (ev.target && ev.target.isContentEditable);
  if (ev.key === 'Escape' && state.doc && !inField) {
    ev.preventDefault();
    closeDoc();
  } else if (ev.key === '/' && !inField && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
    // "/" jumps to the search box, as on most search sites.
    ev.preventDefault();
    els.q.focus();
    els.q.select();
  }
});

// ---------------------------------------------------------------- UI language

function applyUiLang() {
  applyStaticText();
  els.uiLang.textContent = t('ui_lang_button');
  els.uiLang.setAttribute('aria-label', t('ui_lang_aria'));
  els.uiLang.dataset.lang = uiLang();
  els.uiLang.setAttribute('lang', uiLang() === 'en' ? 'ko' : 'en');
}

els.uiLang.addEventListener('click', () => {
  setUiLang(uiLang() === 'ko' ? 'en' : 'ko');
  applyUiLang();
  // Re-draw what is on screen in the new language, without asking the server again.
  syncChips();
  if (shown.data && !lastError) showData(shown.key, shown.data, shown.state);
  if (state.doc && docCache.has(state.doc)) drawDoc(docCache.get(state.doc));
  updateTitle();
});

// ---------------------------------------------------------------- start

if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
initUiLang();
applyUiLang();
els.q.value = state.q;
update(null);
api.optionalEndpoints().then((found) => {
  endpoints = found;
  syncExportLinks();
});
if (!state.doc && !matchMedia('(pointer: coarse)').matches) els.q.focus({ preventScroll: true });
