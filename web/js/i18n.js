// Interface strings in English and Korean, and the remembered choice of UI language.
// Strings that carry numbers or names are functions, so each language can order them naturally.

import { researchStrings } from './i18n_research.js';

const STORAGE_KEY = 'dipsearch.uiLang';
export const UI_LANGS = ['en', 'ko'];

const numberFormats = {
  en: new Intl.NumberFormat('en-GB'),
  ko: new Intl.NumberFormat('ko-KR'),
};
const num = (lang, n) => numberFormats[lang].format(n);
// A server message quoted inside a sentence, ending with a full stop either way.
const quote = (msg) => (msg ? `: ${msg}${/[.!?。]$/.test(msg) ? '' : '.'}` : '.');

const STRINGS = {
  en: {
    page_title: 'dipsearch — diplomatic press releases',
    page_title_q: (q) => `${q} — dipsearch`,
    brand_sub: 'Diplomatic press releases in English and Korean',
    skip: 'Skip to results',
    search_label: 'Search press releases',
    search_placeholder: 'Search, e.g. Afghanistan "political consultations"',
    search_button: 'Search',
    search_help: 'Quotes for a phrase, OR, -word to exclude, prefix*, title:, date:2021-01..2021-06',
    ui_lang_button: '한국어',
    filters: 'Filters',
    filters_n: (n) => `Filters (${n})`,
    facet_country: 'Countries',
    facet_official: 'Officials',
    facet_lang: 'Language',
    facet_source: 'Source',
    facet_date: 'Date',
    facet_filter_placeholder: 'Filter the list…',
    facet_filter_aria: (name) => `Filter ${name.toLowerCase()}`,
    facet_none: 'None in these results',
    facet_nomatch: 'Nothing in the list matches',
    show_more: (n) => `Show all ${n}`,
    show_top: (n) => `Show the top ${n}`,
    show_less: 'Show fewer',
    lang_en: 'English',
    lang_ko: 'Korean',
    badge_en_title: 'English release',
    badge_ko_title: 'Korean release',
    date_from: 'From',
    date_to: 'To',
    date_apply: 'Apply',
    date_manual: 'Type dates',
    date_format: 'YYYY, YYYY-MM or YYYY-MM-DD',
    date_bad: 'Write dates as YYYY, YYYY-MM or YYYY-MM-DD.',
    date_hint: 'Click a bar for that period; drag across bars, or Shift-click, for a range.',
    date_bar: (when, n) => `${when}: ${num('en', n)} ${n === 1 ? 'release' : 'releases'}`,
    date_span: (a, b) => (a === b ? a : `${a}–${b}`),
    date_chip: (from, to) => (from && to ? (from === to ? from : `${from} – ${to}`) : from ? `from ${from}` : `until ${to}`),
    histogram_aria: 'Releases per year',
    histogram_aria_month: 'Releases per month',
    histogram_years: 'Show all years',
    histogram_months: 'Show months',
    sort_label: 'Sort',
    sort_relevance: 'Relevance',
    sort_date_desc: 'Newest first',
    sort_date_asc: 'Oldest first',
    total: (n) => `${num('en', n)} ${n === 1 ? 'release' : 'releases'}`,
    total_partial: (n) => `+ ${num('en', n)} partial ${n === 1 ? 'match' : 'matches'}`,
    took: (ms) => `${ms} ms`,
    partial_sep: 'Partial matches — not every word',
    partial_sep_count: (n) => `${num('en', n)} ${n === 1 ? 'release contains' : 'releases contain'} most but not all of the words.`,
    empty_q: (q) => `No releases match “${q}”.`,
    empty_filters: 'No releases match these filters.',
    empty_hint: 'Try fewer words or remove a filter.',
    loading: 'Searching…',
    past_end: 'This page is past the end of the results.',
    first_page: 'Go to the first page',
    export_label: 'Download this search:',
    export_csv: 'CSV',
    export_ndjson: 'NDJSON',
    export_atom: 'Atom feed',
    results_label: 'Search results',
    untitled: '(untitled)',
    no_date: 'no date',
    err_query: (msg) => `The query could not be read: ${msg}`,
    err_param: (param, msg) => `The ${param} value was refused: ${msg}`,
    err_client: (status, msg) => `The search service refused the request (HTTP ${status})${quote(msg)}`,
    err_server: (status, msg) => `The search service failed (HTTP ${status})${quote(msg)} Please try again in a moment.`,
    err_network: 'Could not reach the search service. Check the connection and try again.',
    err_timeout: 'The search service took too long to answer. Please try again.',
    err_bad_response: 'The search service sent an answer this page cannot read.',
    retry: 'Try again',
    chips_label: 'Active filters',
    clear_all: 'Clear all',
    remove_filter: (label) => `Remove filter: ${label}`,
    chip_field_country: 'Country',
    chip_field_official: 'Official',
    chip_field_lang: 'Language',
    chip_field_source: 'Source',
    hit_original: 'Original',
    hit_original_title: 'The original release on its site (opens a new tab)',
    chip_field_date: 'Date',
    filter_by: (label) => `Filter by ${label}`,
    pager_label: 'Result pages',
    prev: 'Previous',
    next: 'Next',
    page_n: (n) => `Page ${n}`,
    back: 'Back to results',
    doc_loading: 'Loading the release…',
    doc_notfound: (id) => `There is no release with the id “${id}”.`,
    doc_countries: 'Countries',
    doc_officials: 'Officials',
    doc_language: 'Language',
    doc_date: 'Date',
    doc_source_link: 'Original release',
    doc_source_text: 'Original address (not a web link)',
    doc_source: 'Source',
    doc_indexed: 'Indexed',
    doc_id: 'Id',
    cite: 'Cite',
    cite_copied: 'Citation copied to the clipboard.',
    cite_failed: 'The clipboard is not available; the citation is selected above — copy it by hand.',
    similar: 'Related releases',
    similar_none: 'No related releases found.',
    similar_loading: 'Looking for related releases…',
    noscript: 'This search page needs JavaScript. The JSON API at /api/search works without it.',
    skip_doc: 'Skip to the release',
    skip_help: 'Skip to the help',
    page_heading: 'Search diplomatic press releases',
    ui_lang_more: ' — show this page in Korean',
    help_link: 'Query syntax help',
    api_status: 'API status',
    per_page_label: 'Per page',
    date_reversed: 'The start date is after the end date.',
    err_date_from: 'The start date is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.',
    err_date_to: 'The end date is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD.',
    err_date_reversed: 'The date range ends before it starts: the start date is after the end date.',
    err_detail: (msg) => `(The service said: ${msg})`,
    histogram_undated: (n) => `${num('en', n)} undated ${n === 1 ? 'release is' : 'releases are'} not in the chart.`,
    histogram_undated_out: (n) => `The date filter leaves out ${num('en', n)} undated ${n === 1 ? 'release' : 'releases'}.`,
    year_button: (y, n) => `${y}, the whole year: ${num('en', n)} ${n === 1 ? 'release' : 'releases'}`,
    doc_source_file: 'Source file',
    empty_stopwords: (words) =>
      `${words} ${words.includes(',') ? 'are words' : 'is a word'} too common to search for on ${words.includes(',') ? 'their' : 'its'} own. Add a more specific word, or put the words in quotes to find that exact phrase.`,
    did_you_mean: 'Did you mean',
    did_you_mean_end: '?',
    matched_through: 'Matched through',
    matched_through_title: 'Found through the name in the other language',
    export_label_n: (n) => `Download these ${num('en', n)} ${n === 1 ? 'release' : 'releases'}:`,
    export_full_only: 'Full matches only; partial matches are not included.',
    cite_more: ' this release: text, BibTeX, RIS or CSL-JSON',
  },
  ko: {
    page_title: 'dipsearch — 외교 보도자료 검색',
    page_title_q: (q) => `${q} — dipsearch`,
    brand_sub: '외교 보도자료 검색 (영문·국문)',
    skip: '검색 결과로 건너뛰기',
    search_label: '보도자료 검색',
    search_placeholder: '검색어 예: 아프가니스탄 "정책협의회"',
    search_button: '검색',
    search_help: '따옴표로 구절, OR, -단어로 제외, 접두어*, title:, date:2021-01..2021-06',
    ui_lang_button: 'English',
    filters: '필터',
    filters_n: (n) => `필터 (${n})`,
    facet_country: '국가',
    facet_official: '인물',
    facet_lang: '언어',
    facet_source: '출처',
    facet_date: '날짜',
    facet_filter_placeholder: '목록에서 찾기…',
    facet_filter_aria: (name) => `${name} 목록에서 찾기`,
    facet_none: '이 결과에는 없음',
    facet_nomatch: '일치하는 항목이 없습니다',
    show_more: (n) => `${n}개 모두 보기`,
    show_top: (n) => `상위 ${n}개 보기`,
    show_less: '접기',
    lang_en: '영어',
    lang_ko: '한국어',
    badge_en_title: '영문 보도자료',
    badge_ko_title: '국문 보도자료',
    date_from: '시작',
    date_to: '끝',
    date_apply: '적용',
    date_manual: '날짜 직접 입력',
    date_format: 'YYYY, YYYY-MM 또는 YYYY-MM-DD',
    date_bad: '날짜는 YYYY, YYYY-MM 또는 YYYY-MM-DD 형식으로 입력하세요.',
    date_hint: '막대를 누르면 그 기간만 봅니다. 여러 막대를 끌거나 Shift를 누른 채 누르면 범위를 고릅니다.',
    // A bare year gets 년; a month comes already formatted (2021년 3월).
    date_bar: (when, n) => `${/^\d{4}$/.test(when) ? `${when}년` : when}: ${num('ko', n)}건`,
    date_span: (a, b) => (a === b ? a : `${a}–${b}`),
    date_chip: (from, to) => (from && to ? (from === to ? from : `${from} – ${to}`) : from ? `${from} 이후` : `${to} 이전`),
    histogram_aria: '연도별 보도자료 수',
    histogram_aria_month: '월별 보도자료 수',
    histogram_years: '전체 연도 보기',
    histogram_months: '월별로 보기',
    sort_label: '정렬',
    sort_relevance: '관련도순',
    sort_date_desc: '최신순',
    sort_date_asc: '오래된순',
    total: (n) => `${num('ko', n)}건`,
    total_partial: (n) => `+ 부분 일치 ${num('ko', n)}건`,
    took: (ms) => `${ms}ms`,
    partial_sep: '부분 일치 — 일부 단어만 포함',
    partial_sep_count: (n) => `다음 ${num('ko', n)}건은 검색어 중 일부만 포함합니다.`,
    empty_q: (q) => `“${q}”에 맞는 보도자료가 없습니다.`,
    empty_filters: '이 필터에 맞는 보도자료가 없습니다.',
    empty_hint: '검색어를 줄이거나 필터를 해제해 보세요.',
    loading: '검색 중…',
    past_end: '이 페이지는 검색 결과의 끝을 넘었습니다.',
    first_page: '첫 페이지로',
    export_label: '이 검색 결과 내려받기:',
    export_csv: 'CSV',
    export_ndjson: 'NDJSON',
    export_atom: 'Atom 피드',
    results_label: '검색 결과',
    untitled: '(제목 없음)',
    no_date: '날짜 없음',
    // The service explains in English; the column it names is the one fact we can word.
    err_query: (msg) => {
      const column = /column (\d+)/.exec(msg);
      return `검색어를 해석할 수 없습니다${column ? ` (${column[1]}번째 글자 부근)` : ''}. (서버 메시지: ${msg})`;
    },
    err_param: (param, msg) => `${param} 값이 거부되었습니다: ${msg}`,
    err_client: (status, msg) => `검색 서버가 요청을 거부했습니다 (HTTP ${status})${quote(msg)}`,
    err_server: (status, msg) => `검색 서버에 오류가 발생했습니다 (HTTP ${status})${quote(msg)} 잠시 후 다시 시도하세요.`,
    err_network: '검색 서버에 연결할 수 없습니다. 연결을 확인하고 다시 시도하세요.',
    err_timeout: '검색 서버의 응답이 너무 늦습니다. 다시 시도하세요.',
    err_bad_response: '검색 서버의 응답을 읽을 수 없습니다.',
    retry: '다시 시도',
    chips_label: '적용된 필터',
    clear_all: '모두 해제',
    remove_filter: (label) => `필터 해제: ${label}`,
    chip_field_country: '국가',
    chip_field_official: '인물',
    chip_field_lang: '언어',
    chip_field_source: '출처',
    hit_original: '원문',
    hit_original_title: '출처 누리집의 원문 보도자료 (새 탭에서 열림)',
    chip_field_date: '날짜',
    filter_by: (label) => `${label}(으)로 좁히기`,
    pager_label: '결과 페이지',
    prev: '이전',
    next: '다음',
    // The visible number stays a word of its own in the accessible name.
    page_n: (n) => `${n} 페이지`,
    back: '검색 결과로 돌아가기',
    doc_loading: '보도자료를 불러오는 중…',
    doc_notfound: (id) => `“${id}” 보도자료가 없습니다.`,
    doc_countries: '국가',
    doc_officials: '인물',
    doc_language: '언어',
    doc_date: '날짜',
    doc_source_link: '원문 보기',
    doc_source_text: '원문 주소 (웹 링크 아님)',
    doc_source: '출처',
    doc_indexed: '색인',
    doc_id: 'ID',
    cite: '인용',
    cite_copied: '인용문을 클립보드에 복사했습니다.',
    cite_failed: '클립보드를 쓸 수 없습니다. 위에 선택된 인용문을 직접 복사하세요.',
    similar: '관련 보도자료',
    similar_none: '관련 보도자료가 없습니다.',
    similar_loading: '관련 보도자료를 찾는 중…',
    noscript: '이 검색 페이지는 JavaScript가 필요합니다. /api/search JSON API는 JavaScript 없이 쓸 수 있습니다.',
    skip_doc: '보도자료 본문으로 건너뛰기',
    skip_help: '도움말로 건너뛰기',
    page_heading: '외교 보도자료 검색',
    ui_lang_more: ' — 이 페이지를 영어로 보기',
    help_link: '검색어 문법 도움말',
    api_status: 'API 상태',
    per_page_label: '페이지당',
    date_reversed: '시작 날짜가 끝 날짜보다 늦습니다.',
    err_date_from: '시작 날짜가 올바르지 않습니다. YYYY, YYYY-MM 또는 YYYY-MM-DD 형식으로 입력하세요.',
    err_date_to: '끝 날짜가 올바르지 않습니다. YYYY, YYYY-MM 또는 YYYY-MM-DD 형식으로 입력하세요.',
    err_date_reversed: '날짜 범위가 거꾸로입니다. 시작 날짜가 끝 날짜보다 늦습니다.',
    err_detail: (msg) => `(서버 메시지: ${msg})`,
    histogram_undated: (n) => `날짜 없는 보도자료 ${num('ko', n)}건은 그래프에 없습니다.`,
    histogram_undated_out: (n) => `날짜 필터 때문에 날짜 없는 보도자료 ${num('ko', n)}건이 빠졌습니다.`,
    year_button: (y, n) => `${y} 한 해 전체: ${num('ko', n)}건`,
    doc_source_file: '원본 파일',
    empty_stopwords: (words) => `${words}처럼 흔한 영어 단어만으로는 검색하지 않습니다. 더 구체적인 단어를 넣거나, 정확한 구절을 찾으려면 따옴표로 묶으세요.`,
    did_you_mean: '이것을 찾으셨나요:',
    did_you_mean_end: '',
    matched_through: '다른 언어 이름으로 일치',
    matched_through_title: '검색어가 다른 언어의 이름으로 일치했습니다',
    export_label_n: (n) => `이 ${num('ko', n)}건 내려받기:`,
    export_full_only: '완전 일치만 들어 있고 부분 일치는 빠집니다.',
    cite_more: ' (이 보도자료 인용: 텍스트, BibTeX, RIS, CSL-JSON)',
  },
};
const RESEARCH_STRINGS = researchStrings(num);
for (const lang of UI_LANGS) Object.assign(STRINGS[lang], RESEARCH_STRINGS[lang]);

