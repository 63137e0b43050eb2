#!/usr/bin/env node
/**
 * Runs the browser tests (web-test-runner) in Debian's Chromium. Finds the browser
 * first and, when there is none, says how to install it instead of failing with a
 * stack trace. Extra arguments go to web-test-runner (e.g. --files <glob>).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on the PATH: try the next name
    }
  }
  return undefined;
}

const chromium = findChromium();
if (!chromium) {
  console.error(
    [
      'The browser tests need Chromium, and none was found.',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  elsewhere:      install Chromium or Chrome and set CHROME_PATH=/path/to/chrome',
      '(Tests never download a browser of their own.)',
    ].join('\n'),
  );
  process.exit(1);
}

const result = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chromium },
});
process.exit(result.status ?? 1);
