// Search-as-you-type meets real typing: a Korean input method composes each syllable in the
// box before committing it, and a phrase is typed with its quotes open for a while. Neither a
// syllable being composed nor an unfinished query may be sent.

import assert from 'node:assert/strict';

import { waitForResults, waitForState, trackRequests } from '../lib/page_helpers.mjs';

const JAMO = /[\u1100-\u11ff\u3131-\u318e]/;
const pause = (page) => page.waitForTimeout(400); // longer than the typing pause that searches

export default function typing(scenario) {
  scenario('a Korean IME composing 외교부 sends no search until each syllable is committed', async (env) => {
    const page = await env.newPage({ locale: 'ko-KR' });
    await page.goto(env.url());
    await waitForResults(page);
    const searches = trackRequests(page, '/api/search');
    await page.locator('#q').click();
    // Chromium's own IME path (as a real input method drives it): composition updates, then
    // the syllable committed. Each step waits longer than the search-as-you-type pause.
    const cdp = await page.context().newCDPSession(page);
    const compose = (text) => cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    for (const steps of [['ㅇ', '오', '외'], ['ㄱ', '교'], ['ㅂ', '부']]) {
      for (const step of steps) {
        await compose(step);
        await pause(page);
      }
      await cdp.send('Input.insertText', { text: steps[steps.length - 1] });
    }
    await waitForState(page, (p) => p.get('q') === '외교부');
    const sent = searches.map((u) => u.searchParams.get('q') ?? '');
    assert.ok(sent.length > 0);
    assert.deepEqual(sent.filter((q) => JAMO.test(q) || !'외교부'.startsWith(q)), [], `sent while composing: ${sent}`);
    assert.ok((await page.locator('#results .hit').count()) > 0);
  });

  scenario('typing a quoted phrase never sends it half open', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url());
    await waitForResults(page);
    const searches = trackRequests(page, '/api/search');
    const refused = [];
    page.on('response', (res) => {
      if (res.url().includes('/api/search') && res.status() >= 400) refused.push(res.url());
    });
    const phrase = '"policy consultations"';
    await page.locator('#q').click();
    // Slower than the search pause between keys, as a careful typist is.
    await page.locator('#q').pressSequentially(phrase, { delay: 260 });
    await waitForState(page, (p) => p.get('q') === phrase);
    const sent = searches.map((u) => u.searchParams.get('q') ?? '');
    assert.deepEqual(sent.filter((q) => (q.match(/"/g) || []).length % 2 === 1), [], 'no request with an open quote');
    assert.deepEqual(refused, [], 'the service refused nothing');
    assert.equal(await page.isVisible('#error'), false, 'no error shown while typing');
    const expected = await env.api(`api/search?q=${encodeURIComponent(phrase)}&per_page=1`);
    assert.ok(expected.total > 0);
    assert.equal(Number(await page.getAttribute('#total', 'data-value')), expected.total);

    // Enter still sends what is typed, and a real mistake is explained.
    await page.fill('#q', '"policy consultations');
    await page.press('#q', 'Enter');
    await page.locator('#error').waitFor({ state: 'visible' });
    assert.match(await page.textContent('#error'), /^The query could not be read/);
  });
}