let current = 'en';

function readStored() {
  // Storage can throw (disabled cookies, some private modes); the choice is then per visit only.
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return UI_LANGS.includes(v) ? v : null;
  } catch {
    return null;
  }
}

function fromNavigator() {
  const prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
  for (const p of prefs) {
    const base = String(p).toLowerCase().split('-')[0];
    if (UI_LANGS.includes(base)) return base;
  }
  return 'en';
}

export function initUiLang() {
  current = readStored() || fromNavigator();
  document.documentElement.lang = current;
  return current;
}

export function uiLang() {
  return current;
}

export function setUiLang(lang) {
  if (!UI_LANGS.includes(lang)) return;
  current = lang;
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* remembered for this visit only */
  }
}

// t('key') or t('key', arg1, arg2) for the function-valued strings.
export function t(key, ...args) {
  const v = STRINGS[current][key] ?? STRINGS.en[key];
  if (typeof v === 'function') return v(...args);
  return v ?? key;
}

export function formatNumber(n) {
  return num(current, n);
}

// Static markup carries data-i18n* attributes so the HTML stays readable and a language
// switch re-labels it in place without rebuilding anything.
export function applyStaticText(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
}

const dateFormats = {
  en: {
    day: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' }),
  },
  ko: {
    day: new Intl.DateTimeFormat('ko-KR', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat('ko-KR', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  },
};

// Release dates are calendar dates (YYYY, YYYY-MM or YYYY-MM-DD), not instants: format them in
// UTC so no time zone can move a release to the day before.
export function formatDate(value) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(String(value || ''));
  if (!m) return String(value || '');
  if (!m[2]) return m[1];
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1));
  if (Number.isNaN(d.getTime())) return String(value);
  return (m[3] ? dateFormats[current].day : dateFormats[current].month).format(d);
}

// An instant (RFC 3339, such as indexed_at) in the reader's time zone, with the zone named.
export function formatDateTime(value) {
  const d = new Date(String(value || ''));
  if (Number.isNaN(d.getTime())) return String(value || '');
  return new Intl.DateTimeFormat(current === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(d);
}
