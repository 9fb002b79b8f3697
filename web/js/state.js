// The page state and its URL form. The URL query uses the API's own parameter names
// (q, country, official, lang, source, from, to, sort, per_page, page; plus doc for the
// document view, help for the query-syntax help and person for an official's view), so a
// link copied from the address bar restores exactly the same view and is also a valid API
// query. collapse=translations lists one release per linked English/Korean pair. The trends view (trends=1) repeats q, once per search it compares, and names its
// period with date_interval, as GET /api/trends does.

export const LIST_FIELDS = ['country', 'official', 'lang', 'source'];
export const SORTS = ['relevance', 'date_desc', 'date_asc'];
export const MATCHES = ['auto', 'all', 'any'];
export const PER_PAGE = 20;
// The results-per-page choices offered; a link may carry any of them.
export const PER_PAGE_CHOICES = [10, 20, 50, 100];
// Facet lists are shortened on screen, but a longer list from the API lets the filter box find
// values beyond the top ten.
export const FACET_SIZE = 50;
// The trends view compares at most this many searches, counted per year or per month.
export const MAX_SERIES = 4;
export const INTERVALS = ['year', 'month'];

export function emptyState() {
  return { q: '', country: [], official: [], lang: [], source: [], from: '', to: '', sort: '', match: '', collapse: false, perPage: PER_PAGE, page: 1, doc: '', help: false, trends: false, series: [], interval: 'year', person: '' };
}

function unique(values) {
  return [...new Set(values)];
}

export function parseState(search) {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.q = p.get('q') ?? '';
  for (const f of LIST_FIELDS) s[f] = unique(p.getAll(f).map((v) => v.trim()).filter(Boolean));
  s.from = (p.get('from') ?? '').trim();
  s.to = (p.get('to') ?? '').trim();
  const sort = p.get('sort');
  s.sort = SORTS.includes(sort) ? sort : '';
  const match = p.get('match');
  s.match = MATCHES.includes(match) ? match : '';
  s.collapse = p.get('collapse') === 'translations';
  const perPage = Number(p.get('per_page'));
  s.perPage = PER_PAGE_CHOICES.includes(perPage) ? perPage : PER_PAGE;
  const page = Number.parseInt(p.get('page') ?? '1', 10);
  s.page = Number.isFinite(page) && page >= 1 ? page : 1;
  s.doc = (p.get('doc') ?? '').trim();
  s.help = p.get('help') === '1' && !s.doc;
  s.trends = p.get('trends') === '1' && !s.doc && !s.help;
  s.person = s.doc || s.help || s.trends ? '' : (p.get('person') ?? '').trim();
  if (s.trends) {
    s.series = p.getAll('q').filter((q) => q.trim() !== '').slice(0, MAX_SERIES);
    s.q = s.series[0] ?? '';
    s.page = 1;
    const interval = p.get('date_interval');
    s.interval = INTERVALS.includes(interval) ? interval : 'year';
  }
  return s;
}

// Search parameters shared by the page URL and the API request, in a fixed order so equal
// states give equal strings (used as cache keys and to avoid duplicate history entries).
function searchParams(s) {
  const p = new URLSearchParams();
  if (s.q.trim() !== '') p.set('q', s.q);
  for (const f of LIST_FIELDS) for (const v of s[f]) p.append(f, v);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.sort) p.set('sort', s.sort);
  if (s.match) p.set('match', s.match);
  if (s.collapse) p.set('collapse', 'translations');
  if (s.perPage !== PER_PAGE) p.set('per_page', String(s.perPage));
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

// The trends view's URL: each search as a q, the shared filters (and the list's sort and page
// size, kept for the way back), the period, then trends=1.
function trendsQueryString(s) {
  const p = new URLSearchParams();
  for (const q of s.series) p.append('q', q);
  for (const [k, v] of searchParams({ ...s, q: '', page: 1 })) p.append(k, v);
  if (s.interval !== 'year') p.set('date_interval', s.interval);
  p.set('trends', '1');
  return `?${p}`;
}

export function toQueryString(s) {
  if (s.trends && !s.doc && !s.help) return trendsQueryString(s);
  const p = searchParams(s);
  if (s.doc) p.set('doc', s.doc);
  else if (s.help) p.set('help', '1');
  else if (s.person) p.set('person', s.person);
  const str = p.toString();
  return str ? `?${str}` : '';
}

// The search part only: two states with the same key show the same result list.
export function searchKey(s) {
  return searchParams(s).toString();
}

export function apiSearchParams(s) {
  const p = searchParams(s);
  p.set('page', String(s.page));
  p.set('per_page', String(s.perPage));
  p.set('facet_size', String(FACET_SIZE));
  // Month buckets always: the histogram sums them into years when the span is long.
  p.set('date_interval', 'month');
  return p;
}

// What the API will sort by when the URL does not say (relevance with a query, newest without).
export function effectiveSort(s) {
  return s.sort || (s.q.trim() ? 'relevance' : 'date_desc');
}

export function withToggled(s, field, value, on) {
  const list = s[field].filter((v) => v !== value);
  if (on) list.push(value);
  return { ...s, [field]: list, page: 1, doc: '', help: false };
}

export function withoutFilters(s) {
  return { ...s, country: [], official: [], lang: [], source: [], from: '', to: '', page: 1, doc: '', help: false };
}

// The trends view for this state: its query as the first search, the same filters.
export function trendsOf(s) {
  const series = s.trends ? s.series : s.q.trim() ? [s.q] : [];
  return { ...s, trends: true, series, doc: '', help: false, page: 1 };
}

// The result list behind the trends view: its first search, the same filters.
export function listOf(s) {
  return { ...s, trends: false, q: s.trends ? s.series[0] ?? '' : s.q, series: [], doc: '', help: false };
}

const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export function isValidDateParam(v) {
  return v === '' || DATE_RE.test(v);
}

// What is wrong with a from/to pair before any request: 'from' or 'to' (not a date form),
// 'reversed' (the range ends before it starts), or '' when nothing is. 2021 to 2021-03
// is a range; only a start after the end's last day is reversed.
export function dateRangeProblem(from, to) {
  if (!isValidDateParam(from)) return 'from';
  if (!isValidDateParam(to)) return 'to';
  if (!from || !to) return '';
  const first = from.padEnd(10, '-01');
  const last = `${to}${'-99'.repeat((10 - to.length) / 3)}`;
  return first > last ? 'reversed' : '';
}
