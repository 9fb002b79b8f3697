// Officials' posts over time: a release names the post each official held on its date, linked
// to the official's view (names in both languages, every post with its dates, releases per
// year, whose counts open the releases behind them), from the keyboard and in Korean; the
// official facet names the post held in the period searched.

import assert from 'node:assert/strict';

import { waitForResults, waitForState, shownTotal, focused } from '../lib/page_helpers.mjs';

const DOC = 'mofa-en-310010';

export default function officials(scenario) {
  scenario("a release links an official's post on its date to the official's posts and releases per year", async (env) => {
    const doc = await env.api(`api/documents/${DOC}`);
    const named = doc.officials.find((o) => o.role);
    assert.ok(named, 'the release names an official in office');
    const record = await env.api(`api/officials/${named.key}`);

    const page = await env.newPage();
    await page.goto(env.url(`?doc=${DOC}`));
    await page.locator('#doc-body').waitFor();
    const link = page.locator('.doc-officials .official-role a').first();
    const year = (d) => String(d || '').slice(0, 4);
    assert.equal(await link.textContent(), `${named.role.title}, ${year(named.role.from)}–${year(named.role.to) || 'now'}`);
    await link.focus();
    await page.keyboard.press('Enter');
    await waitForState(page, (p) => p.get('person') === named.key && !p.has('doc'));
    await page.locator('[data-testid=person-posts]').waitFor();
    assert.equal(await focused(page), '#person-title', 'focus moves to the official');
    assert.match(await page.textContent('#person-title'), new RegExp(`^${record.name}`));
    const posts = await page.$$eval('[data-testid=person-posts] li', (els) => els.map((e) => e.textContent));
    assert.deepEqual(posts, record.roles.map((r) => `${r.title}, ${year(r.from) || '?'}–${year(r.to) || 'now'}`));
    const years = await page.$$eval('[data-testid=person-years] tbody tr', (rows) => rows.map((r) => [r.dataset.year, Number(r.querySelector('td').textContent.replace(/[^\d]/g, ''))]));
    assert.deepEqual(years, record.releases.per_year.map((y) => [y.year, y.count]));
    await env.shot(page, 'official-posts');

    // The same view in Korean: the Korean name first, the posts in Korean.
    await page.click('#ui-lang');
    if (record.name_ko) assert.match(await page.textContent('#person-title'), new RegExp(`^${record.name_ko}`));
    const koPosts = await page.$$eval('[data-testid=person-posts] li', (els) => els.map((e) => e.textContent));
    assert.deepEqual(koPosts, record.roles.map((r) => `${r.title_ko || r.title}, ${year(r.from) || '?'}–${year(r.to) || '현재'}`));
    await page.click('#ui-lang');

    // A year's count opens those releases, filtered by the official.
    const busiest = record.releases.per_year.reduce((a, b) => (b.count > a.count ? b : a));
    await page.click(`[data-testid=person-years] tr[data-year="${busiest.year}"] a`);
    await waitForState(page, (p) => p.get('official') === named.key && p.get('from') === busiest.year && p.get('to') === busiest.year && !p.has('person'));
    assert.equal(await shownTotal(page), busiest.count);

    // The official facet names, under each name, the post held in the period searched.
    await page.goto(env.url('?from=2016&to=2016'));
    await waitForResults(page);
    const facet = (await env.api('api/search?from=2016&to=2016&per_page=1&facet_size=50')).facets.official;
    const shownRoles = await page.$$eval('#facet-official .facet-value', (els) => Object.fromEntries(els.map((e) => [e.dataset.value, e.querySelector('.facet-role')?.textContent ?? null])));
    const withRole = facet.filter((f) => f.role && f.value in shownRoles);
    assert.ok(withRole.length > 0, 'some official of 2016 is in the registry with a post');
    for (const f of withRole) assert.equal(shownRoles[f.value], `${f.role.title}, ${year(f.role.from) || '?'}–${year(f.role.to) || 'now'}`, f.value);

    // An unknown official is said so, not a blank view.
    await page.goto(env.url('?person=no-such-person'));
    await page.locator('#person-view [role=alert]').waitFor();
  });
}
