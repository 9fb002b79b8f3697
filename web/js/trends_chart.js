// The trends chart: one line per search over the periods, told apart by colour, dash and
// marker shape (never by colour alone), with a y axis of round counts and period labels.
// It is a picture (role="img" with a summary); the table beside it holds the numbers.

import { svg, h } from './dom.js';
import { formatNumber } from './i18n.js';
import { niceTicks, labelledPeriods, maxCount } from './trends.js';

const W = 720;
const H = 300;
const PAD = { left: 44, right: 16, top: 14, bottom: 30 };
export const MARKERS = ['circle', 'square', 'triangle', 'diamond'];

// A marker shape of series i centred on (x, y).
function marker(i, x, y, r = 3.6) {
  switch (MARKERS[i % MARKERS.length]) {
    case 'square':
      return svg('rect', { class: 'marker', x: x - r, y: y - r, width: 2 * r, height: 2 * r });
    case 'triangle':
      return svg('path', { class: 'marker', d: `M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.9}L${x - r * 1.1},${y + r * 0.9}Z` });
    case 'diamond':
      return svg('path', { class: 'marker', d: `M${x},${y - r * 1.3}L${x + r * 1.1},${y}L${x},${y + r * 1.3}L${x - r * 1.1},${y}Z` });
    default:
      return svg('circle', { class: 'marker', cx: x, cy: y, r });
  }
}

// A small sample of series i's line and marker, for the legend.
export function legendSwatch(i) {
  return svg(
    'svg',
    { class: `trend-swatch series-${i}`, viewBox: '0 0 28 12', width: '28', height: '12', 'aria-hidden': 'true', focusable: 'false' },
    svg('line', { class: 'line', x1: 1, y1: 6, x2: 27, y2: 6 }),
    marker(i, 14, 6),
  );
}

// Draws trends ({periods, series, interval}) into box; label is the chart's accessible name.
export function renderTrendsChart(box, trends, label) {
  const { periods, series, interval } = trends;
  const ticks = niceTicks(maxCount(trends));
  const top = ticks[ticks.length - 1];
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = periods.length > 1 ? plotW / (periods.length - 1) : 0;
  const x = (i) => PAD.left + (periods.length > 1 ? i * step : plotW / 2);
  const y = (n) => PAD.top + plotH - (n / top) * plotH;

  const chart = svg('svg', { class: 'trends-svg', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label, 'data-periods': periods.length });
  const axes = svg('g', { class: 'axes', 'aria-hidden': 'true' });
  for (const v of ticks) {
    axes.append(
      svg('line', { class: v === 0 ? 'baseline' : 'gridline', x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v) }),
      svg('text', { class: 'tick', x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, formatNumber(v)),
    );
  }
  for (const { index, text } of labelledPeriods(periods, interval, Math.floor(plotW / 56))) {
    axes.append(
      svg('line', { class: 'tickmark', x1: x(index), x2: x(index), y1: PAD.top + plotH, y2: PAD.top + plotH + 4 }),
      svg('text', { class: 'tick period', x: x(index), y: H - 10, 'text-anchor': 'middle' }, text),
    );
  }
  chart.append(axes);
  // Markers on every point while they stay apart; a long month axis is lines only.
  const markers = step >= 9 || periods.length === 1;
  series.forEach((s, i) => {
    const g = svg('g', { class: `trend-series series-${i}`, 'data-series': i, 'aria-hidden': 'true' });
    if (periods.length > 1) {
      g.append(svg('polyline', { class: 'line', points: s.counts.map((n, k) => `${x(k).toFixed(1)},${y(n).toFixed(1)}`).join(' ') }));
    }
    if (markers) s.counts.forEach((n, k) => g.append(marker(i, x(k), y(n))));
    chart.append(g);
  });
  box.replaceChildren(chart);
  return chart;
}

// The legend: each search's swatch, its label and its total.
export function renderLegend(list, entries) {
  list.replaceChildren(
    ...entries.map(({ label, total, lang }, i) =>
      h('li', { class: 'trend-legend-item', 'data-series': i }, legendSwatch(i), h('span', { class: 'trend-label', lang }, label), h('span', { class: 'trend-total muted' }, formatNumber(total))),
    ),
  );
}
