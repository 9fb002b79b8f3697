// The page explains itself: a query of only common words says so, a misspelt query offers
// the spelling that finds releases, a release in the other language says which of its words
// matched, and the query syntax has a help page in both languages.

import assert from 'node:assert/strict';

import { waitForResults, waitForState, shownTotal } from '../lib/page_helpers.mjs';

export default function explaining(scenario) {
  scenario('a query of only stop words says they are too common, not "try fewer words"', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=the%20of'));
    await waitForResults(page);
    const hint = await page.textContent('#results .empty-hint');
    assert.match(hint, /^“the”, “of” are words too common to search for on their own/);
    assert.doesNotMatch(hint, /fewer words/);
  });

  scenario('a misspelt query offers the spelling that finds releases', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=consultatoins'));
    await waitForResults(page);
    const link = page.locator('#results [data-testid=did-you-mean] a');
    assert.equal(await link.textContent(), 'consultations');
    assert.equal(await page.textContent('#results [data-testid=did-you-mean]'), 'Did you mean consultations?');
    await env.shot(page, 'did-you-mean');
    await link.click();
    await waitForState(page, (p) => p.get('q') === 'consultations');
    assert.equal(await page.inputValue('#q'), 'consultations');
    assert.ok((await shownTotal(page)) > 0);
  });

  scenario('a Korean release found by "Japan" says it matched through 일본', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=Japan&lang=ko'));
    await waitForResults(page);
    const notes = page.locator('#results .hit [data-testid=matched-through]');
    assert.ok((await notes.count()) > 0);
    // (A headline's 日 may be marked too: it reads as 일본.)
    assert.match(await notes.first().textContent(), /^Matched through: 일본/);
    assert.match(await notes.first().locator('span[lang="ko"]').textContent(), /^일본/);
    // An English release found by the English word needs no note.
    await page.goto(env.url('?q=Japan&lang=en'));
    await waitForResults(page);
    assert.equal(await page.locator('#results [data-testid=matched-through]').count(), 0);
  });

  scenario('the query syntax help opens from the search box, in either language', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=minister'));
    await waitForResults(page);
    await page.click('#help-link');
    await page.waitForURL((url) => url.searchParams.get('help') === '1' && url.searchParams.get('q') === 'minister');
    const view = page.locator('#help-view');
    await view.waitFor();
    assert.equal(await page.isVisible('#search-view'), false);
    assert.equal(await page.textContent('#help-title'), 'How to write a query');
    assert.ok((await page.locator('#help-view .help-table tbody tr').count()) >= 10);
    await env.shot(page, 'help');
    await page.click('#ui-lang');
    assert.equal(await page.textContent('#help-title'), '검색어 쓰는 법');
    await page.click('#ui-lang');
    // An example is a link that runs it.
    await page.click('#help-view a:has-text("Japan OR China")');
    await waitForState(page, (p) => p.get('q') === 'Japan OR China' && !p.has('help'));
    assert.ok((await shownTotal(page)) > 0);
    await page.goBack();
    await view.waitFor();
    await page.click('#help-back');
    await waitForState(page, (p) => p.get('q') === 'minister' && !p.has('help'));
  });
}
