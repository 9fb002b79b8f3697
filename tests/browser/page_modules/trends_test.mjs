// The trends view's state and data (web/js/state.js, web/js/trends.js), without a browser:
// its URL round-trips, the API gets exactly its parameters, the table and the chart's scales.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { parseState, toQueryString, trendsOf, listOf, MAX_SERIES } from '../../../web/js/state.js';
import { trendsApiParams, readTrends, niceTicks, labelledPeriods, tableRows, maxCount } from '../../../web/js/trends.js';

describe('trends state in the URL', () => {
  it('round-trips several searches, the filters and the period', () => {
    const link = `?q=Afghanistan&q=${encodeURIComponent('외교부')}&country=KR&lang=en&from=2016&to=2024&match=all&date_interval=month&trends=1`;
    const s = parseState(link);
    assert.equal(s.trends, true);
    assert.deepEqual(s.series, ['Afghanistan', '외교부']);
    assert.equal(s.q, 'Afghanistan');
    assert.equal(s.interval, 'month');
    assert.equal(toQueryString(s), link);
  });

  it('keeps at most four searches, drops blank ones, and falls back to years', () => {
    const s = parseState('?trends=1&q=a&q=&q=b&q=c&q=d&q=e&date_interval=week');
    assert.deepEqual(s.series, ['a', 'b', 'c', 'd']);
    assert.equal(s.series.length, MAX_SERIES);
    assert.equal(s.interval, 'year');
    assert.equal(toQueryString(parseState('?trends=1')), '?trends=1');
  });

  it('a document or the help wins over trends', () => {
    assert.equal(parseState('?trends=1&doc=x').trends, false);
    assert.equal(parseState('?trends=1&help=1').trends, false);
  });

  it('goes from a result list to trends and back, keeping the filters', () => {
    const list = parseState('?q=visit&country=JP&sort=date_asc&page=3');
    const trends = trendsOf(list);
    assert.equal(toQueryString(trends), '?q=visit&country=JP&sort=date_asc&trends=1');
    const back = listOf({ ...trends, series: ['summit', 'visit'] });
    assert.equal(toQueryString(back), '?q=summit&country=JP&sort=date_asc');
    assert.equal(toQueryString(trendsOf(parseState(''))), '?trends=1');
  });

  it('asks the API for the searches, the filters and the period only', () => {
    const s = parseState('?q=a&q=b&country=KR&official=park-jin&from=2020&sort=date_asc&per_page=50&trends=1');
    const p = trendsApiParams(s);
    assert.deepEqual([...p.entries()], [['q', 'a'], ['q', 'b'], ['country', 'KR'], ['official', 'park-jin'], ['from', '2020'], ['date_interval', 'year']]);
  });
});

describe('trends data', () => {
  const answer = {
    interval: 'year',
    periods: ['2019', '2020', '2021'],
    series: [
      { q: 'a', total: 7, undated: 1, counts: [1, 0, 5] },
      { q: '', total: 3, undated: 0, counts: [0, 3, 0] },
    ],
  };

  it('reads a well-formed answer and refuses a broken one', () => {
    const t = readTrends(answer);
    assert.equal(t.series[1].q, '');
    assert.equal(maxCount(t), 5);
    assert.equal(readTrends({ periods: ['2020'], series: [{ q: 'a', counts: [1, 2] }] }), null);
    assert.equal(readTrends({ periods: 'x', series: [] }), null);
    assert.equal(readTrends(null), null);
  });

  it('tabulates a row per period and one for undated releases', () => {
    const rows = tableRows(readTrends(answer));
    assert.deepEqual(rows.map((r) => r.period), ['2019', '2020', '2021', 'undated']);
    assert.deepEqual(rows[3].counts, [1, 0]);
    assert.equal(tableRows(readTrends({ ...answer, series: [answer.series[1]] })).length, 3);
  });

  it('puts round ticks from zero to at least the highest count', () => {
    assert.deepEqual(niceTicks(7), [0, 2, 4, 6, 8]);
    assert.deepEqual(niceTicks(1), [0, 1]);
    assert.deepEqual(niceTicks(0), [0, 1]);
    assert.deepEqual(niceTicks(400), [0, 100, 200, 300, 400]);
    const big = niceTicks(12345);
    assert.ok(big[big.length - 1] >= 12345 && big.length <= 6, String(big));
  });

  it('labels the first and last year and every k-th between; months by their year', () => {
    const years = Array.from({ length: 30 }, (_, i) => String(1996 + i));
    const labels = labelledPeriods(years, 'year', 10);
    assert.equal(labels[0].text, '1996');
    assert.equal(labels[labels.length - 1].text, '2025');
    assert.ok(labels.length <= 11);
    const months = ['2020-11', '2020-12', '2021-01', '2021-02', '2022-01'];
    assert.deepEqual(labelledPeriods(months, 'month'), [{ index: 2, text: '2021' }, { index: 4, text: '2022' }]);
    assert.deepEqual(labelledPeriods(['2020-05', '2020-06'], 'month'), [{ index: 0, text: '2020' }]);
  });
});
