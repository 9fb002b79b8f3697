// When a search cannot run: a reversed date range is caught on the page in the UI language
// (nothing is sent), an error takes the old count and the download links with it, and
// switching the UI language during an error words all of the page again.

import assert from 'node:assert/strict';

import { waitForResults, waitForState, trackRequests } from '../lib/page_helpers.mjs';

export default function errors(scenario) {
  scenario('a reversed date range is explained on the page, in the UI language', async (env) => {
    const page = await env.newPage();
    const searches = trackRequests(page, '/api/search');
    await page.goto(env.url('?q=minister'));
    await waitForResults(page);
    await page.click('#date-manual summary');
    await page.fill('#date-from', '2021');
    await page.fill('#date-to', '2019-06');
    await page.click('#date-range button[type=submit]');
    assert.equal(await page.textContent('#date-error'), 'The start date is after the end date.');
    assert.equal(await page.getAttribute('#date-from', 'aria-invalid'), 'true');
    await page.click('#ui-lang');
    assert.equal(await page.textContent('#date-error'), '시작 날짜가 끝 날짜보다 늦습니다.');
    await page.click('#ui-lang');

    // The same range from a link: said next to the search box, and never sent.
    await page.goto(env.url('?q=minister&from=2021&to=2019-06'));
    const error = page.locator('#error');
    await error.waitFor({ state: 'visible' });
    assert.equal(await error.textContent(), 'The date range ends before it starts: the start date is after the end date.');
    assert.deepEqual(searches.filter((u) => u.searchParams.get('from') === '2021'), [], 'nothing was sent');
    assert.equal(await page.textContent('#total'), '');
    assert.equal(await page.isVisible('#export-links'), false);
    await page.click('#ui-lang');
    assert.equal(await error.textContent(), '날짜 범위가 거꾸로입니다. 시작 날짜가 끝 날짜보다 늦습니다.');
  });

  scenario('an error takes the old count and downloads away; a language switch words it all', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=consultations'));
    await waitForResults(page);
    await page.waitForFunction(() => !document.querySelector('#export-links').hidden);
    assert.notEqual(await page.textContent('#total'), '');
    await page.fill('#q', 'consultations (Japan');
    await page.press('#q', 'Enter');
    const error = page.locator('#error');
    await error.waitFor({ state: 'visible' });
    assert.equal(await page.textContent('#total'), '', 'the count was for another search');
    assert.equal(await page.textContent('#took'), '');
    assert.equal(await page.isVisible('#pager'), false);
    assert.equal(await page.isVisible('#export-links'), false, 'no download of a query the service refused');
    assert.ok((await page.locator('#results.stale .hit').count()) > 0, 'the last list stays, dimmed');

    await page.click('#ui-lang');
    assert.match(await error.textContent(), /^검색어를 해석할 수 없습니다 \(\d+번째 글자 부근\)/);
    assert.equal(await page.textContent('#facet-country-h'), '국가');
    const labels = await page.$$eval('#facet-country .facet-label', (els) => els.map((e) => e.textContent));
    assert.ok(labels.includes('일본'), `country names in Korean: ${labels}`);
    const dates = await page.$$eval('#results .hit-date[datetime]', (els) => els.map((e) => e.textContent));
    assert.ok(dates.length > 0 && dates.every((d) => /년/.test(d)), `dates in Korean: ${dates}`);
    assert.equal(await page.textContent('#total'), '');
    await env.shot(page, 'error-korean');

    await page.fill('#q', 'consultations (Japan)');
    await page.press('#q', 'Enter');
    await waitForState(page, (p) => p.get('q') === 'consultations (Japan)');
    await error.waitFor({ state: 'hidden' });
    assert.match(await page.textContent('#total'), /건$/);
  });
}
