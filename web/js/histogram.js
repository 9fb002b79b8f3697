// The date histogram: releases per year, or per month when the results or the chosen range span
// two years or less. Click a bar for its period, drag across bars (or Shift-click) for a range;
// under a month chart, click a year for the whole year. The API sends month buckets; years are
// summed here, so one answer serves both views. Undated releases have no bar: a note counts them.

import { svg, clear, h } from './dom.js';
import { t, formatNumber, formatDate } from './i18n.js';

const W = 260;
const TOP = 14; // room for counts above the bars
const PLOT = 74;
// Month views span at most this many months of data or of the chosen range.
const MONTH_VIEW_MAX = 24;

// ---- month arithmetic: a month is year * 12 + (month - 1) ----

const monthIndex = (y, m) => y * 12 + (m - 1);
const yearOf = (i) => Math.floor(i / 12);
const monthOf = (i) => (i % 12) + 1;
const monthValue = (i) => `${yearOf(i)}-${String(monthOf(i)).padStart(2, '0')}`;

// The first (or, with upper, the last) month a date parameter covers: 2021 → 2021-01 / 2021-12.
export function paramMonth(value, upper) {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(String(value || ''));
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : upper ? 12 : 1;
  if (month < 1 || month > 12) return null;
  return monthIndex(Number(m[1]), month);
}

// The API's bucket for releases without a date (it comes last, after the dated ones).
const UNDATED = 'undated';

export function undatedCount(items) {
  const bucket = (Array.isArray(items) ? items : []).find((x) => x && x.value === UNDATED);
  return bucket ? Number(bucket.count) || 0 : 0;
}

// The facet's buckets as months with counts; year buckets (an older server) stay years.
export function parseBuckets(items) {
  const out = { unit: 'month', months: new Map() };
  for (const x of Array.isArray(items) ? items : []) {
    const m = x && /^(\d{4})(?:-(\d{2}))?$/.exec(String(x.value ?? ''));
    if (!m) continue;
    if (!m[2]) out.unit = 'year';
    const i = monthIndex(Number(m[1]), m[2] ? Number(m[2]) : 1);
    out.months.set(i, (out.months.get(i) || 0) + (Number(x.count) || 0));
  }
  return out;
}

// What to draw: {unit: 'year'|'month', bars: [{value, lo, hi, count}], canZoom, zoomedOut}.
// lo/hi are the month indices a bar covers. zoomOut forces years while a short range is chosen.
export function histogramView(items, from, to, zoomOut = false) {
  const { unit: given, months } = parseBuckets(items);
  const filled = [...months].filter(([, n]) => n > 0).map(([i]) => i);
  const all = [...months.keys()];
  if (!all.length) return { unit: 'year', bars: [], canZoom: false, zoomedOut: false };
  const dataLo = Math.min(...(filled.length ? filled : all));
  const dataHi = Math.max(...(filled.length ? filled : all));
  const selLo = paramMonth(from, false);
  const selHi = paramMonth(to, true);
  const chosen = selLo !== null || selHi !== null;
  const a = selLo ?? Math.min(dataLo, selHi ?? dataLo);
  const b = selHi ?? Math.max(dataHi, selLo ?? dataHi);

  let window = null;
  if (given === 'month') {
    if (chosen && b - a < MONTH_VIEW_MAX) {
      // Whole calendar years around the chosen range, trimmed to where there are releases.
      const lo = Math.max(monthIndex(yearOf(a), 1), Math.min(dataLo, a));
      const hi = Math.min(monthIndex(yearOf(b), 12), Math.max(dataHi, b));
      window = [lo, hi];
    } else if (!chosen && dataHi - dataLo < MONTH_VIEW_MAX) {
      window = [monthIndex(yearOf(dataLo), 1), monthIndex(yearOf(dataHi), 12)];
    }
  }
  const canZoom = chosen && window !== null;
  if (window && !(canZoom && zoomOut)) {
    const bars = [];
    for (let i = window[0]; i <= window[1]; i++) bars.push({ value: monthValue(i), lo: i, hi: i, count: months.get(i) || 0 });
    return { unit: 'month', bars, canZoom, zoomedOut: false };
  }
  const years = new Map();
  for (let y = yearOf(Math.min(dataLo, a)); y <= yearOf(Math.max(dataHi, b)); y++) years.set(y, 0);
  for (const [i, n] of months) if (years.has(yearOf(i))) years.set(yearOf(i), years.get(yearOf(i)) + n);
  const bars = [...years].map(([y, n]) => ({ value: String(y), lo: monthIndex(y, 1), hi: monthIndex(y, 12), count: n }));
  return { unit: 'year', bars, canZoom, zoomedOut: canZoom };
}

