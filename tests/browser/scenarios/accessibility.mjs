// Accessibility, checked by axe-core (a pinned test dependency) in both UI languages on the
// start page, a result list, an empty result and a document: no serious or critical
// violation. Also what axe cannot judge: Korean text marked as Korean, in a Korean face, and
// a live region that reads the count, not the timing.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';

import { waitForResults } from '../lib/page_helpers.mjs';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Runs axe on the page as it is; returns the serious and critical violations, one line each.
async function axeProblems(page) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return {
    lines: bad.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ')}`)),
    counts: { serious: bad.filter((v) => v.impact === 'serious').length, critical: bad.filter((v) => v.impact === 'critical').length },
    passed: results.passes.length,
  };
}

const VIEWS = [
  ['start', '', (page) => waitForResults(page)],
  ['results', '?q=Afghanistan', (page) => waitForResults(page)],
  ['no results', '?q=zebrafish', (page) => waitForResults(page)],
  ['document', '?q=minister&doc=mofa-ko-420001', (page) => page.locator('#doc-body').waitFor()],
  ['official', '?person=yun-byung-se', (page) => page.locator('[data-testid=person-posts]').waitFor()],
  ['trends', `?q=Afghanistan&q=${encodeURIComponent('외교부')}&date_interval=month&trends=1`, (page) => page.locator('[data-testid=trends-table] tbody tr').first().waitFor()],
];

export default function accessibility(scenario) {
  for (const locale of ['en-GB', 'ko-KR']) {
    scenario(`axe finds no serious or critical violation (${locale} UI)`, async (env) => {
      const page = await env.newPage({ locale });
      const report = [];
      for (const [name, query, ready] of VIEWS) {
        await page.goto(env.url(query));
        await ready(page);
        const { lines, counts, passed } = await axeProblems(page);
        console.log(`# axe ${locale.slice(0, 2)} ${name}: ${counts.critical} critical, ${counts.serious} serious (${passed} rules passed)`);
        report.push(...lines.map((l) => `${name}: ${l}`));
      }
      assert.deepEqual(report, []);
    });
  }

  scenario('Korean names are marked lang="ko" in a Korean face; the live region reads the count only', async (env) => {
    const page = await env.newPage();
    // A Korean release about Kang Kyung-wha: her name and title as that release wrote them.
    await page.goto(env.url('?official=kang-kyung-wha&lang=ko'));
    await waitForResults(page);
    const titles = await page.$$eval('#results .official-title', (els) => els.map((e) => [e.textContent, e.closest('[lang]')?.getAttribute('lang')]));
    assert.ok(titles.length > 0);
    for (const [text, lang] of titles) if (/[가-힣]/.test(text)) assert.equal(lang, 'ko', text);
    const family = await page.$eval('#results .hit-title[lang="ko"]', (e) => getComputedStyle(e).fontFamily);
    assert.match(family, /^"Noto Sans CJK KR"/, 'the installed Korean face comes first');
    assert.ok(await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK KR"', '외교부')), 'and it is installed');
    assert.equal(await page.locator('[aria-live] #took').count(), 0, 'the timing is not read out');
    assert.equal(await page.locator('[aria-live] #total').count(), 1);
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.locator('[aria-invalid=""]').count(), 0);
    // The language button's accessible name begins with what it shows.
    const name = await page.evaluate(() => {
      const b = document.querySelector('#ui-lang');
      return [b.querySelector('.ui-lang-name').textContent, b.textContent];
    });
    assert.ok(name[1].startsWith(name[0]));
  });
}
