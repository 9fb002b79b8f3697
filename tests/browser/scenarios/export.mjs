// Downloading what the screen lists: the CSV link carries the same search (filters, sort),
// starts with a UTF-8 byte order mark so spreadsheets read Hangul, is named after the query
// and the day, and holds exactly the releases the count on screen counts, in screen order.

import assert from 'node:assert/strict';

import { waitForResults, shownTotal } from '../lib/page_helpers.mjs';

// RFC 4180 rows of a CSV text.
function csvRows(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rows[rows.length - 1].push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows[rows.length - 1].push(field);
      field = '';
      rows.push([]);
      i += 1;
    } else field += c;
  }
  if (rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

async function download(href) {
  const res = await fetch(href);
  assert.equal(res.status, 200, href);
  return { bytes: new Uint8Array(await res.arrayBuffer()), disposition: res.headers.get('content-disposition') };
}

const today = () => new Date().toISOString().slice(0, 10);

export default function exporting(scenario) {
  scenario('the CSV download is what the screen lists, with a BOM and a named file', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?q=minister&lang=en&sort=date_asc'));
    await waitForResults(page);
    const csv = page.locator('#export-links a[data-format="csv"]');
    await csv.waitFor();
    const total = await shownTotal(page);
    assert.equal(await page.textContent('#export-links .export-label'), `Download these ${total} releases:`);
    const href = await csv.getAttribute('href');
    assert.equal(new URL(href).searchParams.get('bom'), '1');
    const { bytes, disposition } = await download(href);
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
    assert.match(disposition, new RegExp(`filename="dipsearch-minister-${today()}\\.csv"`));
    const rows = csvRows(new TextDecoder().decode(bytes.slice(3)));
    assert.equal(rows[0][0], 'id');
    assert.equal(rows.length - 1, total, 'every release the count counts');
    const strict = await page.$$eval('#results .hit:not(.partial)', (els) => els.map((e) => e.dataset.id));
    assert.ok(strict.length > 0);
    assert.deepEqual(rows.slice(1, strict.length + 1).map((r) => r[0]), strict, 'in the order of the screen');

    // A Korean query names the file in Hangul (RFC 5987), and the CSV keeps the Hangul.
    await page.goto(env.url(`?q=${encodeURIComponent('외교부')}`));
    await waitForResults(page);
    await csv.waitFor();
    const ko = await download(await csv.getAttribute('href'));
    assert.match(ko.disposition, new RegExp(`filename\\*=UTF-8''dipsearch-${encodeURIComponent('외교부')}-${today()}\\.csv`));
    assert.ok(new TextDecoder().decode(ko.bytes).includes('외교부'));
  });

  scenario('with partial matches on screen the download says it holds the full matches only', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url(`?q=${encodeURIComponent('Afghanistan Kabul airport families')}`));
    await waitForResults(page);
    await page.locator('#export-links a[data-format="csv"]').waitFor();
    assert.equal(await page.textContent('#export-links .export-note'), 'Full matches only; partial matches are not included.');
  });
}
