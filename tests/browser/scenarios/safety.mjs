// Hostile release text (fixtures/browser-releases.json): <script>, onerror= and javascript:
// links in titles, bodies and source addresses must show as plain text and never run.

import assert from 'node:assert/strict';

import { waitForResults, hitIds } from '../lib/page_helpers.mjs';

// Everything inside root that could run or load something the release wrote.
function activeMarkup(root) {
  const el = document.querySelector(root);
  const found = [];
  for (const e of el.querySelectorAll('*')) {
    if (['script', 'img', 'iframe', 'svg', 'object', 'embed', 'b'].includes(e.localName) && !e.closest('.histogram')) {
      found.push(`<${e.localName}>`);
    }
    for (const a of e.attributes) {
      if (/^on/i.test(a.name)) found.push(`${e.localName}[${a.name}]`);
      if (/^\s*javascript:/i.test(a.value)) found.push(`${e.localName}[${a.name}=${a.value}]`);
    }
  }
  return found;
}

async function assertInert(page, root, dialogs) {
  assert.deepEqual(await page.evaluate(activeMarkup, root), [], `active markup in ${root}`);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a script from the release ran');
  assert.deepEqual(await page.evaluate(() => window.__dip.violations), [], 'the policy had to block an injection');
  assert.deepEqual(dialogs, []);
}

export default function safety(scenario) {
  scenario('a release full of markup and javascript: links renders as inert text', async (env) => {
    const page = await env.newPage();
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    await page.goto(env.url('?q=phishing'));
    await waitForResults(page);
    const ids = await hitIds(page);
    assert.ok(ids.includes('fixture-hostile-en'), `hits: ${ids}`);
    const hit = page.locator('#results .hit[data-id="fixture-hostile-en"]');
    assert.equal(
      await hit.locator('.hit-title').textContent(),
      "Consular Notice on a Fake Visa Phishing Site <script>window.__pwned = 'title'</script>",
    );
    await hit.hover();
    await assertInert(page, '#results', dialogs);
    await env.shot(page, 'hostile-results');

    await hit.locator('.hit-title').click();
    await page.waitForURL((url) => url.searchParams.get('doc') === 'fixture-hostile-en');
    await page.locator('#doc-body').waitFor();
    const body = await page.textContent('#doc-body');
    assert.ok(body.includes('<img src=x onerror="window.__pwned=\'img\'">'), 'markup shows as written');
    assert.ok(body.includes("<script>window.__pwned = 'body'</script>"));
    // The javascript: source address is shown as text, never as a link.
    assert.equal(await page.locator('.doc-meta a.source-link').count(), 0);
    assert.equal(await page.textContent('.doc-meta .source-text'), "javascript:window.__pwned='url'");
    await page.click('.doc-meta .source-text');
    await page.hover('#doc-body');
    await assertInert(page, '#doc-view', dialogs);
    await env.shot(page, 'hostile-document');

    // The Korean one: an <svg onload> title, <iframe src=javascript:> and <b onmouseover> text.
    await page.goto(env.url(`?q=${encodeURIComponent('피싱')}`));
    await waitForResults(page);
    assert.ok((await hitIds(page)).includes('fixture-hostile-ko'));
    await page.click('#results .hit[data-id="fixture-hostile-ko"] .hit-title');
    await page.waitForURL((url) => url.searchParams.get('doc') === 'fixture-hostile-ko');
    await page.locator('#doc-body').waitFor();
    assert.match(await page.textContent('#doc-title'), /<svg onload="window.__pwned='ko-title'">$/);
    assert.match(await page.textContent('#doc-body'), /<iframe src="javascript:window.__pwned='iframe'"><\/iframe>/);
    assert.equal(await page.textContent('.doc-meta .source-text'), "JaVaScRiPt:window.__pwned='ko-url'");
    await page.hover('#doc-body');
    await assertInert(page, '#doc-view', dialogs);
    await assertInert(page, 'body', dialogs);
  });
}
