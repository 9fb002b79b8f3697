// The document view: opened from a hit, the full text with the query marked, metadata, the
// source link, "Cite" copying a citation, related releases when the service offers them, and
// the way back to the same list. (cite.mjs tests the citation formats.)

import assert from 'node:assert/strict';

import { waitForResults, waitForState, params, hitIds } from '../lib/page_helpers.mjs';

export default function documents(scenario) {
  scenario('opening a release shows it in full with the query marked, and Escape goes back', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=Afghanistan'));
    await waitForResults(page);
    const list = await hitIds(page);
    const id = list[0];
    const doc = await env.api(`api/documents/${id}`);

    await page.click(`#results .hit[data-id="${id}"] .hit-title`);
    await page.waitForURL((url) => url.searchParams.get('doc') === id);
    await page.locator('#doc-body').waitFor();
    assert.equal(await page.textContent('#doc-title'), doc.title);
    assert.equal(await page.isVisible('#search-view'), false);
    const marks = await page.$$eval('#doc-body mark', (els) => els.map((e) => e.textContent));
    assert.ok(marks.length >= 2 && marks.every((m) => m === 'Afghanistan'), `marks: ${marks}`);
    const body = await page.$$eval('#doc-body p', (els) => els.map((e) => e.textContent).join('\n\n'));
    assert.equal(body.replace(/\s+/g, ' ').trim(), doc.body.replace(/\s+/g, ' ').trim(), 'the whole text, as text');
    assert.equal(await page.getAttribute('.doc-date', 'datetime'), doc.date);
    const countries = await page.$$eval('.doc-countries .hit-country', (els) => els.map((e) => e.dataset.value));
    assert.deepEqual(countries, doc.countries);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'doc-title', 'focus moves to the release');

    await page.click('#cite');
    await page.click('#cite-copy');
    await page.locator('#cite-status[data-ok="true"]').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `Ministry of Foreign Affairs, "${doc.title}", ${doc.date}`);

    // Related releases appear only where the service answers for them.
    const similarStatus = await env.status(`api/documents/${id}/similar`);
    if (similarStatus === 200) {
      await page.locator('#similar .similar-item').first().waitFor();
      const related = await page.$$eval('#similar .similar-item', (els) => els.map((e) => e.dataset.id));
      assert.ok(related.length > 0 && !related.includes(id));
    } else {
      assert.equal(await page.isVisible('#similar'), false, `similar answers ${similarStatus}: no empty section`);
    }
    await env.shot(page, 'document');

    await page.keyboard.press('Escape');
    await waitForState(page, (p) => !p.has('doc') && p.get('q') === 'Afghanistan');
    assert.deepEqual(await hitIds(page), list);
    assert.equal(await page.evaluate(() => document.activeElement.closest('.hit')?.dataset.id), id, 'focus returns to the hit');

    // The browser's Forward reopens it; Back closes it again.
    await page.goForward();
    await page.waitForURL((url) => url.searchParams.get('doc') === id);
    await page.locator('#doc-body').waitFor();
    await page.goBack();
    await waitForState(page, (p) => !p.has('doc'));
  });

  scenario('a Korean release marks the query inside words with particles', async (env) => {
    // A release where the word is written with a particle attached (외교부는, 외교부의 …).
    const expected = await env.api(`api/search?q=${encodeURIComponent('외교부')}&per_page=20`);
    let id = null;
    for (const hit of expected.hits) {
      if (/외교부[는의가은]/.test((await env.api(`api/documents/${hit.id}`)).body)) {
        id = hit.id;
        break;
      }
    }
    assert.ok(id, 'the sample has 외교부 with a particle');
    const page = await env.newPage();
    await page.goto(env.url(`?q=${encodeURIComponent('외교부')}&doc=${id}`));
    await page.locator('#doc-body').waitFor();
    const marks = await page.$$eval('#doc-body mark', (els) => els.map((e) => e.textContent + e.nextSibling?.textContent?.slice(0, 1)));
    assert.ok(marks.length > 0);
    assert.ok(marks.some((m) => /^외교부[는의가은]/.test(m)), `marks: ${marks}`);
    assert.equal(await page.getAttribute('#doc-title', 'lang'), 'ko');
    // Opened straight from a link: the back link still leads to the list for that query.
    await page.click('#back-link');
    await waitForState(page, (p) => !p.has('doc'));
    assert.equal(params(page).get('q'), '외교부');
  });

  scenario('the source link opens the original page safely in a new tab', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?doc=fixture-source-link'));
    await page.locator('#doc-body').waitFor();
    const link = page.locator('.doc-meta a.source-link');
    assert.equal(await link.getAttribute('href'), 'https://example.org/press/travel-registration');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.getAttribute('rel'), /noopener/);
    await page.click('#cite');
    await page.click('#cite-copy');
    await page.locator('#cite-status[data-ok="true"]').waitFor();
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      'Ministry of Foreign Affairs, "Consular Notice on the Travel Registration Service", 2024-05-12, https://example.org/press/travel-registration',
    );
  });

  scenario('an unknown release id is reported, not a blank page', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?doc=no-such-release'));
    const status = page.locator('#doc-content .doc-error');
    await status.waitFor();
    assert.equal(await status.textContent(), 'There is no release with the id “no-such-release”.');
  });

  scenario('a release keeps its paragraph numbers and list markers; the footer names no server path', async (env) => {
    // The sample release numbers its paragraphs (1. 2. …) with points under them (*, o).
    const id = 'mofa-en-310010';
    const doc = await env.api(`api/documents/${id}`);
    assert.equal(doc.source_file, `${id}.txt`, 'the API names the source file, not where it lies');
    const page = await env.newPage();
    await page.goto(env.url(`?doc=${id}`));
    await page.locator('#doc-body').waitFor();
    const paras = await page.$$eval('#doc-body p', (els) => els.map((e) => ({ text: e.textContent, sub: e.classList.contains('sub-point') })));
    const starts = paras.map((p) => p.text.split(' ')[0]);
    assert.deepEqual(starts.slice(0, 5), ['1.', '2.', '*', '*', '3.'], `paragraphs: ${starts}`);
    assert.deepEqual(paras.slice(0, 5).map((p) => p.sub), [false, false, true, true, false]);
    assert.ok(starts.includes('o'));
    const footer = await page.textContent('.doc-footer');
    assert.ok(!footer.includes('/'), `no path in the footer: ${footer}`);
    assert.equal(await page.textContent('.doc-footer .doc-source'), `${id}.txt`);
    const indexed = page.locator('.doc-footer .doc-indexed');
    assert.equal(await indexed.getAttribute('datetime'), doc.indexed_at);
    const shown = await indexed.textContent();
    assert.doesNotMatch(shown, /\d{4}-\d{2}-\d{2}T/, 'a date and time for people, not a timestamp');
    assert.match(shown, new RegExp(doc.indexed_at.slice(0, 4)));
    await env.shot(page, 'document-markers');

    // A Korean release keeps □ and ㅇ.
    await page.goto(env.url('?doc=mofa-ko-420001'));
    await page.locator('#doc-body').waitFor();
    const ko = await page.$$eval('#doc-body p', (els) => els.map((e) => e.textContent.slice(0, 1)));
    assert.ok(ko.includes('□') && ko.includes('ㅇ'), `Korean markers: ${ko}`);
    assert.ok(await page.locator('#doc-body p.sub-point').count() > 0);
  });
}
