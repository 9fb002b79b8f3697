// The trends view (?trends=1): up to four searches compared over time with the page's filters.
// A form for the searches and the period, the chart, its legend, a CSV of the series and the
// table of the same numbers, whose counts open the releases behind them. The page state
// stays in app.js; this module reads it through getState() and changes it through navigate().

import * as api from './api.js';
import { h, clear, langOfText } from './dom.js';
import { t, uiLang, formatNumber, formatDate } from './i18n.js';
import { labelFor } from './labels.js';
import { errorText } from './errors.js';
import { LIST_FIELDS, MAX_SERIES, toQueryString, listOf } from './state.js';
import { trendsApiParams, readTrends, tableRows } from './trends.js';
import { renderTrendsChart, renderLegend, legendSwatch } from './trends_chart.js';

const CACHE_SIZE = 20;

export class TrendsView {
  // section: the view's element; getState() the page state; navigate(next) a new state.
  constructor(section, { getState, navigate }) {
    this.section = section;
    this.getState = getState;
    this.navigate = navigate;
    this.cache = new Map();
    this.request = null;
    this.shown = null; // {key, trends} on screen
    this.built = false;
  }

  // The view's fixed parts, once: heading, form, figure, table.
  build() {
    const field = (i) =>
      h(
        'div',
        { class: 'trend-field', 'data-series': i },
        h('label', { for: `trend-q-${i}` }, legendSwatch(i), h('span', { class: 'trend-field-name' })),
        h('input', { id: `trend-q-${i}`, name: 'q', type: 'search', class: 'trend-input', autocomplete: 'off', spellcheck: 'false', 'data-testid': `trend-q-${i}` }),
      );
    const content = this.section.querySelector('.trends-content');
    content.append(
      h('h1', { id: 'trends-title', class: 'trends-title', tabindex: '-1' }),
      h('p', { class: 'trends-intro muted' }),
      h(
        'form',
        { id: 'trends-form', class: 'trends-form', novalidate: true, 'data-testid': 'trends-form' },
        h('div', { class: 'trend-fields' }, [...Array(MAX_SERIES).keys()].map(field)),
        h(
          'div',
          { class: 'trend-controls' },
          h('label', { class: 'trend-interval' }, h('span', { class: 'trend-interval-name' }), ' ', h('select', { id: 'trend-interval', name: 'date_interval' }, h('option', { value: 'year' }), h('option', { value: 'month' }))),
          h('button', { type: 'submit', class: 'button primary trend-submit' }),
        ),
      ),
      h('p', { class: 'trends-filters', 'data-testid': 'trends-filters' }),
      h('p', { class: 'trends-status', role: 'status', 'data-testid': 'trends-status' }),
      h('div', { class: 'error trends-error', role: 'alert', hidden: true }),
      h('figure', { class: 'trends-figure', hidden: true }, h('div', { class: 'trends-chart', 'data-testid': 'trends-chart' }), h('figcaption', null, h('ul', { class: 'trends-legend', 'data-testid': 'trends-legend' }))),
      h('p', { class: 'trends-undated muted', 'data-testid': 'trends-undated', hidden: true }),
      h('p', { class: 'trends-downloads', hidden: true }, h('a', { class: 'trends-csv', 'data-testid': 'trends-csv', download: true })),
      h(
        'div',
        { class: 'trends-table-wrap', role: 'region', tabindex: '0', 'aria-labelledby': 'trends-table-caption', hidden: true },
        h('table', { class: 'trends-table', 'data-testid': 'trends-table' }, h('caption', { id: 'trends-table-caption' }), h('thead'), h('tbody')),
      ),
    );
    content.querySelector('form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const inputs = [...content.querySelectorAll('.trend-input')];
      const series = inputs.map((el) => el.value).filter((q) => q.trim() !== '');
      const interval = content.querySelector('#trend-interval').value === 'month' ? 'month' : 'year';
      this.navigate({ ...this.getState(), series, interval, q: series[0] ?? '', trends: true });
    });
    this.built = true;
  }

  $(sel) {
    return this.section.querySelector(sel);
  }

  // Shows the view for the current state: at once from the cache, else after counting.
  show({ focus = false } = {}) {
    if (!this.built) this.build();
    const state = this.getState();
    this.drawFrame(state);
    if (focus) this.$('#trends-title').focus({ preventScroll: true });
    const key = trendsApiParams(state).toString();
    if (this.shown && this.shown.key === key) return this.draw(state, this.shown.trends);
    if (this.cache.has(key)) return this.draw(state, this.cache.get(key));
    this.stop();
    const ctl = new AbortController();
    this.request = ctl;
    this.$('.trends-status').textContent = t('trends_loading');
    api.trends(trendsApiParams(state), ctl.signal).then(
      (data) => {
        if (this.request !== ctl) return;
        this.request = null;
        const trends = readTrends(data);
        if (!trends) return this.fail({ kind: 'bad-response' });
        this.cache.set(key, trends);
        while (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value);
        if (trendsApiParams(this.getState()).toString() === key && this.getState().trends) this.draw(this.getState(), trends);
      },
      (err) => {
        if (this.request !== ctl) return;
        this.request = null;
        if (err && err.name !== 'AbortError') this.fail(err);
      },
    );
  }

  stop() {
    if (this.request) this.request.abort();
    this.request = null;
  }

  // The form as the state says, and everything worded in the UI language.
  drawFrame(state) {
    this.$('#trends-title').textContent = t('trends_title');
    this.$('.trends-intro').textContent = t('trends_intro', MAX_SERIES);
    this.section.querySelectorAll('.trend-field').forEach((el, i) => {
      el.querySelector('.trend-field-name').textContent = t('trends_search_n', i + 1);
      const input = el.querySelector('input');
      if (document.activeElement !== input) input.value = state.series[i] ?? '';
      input.placeholder = i === 0 ? t('trends_placeholder_first') : t('trends_placeholder');
    });
    this.$('.trend-interval-name').textContent = t('trends_interval');
    const select = this.$('#trend-interval');
    select.options[0].textContent = t('trends_years');
    select.options[1].textContent = t('trends_months');
    select.value = state.interval;
    this.$('.trend-submit').textContent = t('trends_submit');
    this.$('.trends-filters').replaceChildren(...this.filterWords(state));
  }

  // "Same filters for every search: Country Japan · Language English", or that there are none.
  filterWords(state) {
    const ui = uiLang();
    const parts = [];
    for (const f of LIST_FIELDS) {
      for (const v of state[f]) {
        const label = labelFor(f, v, ui);
        parts.push(h('span', { class: 'trend-filter' }, `${t(`chip_field_${f}`)}: `, h('span', { lang: langOfText(label, ui) }, label)));
      }
    }
    if (state.from || state.to) parts.push(h('span', { class: 'trend-filter' }, `${t('chip_field_date')}: ${t('date_chip', formatDate(state.from), formatDate(state.to))}`));
    if (!parts.length) return [t('trends_no_filters')];
    return [`${t('trends_filters')} `, ...parts.flatMap((p, i) => (i ? [' · ', p] : [p]))];
  }

  fail(err) {
    const box = this.$('.trends-error');
    box.textContent = errorText(err);
    box.hidden = false;
    this.$('.trends-status').textContent = '';
    for (const sel of ['.trends-figure', '.trends-undated', '.trends-downloads', '.trends-table-wrap']) this.$(sel).hidden = true;
    this.shown = null;
  }

  label(s) {
    return s.q.trim() ? s.q : t('trends_all');
  }

  draw(state, trends) {
    this.shown = { key: trendsApiParams(state).toString(), trends };
    this.$('.trends-error').hidden = true;
    const ui = uiLang();
    const labels = trends.series.map((s) => this.label(s));
    const unit = trends.interval;
    const span = trends.periods.length ? [trends.periods[0], trends.periods[trends.periods.length - 1]].map(formatDate) : [];
    const empty = trends.series.every((s) => s.total === 0);
    this.$('.trends-status').textContent = empty ? t('trends_empty') : t('trends_status', labels.length, unit, ...span);
    const figure = this.$('.trends-figure');
    figure.hidden = !trends.periods.length;
    if (trends.periods.length) {
      renderTrendsChart(this.$('.trends-chart'), trends, t('trends_chart_label', labels, unit, ...span));
      renderLegend(this.$('.trends-legend'), trends.series.map((s, i) => ({ label: labels[i], total: s.total, lang: langOfText(labels[i], ui) })));
    }
    const undated = trends.series.map((s, i) => [labels[i], s.undated]).filter(([, n]) => n > 0);
    const note = this.$('.trends-undated');
    note.textContent = undated.map(([label, n]) => t('trends_undated', label, n)).join(' ');
    note.hidden = !undated.length;
    const csv = this.$('.trends-csv');
    csv.href = api.trendsCsvUrl(trendsApiParams(state));
    csv.textContent = t('trends_csv');
    this.$('.trends-downloads').hidden = false;
    this.drawTable(state, trends, labels);
  }

  // The numbers of the chart; a count opens the releases of that search in that period.
  drawTable(state, trends, labels) {
    const ui = uiLang();
    const wrap = this.$('.trends-table-wrap');
    wrap.hidden = false;
    this.$('#trends-table-caption').textContent = t('trends_table_caption', trends.interval);
    const head = this.$('.trends-table thead');
    clear(head).append(
      h('tr', null, h('th', { scope: 'col' }, t('trends_period')), labels.map((label, i) => h('th', { scope: 'col', 'data-series': i }, legendSwatch(i), h('span', { lang: langOfText(label, ui) }, label)))),
    );
    const body = clear(this.$('.trends-table tbody'));
    for (const row of tableRows(trends)) {
      const name = row.undated ? t('trends_undated_row') : trends.interval === 'month' ? formatDate(row.period) : row.period;
      body.append(
        h(
          'tr',
          { 'data-period': row.period },
          h('th', { scope: 'row' }, name),
          row.counts.map((n, i) => {
            if (!n || row.undated) return h('td', null, formatNumber(n));
            const list = listOf({ ...state, series: [trends.series[i].q], from: row.period, to: row.period, page: 1 });
            return h('td', null, h('a', { href: toQueryString(list), 'data-nav': 'search' }, formatNumber(n)));
          }),
        ),
      );
    }
  }

  // Everything worded again in the new UI language, without asking the server.
  redraw() {
    if (!this.built) return;
    const state = this.getState();
    this.drawFrame(state);
    if (this.shown) this.draw(state, this.shown.trends);
  }
}
