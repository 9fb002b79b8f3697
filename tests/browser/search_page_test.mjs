// Browser tests of the search page: headless Chromium (Debian's) driven by playwright-core
// against the real dipsearchd serving the sample corpus plus fixtures/, one scenario per user
// task. Screenshots of the main states go to --artifacts; timings are printed, never asserted.

import { describe, it, before, after } from 'node:test';
import path from 'node:path';

import { readOptions, loadPlaywright, makeTempDir, indexCorpus, Daemon, launchBrowser, guardProcesses, REPO } from './lib/harness.mjs';
import { BrowserEnv } from './lib/browser_env.mjs';
import searching from './scenarios/searching.mjs';
import filtering from './scenarios/filtering.mjs';
import dates from './scenarios/dates.mjs';
import paging from './scenarios/paging.mjs';
import documents from './scenarios/documents.mjs';
import safety from './scenarios/safety.mjs';
import pageChrome from './scenarios/page_chrome.mjs';
import keyboard from './scenarios/keyboard.mjs';
import typing from './scenarios/typing.mjs';
import errors from './scenarios/errors.mjs';
import exporting from './scenarios/export.mjs';
import explaining from './scenarios/explaining.mjs';
import accessibility from './scenarios/accessibility.mjs';
import trends from './scenarios/trends.mjs';
import cite from './scenarios/cite.mjs';
import officials from './scenarios/officials.mjs';
import versions from './scenarios/versions.mjs';
import timings from './scenarios/timings.mjs';

// ctest's TIMEOUT is 900 s; the run ends itself before. (About 400 s on a busy two-core
// machine: 49 scenarios, each in its own browser context.)
const RUN_LIMIT_MS = 840_000;
const SCENARIO_LIMIT_MS = 90_000;

const options = readOptions();
// browserEnv is set in before(); failed marks a failed scenario, to print the daemon log after.
const env = { browserEnv: null, failed: false };

// Every scenario gets the environment and always closes the contexts it opened; an uncaught
// error inside the page fails it even when every assertion held.
function scenario(name, fn) {
  it(name, { timeout: SCENARIO_LIMIT_MS }, async () => {
    let errors = [];
    try {
      await fn(env.browserEnv);
    } catch (e) {
      env.failed = true;
      throw e;
    } finally {
      errors = await env.browserEnv.endTest();
    }
    if (errors.length) {
      env.failed = true;
      throw new Error(`uncaught errors in the page:\n${errors.join('\n')}`);
    }
  });
}

describe('search page in a real browser', () => {
  let daemon = null;
  let browser = null;

  before(async () => {
    const { chromium } = await loadPlaywright();
    const dir = makeTempDir();
    const db = path.join(dir, 'db');
    daemon = new Daemon(options.daemon, db, dir, options.webDir);
    guardProcesses(daemon, dir, RUN_LIMIT_MS);
    indexCorpus(options.indexer, db, [path.join(REPO, 'data/sample'), path.join(REPO, 'tests/browser/fixtures')]);
    await daemon.start();
    browser = await launchBrowser(chromium);
    env.browserEnv = new BrowserEnv(browser, daemon.base, options.artifacts);
    console.log(`# dipsearchd on ${daemon.base}, screenshots in ${options.artifacts}`);
  });

  after(async () => {
    if (browser) await browser.close().catch(() => {});
    if (daemon) {
      await daemon.stop();
      if (env.failed) process.stderr.write(`dipsearchd log:\n${daemon.log()}\n`);
    }
  });

  searching(scenario);
  filtering(scenario);
  dates(scenario);
  paging(scenario);
  documents(scenario);
  safety(scenario);
  pageChrome(scenario);
  keyboard(scenario);
  typing(scenario);
  errors(scenario);
  exporting(scenario);
  explaining(scenario);
  trends(scenario);
  cite(scenario);
  officials(scenario);
  versions(scenario);
  accessibility(scenario);
  timings(scenario);
});
