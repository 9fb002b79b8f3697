// What every scenario gets: fresh pages in their own browser contexts (no shared storage),
// instrumented to record when results render and any blocked script, screenshots saved as
// artifacts, and direct access to the JSON API for the expected answers.

import fs from 'node:fs';
import path from 'node:path';

// Runs in the page before its own scripts. Records each render of the result list (for the
// timings) and every Content-Security-Policy violation (an injection the policy had to stop).
function instrument() {
  const dip = { renders: [], violations: [] };
  window.__dip = dip;
  document.addEventListener('securitypolicyviolation', (e) => dip.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  new MutationObserver((records) => {
    if (records.some((r) => r.target.id === 'results')) {
      dip.renders.push({ at: performance.now(), search: location.search, hits: document.querySelectorAll('#results .hit').length });
    }
  }).observe(document, { childList: true, subtree: true });
}

export class BrowserEnv {
  constructor(browser, base, artifacts) {
    this.browser = browser;
    this.base = base;
    this.artifacts = artifacts;
    this.contexts = [];
    this.pageErrors = [];
    this.shotCount = 0;
    fs.mkdirSync(artifacts, { recursive: true });
    // Screenshots of an earlier run would mix with this one's numbering.
    for (const name of fs.readdirSync(artifacts)) {
      if (/^\d\d-.+\.png$/.test(name)) fs.rmSync(path.join(artifacts, name));
    }
  }

  // A page in a fresh context. locale decides the browser's preferred language, and so the
  // page's first UI language.
  async newPage({ viewport = { width: 1280, height: 900 }, locale = 'en-GB' } = {}) {
    const context = await this.browser.newContext({ viewport, locale, timezoneId: 'Asia/Seoul' });
    this.contexts.push(context);
    context.setDefaultTimeout(15_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: this.base.replace(/\/$/, '') });
    await context.addInitScript(instrument);
    const page = await context.newPage();
    page.on('pageerror', (err) => this.pageErrors.push(`${page.url()}: ${err.message}`));
    return page;
  }

  url(query = '') {
    return this.base + query;
  }

  // Answers from the API itself: the expected values the page must show.
  async api(pathAndQuery) {
    const res = await fetch(this.base + pathAndQuery);
    const body = await res.json();
    if (!res.ok) throw new Error(`GET ${pathAndQuery}: ${res.status} ${JSON.stringify(body)}`);
    return body;
  }

  async status(pathAndQuery) {
    const res = await fetch(this.base + pathAndQuery);
    await res.arrayBuffer();
    return res.status;
  }

  async shot(page, name) {
    this.shotCount += 1;
    const file = path.join(this.artifacts, `${String(this.shotCount).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    return file;
  }

  // Closes the contexts of the test that just ran and returns the uncaught page errors in it.
  async endTest() {
    const contexts = this.contexts.splice(0);
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    return this.pageErrors.splice(0);
  }
}
