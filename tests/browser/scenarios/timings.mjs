// Measured, not asserted: time from page load to the first results, and from a facet click to
// the updated results, on the sample corpus. The page records each render of the list (see
// browser_env.mjs); times come from the page's own clock.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { waitForResults, waitForState } from '../lib/page_helpers.mjs';

const ROUNDS = 5;
const QUERIES = ['minister', 'consultations', 'Korea', 'meeting', '외교부'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = (xs) => `median ${median(xs).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)} (${xs.length} runs)`;

export default function timings(scenario) {
  scenario('measured: page load to first results, facet click to updated results', async (env) => {
    const page = await env.newPage();
    const loads = [];
    for (const q of QUERIES) {
      // A new query each time, so no answer comes from a cache.
      await page.goto(env.url(`?q=${encodeURIComponent(q)}`));
      await waitForResults(page);
      const first = await page.evaluate(() => window.__dip.renders.find((r) => r.hits > 0));
      assert.ok(first, 'results rendered');
      loads.push(first.at);
    }

    await page.goto(env.url('?q=minister'));
    await waitForResults(page);
    const codes = await page.$$eval('#facet-country .facet-value', (els, n) => els.slice(0, n).map((e) => e.dataset.value), ROUNDS);
    const clicks = [];
    for (const code of codes) {
      const t0 = await page.evaluate((c) => {
        const at = performance.now();
        document.querySelector(`#facet-country .facet-value[data-value="${c}"] input`).click();
        return at;
      }, code);
      await waitForState(page, (p) => p.getAll('country').includes(code));
      const done = await page.evaluate((t) => window.__dip.renders.find((r) => r.at > t), t0);
      clicks.push(done.at - t0);
    }

    const lines = [`page load to first results: ${summary(loads)}`, `facet click to updated results: ${summary(clicks)}`];
    for (const line of lines) console.log(`# measured: ${line}`);
    fs.writeFileSync(path.join(env.artifacts, 'timings.txt'), `${lines.join('\n')}\n`);
  });
}
