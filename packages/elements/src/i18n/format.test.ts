/** In Chromium: the hand-written dates and times are Intl's, with this browser's ICU data. */
import '../../test/browser/readable-failures.js';
import { expect } from '@open-wc/testing';
import { formatDifferencesFromIntl } from '../../test/fixtures/format-against-intl.js';

// Mocha's globals, provided by the test runner (no @types/mocha in this repo).
declare const describe: (title: string, fn: () => void) => void;
declare const it: (title: string, fn: () => Promise<void> | void) => void;

describe('createFormatters in Chromium', () => {
  it('writes the Western calendar in Japan exactly as Intl does here', () => {
    expect(formatDifferencesFromIntl()).to.deep.equal([]);
  });
});
