// Searching: as you type and on Enter, partial matches set apart, syntax errors explained in
// words next to the box, the empty state, and a search in Korean.

import assert from 'node:assert/strict';

import { waitForResults, waitForState, params, hitIds, shownTotal, typeQuery } from '../lib/page_helpers.mjs';

export default function searching(scenario) {
  scenario('typing a query searches as you type and marks the matches', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url());
    await waitForResults(page);
    const everything = await env.api('api/search?per_page=1');
    assert.equal(await shownTotal(page), everything.total, 'the empty query lists every release');
    // Nothing takes focus on arrival: the first Tab reaches "Skip to results" (keyboard.mjs).
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
    await env.shot(page, 'home');

    await typeQuery(page, 'consultations');
    // No Enter: the pause after typing runs the search.
    await waitForState(page, (p) => p.get('q') === 'consultations');
    const expected = await env.api('api/search?q=consultations&per_page=20');
    assert.ok(expected.total > 0);
    assert.equal(await shownTotal(page), expected.total);
    assert.deepEqual(await hitIds(page), expected.hits.map((x) => x.id));
    const marks = await page.$$eval('#results .hit-snippet mark', (els) => els.map((e) => e.textContent.toLowerCase()));
    assert.ok(marks.length > 0, 'snippets mark the query');
    assert.ok(marks.every((m) => m.startsWith('consult')), `marks: ${marks}`); // stems match too
    assert.match(await page.textContent('#took'), /\d ms$/);
    await env.shot(page, 'results');

    // The burst of typing made one history entry: Back returns to the list before it.
    await page.goBack();
    await waitForState(page, (p) => !p.has('q'));
    assert.equal(await page.inputValue('#q'), '');
    assert.equal(await shownTotal(page), everything.total);
  });

  scenario('Enter searches at once and partial matches follow under their own heading', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url());
    await waitForResults(page);
    const q = 'Afghanistan Kabul airport families';
    await page.fill('#q', q);
    await page.press('#q', 'Enter');
    await waitForState(page, (p) => p.get('q') === q);
    const expected = await env.api(`api/search?q=${encodeURIComponent(q)}&per_page=20`);
    assert.ok(expected.total >= 1 && expected.total_partial >= 1, 'the query has full and partial matches');
    assert.match(await page.textContent('#total-partial'), new RegExp(`${expected.total_partial} partial`));
    const order = await page.$$eval('#results .hit, #partial-separator', (els) =>
      els.map((e) => (e.id === 'partial-separator' ? '|' : e.classList.contains('partial') ? 'p' : 'a')).join(''),
    );
    assert.equal(order, `${'a'.repeat(expected.total)}|${'p'.repeat(expected.hits.length - expected.total)}`);
    assert.match(await page.textContent('#partial-separator'), /Partial matches/);
    await page.locator('#partial-separator').scrollIntoViewIfNeeded();
    await env.shot(page, 'partial-matches');
  });

  scenario('a query syntax error is explained next to the box and clears when fixed', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=consultations'));
    await waitForResults(page);
    await page.fill('#q', 'consultations (Japan');
    await page.press('#q', 'Enter');
    const error = page.locator('#error');
    await error.waitFor({ state: 'visible' });
    const text = await error.textContent();
    assert.match(text, /^The query could not be read: .*column \d+/);
    assert.equal(await page.getAttribute('#q', 'aria-invalid'), 'true');
    // The last good list stays, dimmed, instead of a blank page.
    assert.ok((await hitIds(page)).length > 0);
    assert.ok(await page.locator('#results.stale').isVisible());
    await env.shot(page, 'syntax-error');

    await page.fill('#q', 'consultations (Japan)');
    await page.press('#q', 'Enter');
    await waitForState(page, (p) => p.get('q') === 'consultations (Japan)');
    await error.waitFor({ state: 'hidden' });
    assert.equal(await page.getAttribute('#q', 'aria-invalid'), null);
  });

  scenario('a search that finds nothing says so and how to widen it', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=zebrafish'));
    await waitForResults(page);
    assert.equal(await page.textContent('#results .empty-title'), 'No releases match “zebrafish”.');
    assert.match(await page.textContent('#results .empty-hint'), /fewer words/);
    assert.equal(await shownTotal(page), 0);
    await env.shot(page, 'empty');
  });

  scenario('a Korean query finds Korean releases with the word marked inside longer forms', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url());
    await waitForResults(page);
    await typeQuery(page, '외교부');
    await waitForState(page, (p) => p.get('q') === '외교부');
    const expected = await env.api(`api/search?q=${encodeURIComponent('외교부')}&per_page=20`);
    assert.ok(expected.total > 5);
    assert.equal(await shownTotal(page), expected.total);
    assert.deepEqual(await hitIds(page), expected.hits.map((x) => x.id));
    const badges = await page.$$eval('#results .lang-badge', (els) => els.map((e) => e.dataset.lang));
    assert.ok(badges.every((b) => b === 'ko'), `badges: ${badges}`);
    // 외교부 is marked where the text has 외교부는, 외교부의 …
    const marked = await page.$$eval('#results .hit-snippet mark', (els) => els.map((e) => e.textContent));
    assert.ok(marked.length > 0 && marked.every((m) => m.startsWith('외교부')), `marks: ${marked}`);
    assert.equal(params(page).get('q'), '외교부');
    await env.shot(page, 'korean-query');
  });
}
