// The URL holds the whole state: paging forward and back with the browser's own buttons,
// sorting, and a shared link that restores query, filters, sort and page exactly.

import assert from 'node:assert/strict';

import { waitForResults, waitForState, params, hitIds, shownTotal } from '../lib/page_helpers.mjs';

export default function paging(scenario) {
  scenario('pages forward and back with the browser history', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url());
    await waitForResults(page);
    const page1 = await hitIds(page);
    assert.equal(page1.length, 20);

    await page.click('#pager a.pager-next');
    await waitForState(page, (p) => p.get('page') === '2');
    const page2 = await hitIds(page);
    assert.deepEqual(page2, (await env.api('api/search?page=2&per_page=20')).hits.map((x) => x.id));
    assert.equal(page2.filter((id) => page1.includes(id)).length, 0);
    assert.equal(await page.textContent('#pager .current'), '2');
    await env.shot(page, 'page-2');

    await page.click('#pager a.pager-page[data-page="3"]');
    await waitForState(page, (p) => p.get('page') === '3');
    const page3 = await hitIds(page);

    await page.goBack();
    await waitForState(page, (p) => p.get('page') === '2');
    assert.deepEqual(await hitIds(page), page2);
    await page.goBack();
    await waitForState(page, (p) => !p.has('page'));
    assert.deepEqual(await hitIds(page), page1);
    await page.goForward();
    await waitForState(page, (p) => p.get('page') === '2');
    assert.deepEqual(await hitIds(page), page2);
    await page.goForward();
    await waitForState(page, (p) => p.get('page') === '3');
    assert.deepEqual(await hitIds(page), page3);
  });

  scenario('sorting changes the order and starts again at page one', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=minister&page=2'));
    await waitForResults(page);
    assert.equal(await page.inputValue('#sort'), 'relevance');
    await page.selectOption('#sort', 'date_asc');
    await waitForState(page, (p) => p.get('sort') === 'date_asc' && !p.has('page'));
    const dates = await page.$$eval('#results .hit-date[datetime]', (els) => els.map((e) => e.getAttribute('datetime')));
    assert.deepEqual(dates, [...dates].sort(), 'oldest first');
    await page.selectOption('#sort', 'date_desc');
    await waitForState(page, (p) => p.get('sort') === 'date_desc');
    const newest = await page.$$eval('#results .hit-date[datetime]', (els) => els.map((e) => e.getAttribute('datetime')));
    assert.deepEqual(newest, [...newest].sort().reverse(), 'newest first');
    await page.goBack();
    await waitForState(page, (p) => p.get('sort') === 'date_asc');
    assert.equal(await page.inputValue('#sort'), 'date_asc');
  });

  scenario('a shared link restores query, filters, sort and page exactly', async (env) => {
    const link = '?q=minister&country=KR&lang=en&sort=date_asc&page=2';
    const page = await env.newPage();
    await page.goto(env.url(link));
    await waitForResults(page);
    const expected = await env.api(`api/search${link}&per_page=20`);
    assert.equal(await page.inputValue('#q'), 'minister');
    assert.equal(await page.inputValue('#sort'), 'date_asc');
    assert.ok(await page.isChecked('#facet-country .facet-value[data-value="KR"] input'));
    assert.ok(await page.isChecked('#facet-lang .facet-value[data-value="en"] input'));
    assert.deepEqual(await page.$$eval('#chips .chip', (els) => els.map((e) => e.dataset.value)), ['KR', 'en']);
    assert.equal(await page.textContent('#pager .current'), '2');
    assert.equal(await shownTotal(page), expected.total);
    const ids = await hitIds(page);
    assert.deepEqual(ids, expected.hits.map((x) => x.id));

    await page.reload();
    await waitForResults(page);
    assert.deepEqual(await hitIds(page), ids);
    assert.equal(new URL(page.url()).search, new URL(env.url(link)).search, 'the page does not rewrite a valid link');
    assert.equal(params(page).get('page'), '2');
  });

  scenario('the reader chooses how many results a page holds', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url());
    await waitForResults(page);
    const total = await shownTotal(page);
    assert.ok(total > 50);
    await page.selectOption('#per-page', '50');
    await waitForState(page, (p) => p.get('per_page') === '50');
    assert.equal((await hitIds(page)).length, 50);
    assert.deepEqual(await hitIds(page), (await env.api('api/search?per_page=50')).hits.map((x) => x.id));
    const last = Number(await page.$$eval('#pager .pager-page', (els) => els[els.length - 1].dataset.page));
    assert.equal(last, Math.ceil(total / 50));
    await page.click('#pager a.pager-next');
    await waitForState(page, (p) => p.get('page') === '2' && p.get('per_page') === '50');
    assert.equal((await hitIds(page)).length, total - 50);
    await page.reload();
    await waitForResults(page);
    assert.equal(await page.inputValue('#per-page'), '50', 'part of the link');
  });
}