// The from/to parameters for the months lo..hi: whole years as YYYY, else YYYY-MM.
export function rangeParams(lo, hi) {
  const whole = monthOf(lo) === 1 && monthOf(hi) === 12;
  return whole ? { from: String(yearOf(lo)), to: String(yearOf(hi)) } : { from: monthValue(lo), to: monthValue(hi) };
}

// The range a click, drag or Shift-click asks for, given the current from/to. A plain click on
// the one bar that is already the whole selection clears the date filter.
export function nextRange(state, lo, hi, extend) {
  const selLo = paramMonth(state.from, false);
  const selHi = paramMonth(state.to, true);
  if (extend && (selLo !== null || selHi !== null)) {
    return rangeParams(Math.min(lo, selLo ?? lo), Math.max(hi, selHi ?? hi));
  }
  const next = rangeParams(lo, hi);
  if (!extend && selLo === lo && selHi === hi) return { from: '', to: '' };
  return next;
}

// ---- drawing ----

const viewState = { zoomOut: false, forRange: '' };
let currentView = null; // the view of the chart on screen, for pointer positions

function barLabel(bar, unit) {
  const when = unit === 'month' ? formatDate(bar.value) : bar.value;
  return t('date_bar', when, bar.count);
}

// "2 undated releases are not in the chart", or with a date filter, that it leaves them out.
function renderUndated(note, items, chosen) {
  const n = undatedCount(items);
  note.textContent = n ? t(chosen ? 'histogram_undated_out' : 'histogram_undated', n) : '';
  note.hidden = !n;
}

// The months of each year in a month view, for the year buttons under the chart.
function yearsOf(bars) {
  const years = new Map();
  bars.forEach((b, i) => {
    const y = yearOf(b.lo);
    const entry = years.get(y) || { year: y, first: i, last: i, count: 0 };
    entry.last = i;
    entry.count += b.count;
    years.set(y, entry);
  });
  return [...years.values()];
}

