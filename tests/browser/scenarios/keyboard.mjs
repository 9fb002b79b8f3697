// Keyboard use beyond the basics: focus stays in the chip row when a filter is removed, the
// skip link is the first Tab stop and reaches the main content of every view (results, a
// release, the help), and stepping through the sort options with the arrow keys runs one
// search, not one per key.

import assert from 'node:assert/strict';

import { waitForResults, waitForState, trackRequests, focused } from '../lib/page_helpers.mjs';

export default function keyboard(scenario) {
  scenario('removing a filter chip keeps keyboard focus in the chip row', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=minister&country=JP&country=CN&lang=en'));
    await waitForResults(page);
    await page.focus('#chips .chip[data-value="JP"]');
    await page.keyboard.press('Enter');
    await waitForState(page, (p) => p.getAll('country').join() === 'CN');
    // The answer for the new list has been drawn (chips and all): focus is still on a chip.
    assert.equal(await focused(page), 'chip:CN', 'the chip that took its place');
    await page.keyboard.press('Enter');
    await waitForState(page, (p) => !p.has('country'));
    assert.equal(await focused(page), 'chip:en');
    await page.keyboard.press('Enter');
    await waitForState(page, (p) => !p.has('lang'));
    assert.equal(await focused(page), '#q', 'no chip left: back to the search box');
  });

  scenario('"Skip to results" is the first Tab stop and works on a document page too', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=Afghanistan'));
    await waitForResults(page);
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), '#skip-link');
    assert.ok(await page.isVisible('#skip-link'), 'visible once focused');
    assert.equal(await page.textContent('#skip-link'), 'Skip to results');
    await page.keyboard.press('Enter');
    assert.equal(await focused(page), '#results-heading');

    const id = (await env.api('api/search?q=Afghanistan&per_page=1')).hits[0].id;
    await page.goto(env.url(`?q=Afghanistan&doc=${id}`));
    await page.locator('#doc-body').waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), '#skip-link');
    assert.equal(await page.textContent('#skip-link'), 'Skip to the release');
    await page.keyboard.press('Enter');
    assert.equal(await focused(page), '#doc-title');

    await page.goto(env.url('?help=1'));
    await page.locator('#help-title').waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.textContent('#skip-link'), 'Skip to the help');
    await page.keyboard.press('Enter');
    assert.equal(await focused(page), '#help-title');
  });

  scenario('arrow keys on Sort run one search for the option the reader stops at', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=minister'));
    await waitForResults(page);
    const searches = trackRequests(page, '/api/search');
    await page.focus('#sort');
    await page.keyboard.press('ArrowDown'); // Newest first
    await page.keyboard.press('ArrowDown'); // Oldest first
    await waitForState(page, (p) => p.get('sort') === 'date_asc');
    assert.deepEqual(searches.map((u) => u.searchParams.get('sort')), ['date_asc'], 'one search, for the last option');
    assert.equal(await focused(page), '#sort', 'focus stays on the control');
  });
}
