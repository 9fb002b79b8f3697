// The search page's controller: keeps the state in the URL, asks the API, and hands the answers
// to the renderers in js/. Every user action goes through navigate(), so the address bar,
// reload and back/forward always agree with what is on screen.

import * as api from './js/api.js';
import { initUiLang, setUiLang, uiLang, t, applyStaticText } from './js/i18n.js';
import { parseState, toQueryString, searchKey, effectiveSort, withToggled, withoutFilters, dateRangeProblem, emptyState, trendsOf, listOf } from './js/state.js';
import { rememberFacets, rememberHits, rememberCountries } from './js/labels.js';
import { renderResults, renderPager, renderChips, chipKey, focusChip, relabelCountryButtons } from './js/results.js';
import { renderFacet } from './js/facets.js';
import { wireFilterPanel } from './js/filter_panel.js';
import { renderHistogram, wireHistogram } from './js/histogram.js';
import { DocPage } from './js/doc_page.js';
import { renderHelp } from './js/help.js';
import { wireSearchBox } from './js/search_box.js';
import { wireListControl } from './js/list_control.js';
import { wireCollapseSwitch } from './js/versions.js';
import { localError, renderError, hideError, isInputError } from './js/errors.js';
import { syncExportLinks } from './js/export_links.js';
import { isPlainClick } from './js/dom.js';
import { TrendsView } from './js/trends_view.js';
import { OfficialView } from './js/official_view.js';

const $ = (sel) => document.querySelector(sel);
const els = {
  skip: $('#skip-link'),
  form: $('#search-form'),
  q: $('#q'),
  error: $('#error'),
  helpLink: $('#help-link'),
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
  dateFrom: $('#date-from'), dateTo: $('#date-to'),
  dateError: $('#date-error'),
  results: $('#results'),
  resultsHeading: $('#results-heading'),
  total: $('#total'), totalPartial: $('#total-partial'),
  took: $('#took'),
  sort: $('#sort'), perPage: $('#per-page'),
  pager: $('#pager'),
  activeFilters: $('#active-filters'),
  chips: $('#chips'),
  clearAll: $('#clear-all'),
  loading: $('#loading'),
  exportLinks: $('#export-links'),
  docView: $('#doc-view'),
  helpView: $('#help-view'),
  helpContent: $('#help-content'),
  helpBack: $('#help-back'),
  backLink: $('#back-link'),
  trendsView: $('#trends-view'),
  trendsLink: $('#trends-link'),
  trendsBack: $('#trends-back'),
  personView: $('#person-view'),
  personBack: $('#person-back'),
};

let state = parseState(location.search);

// The result list on screen and the state it was computed for.
let shown = { key: null, data: null, state: null };
// Recent answers, so back/forward and closing a document are instant and keep their scroll.
const searchCache = new Map();
const CACHE_SIZE = 30;
let inflight = null;
// The error on screen (an ApiError or a localError), kept to word it again in another language.
let lastError = null;
let loadingTimer = 0;
// True while a burst of typing owns the current history entry (replaceState, not pushState).
let typing = false;
// Scroll position to restore once the list for a history entry is rendered.
let pendingScroll = null;
// Which optional endpoints answered (see api.optionalEndpoints); until then no link is shown.
let endpoints = { export: false, feed: false };

const docPage = new DocPage(
  { content: $('#doc-content'), similar: $('#similar') },
  { getState: () => state, loaded: () => updateTitle() },
);
const trendsView = new TrendsView(els.trendsView, { getState: () => state, navigate: (next) => navigate(next) });
const officialView = new OfficialView(els.personView, { getState: () => state });

// ---------------------------------------------------------------- navigation

function currentUrl() {
  return location.pathname + location.search;
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
  const url = location.pathname + toQueryString(next);
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
  if (!state.doc && !state.help && !state.person) return;
  if (history.state && history.state.fromList) history.back();
  else navigate({ ...state, doc: '', help: false, person: '' });
}

