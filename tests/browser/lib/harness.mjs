// The processes behind the browser tests: index a corpus with the real dipsearch-index, serve it
// with the real dipsearchd on a port the kernel picks, drive Debian's Chromium, and always stop
// all of it within a time bound, also when a test fails or the run is interrupted.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '../../..');

export const CHROMIUM = process.env.DIPSEARCH_CHROMIUM || '/usr/bin/chromium';
// Quiet, self-contained Chromium: no sandbox (tests may run as root), no GPU, and none of the
// background traffic (QUIC, component updates, sync) that stalls on a closed network.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function usage(message) {
  process.stderr.write(
    `browser tests: ${message}\n` +
      'usage: node search_page_test.mjs [--indexer PATH] [--daemon PATH] [--web-dir DIR] [--artifacts DIR]\n' +
      '(defaults: the programs and an artifacts folder in build/, as scripts/build.sh leaves them,\n' +
      'and the page in web/; --web-dir tests another copy of the page, such as an older one)\n',
  );
  process.exit(2);
}

// --indexer and --daemon are the built programs, --web-dir the page they serve; --artifacts
// receives the screenshots.
export function readOptions(argv = process.argv.slice(2)) {
  const build = path.join(REPO, 'build');
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        indexer: { type: 'string' },
        daemon: { type: 'string' },
        'web-dir': { type: 'string' },
        artifacts: { type: 'string' },
      },
      strict: true,
    }));
  } catch (e) {
    usage(e.message);
  }
  const chosen = {
    indexer: path.resolve(values.indexer || path.join(build, 'indexer/dipsearch-index')),
    daemon: path.resolve(values.daemon || path.join(build, 'searchd/dipsearchd')),
    webDir: path.resolve(values['web-dir'] || path.join(REPO, 'web')),
    artifacts: path.resolve(values.artifacts || path.join(build, 'tests/browser-artifacts')),
  };
  for (const name of ['indexer', 'daemon']) {
    if (!fs.existsSync(chosen[name])) usage(`--${name} ${chosen[name]} does not exist (build it first)`);
  }
  if (!fs.existsSync(path.join(chosen.webDir, 'index.html'))) usage(`--web-dir ${chosen.webDir} has no index.html`);
  return chosen;
}

export async function loadPlaywright() {
  try {
    return await import('playwright-core');
  } catch {
    throw new Error(
      `playwright-core is not installed in ${path.resolve(HERE, '..')}: run "npm ci --no-audit --no-fund" there ` +
        '(scripts/test.sh does it when node_modules is missing)',
    );
  }
}

export function makeTempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'dipsearch-browser-'));
}

// Runs the real indexer over the sources; any rejection is a broken fixture.
export function indexCorpus(indexer, db, sources) {
  const r = spawnSync(indexer, ['--db', db, '--quiet', ...sources], { encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw new Error(`dipsearch-index could not run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`dipsearch-index exited with ${r.status ?? r.signal}:\n${r.stderr}`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A running dipsearchd. start() resolves once /api/health answers; stop() is bounded and safe
// to call twice; kill() is the synchronous last resort for exit handlers.
export class Daemon {
  constructor(binary, db, dir, webDir) {
    this.binary = binary;
    this.db = db;
    this.dir = dir;
    this.webDir = webDir;
    this.child = null;
    this.port = 0;
    this.logFile = path.join(dir, 'dipsearchd.log');
  }

  get base() {
    return `http://127.0.0.1:${this.port}/`;
  }

  async start(timeoutMs = 20_000) {
    const portFile = path.join(this.dir, 'port');
    const log = fs.openSync(this.logFile, 'w');
    this.child = spawn(
      this.binary,
      ['--host', '127.0.0.1', '--port', '0', '--port-file', portFile, '--db', this.db, '--web-dir', this.webDir],
      { stdio: ['ignore', log, log] },
    );
    fs.closeSync(log);
    let exited = null;
    this.child.once('exit', (code, signal) => {
      exited = signal || code;
    });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (exited !== null) throw new Error(`dipsearchd exited (${exited}) before serving:\n${this.log()}`);
      const text = fs.existsSync(portFile) ? fs.readFileSync(portFile, 'utf8').trim() : '';
      if (/^\d+$/.test(text)) {
        this.port = Number(text);
        try {
          const res = await fetch(`${this.base}api/health`);
          if (res.ok) return;
        } catch {
          /* not accepting yet */
        }
      }
      await sleep(50);
    }
    throw new Error(`dipsearchd did not answer /api/health within ${timeoutMs} ms:\n${this.log()}`);
  }

  log() {
    try {
      return fs.readFileSync(this.logFile, 'utf8');
    } catch {
      return '';
    }
  }

  async stop(timeoutMs = 5_000) {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const inTime = await Promise.race([gone.then(() => true), sleep(timeoutMs).then(() => false)]);
    if (!inTime) {
      child.kill('SIGKILL');
      await gone;
    }
  }

  kill() {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

export async function launchBrowser(chromium) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium package (scripts/install-deps.sh does)`);
  }
  // launch() gives every run a fresh temporary --user-data-dir of its own and removes it after.
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
}

// Whatever happens (a hung test, Ctrl-C, an uncaught error), the daemon and the temporary
// directory do not outlive the run: the watchdog ends everything after limitMs, and the exit
// and signal handlers kill the daemon and remove the directory.
export function guardProcesses(daemon, tempDir, limitMs) {
  const watchdog = setTimeout(() => {
    process.stderr.write(`browser tests: still running after ${limitMs / 1000} s; stopping everything\n`);
    daemon.kill();
    process.exit(1);
  }, limitMs);
  watchdog.unref();
  process.on('exit', () => {
    daemon.kill();
    fs.rmSync(tempDir, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      daemon.kill();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}
