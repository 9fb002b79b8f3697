// The page state and its URL (web/js/state.js), without a browser: links round-trip exactly,
// hostile or broken query strings become a usable state, and the API never sees page-only keys.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { parseState, toQueryString, searchKey, apiSearchParams, effectiveSort, withToggled, withoutFilters, isValidDateParam, dateRangeProblem } from '../../../web/js/state.js';

describe('page state in the URL', () => {
  it('round-trips a full state exactly, in the API parameter order', () => {
    const link = '?q=political+consultations&country=KR&country=JP&official=park-jin&lang=ko&source=mofa.go.kr&from=2021-03&to=2022&sort=date_asc&match=all&page=3&doc=mofa-en-310035';
    assert.equal(toQueryString(parseState(link)), link);
  });

  it('keeps one release per linked pair as collapse=translations, and only that value', () => {
    const s = parseState('?q=Pompeo&collapse=translations');
    assert.equal(s.collapse, true);
    assert.equal(toQueryString(s), '?q=Pompeo&collapse=translations');
    assert.equal(apiSearchParams(s).get('collapse'), 'translations');
    assert.equal(parseState('?q=Pompeo&collapse=pairs').collapse, false);
    assert.equal(toQueryString(parseState('?q=Pompeo&collapse=none')), '?q=Pompeo');
  });

  it('leaves defaults out of the URL', () => {
    assert.equal(toQueryString(parseState('?page=1&q=&sort=')), '');
  });

  it('turns broken or hostile values into a usable state', () => {
    const s = parseState('?page=-4&sort=random()&match=some&country=KR&country=KR&country=%20&lang=%20en%20');
    assert.equal(s.page, 1);
    assert.equal(s.sort, '');
    assert.equal(s.match, '');
    assert.deepEqual(s.country, ['KR']);
    assert.deepEqual(s.lang, ['en']);
    assert.equal(parseState('?page=2abc').page, 2);
    assert.equal(parseState('?page=abc').page, 1);
  });

  it('keeps the query text exactly, markup and all; the API gets it as a parameter', () => {
    const q = '"<script>alert(1)</script>" OR 외교부 & x=1';
    const s = parseState(`?q=${encodeURIComponent(q)}`);
    assert.equal(s.q, q);
    assert.equal(apiSearchParams(s).get('q'), q);
  });

  it('sends the API only its own parameters', () => {
    const p = apiSearchParams(parseState('?q=visit&country=US&doc=mofa-en-310035&page=2'));
    assert.deepEqual([...p.keys()], ['q', 'country', 'page', 'per_page', 'facet_size', 'date_interval']);
    assert.equal(p.get('date_interval'), 'month');
  });

  it("keeps an official's view in the URL, apart from the search the API gets", () => {
    const link = '?q=visit&official=park-jin&person=park-jin';
    const s = parseState(link);
    assert.equal(s.person, 'park-jin');
    assert.equal(toQueryString(s), link);
    assert.equal(searchKey(s), searchKey(parseState('?q=visit&official=park-jin')));
    assert.equal(apiSearchParams(s).has('person'), false);
    // A release or the help opened over it wins: one view at a time.
    assert.equal(parseState('?person=park-jin&doc=mofa-en-310035').person, '');
    assert.equal(parseState('?person=park-jin&help=1').person, '');
  });

  it('gives the list and its open document the same search key', () => {
    assert.equal(searchKey(parseState('?q=visit&doc=a')), searchKey(parseState('?q=visit')));
    assert.notEqual(searchKey(parseState('?q=visit&page=2')), searchKey(parseState('?q=visit')));
  });

  it('sorts by relevance with a query and newest first without', () => {
    assert.equal(effectiveSort(parseState('?q=visit')), 'relevance');
    assert.equal(effectiveSort(parseState('')), 'date_desc');
    assert.equal(effectiveSort(parseState('?q=visit&sort=date_asc')), 'date_asc');
  });

  it('filter changes start again at page one and close the document', () => {
    const s = parseState('?q=visit&country=US&page=4&doc=a');
    const on = withToggled(s, 'country', 'JP', true);
    assert.deepEqual([on.country, on.page, on.doc], [['US', 'JP'], 1, '']);
    const off = withToggled(on, 'country', 'US', false);
    assert.deepEqual(off.country, ['JP']);
    const none = withoutFilters({ ...on, from: '2020', lang: ['ko'], source: ['sample'] });
    assert.deepEqual([none.country, none.lang, none.source, none.from, none.q], [[], [], [], '', 'visit']);
  });

  it('accepts only the date forms the API accepts', () => {
    for (const ok of ['', '2021', '2021-03', '2021-03-31']) assert.ok(isValidDateParam(ok), ok);
    for (const bad of ['21', '2021-3', '2021-13', '2021-03-32', '2021/03/01', 'yesterday']) assert.ok(!isValidDateParam(bad), bad);
  });

  it('finds reversed and malformed date ranges before any request', () => {
    assert.equal(dateRangeProblem('2021', '2019-06'), 'reversed');
    assert.equal(dateRangeProblem('2021-03-05', '2021-03-04'), 'reversed');
    assert.equal(dateRangeProblem('2021-03', '2021-02-28'), 'reversed');
    for (const [from, to] of [['2021', '2021'], ['2021-03', '2021'], ['2021', '2021-03'], ['2021-03-01', '2021-03'], ['', '2019'], ['2019', '']])
      assert.equal(dateRangeProblem(from, to), '', `${from}..${to}`);
    assert.equal(dateRangeProblem('21', '2022'), 'from');
    assert.equal(dateRangeProblem('2021', '2022-13'), 'to');
  });

  it('keeps a results-per-page choice and the help view in the link', () => {
    const s = parseState('?q=visit&per_page=50&help=1');
    assert.equal(s.perPage, 50);
    assert.equal(s.help, true);
    assert.equal(toQueryString(s), '?q=visit&per_page=50&help=1');
    assert.equal(apiSearchParams(s).get('per_page'), '50');
    assert.equal(parseState('?per_page=7').perPage, 20, 'only the choices offered');
    assert.equal(parseState('?doc=a&help=1').help, false, 'a document wins');
    assert.equal(toQueryString(withToggled(s, 'country', 'JP', true)), '?q=visit&country=JP&per_page=50');
  });
});
