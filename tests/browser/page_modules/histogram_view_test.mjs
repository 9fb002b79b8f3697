// The date histogram's arithmetic (web/js/histogram.js), without a browser: which bars to draw
// for which results and range, and which from/to a click, drag or Shift-click asks for.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { histogramView, nextRange, paramMonth, rangeParams } from '../../../web/js/histogram.js';

// Month buckets from first to last as the API sends them: {'2021-03': 2, …}, zeros filled in.
function months(first, last, counts) {
  const out = [];
  let [y, m] = first.split('-').map(Number);
  for (;;) {
    const value = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ value, count: counts[value] || 0 });
    if (value === last) return out;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

const month = (text) => paramMonth(text, false);

describe('histogramView', () => {
  const decade = months('2015-04', '2025-04', { '2015-04': 1, '2017-02': 2, '2018-09': 2, '2021-06': 1, '2025-04': 3 });

  it('sums a long span into years, every year from first to last', () => {
    const view = histogramView(decade, '', '');
    assert.equal(view.unit, 'year');
    assert.deepEqual(view.bars.map((b) => b.value), ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    assert.deepEqual(view.bars.map((b) => b.count), [1, 0, 2, 2, 0, 0, 1, 0, 0, 0, 3]);
    assert.equal(view.canZoom, false);
  });

  it('draws months when the results span two years or less, over whole calendar years', () => {
    const view = histogramView(months('2021-06', '2021-08', { '2021-06': 1, '2021-08': 1 }), '', '');
    assert.equal(view.unit, 'month');
    assert.equal(view.bars.length, 12);
    assert.equal(view.bars[0].value, '2021-01');
    assert.equal(view.bars[5].count, 1);
    assert.equal(view.bars[7].count, 1);
  });

  it('draws the months of a chosen year, and years again when zoomed out', () => {
    const view = histogramView(decade, '2018', '2018');
    assert.equal(view.unit, 'month');
    assert.deepEqual([view.bars[0].value, view.bars[11].value], ['2018-01', '2018-12']);
    assert.equal(view.bars[8].count, 2);
    assert.equal(view.canZoom, true);
    const out = histogramView(decade, '2018', '2018', true);
    assert.equal(out.unit, 'year');
    assert.equal(out.zoomedOut, true);
    assert.equal(out.bars.length, 11);
  });

  it('keeps years for a chosen range longer than two years', () => {
    const view = histogramView(decade, '2017', '2019');
    assert.equal(view.unit, 'year');
    assert.equal(view.canZoom, false);
  });

  it('trims a month view to the months that have data around an open-ended range', () => {
    const view = histogramView(decade, '2024-06', '');
    assert.equal(view.unit, 'month');
    assert.deepEqual([view.bars[0].value, view.bars[view.bars.length - 1].value], ['2024-01', '2025-04']);
  });

  it('shows a chosen range outside the data as empty bars, not an error', () => {
    const view = histogramView(decade, '1999', '1999');
    assert.equal(view.unit, 'month');
    assert.ok(view.bars.some((b) => b.value === '1999-01'));
    assert.ok(view.bars.filter((b) => b.value.startsWith('1999')).every((b) => b.count === 0));
  });

  it('accepts year buckets from a server that sends them, and ignores malformed ones', () => {
    const view = histogramView([{ value: '2020', count: 3 }, { value: '2021', count: 4 }, { value: 'soon', count: 9 }, null], '', '');
    assert.equal(view.unit, 'year');
    assert.deepEqual(view.bars.map((b) => [b.value, b.count]), [['2020', 3], ['2021', 4]]);
  });

  it('has no bars without buckets', () => {
    assert.deepEqual(histogramView(undefined, '', '').bars, []);
    assert.deepEqual(histogramView([], '2020', '').bars, []);
  });
});

describe('choosing a range', () => {
  const state = (from, to) => ({ from, to });

  it('writes whole years as YYYY and anything else as YYYY-MM', () => {
    assert.deepEqual(rangeParams(month('2017-01'), paramMonth('2019', true)), { from: '2017', to: '2019' });
    assert.deepEqual(rangeParams(month('2018-07'), month('2018-10')), { from: '2018-07', to: '2018-10' });
  });

  it('a click picks the bar, a second click on the whole selection clears it', () => {
    const y2018 = [month('2018'), paramMonth('2018', true)];
    assert.deepEqual(nextRange(state('', ''), ...y2018, false), { from: '2018', to: '2018' });
    assert.deepEqual(nextRange(state('2018', '2018'), ...y2018, false), { from: '', to: '' });
    assert.deepEqual(nextRange(state('2017', '2018'), ...y2018, false), { from: '2018', to: '2018' });
  });

  it('Shift widens the current range to include the bar, in either direction', () => {
    const may2019 = month('2019-05');
    assert.deepEqual(nextRange(state('2018', '2018'), may2019, may2019, true), { from: '2018-01', to: '2019-05' });
    const y2016 = [month('2016'), paramMonth('2016', true)];
    assert.deepEqual(nextRange(state('2018', '2019'), ...y2016, true), { from: '2016', to: '2019' });
    assert.deepEqual(nextRange(state('', ''), ...y2016, true), { from: '2016', to: '2016' });
  });

  it('reads the dates the URL may hold', () => {
    assert.equal(paramMonth('2021-03-15', false), month('2021-03'));
    assert.equal(paramMonth('2021', true), month('2021-12'));
    assert.equal(paramMonth('2021-13', false), null);
    assert.equal(paramMonth('', false), null);
  });
});
