// The facet sidebar: checkbox lists for countries, officials and language (OR within a field),
// and the year histogram for dates. Counts come from the API, which computes each field's counts
// without that field's own filter, so ticking a second country still shows the others' counts.

import { h, svg, clear } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { labelFor } from './labels.js';

// Lists longer than this are cut, with a "Show all" button and a filter box.
const SHORT_LIST = 8;

// Per-field view state that survives re-rendering after each search.
const view = {
  country: { filter: '', expanded: false },
  official: { filter: '', expanded: false },
  lang: { filter: '', expanded: false },
};

const fold = (s) => String(s).normalize('NFKC').toLowerCase();

function facetItems(field, items, selected, ui) {
  const list = (Array.isArray(items) ? items : [])
    .filter((x) => x && x.value !== undefined && x.value !== null && x.value !== '')
    .map((x) => ({ value: String(x.value), count: Number(x.count) || 0 }));
  // A selected value must stay visible (and un-tickable) even when it is not in the top list.
  for (const v of selected) if (!list.some((x) => x.value === v)) list.unshift({ value: v, count: null });
  for (const x of list) x.label = labelFor(field, x.value, ui);
  return list;
}

export function renderFacet(section, field, items, selected, ui) {
  const listEl = section.querySelector('.facet-list');
  const filterEl = section.querySelector('.facet-filter');
  const moreEl = section.querySelector('.facet-more');
  const v = view[field];

  // Keep keyboard focus on the same value across the re-render.
  const focused = listEl.contains(document.activeElement) ? document.activeElement.value : null;

  const all = facetItems(field, items, selected, ui);
  const needle = fold(v.filter.trim());
  let shown = all;
  if (needle) shown = all.filter((x) => fold(x.label).includes(needle) || fold(x.value).includes(needle));
  else if (!v.expanded && all.length > SHORT_LIST) shown = all.filter((x, i) => i < SHORT_LIST || selected.includes(x.value));

  clear(listEl);
  for (const x of shown) {
    const checked = selected.includes(x.value);
    const box = h('input', { type: 'checkbox', value: x.value, 'data-field': field });
    box.checked = checked;
    listEl.append(
      h(
        'li',
        null,
        h(
          'label',
          { class: checked ? 'facet-value selected' : 'facet-value', 'data-value': x.value, title: x.label === x.value ? null : x.value },
          box,
          h('span', { class: 'facet-label' }, x.label),
          h('span', { class: 'facet-count' }, x.count === null ? '' : formatNumber(x.count)),
        ),
      ),
    );
  }
  if (!shown.length) listEl.append(h('li', { class: 'facet-empty' }, all.length ? t('facet_nomatch') : t('facet_none')));

  filterEl.hidden = all.length <= SHORT_LIST && !v.filter;
  if (filterEl.value !== v.filter) filterEl.value = v.filter;
  moreEl.hidden = Boolean(needle) || all.length <= SHORT_LIST;
  moreEl.textContent = v.expanded ? t('show_less') : t('show_more', formatNumber(all.length));
  moreEl.setAttribute('aria-expanded', v.expanded ? 'true' : 'false');

  if (focused !== null) {
    const again = [...listEl.querySelectorAll('input')].find((i) => i.value === focused);
    if (again) again.focus();
  }
}

export function setFacetFilter(field, text) {
  if (view[field]) view[field].filter = text;
}

export function toggleFacetExpanded(field) {
  if (view[field]) view[field].expanded = !view[field].expanded;
}

// ---- Date histogram ----

const W = 260;
const H = 104;
const TOP = 14; // room for counts above the bars
const BOTTOM = 16; // room for year labels

function yearRange(state) {
  const lo = state.from ? state.from.slice(0, 4) : '';
  const hi = state.to ? state.to.slice(0, 4) : '';
  return { lo, hi, any: Boolean(lo || hi) };
}

