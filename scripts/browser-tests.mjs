#!/usr/bin/env node
/**
 * Runs the browser tests (web-test-runner) in Debian's Chromium. Finds the browser
 * first and, when there is none, says how to install it instead of failing with a
 * stack trace. Extra arguments go to web-test-runner (e.g. --files <glob>).
 */
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from './chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(
    `The browser tests need Chromium, and none was found.\n${INSTALL_HINT}`,
  );
  process.exit(1);
}

const result = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chromium },
});
process.exit(result.status ?? 1);
