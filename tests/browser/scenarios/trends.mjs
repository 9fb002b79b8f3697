// Comparing searches over time: from a result list to the trends view with its query and
// filters, a second search added from the keyboard, a chart and a table that hold the API's
// numbers, a link that restores the view, a CSV of the series, and a count that opens its
// releases.

import assert from 'node:assert/strict';

import { waitForResults, waitForState, shownTotal, focused } from '../lib/page_helpers.mjs';

// The table on screen: header labels and {period: [counts]}.
async function shownTable(page) {
  return page.$eval('[data-testid=trends-table]', (table) => ({
    heads: [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim()),
    rows: Object.fromEntries(
      [...table.querySelectorAll('tbody tr')].map((tr) => [tr.dataset.period, [...tr.querySelectorAll('td')].map((td) => Number(td.textContent.replace(/[^\d]/g, '')))]),
    ),
  }));
}

async function waitForChart(page, series) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=trends-chart] .trend-series').length === n && !document.querySelector('#trends-view[hidden]'), series);
}

export default function trends(scenario) {
  scenario('two searches compared over time: chart, table, link, CSV and the releases behind a count', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=minister&lang=en'));
    await waitForResults(page);
    await page.click('[data-testid=trends-link]');
    await page.waitForURL((u) => u.searchParams.get('trends') === '1');
    await waitForChart(page, 1);
    assert.equal(await focused(page), '#trends-title', 'focus moves to the new view');
    assert.equal(await page.inputValue('[data-testid=trend-q-0]'), 'minister');
    assert.match(await page.textContent('[data-testid=trends-filters]'), /Language: English/);

    // A second search, typed and sent from the keyboard.
    await page.locator('[data-testid=trend-q-1]').fill('Japan');
    await page.locator('[data-testid=trend-q-1]').press('Enter');
    await page.waitForURL((u) => u.searchParams.getAll('q').join('|') === 'minister|Japan' && u.searchParams.get('lang') === 'en');
    await waitForChart(page, 2);
    const api = await env.api('api/trends?q=minister&q=Japan&lang=en&date_interval=year');
    const table = await shownTable(page);
    assert.deepEqual(table.heads, ['Period', 'minister', 'Japan']);
    for (const [i, period] of api.periods.entries()) {
      assert.deepEqual(table.rows[period], api.series.map((s) => s.counts[i]), period);
    }
    const legend = await page.$$eval('[data-testid=trends-legend] li', (els) => els.map((e) => e.textContent));
    assert.equal(legend.length, 2);
    assert.ok(legend[1].startsWith('Japan') && legend[1].endsWith(String(api.series[1].total)), legend[1]);
    // The picture names what it shows; the numbers are in the table.
    const label = await page.getAttribute('[data-testid=trends-chart] svg', 'aria-label');
    assert.match(label, /“minister” and “Japan”/);
    assert.equal(await page.getAttribute('[data-testid=trends-chart] svg', 'role'), 'img');
    assert.match(await page.textContent('[data-testid=trends-status]'), /2 searches counted per year/);
    await env.shot(page, 'trends-two-searches');

    // The CSV is the same table.
    const csvHref = await page.getAttribute('[data-testid=trends-csv]', 'href');
    const csv = new TextDecoder().decode(new Uint8Array(await (await fetch(csvHref)).arrayBuffer()));
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0], 'period,minister,Japan');
    assert.equal(lines.length, api.periods.length + 1 + (api.series.some((s) => s.undated) ? 1 : 0));

    // The link restores the view as it is, months too.
    await page.selectOption('#trend-interval', 'month');
    await page.click('.trend-submit');
    await page.waitForURL((u) => u.searchParams.get('date_interval') === 'month');
    await waitForChart(page, 2);
    const shared = page.url();
    const other = await env.newPage();
    await other.goto(shared);
    await waitForChart(other, 2);
    assert.deepEqual(await shownTable(other), await shownTable(page));
    assert.equal(await other.inputValue('[data-testid=trend-q-1]'), 'Japan');

    // A count opens that search's releases in that period, with the same filters.
    const cell = page.locator('[data-testid=trends-table] tbody td:nth-of-type(2) a').first();
    const period = await cell.evaluate((a) => a.closest('tr').dataset.period);
    const count = Number((await cell.textContent()).replace(/[^\d]/g, ''));
    await cell.focus();
    await page.keyboard.press('Enter');
    await waitForState(page, (p) => p.get('q') === 'Japan' && p.get('from') === period && p.get('to') === period && p.get('lang') === 'en' && !p.has('trends'));
    assert.equal(await shownTotal(page), count);
  });

  scenario('the trends view in Korean, with its search refused when it does not parse', async (env) => {
    const page = await env.newPage({ locale: 'ko-KR' });
    await page.goto(env.url(`?trends=1&q=${encodeURIComponent('외교부')}&q=${encodeURIComponent('"open')}`));
    await page.locator('#trends-view .trends-error').waitFor();
    assert.match(await page.textContent('#trends-view .trends-error'), /search 2 of 2/);
    assert.equal(await page.locator('[data-testid=trends-chart] svg').count(), 0);
    await page.locator('[data-testid=trend-q-1]').fill('');
    await page.click('.trend-submit');
    await waitForChart(page, 1);
    assert.equal(await page.textContent('#trends-title'), '시기별 검색어 비교');
    assert.match(await page.textContent('[data-testid=trends-filters]'), /필터 없음/);
    const heads = await page.$$eval('[data-testid=trends-table] thead th', (els) => els.map((e) => e.textContent.trim()));
    assert.deepEqual(heads, ['기간', '외교부']);
    // Back to the list: the first search, in the search box.
    await page.click('#trends-back');
    await waitForState(page, (p) => p.get('q') === '외교부' && !p.has('trends'));
    assert.equal(await page.inputValue('#q'), '외교부');
  });
}
