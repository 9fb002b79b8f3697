// The trends view's data, without the DOM: the API parameters of a state, the table behind
// the chart, and the chart's scales (nice ticks, which periods get a label).

import { LIST_FIELDS } from './state.js';

// GET /api/trends parameters for a state: each search, the shared filters, the period.
export function trendsApiParams(s) {
  const p = new URLSearchParams();
  for (const q of s.series) p.append('q', q);
  for (const f of LIST_FIELDS) for (const v of s[f]) p.append(f, v);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.match) p.set('match', s.match);
  p.set('date_interval', s.interval);
  return p;
}

// The answer checked and normalised: {interval, periods, series: [{q, total, undated, counts}]},
// or null when it is not an answer of this shape.
export function readTrends(data) {
  if (!data || !Array.isArray(data.periods) || !Array.isArray(data.series)) return null;
  const periods = data.periods.map(String);
  const series = data.series
    .filter((s) => s && typeof s === 'object' && Array.isArray(s.counts) && s.counts.length === periods.length)
    .map((s) => ({
      q: typeof s.q === 'string' ? s.q : '',
      total: Number(s.total) || 0,
      undated: Number(s.undated) || 0,
      counts: s.counts.map((n) => Number(n) || 0),
    }));
  if (series.length !== data.series.length) return null;
  return { interval: data.interval === 'month' ? 'month' : 'year', periods, series };
}

// Round tick values from 0 to at least max: 0, 5, 10, 15 or 0, 200, 400 …, at most about
// `count` + 1 ticks.
export function niceTicks(max, count = 4) {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough);
  const whole = Math.max(1, step);
  const ticks = [];
  for (let v = 0; v < max + whole; v += whole) {
    ticks.push(v);
    if (v >= max) break;
  }
  return ticks;
}

// Which periods carry a label under the chart. Years: every k-th year so that at most
// `room` labels fit, always the first and the last. Months: January of each year (the
// year's name), or every k-th January when the years are many.
export function labelledPeriods(periods, interval, room = 12) {
  if (!periods.length) return [];
  if (interval === 'month') {
    const januaries = periods.map((p, i) => [p, i]).filter(([p]) => p.endsWith('-01'));
    const starts = januaries.length ? januaries : [[periods[0], 0]];
    const every = Math.max(1, Math.ceil(starts.length / room));
    return starts.filter((_, k) => k % every === 0).map(([p, i]) => ({ index: i, text: p.slice(0, 4) }));
  }
  const every = Math.max(1, Math.ceil(periods.length / room));
  const out = [];
  periods.forEach((p, i) => {
    if (i % every === 0 || i === periods.length - 1) out.push({ index: i, text: p });
  });
  // The last label crowds the one before it when they are not a full step apart.
  if (out.length > 2 && out[out.length - 1].index - out[out.length - 2].index < every) out.splice(out.length - 2, 1);
  return out;
}

// The table behind the chart: a row per period, then one for undated releases if any.
export function tableRows(trends) {
  const rows = trends.periods.map((period, i) => ({ period, undated: false, counts: trends.series.map((s) => s.counts[i]) }));
  if (trends.series.some((s) => s.undated > 0)) rows.push({ period: 'undated', undated: true, counts: trends.series.map((s) => s.undated) });
  return rows;
}

// The highest count of any series in any period.
export function maxCount(trends) {
  return Math.max(0, ...trends.series.flatMap((s) => s.counts));
}
