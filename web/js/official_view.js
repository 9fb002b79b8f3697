// The official view (?person=KEY): an official's names in both languages, the posts the
// registry records with their dates, and the releases naming them per year, each year a link
// to those releases. Opened from an official named in a release.

import * as api from './api.js';
import { h, clear, langOfText } from './dom.js';
import { t, uiLang, formatNumber } from './i18n.js';
import { errorText } from './errors.js';
import { emptyState, toQueryString } from './state.js';

// A post's title in the UI language (English when the registry has no Korean one).
export function postTitle(role, ui) {
  return ui === 'ko' && role.title_ko ? String(role.title_ko) : String(role.title || '');
}

// "Minister of Foreign Affairs, 2017–2021": a post with the years it was held.
export function postText(role, ui) {
  const year = (d) => String(d || '').slice(0, 4);
  return t('person_post', postTitle(role, ui), year(role.from), year(role.to));
}

export class OfficialView {
  // section: the view's element; getState() the page state.
  constructor(section, { getState }) {
    this.section = section;
    this.content = section.querySelector('.person-content');
    this.getState = getState;
    this.records = new Map();
    this.request = null;
  }

  show({ focus = false } = {}) {
    const key = this.getState().person;
    if (this.records.has(key)) {
      this.draw(this.records.get(key));
    } else {
      this.stop();
      const ctl = new AbortController();
      this.request = ctl;
      clear(this.content).append(h('h1', { id: 'person-title', tabindex: '-1' }, key), h('p', { role: 'status' }, t('person_loading')));
      api.getOfficial(key, ctl.signal).then(
        (record) => {
          if (this.request !== ctl) return;
          this.request = null;
          this.records.set(key, record);
          if (this.getState().person === key) this.draw(record);
        },
        (err) => {
          if (this.request !== ctl || (err && err.name === 'AbortError')) return;
          this.request = null;
          clear(this.content).append(h('h1', { id: 'person-title', tabindex: '-1' }, key), h('div', { class: 'error', role: 'alert' }, errorText(err)));
        },
      );
    }
    if (focus) this.section.querySelector('#person-title').focus({ preventScroll: true });
  }

  stop() {
    if (this.request) this.request.abort();
    this.request = null;
  }

  redraw() {
    const record = this.records.get(this.getState().person);
    if (record) this.draw(record);
  }

  draw(record) {
    // The heading is drawn anew: focus on the old one (while loading) moves to it.
    const focused = document.activeElement && document.activeElement.id === 'person-title';
    const ui = uiLang();
    const first = ui === 'ko' && record.name_ko ? record.name_ko : record.name;
    const second = first === record.name ? record.name_ko : record.name;
    const roles = Array.isArray(record.roles) ? record.roles : [];
    const releases = record.releases || {};
    const years = Array.isArray(releases.per_year) ? releases.per_year : [];
    const aliases = Array.isArray(record.aliases) ? record.aliases : [];
    const list = (extra) => toQueryString({ ...emptyState(), official: [String(record.key)], ...extra });
    clear(this.content).append(
      h(
        'h1',
        { id: 'person-title', class: 'person-title', tabindex: '-1' },
        h('span', { lang: langOfText(first, ui) }, first),
        second ? h('span', { class: 'person-other-name', lang: langOfText(second, ui) }, ` (${second})`) : null,
      ),
      aliases.length ? h('p', { class: 'muted person-aliases' }, `${t('person_aliases')}: `, aliases.join(', ')) : null,
      h('h2', null, t('person_posts')),
      roles.length
        ? h('ul', { class: 'person-posts', 'data-testid': 'person-posts' }, roles.map((r) => h('li', { lang: langOfText(postTitle(r, ui), ui) }, postText(r, ui))))
        : h('p', null, t('person_no_posts')),
      h('h2', null, t('person_releases')),
      h('p', null, h('a', { href: list({}), 'data-nav': 'search', 'data-testid': 'person-all' }, t('person_releases_all', Number(releases.total) || 0, first))),
      years.length
        ? h(
            'table',
            { class: 'person-years', 'data-testid': 'person-years' },
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('person_year')), h('th', { scope: 'col' }, t('person_count')))),
            h(
              'tbody',
              null,
              years.map((y) =>
                h(
                  'tr',
                  { 'data-year': String(y.year) },
                  h('th', { scope: 'row' }, String(y.year)),
                  h('td', null, y.count ? h('a', { href: list({ from: String(y.year), to: String(y.year) }), 'data-nav': 'search' }, formatNumber(y.count)) : formatNumber(0)),
                ),
              ),
            ),
          )
        : null,
      Number(releases.undated) > 0 ? h('p', { class: 'muted' }, t('person_undated', Number(releases.undated))) : null,
    );
    if (focused) this.content.querySelector('#person-title').focus({ preventScroll: true });
  }
}
