/**
 * Debian's Chromium for every browser test (web-test-runner, the end-to-end tests,
 * Storybook's story tests): where to find it and how to start it. Never a download.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The flags toolchain.md verified on this machine kind: no sandbox as root, no GPU,
 * and no background connections or lookups of outside hosts (the network is closed).
 */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

/** CHROME_PATH, then a Chromium or Chrome on the PATH; undefined when there is none. */
export function findChromium() {
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

/** How to get a browser, for the message shown when there is none. */
export const INSTALL_HINT = [
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  elsewhere:      install Chromium or Chrome and set CHROME_PATH=/path/to/chrome',
  '(Tests never download a browser of their own.)',
].join('\n');
