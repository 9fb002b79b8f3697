// Linked versions: a release published in English and in Korean shows a link to its other
// version beside it in the list and on the document view, in both page languages, and the
// list can show one release per pair.

import assert from 'node:assert/strict';

import { waitForResults, waitForState, params, hitIds, shownTotal } from '../lib/page_helpers.mjs';

// The sample's pair of 2019-02-20 (data/sample/README.md), the only releases of that day.
const EN = 'mofa-en-310023';
const KO = 'mofa-ko-420010';
const DAY = '?from=2019-02-20&to=2019-02-20';

export default function versions(scenario) {
  scenario('a release links to its version in the other language, in the list and the document', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url(DAY));
    await waitForResults(page);
    assert.deepEqual((await hitIds(page)).sort(), [EN, KO]);
    const korean = await env.api(`api/documents/${KO}`);

    const toKorean = page.locator(`.hit[data-id="${EN}"] [data-testid=version-link]`);
    assert.equal(await toKorean.textContent(), '한국어');
    assert.equal(await toKorean.getAttribute('lang'), 'ko');
    assert.equal(await toKorean.getAttribute('title'), `The Korean version of this release: ${korean.title}`);
    assert.equal(await page.textContent(`.hit[data-id="${KO}"] [data-testid=version-link]`), 'English version');
    await env.shot(page, 'versions-list');

    await toKorean.click();
    await page.waitForURL((url) => url.searchParams.get('doc') === KO);
    await page.locator('#doc-body').waitFor();
    assert.equal(await page.textContent('#doc-title'), korean.title);
    const toEnglish = page.locator('.doc-versions [data-testid=version-link]');
    assert.equal(await toEnglish.textContent(), 'English version');

    // In Korean, the tooltip is Korean; the link's words stay the other version's language.
    await page.click('#ui-lang');
    await page.waitForFunction(() => document.documentElement.lang === 'ko');
    const english = await env.api(`api/documents/${EN}`);
    assert.equal(await toEnglish.getAttribute('title'), `이 보도자료의 영문판: ${english.title}`);
    await toEnglish.click();
    await page.waitForURL((url) => url.searchParams.get('doc') === EN);
    await page.locator('.doc-versions [data-testid=version-link]').waitFor();
    assert.equal(await page.textContent('.doc-versions [data-testid=version-link]'), '한국어');
  });

  scenario('the list can show one release per English/Korean pair', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url(DAY));
    await waitForResults(page);
    assert.equal(await shownTotal(page), 2);
    assert.equal(await page.isChecked('#collapse'), false);

    await page.check('#collapse');
    await waitForState(page, (p) => p.get('collapse') === 'translations');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=hit]').length === 1);
    const [kept] = await hitIds(page);
    assert.ok([EN, KO].includes(kept), kept);
    assert.equal(await shownTotal(page), 1);
    // The one kept still leads to the other.
    const other = kept === EN ? KO : EN;
    const href = await page.getAttribute(`.hit[data-id="${kept}"] [data-testid=version-link]`, 'href');
    assert.equal(new URLSearchParams(href).get('doc'), other);
    // Facets count both versions.
    const api = await env.api(`api/search${DAY.replace('?', '?collapse=translations&')}`);
    assert.equal(api.facets.lang.reduce((n, x) => n + x.count, 0), 2);

    // The setting is in the address bar: a reload keeps it, and the label follows the page's language.
    await page.reload();
    await waitForResults(page);
    assert.equal(await page.isChecked('#collapse'), true);
    assert.equal(params(page).get('collapse'), 'translations');
    await page.click('#ui-lang');
    await page.waitForFunction(() => document.querySelector('[data-i18n=collapse_label]').textContent === '영문·국문 짝은 하나만 보기');

    await page.uncheck('#collapse');
    await waitForState(page, (p) => !p.has('collapse'));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=hit]').length === 2);
  });
}
