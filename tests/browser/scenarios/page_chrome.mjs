// Everything around the results: the UI language (switched and remembered), phone width,
// keyboard use with visible focus, loading and failure states, and the optional download links.

import assert from 'node:assert/strict';

import { waitForResults, waitForState, params, shownTotal, hitIds } from '../lib/page_helpers.mjs';

export default function pageChrome(scenario) {
  scenario('switching the UI language relabels the page and is remembered', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=Afghanistan'));
    await waitForResults(page);
    const before = page.url();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');

    await page.click('#ui-lang');
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
    assert.equal(await page.textContent('#facet-country-h'), '국가');
    assert.equal(await page.textContent('#facet-country .facet-value[data-value="AF"] .facet-label'), '아프가니스탄');
    assert.equal(await page.textContent('#facet-lang .facet-value[data-value="ko"] .facet-label'), '한국어');
    assert.equal(await page.textContent('#sort option[value="relevance"]'), '관련도순');
    assert.equal(await page.textContent('#total'), '2건');
    assert.equal(await page.textContent('#ui-lang .ui-lang-name'), 'English');
    assert.equal(await page.textContent('.site-footer a[href="api/health"]'), 'API 상태');
    const official = page.locator('#results .hit-official[data-value="lee-kyung-chul"]');
    assert.equal(await official.first().textContent(), '이경철');
    assert.equal(page.url(), before, 'the language is not part of the search state');
    await env.shot(page, 'ui-korean');

    await page.reload();
    await waitForResults(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'ko', 'remembered across reloads');
    assert.equal(await page.textContent('#facet-country-h'), '국가');
    await page.click('#ui-lang');
    assert.equal(await page.textContent('#facet-country-h'), 'Countries');
    assert.equal(await page.textContent('#facet-country .facet-value[data-value="AF"] .facet-label'), 'Afghanistan');
  });

  scenario('a browser that prefers Korean starts in Korean', async (env) => {
    const page = await env.newPage({ locale: 'ko-KR' });
    await page.goto(env.url());
    await waitForResults(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
    assert.equal(await page.getAttribute('#q', 'placeholder'), '검색어 예: 아프가니스탄 "정책협의회"');
  });

  scenario('at phone width the page fits, and the filters fold up behind a button', async (env) => {
    const page = await env.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(env.url('?q=consultations&country=KR'));
    await waitForResults(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'no sideways scrolling');
    assert.equal(await page.isVisible('#facets'), false);
    assert.equal(await page.textContent('#filters-toggle'), 'Filters (1)');
    await env.shot(page, 'phone-results');
    await page.click('#filters-toggle');
    assert.ok(await page.isVisible('#facet-country'));
    assert.equal(await page.getAttribute('#filters-toggle', 'aria-expanded'), 'true');
    await env.shot(page, 'phone-filters');
    // A tick applies the filter and folds the panel away, so the new list is in view.
    await page.click('#facet-lang .facet-value[data-value="en"]');
    await waitForState(page, (p) => p.get('lang') === 'en');
    assert.equal(await page.isVisible('#facets'), false);
    assert.equal(await page.getAttribute('#filters-toggle', 'aria-expanded'), 'false');
    assert.equal(await page.textContent('#filters-toggle'), 'Filters (2)');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'filters-toggle');
    await page.click(`#results .hit[data-id="${(await hitIds(page))[0]}"] .hit-title`);
    await page.locator('#doc-body').waitFor();
    const docOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(docOverflow, 0);
    await env.shot(page, 'phone-document');
  });

  scenario('the page works from the keyboard with a visible focus', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url());
    await waitForResults(page);
    await page.locator('#results-heading').focus();
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'q', '"/" jumps to the search box');
    await page.keyboard.type('Afghanistan');
    await page.keyboard.press('Enter');
    await waitForState(page, (p) => p.get('q') === 'Afghanistan');

    // Tab from the box walks the header in order, then the filters: the histogram's bars are
    // one stop, each year under a month chart another.
    const order = [];
    while (order.length < 12 && !String(order[order.length - 1]).startsWith('checkbox:')) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement;
          if (el.type === 'checkbox') return `checkbox:${el.value}`;
          if (el.classList.contains('date-bar')) return `bar:${el.dataset.value}`;
          if (el.classList.contains('year-button')) return 'year';
          return el.id ? `#${el.id}` : `${el.localName}.${el.classList[el.classList.length - 1] || ''}`;
        }),
      );
    }
    const facets = (await env.api('api/search?q=Afghanistan&per_page=1&date_interval=month')).facets;
    const firstMonth = facets.date.find((b) => b.count > 0).value;
    const firstCountry = facets.country[0].value;
    const years = new Set(facets.date.filter((b) => /^\d{4}-/.test(b.value)).map((b) => b.value.slice(0, 4)));
    assert.deepEqual(order, [
      'button.search-button',
      '#help-link',
      '#ui-lang',
      `bar:${firstMonth}`,
      ...[...years].map(() => 'year'),
      '#trends-link',
      'summary.',
      `checkbox:${firstCountry}`,
    ]);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused control shows it');
    await page.keyboard.press('Space');
    await waitForState(page, (p) => p.get('country') === firstCountry);

    // Enter on a hit opens it, Escape closes it, Escape in the box clears the query.
    await page.focus('#results .hit .hit-title');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('doc'));
    await page.locator('#doc-body').waitFor();
    await page.keyboard.press('Escape');
    await waitForState(page, (p) => !p.has('doc'));
    await page.focus('#q');
    await page.keyboard.press('Escape');
    await waitForState(page, (p) => !p.has('q'));
    assert.equal(await page.inputValue('#q'), '');
  });

  scenario('a slow search shows that it is loading; a failed one says what happened', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url());
    await waitForResults(page);

    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.route('**/api/search?**', async (route) => {
      await held;
      await route.continue();
    });
    await page.fill('#q', 'minister');
    await page.press('#q', 'Enter');
    await page.locator('#loading').waitFor({ state: 'visible' });
    assert.equal((await page.textContent('#loading')).trim(), 'Searching…');
    await env.shot(page, 'loading');
    release();
    await waitForState(page, (p) => p.get('q') === 'minister');
    assert.equal(await page.isVisible('#loading'), false);
    await page.unroute('**/api/search?**');

    await page.route('**/api/search?**', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal_error', message: 'the server could not answer this request' } }),
      }),
    );
    await page.fill('#q', 'ministers');
    await page.press('#q', 'Enter');
    const error = page.locator('#error');
    await error.waitFor({ state: 'visible' });
    assert.equal(
      await error.locator('.error-text').textContent(),
      'The search service failed (HTTP 500): the server could not answer this request. Please try again in a moment.',
    );
    await env.shot(page, 'server-error');
    await page.unroute('**/api/search?**');
    await error.locator('button[data-action="retry"]').click();
    await waitForResults(page);
    await error.waitFor({ state: 'hidden' });
    assert.equal(params(page).get('q'), 'ministers');
    assert.ok((await shownTotal(page)) > 0);

    await page.route('**/api/search?**', (route) => route.abort('connectionrefused'));
    await page.fill('#q', 'minister visit');
    await page.press('#q', 'Enter');
    await error.waitFor({ state: 'visible' });
    assert.match(await error.textContent(), /^Could not reach the search service/);
  });

  scenario('download links appear only for the endpoints the service answers', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=minister&country=JP'));
    await waitForResults(page);
    const exportOk = (await env.status('api/export?format=ndjson&from=9999&to=9999')) === 200;
    const feedOk = (await env.status('api/feed.atom?from=9999&to=9999')) === 200;
    // The probes run once after the first search; give them a moment to land.
    await page.waitForFunction(
      ([e, f]) => {
        const shown = (fmt) => !document.querySelector(`#export-links a[data-format="${fmt}"]`).hidden;
        return shown('csv') === e && shown('ndjson') === e && shown('atom') === f;
      },
      [exportOk, feedOk],
    );
    assert.equal(await page.isVisible('#export-links'), exportOk || feedOk);
    if (exportOk) {
      const href = await page.getAttribute('#export-links a[data-format="csv"]', 'href');
      const url = new URL(href);
      assert.equal(url.pathname, '/api/export');
      assert.deepEqual([...url.searchParams], [['q', 'minister'], ['country', 'JP'], ['format', 'csv'], ['bom', '1']]);
      assert.equal(await env.status(url.pathname.slice(1) + url.search), 200);
    }
    if (feedOk) {
      const href = await page.getAttribute('#export-links a[data-format="atom"]', 'href');
      assert.equal(await env.status(new URL(href).pathname.slice(1) + new URL(href).search), 200);
    }
  });
}