export function renderDateFacet(section, items, state) {
  const box = section.querySelector('.histogram');
  const caption = section.querySelector('.histogram-caption');
  const hadFocus = box.contains(document.activeElement) ? document.activeElement.dataset.value : null;
  clear(box);
  const years = (Array.isArray(items) ? items : [])
    .filter((x) => x && /^\d{4}/.test(String(x.value)))
    .map((x) => ({ value: String(x.value).slice(0, 4), count: Number(x.count) || 0 }));
  if (!years.length) {
    box.append(h('p', { class: 'facet-empty' }, t('facet_none')));
    caption.textContent = '';
    return;
  }
  const max = Math.max(1, ...years.map((y) => y.count));
  const slot = W / years.length;
  const barW = Math.max(1.5, Math.min(28, slot * 0.72));
  const plotH = H - TOP - BOTTOM;
  const sel = yearRange(state);
  const inRange = (y) => sel.any && (!sel.lo || y >= sel.lo) && (!sel.hi || y <= sel.hi);
  // Label every k-th year so the labels never overlap; always the first and last.
  const every = Math.max(1, Math.ceil(30 / slot));
  // Roving tab stop: one bar is in the Tab order, arrow keys move between bars.
  const tabIndexAt = Math.max(0, years.findIndex((y) => inRange(y.value)));
  const focusIndex = hadFocus ? years.findIndex((y) => y.value === hadFocus) : -1;

  const chart = svg('svg', {
    class: 'histogram-svg',
    viewBox: `0 0 ${W} ${H}`,
    role: 'group',
    'aria-label': t('histogram_aria'),
  });
  let lastLabel = null;
  years.forEach((y, i) => {
    const x = i * slot;
    const bh = y.count ? Math.max(2, (y.count / max) * plotH) : 0;
    const selected = inRange(y.value);
    const label = t('date_bar', y.value, y.count);
    const g = svg(
      'g',
      {
        class: selected ? 'facet-value date-bar selected' : 'facet-value date-bar',
        'data-value': y.value,
        'data-action': 'year',
        role: 'button',
        tabindex: i === (focusIndex >= 0 ? focusIndex : tabIndexAt) ? '0' : '-1',
        'aria-pressed': selected ? 'true' : 'false',
        'aria-label': label,
      },
      svg('title', null, label),
      svg('rect', { class: 'hit-area', x, y: 0, width: slot, height: H }),
      svg('rect', { class: 'bar', x: x + (slot - barW) / 2, y: TOP + plotH - bh, width: barW, height: bh, rx: 1.5 }),
    );
    if (slot >= 22 && y.count) {
      g.append(svg('text', { class: 'bar-count', x: x + slot / 2, y: TOP + plotH - bh - 3, 'text-anchor': 'middle' }, formatNumber(y.count)));
    }
    if (i % every === 0 || i === years.length - 1) {
      const short = slot < 30 && years.length > 1 ? `’${y.value.slice(2)}` : y.value;
      const anchor = i === 0 && slot < 30 ? 'start' : i === years.length - 1 && slot < 30 ? 'end' : 'middle';
      const tx = anchor === 'start' ? x : anchor === 'end' ? x + slot : x + slot / 2;
      // The last year is always labelled; if that crowds the previous label, drop the previous.
      if (lastLabel && (i - lastLabel.index) * slot < 26) lastLabel.el.remove();
      const el = svg('text', { class: 'year', x: tx, y: H - 4, 'text-anchor': anchor }, short);
      g.append(el);
      lastLabel = { index: i, el };
    }
    chart.append(g);
  });
  box.append(chart);

  const first = years[0].value;
  const last = years[years.length - 1].value;
  caption.textContent = sel.any ? t('date_chip', state.from, state.to) : t('date_span', first, last);
  caption.dataset.base = caption.textContent;
  if (focusIndex >= 0) chart.querySelectorAll('.date-bar')[focusIndex].focus();
}

// Arrow keys move along the bars (roving tabindex); Enter/Space pick the year.
export function moveBarFocus(current, delta) {
  const bars = [...current.ownerSVGElement.querySelectorAll('.date-bar')];
  const i = bars.indexOf(current);
  const next = delta === Infinity ? bars[bars.length - 1] : delta === -Infinity ? bars[0] : bars[i + delta];
  if (!next) return;
  current.setAttribute('tabindex', '-1');
  next.setAttribute('tabindex', '0');
  next.focus();
}

// The caption under the chart names the bar under the pointer or focus, with its count, so the
// numbers are readable without hovering for a tooltip.
export function wireHistogramCaption(section) {
  const caption = section.querySelector('.histogram-caption');
  const show = (ev) => {
    const bar = ev.target.closest && ev.target.closest('.date-bar');
    if (bar) caption.textContent = bar.getAttribute('aria-label');
  };
  const restore = () => {
    caption.textContent = caption.dataset.base || '';
  };
  const box = section.querySelector('.histogram');
  box.addEventListener('pointerover', show);
  box.addEventListener('focusin', show);
  box.addEventListener('pointerleave', restore);
  box.addEventListener('focusout', restore);
}
