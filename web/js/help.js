// The query-syntax help (?help=1): what a researcher can type in the search box, in both UI
// languages, each rule with an example that links to its search.

import { h, clear } from './dom.js';
import { uiLang } from './i18n.js';
import { toQueryString, emptyState } from './state.js';

// [query example, explanation] per rule; the examples are the same in both languages.
const RULES = {
  en: [
    ['consultations Afghanistan', 'Every word must appear. Releases with only some of the words follow, marked as partial matches.'],
    ['"policy consultations"', 'Quotes find the exact phrase.'],
    ['Japan OR China', 'OR finds either word. AND binds tighter than OR.'],
    ['visit -Japan', 'A minus (or NOT) leaves out releases with that word.'],
    ['(Japan OR China) summit', 'Parentheses group alternatives.'],
    ['consult*', 'A star finds words that begin so (up to 200 of the most frequent).'],
    ['title:visit', 'title: searches only the titles.'],
    ['country:AF', 'country: takes an ISO code or a country name in either language.'],
    ['official:lee-kyung-chul', 'official: takes an official’s key, as the Officials filter shows it.'],
    ['lang:ko', 'lang: takes en or ko.'],
    ['date:2021-01..2021-06', 'date: takes a day, a month, a year or a range of them (either end may be left open).'],
  ],
  ko: [
    ['정책협의회 카자흐스탄', '모든 단어가 들어 있는 보도자료를 찾습니다. 일부 단어만 있는 보도자료는 그 뒤에 부분 일치로 표시됩니다.'],
    ['"policy consultations"', '따옴표로 묶으면 정확히 그 구절을 찾습니다.'],
    ['일본 OR 중국', 'OR는 둘 중 하나가 있는 보도자료를 찾습니다. AND가 OR보다 먼저 묶입니다.'],
    ['방문 -일본', '단어 앞에 빼기(-) 또는 NOT을 붙이면 그 단어가 있는 보도자료를 뺍니다.'],
    ['(일본 OR 중국) 정상회담', '괄호로 여러 단어를 묶습니다.'],
    ['협의*', '별표는 그렇게 시작하는 단어를 찾습니다 (가장 흔한 200개까지).'],
    ['title:방문', 'title:은 제목에서만 찾습니다.'],
    ['country:AF', 'country:에는 ISO 국가 코드나 국가 이름(영문·국문)을 씁니다.'],
    ['official:lee-kyung-chul', 'official:에는 인물 필터에 보이는 인물 키를 씁니다.'],
    ['lang:ko', 'lang:에는 en 또는 ko를 씁니다.'],
    ['date:2021-01..2021-06', 'date:에는 날짜, 월, 연도 또는 그 범위를 씁니다 (한쪽 끝은 비워도 됩니다).'],
  ],
};

const NOTES = {
  en: [
    'English words also find their other forms (consultation finds consultations); Korean words are found with particles attached (외교부 finds 외교부는, 외교부의).',
    'A country’s or an official’s name in one language also finds releases that name them in the other, listed after direct matches.',
    'Common English words (the, of, after …) are searched only inside quotes.',
    'A query holds at most 1024 bytes, 64 words and 8 prefix* terms.',
  ],
  ko: [
    '영어 단어는 다른 형태도 찾고(consultation → consultations), 한국어 단어는 조사가 붙은 형태도 찾습니다(외교부 → 외교부는, 외교부의).',
    '국가나 인물 이름은 다른 언어로 쓴 보도자료도 찾으며, 직접 일치한 결과 뒤에 나옵니다.',
    'the, of, after 같은 흔한 영어 단어는 따옴표 안에서만 검색됩니다.',
    '검색어는 1024바이트, 단어 64개, 접두어* 8개까지 쓸 수 있습니다.',
  ],
};

const TITLES = {
  en: { title: 'How to write a query', rules: 'Syntax', notes: 'Good to know', example: 'Example', meaning: 'What it does' },
  ko: { title: '검색어 쓰는 법', rules: '문법', notes: '알아 두면 좋은 점', example: '예', meaning: '뜻' },
};

export function renderHelp(container) {
  const lang = uiLang();
  const words = TITLES[lang];
  clear(container);
  const row = ([query, meaning]) =>
    h(
      'tr',
      null,
      h('td', null, h('a', { href: toQueryString({ ...emptyState(), q: query }), 'data-nav': 'search' }, h('code', null, query))),
      h('td', null, meaning),
    );
  container.append(
    h('h1', { id: 'help-title', tabindex: '-1' }, words.title),
    h('h2', null, words.rules),
    h(
      'table',
      { class: 'help-table' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, words.example), h('th', { scope: 'col' }, words.meaning))),
      h('tbody', null, RULES[lang].map(row)),
    ),
    h('h2', null, words.notes),
    h('ul', null, NOTES[lang].map((note) => h('li', null, note))),
  );
}
