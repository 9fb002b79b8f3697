// The date histogram: drag across years for a range, click a year to see its months, drag
// across months, zoom back out to years, pick a bar from the keyboard, pick a whole year
// under a month chart, and the undated releases no bar can show.

import assert from 'node:assert/strict';

import { waitForResults, waitForState, shownTotal, histogramBars, dragBars } from '../lib/page_helpers.mjs';

export default function dates(scenario) {
  scenario('dragging across the histogram selects a date range', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url());
    await waitForResults(page);
    const years = await histogramBars(page);
    assert.deepEqual(
      years.map((b) => b.value),
      ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'],
      'the sample corpus spans 2015–2025, drawn by year',
    );

    await dragBars(page, '2017', '2019');
    await waitForState(page, (p) => p.get('from') === '2017' && p.get('to') === '2019');
    const range = await env.api('api/search?from=2017&to=2019&per_page=1');
    assert.equal(await shownTotal(page), range.total);
    const selected = (await histogramBars(page)).filter((b) => b.selected).map((b) => b.value);
    assert.deepEqual(selected, ['2017', '2018', '2019']);
    assert.equal(await page.textContent('#chips .chip[data-field="date"] .chip-label'), '2017 – 2019');
    assert.equal(await page.inputValue('#date-from'), '2017');
    await env.shot(page, 'date-range-years');

    // One click: that year alone, drawn month by month.
    await dragBars(page, '2018', '2018');
    await waitForState(page, (p) => p.get('from') === '2018' && p.get('to') === '2018');
    const months = await histogramBars(page);
    assert.equal(months.length, 12);
    assert.equal(months[0].value, '2018-01');
    assert.ok(months.every((b) => b.selected));

    await dragBars(page, '2018-07', '2018-10');
    await waitForState(page, (p) => p.get('from') === '2018-07' && p.get('to') === '2018-10');
    const monthRange = await env.api('api/search?from=2018-07&to=2018-10&per_page=1');
    assert.ok(monthRange.total > 0);
    assert.equal(await shownTotal(page), monthRange.total);
    const dates = await page.$$eval('#results .hit-date', (els) => els.map((e) => e.getAttribute('datetime')));
    assert.ok(dates.every((d) => d >= '2018-07-01' && d <= '2018-10-31'), `dates: ${dates}`);
    await env.shot(page, 'date-range-months');

    // Back out: the year view again, the chosen months still the filter.
    await page.click('#facet-date .histogram-zoom');
    const zoomed = await histogramBars(page);
    assert.equal(zoomed.length, 11);
    assert.deepEqual(zoomed.filter((b) => b.selected).map((b) => b.value), ['2018']);

    await page.click('#facet-date .histogram-zoom');
    const again = await histogramBars(page);
    assert.deepEqual(again.filter((b) => b.selected).map((b) => b.value), ['2018-07', '2018-08', '2018-09', '2018-10']);

    // A click picks one month; clicking the chosen bar again removes the date filter.
    await page.locator('#facet-date .date-bar[data-value="2018-03"]').click();
    await waitForState(page, (p) => p.get('from') === '2018-03' && p.get('to') === '2018-03');
    await page.locator('#facet-date .date-bar[data-value="2018-03"]').click();
    await waitForState(page, (p) => !p.has('from') && !p.has('to'));
    assert.equal((await histogramBars(page)).length, 11);

    // Shift-click widens a chosen year to a range of years (in the zoomed-out view).
    await page.locator('#facet-date .date-bar[data-value="2016"]').click();
    await waitForState(page, (p) => p.get('from') === '2016' && p.get('to') === '2016');
    await page.click('#facet-date .histogram-zoom');
    await page.locator('#facet-date .date-bar[data-value="2020"]').click({ modifiers: ['Shift'] });
    await waitForState(page, (p) => p.get('from') === '2016' && p.get('to') === '2020');
    const wide = await env.api('api/search?from=2016&to=2020&per_page=1');
    assert.equal(await shownTotal(page), wide.total);
  });

  scenario('the histogram works from the keyboard', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url());
    await waitForResults(page);
    await page.focus('#facet-date .date-bar[tabindex="0"]');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.value), '2015');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await waitForState(page, (p) => p.get('from') === '2017' && p.get('to') === '2017');
    assert.equal(await page.textContent('#chips .chip[data-field="date"] .chip-label'), '2017');
    // The year now shows its months; focus stays in the chart, on the chosen period.
    assert.equal(await page.evaluate(() => document.activeElement.dataset.value), '2017-01');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await waitForState(page, (p) => p.get('from') === '2017-12' && p.get('to') === '2017-12');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.value), '2017-12');
    // Shift+Enter widens the range to the focused bar.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+Enter');
    await waitForState(page, (p) => p.get('from') === '2017-10' && p.get('to') === '2017-12');
    assert.equal(await page.textContent('#chips .chip[data-field="date"] .chip-label'), 'Oct 2017 – Dec 2017');
  });

  scenario('clicking a year under a month chart selects the whole year', async (env) => {
    const page = await env.newPage();
    await page.goto(env.url('?from=2018-07&to=2018-10'));
    await waitForResults(page);
    assert.equal((await histogramBars(page)).length, 12, 'the months of 2018');
    const year = page.locator('#facet-date .year-button[data-year="2018"]');
    assert.match(await year.getAttribute('aria-label'), /^2018, the whole year: \d+ releases?$/);
    await year.click();
    await waitForState(page, (p) => p.get('from') === '2018' && p.get('to') === '2018');
    assert.ok((await histogramBars(page)).every((b) => b.selected), 'every month of the year');
    assert.equal(await page.textContent('#chips .chip[data-field="date"] .chip-label'), '2018');
    const whole = await env.api('api/search?from=2018&to=2018&per_page=1');
    assert.equal(await shownTotal(page), whole.total);
    // From the keyboard too: the year is a button of its own.
    await page.goto(env.url('?from=2018-07&to=2018-10'));
    await waitForResults(page);
    await page.focus('#facet-date .year-button[data-year="2018"]');
    await page.keyboard.press('Enter');
    await waitForState(page, (p) => p.get('from') === '2018' && p.get('to') === '2018');
  });

  scenario('undated releases are counted under the chart, and a date filter says it leaves them out', async (env) => {
    const undated = (answer) => (answer.facets.date.find((b) => b.value === 'undated') || { count: 0 }).count;
    const all = await env.api('api/search?per_page=1&date_interval=month');
    assert.ok(undated(all) > 0, 'the corpus has undated releases');
    const page = await env.newPage();
    await page.goto(env.url());
    await waitForResults(page);
    const note = page.locator('#facet-date .histogram-undated');
    assert.equal(await note.textContent(), `${undated(all)} undated ${undated(all) === 1 ? 'release is' : 'releases are'} not in the chart.`);
    await env.shot(page, 'histogram-undated');

    await dragBars(page, '2016', '2017');
    await waitForState(page, (p) => p.get('from') === '2016' && p.get('to') === '2017');
    const left = undated(await env.api('api/search?per_page=1&date_interval=month&from=2016&to=2017'));
    assert.equal(left, undated(all), 'the facet counts them without its own filter');
    assert.equal(await note.textContent(), `The date filter leaves out ${left} undated ${left === 1 ? 'release' : 'releases'}.`);
    await page.click('#ui-lang');
    assert.equal(await note.textContent(), `날짜 필터 때문에 날짜 없는 보도자료 ${left}건이 빠졌습니다.`);
  });
}