export function renderHistogram(section, items, state) {
  const box = section.querySelector('.histogram');
  const caption = section.querySelector('.histogram-caption');
  const zoom = section.querySelector('.histogram-zoom');
  renderUndated(section.querySelector('.histogram-undated'), items, Boolean(state.from || state.to));
  const range = `${state.from}|${state.to}`;
  if (viewState.forRange !== range) {
    // A new date choice shows its own best view again.
    viewState.forRange = range;
    viewState.zoomOut = false;
  }
  const active = box.contains(document.activeElement) ? document.activeElement : null;
  const hadFocus = active && active.classList.contains('date-bar') ? active.dataset.value : null;
  const hadYearFocus = active && active.classList.contains('year-button') ? active.dataset.year : null;
  const view = histogramView(items, state.from, state.to, viewState.zoomOut);
  currentView = view;
  clear(box);
  zoom.hidden = !view.canZoom;
  zoom.textContent = view.zoomedOut ? t('histogram_months') : t('histogram_years');
  zoom.setAttribute('aria-pressed', view.zoomedOut ? 'true' : 'false');
  if (!view.bars.length) {
    box.append(h('p', { class: 'facet-empty' }, t('facet_none')));
    caption.textContent = '';
    caption.dataset.base = '';
    return;
  }

  const { bars, unit } = view;
  const bottom = unit === 'month' ? 26 : 16; // month views label months and, below, years
  const H = TOP + PLOT + bottom;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const slot = W / bars.length;
  const barW = Math.max(1.5, Math.min(28, slot * 0.72));
  const selLo = paramMonth(state.from, false);
  const selHi = paramMonth(state.to, true);
  const chosen = selLo !== null || selHi !== null;
  const inRange = (b) => chosen && b.hi >= (selLo ?? -Infinity) && b.lo <= (selHi ?? Infinity);
  // Roving tab stop: one bar is in the Tab order (the chosen one, else the first with releases),
  // arrow keys move between bars.
  const focusIndex = hadFocus ? bars.findIndex((b) => b.value === hadFocus) : -1;
  const firstChosen = bars.findIndex(inRange);
  const tabIndexAt = focusIndex >= 0 ? focusIndex : firstChosen >= 0 ? firstChosen : Math.max(0, bars.findIndex((b) => b.count > 0));
  const every = Math.max(1, Math.ceil(30 / slot)); // year view: label every k-th year

  const chart = svg('svg', {
    class: 'histogram-svg',
    viewBox: `0 0 ${W} ${H}`,
    role: 'group',
    'aria-label': unit === 'month' ? t('histogram_aria_month') : t('histogram_aria'),
    'data-unit': unit,
  });
  // The figures drawn on the chart are for the eye; each bar's accessible name says them.
  const figures = svg('g', { class: 'chart-figures', 'aria-hidden': 'true' });
  let lastYearLabel = null;
  bars.forEach((b, i) => {
    const x = i * slot;
    const bh = b.count ? Math.max(2, (b.count / max) * PLOT) : 0;
    const label = barLabel(b, unit);
    const g = svg(
      'g',
      {
        class: inRange(b) ? 'date-bar selected' : 'date-bar',
        'data-value': b.value,
        'data-index': i,
        role: 'button',
        tabindex: i === tabIndexAt ? '0' : '-1',
        'aria-pressed': inRange(b) ? 'true' : 'false',
        'aria-label': label,
      },
      svg('title', null, label),
      svg('rect', { class: 'hit-area', x, y: 0, width: slot, height: TOP + PLOT + (unit === 'month' ? 13 : bottom) }),
      svg('rect', { class: 'bar', x: x + (slot - barW) / 2, y: TOP + PLOT - bh, width: barW, height: bh, rx: 1.5 }),
    );
    const selected = inRange(b) ? ' selected' : '';
    if (slot >= 16 && b.count) {
      figures.append(svg('text', { class: `bar-count${selected}`, x: x + slot / 2, y: TOP + PLOT - bh - 3, 'text-anchor': 'middle' }, formatNumber(b.count)));
    }
    if (unit === 'month') {
      if (slot >= 14) figures.append(svg('text', { class: `month${selected}`, x: x + slot / 2, y: TOP + PLOT + 11, 'text-anchor': 'middle' }, String(monthOf(b.lo))));
    } else if (i % every === 0 || i === bars.length - 1) {
      const short = slot < 30 && bars.length > 1 ? `’${b.value.slice(2)}` : b.value;
      const anchor = i === 0 && slot < 30 ? 'start' : i === bars.length - 1 && slot < 30 ? 'end' : 'middle';
      const tx = anchor === 'start' ? x : anchor === 'end' ? x + slot : x + slot / 2;
      // The last year is always labelled; if that crowds the previous label, drop the previous.
      if (lastYearLabel && (i - lastYearLabel.index) * slot < 26) lastYearLabel.el.remove();
      const el = svg('text', { class: `year${selected}`, x: tx, y: H - 4, 'text-anchor': anchor }, short);
      figures.append(el);
      lastYearLabel = { index: i, el };
    }
    chart.append(g);
  });
  chart.append(figures);
  // Under a month chart each year is a button of its own: the whole year at once.
  if (unit === 'month') {
    for (const y of yearsOf(bars)) {
      const x = y.first * slot;
      const whole = selLo === monthIndex(y.year, 1) && selHi === monthIndex(y.year, 12);
      chart.append(
        svg(
          'g',
          {
            class: whole ? 'year-button selected' : 'year-button',
            'data-year': String(y.year),
            'data-lo': monthIndex(y.year, 1),
            'data-hi': monthIndex(y.year, 12),
            role: 'button',
            tabindex: '0',
            'aria-pressed': whole ? 'true' : 'false',
            'aria-label': t('year_button', String(y.year), y.count),
          },
          svg('rect', { class: 'hit-area', x, y: TOP + PLOT + 13, width: (y.last - y.first + 1) * slot, height: bottom - 13 }),
          svg('text', { class: 'year', x: x + 1, y: H - 3, 'text-anchor': 'start' }, String(y.year)),
        ),
      );
    }
  }
  box.append(chart);

  // Without a chosen range the caption names the period the results cover.
  const filled = bars.filter((b) => b.count > 0);
  const ends = filled.length ? [filled[0], filled[filled.length - 1]] : [bars[0], bars[bars.length - 1]];
  caption.textContent = chosen
    ? t('date_chip', formatDate(state.from), formatDate(state.to))
    : t('date_span', formatDate(ends[0].value), formatDate(ends[1].value));
  caption.dataset.base = caption.textContent;
  // Keyboard focus stays in the chart, also when a choice swapped years for months.
  if (hadFocus) chart.querySelectorAll('.date-bar')[tabIndexAt].focus();
  if (hadYearFocus) (chart.querySelector(`.year-button[data-year="${hadYearFocus}"]`) || chart.querySelector('.date-bar[tabindex="0"]')).focus();
}

// ---- interaction ----

function barsOf(section) {
  return [...section.querySelectorAll('.histogram .date-bar')];
}