window.addEventListener('popstate', (ev) => {
  searchBox.cancel();
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
  sortControl.set(effectiveSort(state));
  perPageControl.set(String(state.perPage));
  collapseSwitch.set(state.collapse);
  syncChips();
  syncDateInputs();
  syncLinks();
  els.helpView.hidden = !state.help;
  els.trendsView.hidden = !state.trends;
  els.personView.hidden = !state.person;
  if (!state.person) officialView.stop();
  if (state.doc) showDocView(prev);
  else if (state.help) showHelpView(prev);
  else if (state.trends) showOwnView(trendsView, prev, !prev || !prev.trends);
  else if (state.person) showOwnView(officialView, prev, !prev || prev.person !== state.person);
  else showSearchView(prev);
  updateTitle();
}

function updateTitle() {
  const doc = state.doc ? docPage.cached(state.doc) : null;
  const q = state.q.trim();
  if (state.doc) document.title = doc && doc.title ? t('page_title_q', String(doc.title)) : t('page_title');
  else if (state.trends) document.title = t('page_title_q', t('trends_title'));
  else if (state.person) document.title = t('page_title_q', state.person);
  else document.title = q ? t('page_title_q', q) : t('page_title');
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
  showDateProblem('');
}

// Marks the typed dates wrong ('from', 'to', 'reversed') or right (''), in the form.
let dateProblem = '';
function showDateProblem(problem) {
  dateProblem = problem;
  const bad = { from: problem === 'from' || problem === 'reversed', to: problem === 'to' || problem === 'reversed' };
  for (const [field, input] of [['from', els.dateFrom], ['to', els.dateTo]]) {
    if (bad[field]) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  els.dateError.textContent = problem === 'reversed' ? t('date_reversed') : problem ? t('date_bad') : '';
  els.dateError.hidden = !problem;
}

// Links that carry the current search: the skip link's target, the help link, the downloads.
function syncLinks() {
  const view = state.doc ? 'doc' : state.help ? 'help' : state.trends ? 'trends' : state.person ? 'person' : '';
  els.skip.textContent = view ? t(`skip_${view}`) : t('skip');
  els.skip.href = view ? `#${view}-title` : '#results-heading';
  els.trendsLink.href = toQueryString(trendsOf(state));
  els.trendsBack.href = toQueryString(listOf(state)) || location.pathname;
  els.personBack.href = toQueryString({ ...state, person: '' }) || location.pathname;
  els.helpLink.href = toQueryString({ ...state, doc: '', help: true });
  els.helpBack.href = toQueryString({ ...state, help: false }) || location.pathname;
  const listed = !lastError && shown.key === searchKey(state) ? shown.data : null;
  syncExportLinks(els.exportLinks, state, endpoints, listed);
}

function showSearchView(prev) {
  els.docView.hidden = true;
  els.searchView.hidden = false;
  docPage.stop();
  runSearch();
  if (prev && prev.doc) {
    // Back from a document: put focus on its title in the list, for keyboard users.
    const link = [...els.results.querySelectorAll('.hit')].find((x) => x.dataset.id === prev.doc);
    const target = link ? link.querySelector('.hit-title') : null;
    if (target) target.focus({ preventScroll: pendingScroll !== null });
  }
}

// A view of its own over the list (trends, an official): `opened` when it was not showing.
function showOwnView(view, prev, opened) {
  els.docView.hidden = true;
  els.searchView.hidden = true;
  docPage.stop();
  view.show({ focus: Boolean(prev) && opened });
  if (opened) window.scrollTo(0, 0);
}

function showHelpView(prev) {
  els.docView.hidden = true;
  els.searchView.hidden = true;
  renderHelp(els.helpContent);
  if (!prev || !prev.help) {
    window.scrollTo(0, 0);
    if (prev) $('#help-title').focus({ preventScroll: true });
  }
}

function showDocView(prev) {
  els.searchView.hidden = true;
  els.docView.hidden = false;
  els.backLink.href = toQueryString({ ...state, doc: '' }) || location.pathname;
  const opened = !prev || prev.doc !== state.doc;
  // Opened straight from a link: load the list behind it too, so "Back" is instant.
  if (!shown.key && !inflight) runSearch();
  docPage.show(state.doc, () => {
    if (!opened) return;
    window.scrollTo(0, pendingScroll ?? 0);
    pendingScroll = null;
    // Move focus into the document only when the reader opened it here; a page loaded from a
    // shared link starts at the top like any other page.
    const title = $('#doc-title');
    if (prev && title && document.activeElement !== els.q) title.focus({ preventScroll: true });
  });
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
  // Dates the service would refuse are explained here, in the UI language, without asking.
  const dates = dateRangeProblem(state.from, state.to);
  if (dates) {
    if (inflight) inflight.ctl.abort();
    inflight = null;
    stopLoading();
    showError(localError(`err_date_${dates}`, dates === 'to' ? 'to' : 'from'));
    return;
  }
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
  hideError(els.error);
  els.q.removeAttribute('aria-invalid');
  rememberFacets(data.facets);
  rememberHits(data.hits);
  docPage.rememberSnippets(data.hits);
  drawAnswer();
  syncLinks();
  if (pendingScroll !== null && !state.doc) {
    window.scrollTo(0, pendingScroll);
    pendingScroll = null;
  }
}

// Draws the answer on screen in the UI language: fresh, or dimmed behind an error.
function drawAnswer() {
  const { data, state: st } = shown;
  if (!data) return;
  const ui = uiLang();
  const facets = data.facets && typeof data.facets === 'object' ? data.facets : {};
  for (const field of ['country', 'official', 'lang', 'source']) renderFacet(els.facet[field], field, facets[field], st[field], ui);
  renderHistogram(els.facetDate, facets.date, st);
  els.results.classList.toggle('stale', Boolean(lastError));
  renderResults(els.results, data, st, ui);
  syncChips(); // labels may have arrived with this answer
  if (lastError) return;
  renderPager(els.pager, data, st);
  renderSummary(data);
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

// The error in the UI language. The last good list stays, dimmed, so a half-typed query does
// not blank the page; its count, pages and downloads go, since they are not this search's.
function showError(err) {
  lastError = err;
  renderError(els.error, err);
  if (err.kind === 'client' && err.param === 'q') els.q.setAttribute('aria-invalid', 'true');
  if (err.param === 'from' || err.param === 'to') {
    showDateProblem(err.key === 'err_date_reversed' ? 'reversed' : err.param);
  }
  els.results.classList.add('stale');
  els.total.textContent = '';
  delete els.total.dataset.value;
  els.totalPartial.textContent = '';
  els.totalPartial.hidden = true;
  els.took.textContent = '';
  els.pager.hidden = true;
  syncLinks();
}

// ---------------------------------------------------------------- search box

function commitQuery(q, fromEnter) {
  if (q === state.q && !state.doc && !state.help && !state.trends && !state.person) {
    if (fromEnter) {
      typing = false;
      // Enter on an unchanged query retries a failed search (not a refused query).
      if (lastError && !isInputError(lastError)) runSearch({ force: true });
    }
    return;
  }
  // The first pause in a burst of typing gets its own history entry; later pauses and the
  // closing Enter refine that entry, so Back returns to the search before the typing.
  navigate({ ...state, q, page: 1, doc: '', help: false, trends: false, series: [], person: '' }, { replace: typing, keepTyping: true });
  typing = !fromEnter;
}

const searchBox = wireSearchBox(els.form, els.q, {
  commit: commitQuery,
  escape: closeDoc,
  leave: () => {
    typing = false;
  },
});

// ---------------------------------------------------------------- filters, sort, pages

wireFilterPanel(
  { sidebar: els.sidebar, facets: els.facets, toggle: els.filtersToggle },
  { tick: (field, value, on) => navigate(withToggled(state, field, value, on)), shown: () => shown },
);

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
  const problem = dateRangeProblem(from, to);
  showDateProblem(problem);
  if (problem) {
    (problem === 'to' ? els.dateTo : els.dateFrom).focus();
    return;
  }
  navigate({ ...state, from, to, page: 1, doc: '' });
});

const sortControl = wireListControl(els.sort, (value) => navigate({ ...state, sort: value, page: 1, doc: '' }));
const perPageControl = wireListControl(els.perPage, (value) => navigate({ ...state, perPage: Number(value), page: 1, doc: '' }));
const collapseSwitch = wireCollapseSwitch($('#collapse'), (on) => navigate({ ...state, collapse: on, page: 1, doc: '' }));

els.clearAll.addEventListener('click', () => {
  navigate(withoutFilters(state));
  els.q.focus();
});

els.home.addEventListener('click', (ev) => {
  if (!isPlainClick(ev)) return;
  ev.preventDefault();
  els.q.value = '';
  navigate(emptyState());
  els.q.focus();
});

// The skip link's target depends on the view; focus it, since a hidden target does nothing.
els.skip.addEventListener('click', (ev) => {
  const target = $(els.skip.getAttribute('href'));
  if (!target) return;
  ev.preventDefault();
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
});

// ---------------------------------------------------------------- delegated clicks

// Removing a chip moves focus to the chip that took its place (or the one before it), else
// to the search box, so keyboard users stay in the chip row.
function removeFilter(chip) {
  const chips = [...els.chips.querySelectorAll('.chip')];
  const at = chips.indexOf(chip);
  const neighbour = chips[at + 1] || chips[at - 1] || null;
  const { field, value } = chip.dataset;
  if (field === 'date') navigate({ ...state, from: '', to: '', page: 1, doc: '' });
  else navigate(withToggled(state, field, value, false));
  if (!focusChip(els.chips, neighbour && chipKey(neighbour))) els.q.focus();
}

document.addEventListener('click', (ev) => {
  const link = ev.target.closest && ev.target.closest('a[data-nav]');
  if (link) {
    if (!isPlainClick(ev)) return;
    ev.preventDefault();
    if (link.dataset.nav === 'back') {
      closeDoc();
      return;
    }
    const next = parseState(new URL(link.getAttribute('href'), location.href).search);
    if (link.dataset.nav === 'search') els.q.value = next.q;
    navigate(next);
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
    case 'remove':
      removeFilter(el);
      break;
    case 'retry':
      if (state.doc) update({ ...state, doc: '' });
      else runSearch({ force: true });
      break;
    default:
      break;
  }
});

document.addEventListener('keydown', (ev) => {
  const tag = ev.target && ev.target.tagName;
  const inField = tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (ev.target && ev.target.isContentEditable);
  if (ev.key === 'Escape' && (state.doc || state.help || state.person) && !inField) {
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
  els.uiLang.dataset.lang = uiLang();
  els.uiLang.querySelector('.ui-lang-name').setAttribute('lang', uiLang() === 'en' ? 'ko' : 'en');
}

// Everything on screen in the new language, without asking the server again: the answer
// (also when it is dimmed behind an error), the error itself, the document or the help.
function redrawInUiLang() {
  applyUiLang();
  syncChips();
  drawAnswer();
  showDateProblem(dateProblem);
  if (lastError) showError(lastError);
  else syncLinks();
  if (state.doc) docPage.redraw();
  if (state.help) renderHelp(els.helpContent);
  if (state.trends) trendsView.redraw();
  if (state.person) officialView.redraw();
  updateTitle();
}

els.uiLang.addEventListener('click', () => {
  setUiLang(uiLang() === 'ko' ? 'en' : 'ko');
  redrawInUiLang();
});

// ---------------------------------------------------------------- start

if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
initUiLang();
applyUiLang();
els.q.value = state.q;
update(null);
// Every country's names once, so hits and chips never show a bare code for a country the
// facet lists do not hold (partial matches, a release opened from a link).
api.getCountries().then(
  (countries) => {
    rememberCountries(countries);
    syncChips();
    relabelCountryButtons(document.body, uiLang());
    if (shown.data) renderFacet(els.facet.country, 'country', (shown.data.facets || {}).country, shown.state.country, uiLang());
  },
  () => {
    /* an older service without the table: the facet lists still name what they hold */
  },
);
api.optionalEndpoints().then((found) => {
  endpoints = found;
  syncLinks();
});
