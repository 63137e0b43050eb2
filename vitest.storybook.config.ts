/**
 * The stories as tests (`npm run test:stories`): @storybook/addon-vitest turns every
 * story into a test (render, play function, then the accessibility check, which
 * fails the test on any violation: `parameters.a11y.test = 'error'`), run by
 * Vitest's browser mode in Debian's Chromium through playwright. Never a downloaded
 * browser: CHROME_PATH, else `chromium` on the PATH.
 */
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './scripts/chromium.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error(`The story tests need Chromium, and none was found.\n${INSTALL_HINT}`);

/** One run of every story with the toolbar set to `globals` (theme and language). */
function storiesWith(name: string, globals: { theme: 'light' | 'dark'; lang: 'ja' | 'en' }): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir: '.storybook', initialGlobals: globals })],
    test: {
      name,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
        instances: [{ browser: 'chromium' }],
      },
    },
  };
}

export default defineConfig({
  test: {
    // Each story runs twice: light + Japanese, and dark + English, so the axe check
    // (colour contrast included) sees both themes and both catalogues.
    projects: [storiesWith('light-ja', { theme: 'light', lang: 'ja' }), storiesWith('dark-en', { theme: 'dark', lang: 'en' })],
  },
});