// The bar under a pointer x position, clamped to the chart (a drag may leave it).
function barIndexAt(section, clientX) {
  const chart = section.querySelector('.histogram-svg');
  const n = currentView ? currentView.bars.length : 0;
  if (!chart || !n) return -1;
  const r = chart.getBoundingClientRect();
  return Math.min(n - 1, Math.max(0, Math.floor(((clientX - r.left) / r.width) * n)));
}

function moveFocus(section, bar, delta) {
  const bars = barsOf(section);
  const i = bars.indexOf(bar);
  const next = delta === Infinity ? bars[bars.length - 1] : delta === -Infinity ? bars[0] : bars[i + delta];
  if (!next) return;
  bar.setAttribute('tabindex', '-1');
  next.setAttribute('tabindex', '0');
  next.focus();
}

// select({from, to}) is called with the range the user picked ('' and '' to clear);
// getState() returns the page state the chart was drawn for; redraw() draws it again.
export function wireHistogram(section, { select, getState, redraw }) {
  const box = section.querySelector('.histogram');
  const caption = section.querySelector('.histogram-caption');
  let drag = null; // {start, end, pointerId, extend}: bar indices while the pointer is down

  const showBrush = (a, b) => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    for (const [i, el] of barsOf(section).entries()) el.classList.toggle('brushing', i >= lo && i <= hi);
    box.classList.add('is-brushing');
    const bars = currentView.bars;
    const p = rangeParams(bars[lo].lo, bars[hi].hi);
    caption.textContent = t('date_chip', formatDate(p.from), formatDate(p.to));
  };
  const endBrush = () => {
    box.classList.remove('is-brushing');
    for (const el of barsOf(section)) el.classList.remove('brushing');
    caption.textContent = caption.dataset.base || '';
  };
  const pick = (a, b, extend) => {
    const bars = currentView.bars;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    select(nextRange(getState(), bars[lo].lo, bars[hi].hi, extend));
  };

  box.addEventListener('pointerdown', (ev) => {
    if (ev.button !== 0 || !ev.target.closest('.date-bar')) return;
    const start = barIndexAt(section, ev.clientX);
    if (start < 0) return;
    ev.preventDefault(); // no text selection while dragging
    drag = { start, end: start, pointerId: ev.pointerId, extend: ev.shiftKey };
    box.setPointerCapture(ev.pointerId);
    showBrush(start, start);
  });
  box.addEventListener('pointermove', (ev) => {
    if (drag && ev.pointerId === drag.pointerId) {
      const i = barIndexAt(section, ev.clientX);
      if (i >= 0 && i !== drag.end) {
        drag.end = i;
        showBrush(drag.start, i);
      }
      return;
    }
    const bar = ev.target.closest && ev.target.closest('.date-bar');
    if (bar) caption.textContent = bar.getAttribute('aria-label');
  });
  box.addEventListener('pointerup', (ev) => {
    if (!drag || ev.pointerId !== drag.pointerId) return;
    const { start, end, extend } = drag;
    drag = null;
    endBrush();
    pick(start, end, extend && start === end);
  });
  box.addEventListener('pointercancel', () => {
    drag = null;
    endBrush();
  });
  box.addEventListener('pointerleave', () => {
    if (!drag) caption.textContent = caption.dataset.base || '';
  });
  box.addEventListener('focusin', (ev) => {
    const bar = ev.target.closest && ev.target.closest('.date-bar, .year-button');
    if (bar) caption.textContent = bar.getAttribute('aria-label');
  });
  box.addEventListener('focusout', () => {
    caption.textContent = caption.dataset.base || '';
  });
  const pickYear = (button, extend) => select(nextRange(getState(), Number(button.dataset.lo), Number(button.dataset.hi), extend));
  box.addEventListener('click', (ev) => {
    const year = ev.target.closest && ev.target.closest('.year-button');
    if (year) pickYear(year, ev.shiftKey);
  });
  box.addEventListener('keydown', (ev) => {
    const year = ev.target.closest && ev.target.closest('.year-button');
    if (year && (ev.key === 'Enter' || ev.key === ' ')) {
      ev.preventDefault();
      pickYear(year, ev.shiftKey);
      return;
    }
    const bar = ev.target.closest && ev.target.closest('.date-bar');
    if (!bar) return;
    const moves = { ArrowLeft: -1, ArrowRight: 1, ArrowDown: -1, ArrowUp: 1, Home: -Infinity, End: Infinity };
    if (ev.key in moves) {
      ev.preventDefault();
      moveFocus(section, bar, moves[ev.key]);
    } else if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      const i = Number(bar.dataset.index);
      pick(i, i, ev.shiftKey);
    }
  });

  section.querySelector('.histogram-zoom').addEventListener('click', () => {
    viewState.zoomOut = !viewState.zoomOut;
    redraw();
  });
}
