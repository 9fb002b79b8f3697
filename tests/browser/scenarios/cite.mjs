// Citing a release: the Cite button opens a panel that offers the release as text, BibTeX,
// RIS and CSL-JSON, shows what the API answers for each, copies it and downloads it; from the
// keyboard, and in Korean. A search's download links offer the same three for every match.

import assert from 'node:assert/strict';

import { focused, waitForResults } from '../lib/page_helpers.mjs';

async function citationText(env, id, format) {
  const res = await fetch(`${env.base}api/documents/${id}?format=${format}`);
  assert.equal(res.status, 200);
  return res.text();
}

export default function cite(scenario) {
  scenario('the Cite button offers BibTeX, RIS and CSL-JSON to copy and download', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?doc=mofa-en-310010'));
    await page.locator('#doc-body').waitFor();
    assert.equal(await page.isVisible('[data-testid=cite-panel]'), false);
    await page.locator('#cite').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('#cite', 'aria-expanded'), 'true');
    assert.equal(await focused(page), 'input', 'focus goes to the chosen format');
    const labels = await page.$$eval('.cite-choice', (els) => els.map((e) => e.textContent.trim()));
    assert.deepEqual(labels, ['Text', 'BibTeX', 'RIS (Zotero, EndNote)', 'CSL-JSON']);

    for (const [format, start] of [['bibtex', '@report{mofa-en-310010,'], ['ris', 'TY  - RPRT'], ['csljson', '[']]) {
      await page.check(`input[name=cite-format][value=${format}]`);
      const expected = await citationText(env, 'mofa-en-310010', format);
      assert.ok(expected.startsWith(start), expected);
      // A text area's value has its line breaks as LF (RIS's CRLF included); the copy is exact.
      await page.waitForFunction((text) => document.querySelector('#cite-text').value === text, expected.replace(/\r\n/g, '\n'));
      const href = await page.getAttribute('#cite-download', 'href');
      assert.equal(new URL(href).searchParams.get('format'), format);
      await page.click('#cite-copy');
      await page.locator('#cite-status[data-ok="true"]').waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
      if (format === 'bibtex') await env.shot(page, 'cite-bibtex');
    }
    // The download is a file named after the release.
    const download = page.waitForEvent('download');
    await page.click('#cite-download');
    assert.equal((await download).suggestedFilename(), 'mofa-en-310010.json');

    // The panel stays open on its format when the page is redrawn in Korean.
    await page.click('#ui-lang');
    assert.equal(await page.isVisible('[data-testid=cite-panel]'), true);
    assert.equal(await page.isChecked('input[name=cite-format][value=csljson]'), true);
    assert.equal(await page.textContent('#cite-copy'), '복사');
    await page.click('#cite');
    assert.equal(await page.isVisible('[data-testid=cite-panel]'), false);
    assert.equal(await page.getAttribute('#cite', 'aria-expanded'), 'false');
  });

  scenario('a search downloads as BibTeX, RIS and CSL-JSON: a citation of every release it lists', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=Japan&lang=en'));
    await waitForResults(page);
    for (const format of ['bibtex', 'ris', 'csljson']) {
      const link = page.locator(`#export-links a[data-format="${format}"]`);
      await link.waitFor();
      const href = new URL(await link.getAttribute('href'));
      assert.equal(href.searchParams.get('q'), 'Japan');
      assert.equal(href.searchParams.get('lang'), 'en');
      assert.equal(href.searchParams.get('format'), format);
      const text = await (await fetch(href)).text();
      const api = await (await fetch(`${env.base}api/export?q=Japan&lang=en&format=${format}`)).text();
      assert.equal(text, api, format);
    }
    const total = await page.evaluate(() => Number(document.querySelector('#export-links .export-label').textContent.replace(/[^\d]/g, '')));
    const items = await (await fetch(await page.locator('#export-links a[data-format="csljson"]').getAttribute('href'))).json();
    assert.equal(items.length, total, 'a CSL-JSON item per release the count counts');
    assert.equal(await page.textContent('#export-links a[data-format="ris"]'), 'RIS');
  });
}
