// The page's scripts (web/) are ES modules to Node.js too. The browser loads them as modules
// from index.html, but Node decides by the nearest package.json: without "type": "module"
// Node 18 (Debian 12's) reads them as CommonJS and every import of a named export fails, a
// failure newer Node versions hide by detecting the module syntax themselves.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web');

function scriptsUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return scriptsUnder(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

// Node's rule: the package.json nearest to the file, walking up from its directory.
function nearestPackageJson(file) {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

describe('the page scripts as Node.js sees them', () => {
  it('has scripts to check', () => {
    assert.ok(scriptsUnder(webRoot).length >= 2);
  });

  for (const script of scriptsUnder(webRoot)) {
    it(`reads ${script.slice(webRoot.length + 1)} as an ES module`, () => {
      const packageJson = nearestPackageJson(script);
      assert.ok(packageJson, 'no package.json above it: Node 18 reads it as CommonJS');
      assert.equal(JSON.parse(readFileSync(packageJson, 'utf8')).type, 'module', packageJson);
    });
  }
});
