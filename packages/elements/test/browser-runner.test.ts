/**
 * The browser-test runner explains a missing browser instead of failing with a stack trace,
 * and every browser test file keeps its failures readable (test/browser/readable-failures.ts).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';

it('says how to install Chromium when there is none, and exits non-zero', () => {
  const result = spawnSync(process.execPath, ['scripts/browser-tests.mjs'], {
    env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
    encoding: 'utf8',
  });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /need Chromium/);
  assert.match(result.stderr, /apt-get install -y chromium/);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
});

it('every browser test file imports readable-failures, so a failure about a DOM node cannot freeze the run', () => {
  const files = readdirSync('packages/elements/src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.test.ts'));
  assert.ok(files.length >= 6, `browser test files found: ${files.length}`);
  const missing = files.filter((file) => !/^import '(\.\.\/)+test\/browser\/readable-failures\.js';$/m.test(readFileSync(path.join('packages/elements/src', file), 'utf8')));
  assert.deepEqual(missing, []);
});
