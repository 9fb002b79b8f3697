// The facet sidebar: a country click filters and changes counts and URL, several countries
// combine with OR (disjunctive counts), chips remove filters, "clear all", the filter box;
// country names everywhere (also where no facet list holds them), as the ministry writes them.

import assert from 'node:assert/strict';

import { waitForResults, waitForState, params, facetCounts, apiCounts, shownTotal } from '../lib/page_helpers.mjs';

export default function filtering(scenario) {
  scenario('clicking country facets filters the list and updates counts, chips and the URL', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=minister'));
    await waitForResults(page);
    const before = await facetCounts(page, 'country');
    const officialsBefore = await facetCounts(page, 'official');
    assert.ok(before.JP > 0 && before.CN > 0);

    await page.click('#facet-country .facet-value[data-value="JP"]');
    await waitForState(page, (p) => p.getAll('country').join() === 'JP');
    const jp = await env.api('api/search?q=minister&country=JP&per_page=1&facet_size=50');
    assert.equal(await shownTotal(page), before.JP, 'the total is the count the facet showed');
    assert.equal(await shownTotal(page), jp.total);
    assert.ok(await page.isChecked('#facet-country .facet-value[data-value="JP"] input'));
    // Counts of the other fields follow the filter; the country list keeps its own counts so a
    // second country can be added (disjunctive facets).
    const officialsAfter = await facetCounts(page, 'official');
    assert.notDeepEqual(officialsAfter, officialsBefore);
    const apiOfficials = apiCounts(jp.facets.official);
    for (const [key, n] of Object.entries(officialsAfter)) assert.equal(n, apiOfficials[key], `official ${key}`);
    assert.deepEqual(await facetCounts(page, 'country'), before);
    assert.equal(await page.textContent('#chips .chip[data-field="country"][data-value="JP"] .chip-label'), 'Japan');
    await env.shot(page, 'facet-country');

    await page.click('#facet-country .facet-value[data-value="CN"]');
    await waitForState(page, (p) => p.getAll('country').join() === 'JP,CN');
    const both = await env.api('api/search?q=minister&country=JP&country=CN&per_page=1');
    assert.equal(await shownTotal(page), both.total);
    assert.ok(both.total > jp.total, 'a second country widens the list (OR within a field)');

    await page.click('#chips .chip[data-value="JP"]');
    await waitForState(page, (p) => p.getAll('country').join() === 'CN');
    assert.equal(await page.isChecked('#facet-country .facet-value[data-value="JP"] input'), false);

    await page.click('#facet-lang .facet-value[data-value="en"]');
    await waitForState(page, (p) => p.get('lang') === 'en');
    assert.equal(await page.locator('#chips .chip').count(), 2);
    await page.click('#clear-all');
    await waitForState(page, (p) => !p.has('country') && !p.has('lang'));
    assert.equal(params(page).get('q'), 'minister', 'clearing filters keeps the query');
    assert.equal(await page.isVisible('#active-filters'), false);
  });

  scenario('the source facet filters by site, the sample says it is invented, hits link to originals', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url());
    await waitForResults(page);
    const sources = await facetCounts(page, 'source');
    const api = await env.api('api/search?facets=source&per_page=1&facet_size=50');
    assert.deepEqual(sources, apiCounts(api.facets.source));
    assert.ok(sources.sample > 0 && sources['example.org'] > 0, JSON.stringify(sources));
    assert.equal(
      await page.textContent('#facet-source .facet-value[data-value="sample"] .facet-label'),
      'Invented sample releases (dipsearch)',
    );

    await page.click('#facet-source .facet-value[data-value="example.org"]');
    await waitForState(page, (p) => p.getAll('source').join() === 'example.org');
    assert.equal(await shownTotal(page), sources['example.org']);
    assert.equal(await page.textContent('#chips .chip[data-field="source"] .chip-label'), 'example.org');
    // The hit names its site and links to the original page, in a new tab and without opener.
    const hit = page.locator('.hit[data-id="fixture-source-link"]');
    assert.equal(await hit.locator('.hit-source-label').textContent(), 'example.org');
    const original = hit.locator('a.hit-original');
    assert.equal(await original.getAttribute('href'), 'https://example.org/press/travel-registration');
    assert.equal(await original.getAttribute('target'), '_blank');
    assert.match(await original.getAttribute('rel'), /noopener/);
    await env.shot(page, 'facet-source');

    // A release whose address is not a web link names no original; a sample hit says it is invented.
    await page.goto(env.url('?q=phishing'));
    await waitForResults(page);
    assert.equal(await page.locator('.hit[data-id="fixture-hostile-en"] a.hit-original').count(), 0);
    await page.goto(env.url('?source=sample&q=Afghanistan'));
    await waitForResults(page);
    const labels = await page.$$eval('.hit .hit-source-label', (els) => [...new Set(els.map((e) => e.textContent))]);
    assert.deepEqual(labels, ['Invented sample releases (dipsearch)']);
  });

  scenario('the filter box narrows a long facet list, in either language', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url());
    await waitForResults(page);
    const box = page.locator('#facet-country .facet-filter');
    assert.ok(await box.isVisible(), 'long lists offer a filter box');
    await box.fill('korea');
    const labels = await page.$$eval('#facet-country .facet-label', (els) => els.map((e) => e.textContent).sort());
    assert.deepEqual(labels, ['North Korea', 'South Korea']);
    await box.press('Escape');
    assert.equal(await box.inputValue(), '');
    assert.ok((await page.locator('#facet-country .facet-value').count()) > 2);
    await page.click('#facet-official .facet-more');
    assert.ok((await page.locator('#facet-official .facet-value').count()) > 8, 'the whole list opens');
  });

  scenario('an official is one filter across both languages', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url());
    await waitForResults(page);
    await page.click('#facet-official .facet-value[data-value="kang-kyung-wha"]');
    await waitForState(page, (p) => p.get('official') === 'kang-kyung-wha');
    const expected = await env.api('api/search?official=kang-kyung-wha&per_page=20');
    assert.equal(await shownTotal(page), expected.total);
    const langs = new Set(await page.$$eval('#results .lang-badge', (els) => els.map((e) => e.dataset.lang)));
    assert.deepEqual([...langs].sort(), ['en', 'ko'], 'English and Korean releases about her');
    const names = await page.$$eval('#results .hit-official[data-value="kang-kyung-wha"]', (els) => els.map((e) => e.textContent));
    assert.ok(names.length > 0 && names.every((n) => n === 'Kang Kyung-wha'), 'one name in the English UI');
  });

  scenario('partial-match cards name their countries, like every other card', async (env) => {
    const q = 'Afghanistan Kabul airport families';
    const answer = await env.api(`api/search?q=${encodeURIComponent(q)}&per_page=20&facet_size=50`);
    const inFacets = new Set(answer.facets.country.map((c) => c.value));
    const partialOnly = answer.hits.filter((h) => h.partial).flatMap((h) => h.countries).filter((c) => !inFacets.has(c));
    assert.ok(partialOnly.length > 0, 'partial matches name countries no facet list holds');
    const page = await env.newPage();
    await page.goto(env.url(`?q=${encodeURIComponent(q)}`));
    await waitForResults(page);
    await page.waitForFunction(() => [...document.querySelectorAll('#results .hit-country')].every((b) => !/^[A-Z]{2}$/.test(b.textContent)));
    const labels = await page.$$eval('#results .hit.partial .hit-country', (els) => els.map((e) => [e.dataset.value, e.textContent]));
    const au = labels.find(([code]) => code === partialOnly[0]);
    assert.ok(au && au[1].length > 2, `labels: ${labels}`);
  });

  scenario('country names are the ministry\'s: 호주 and Viet Nam', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url());
    await waitForResults(page);
    await page.locator('#facet-country .facet-filter').fill('viet');
    assert.deepEqual(await page.$$eval('#facet-country .facet-label', (els) => els.map((e) => e.textContent)), ['Viet Nam']);
    await page.locator('#facet-country .facet-filter').fill('');
    await page.click('#ui-lang');
    await page.locator('#facet-country .facet-filter').fill('호주');
    assert.deepEqual(await page.$$eval('#facet-country .facet-label', (els) => els.map((e) => e.textContent)), ['호주']);
  });
}
