/** The browser-test runner explains a missing browser instead of failing with a stack trace. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
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
