// Reading and waiting on the search page the way a user would see it: the result list once it
// has settled, the state in the address bar, facet counts and the histogram's bars.

// The list is settled when no search is in flight and it shows hits or an empty state.
export async function waitForResults(page) {
  await page.waitForFunction(() => {
    const r = document.querySelector('#results');
    return r && !r.hasAttribute('aria-busy') && r.querySelector('.hit, .empty-state') !== null;
  });
}

// Waits until the address bar's query satisfies test(URLSearchParams), then for the list.
export async function waitForState(page, test) {
  await page.waitForURL((url) => test(url.searchParams));
  await waitForResults(page);
}

export function params(page) {
  return new URL(page.url()).searchParams;
}

export async function hitIds(page) {
  return page.$$eval('[data-testid=hit]', (els) => els.map((e) => e.dataset.id));
}

export async function shownTotal(page) {
  return Number(await page.getAttribute('#total', 'data-value'));
}

// {value: count} of one facet list as drawn (only the values on screen).
export async function facetCounts(page, field) {
  return page.$$eval(`#facet-${field} .facet-value`, (els) =>
    Object.fromEntries(els.map((e) => [e.dataset.value, Number(e.querySelector('.facet-count').textContent.replace(/[^\d]/g, ''))])),
  );
}

// The API's facet list as {value: count}.
export function apiCounts(list) {
  return Object.fromEntries((list || []).map((x) => [x.value, x.count]));
}

export async function histogramBars(page) {
  return page.$$eval('#facet-date .date-bar', (els) =>
    els.map((e) => ({ value: e.dataset.value, selected: e.getAttribute('aria-pressed') === 'true' })),
  );
}

// Presses on one bar and releases on another with real pointer events (a click when equal).
export async function dragBars(page, fromValue, toValue) {
  // The mouse works in the viewport: bring the chart into view first.
  await page.locator('#facet-date .histogram').scrollIntoViewIfNeeded();
  const box = async (v) => page.locator(`#facet-date .date-bar[data-value="${v}"] .hit-area`).boundingBox();
  const a = await box(fromValue);
  const b = await box(toValue);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height * 0.75);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height * 0.75, { steps: 8 });
  await page.mouse.up();
}

// Types like a person: key by key, so the debounced search-as-you-type path is the one used.
export async function typeQuery(page, text) {
  await page.locator('#q').click();
  await page.locator('#q').pressSequentially(text, { delay: 35 });
}

// Every request the page makes to one API path from now on, as URL objects (appended live).
export function trackRequests(page, apiPath) {
  const seen = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname.endsWith(apiPath)) seen.push(url);
  });
  return seen;
}

// The element that has keyboard focus, named the way assertions read it.
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    if (el.classList.contains('chip')) return `chip:${el.dataset.value}`;
    return el.id ? `#${el.id}` : el.localName;
  });
}
