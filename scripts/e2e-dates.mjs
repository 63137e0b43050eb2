#!/usr/bin/env node
/**
 * The example site's end-to-end test (examples/shopping-street-site/test/e2e.test.ts) at the
 * instants where dates go wrong, whatever day it is run on. Each run moves the server's clock
 * and the browsers' to the instant (`HALL_E2E_NOW`, see site-browser.ts), with time flowing on
 * from there, and the demo data is made for that day.
 *
 *   npm run test:e2e-dates                                                  every instant below (about 4½ minutes)
 *   node --conditions=source --import tsx scripts/e2e-dates.mjs --quick     only the first one (npm test runs this)
 *
 * Run through tsx (as above) for the SDK's Japan-time arithmetic from its TypeScript sources.
 *
 * Why these: on 2026-11-27 CI failed at 13:00 in Japan on a Friday, when the first bookable day
 * had one free time left. The flows then ran at the real clock only, so what CI checked depended
 * on the hour it ran at. The instants are the next ones of their kind, so they stay in the future.
 */
import { spawnSync } from 'node:child_process';
import { addDays, tokyoDate, weekdayOf } from '@promotion-hall/sdk/japan-time';
import { findChromium, INSTALL_HINT } from './chromium.mjs';

/** The first Japan date from tomorrow on for which `test(date)` holds. */
function nextTokyoDate(test) {
  const today = tokyoDate(Date.now());
  for (let days = 1; days <= 400; days++) {
    const date = addDays(today, days);
    if (test(date)) return date;
  }
  throw new Error('no such date within 400 days');
}

const lastOfMonth = (date) => addDays(date, 1).endsWith('-01');

/** [what it checks, the instant in Japan time]. The first is the one `--quick` runs. */
const INSTANTS = [
  ['the last evening before the year-end closure (12/29–1/3): the next bookable day is in January', `${nextTokyoDate((d) => d.endsWith('-12-28'))}T17:30:00+09:00`],
  ['New Year’s Eve, a minute before midnight in Japan', `${nextTokyoDate((d) => d.endsWith('-12-31'))}T23:59:00+09:00`],
  ['the first morning after the closure, before opening', `${nextTokyoDate((d) => d.endsWith('-01-04'))}T08:00:00+09:00`],
  ['a month’s last minutes in Japan (the grid and the booking window cross into the next month)', `${nextTokyoDate(lastOfMonth)}T23:58:30+09:00`],
  ['a Friday evening after hours: the day’s times are over, the weekend comes next', `${nextTokyoDate((d) => weekdayOf(d) === 5)}T17:30:00+09:00`],
  ['a Saturday morning', `${nextTokyoDate((d) => weekdayOf(d) === 6)}T10:00:00+09:00`],
  ['just after midnight in Japan (the previous afternoon in UTC)', `${nextTokyoDate(() => true)}T00:30:00+09:00`],
];

if (!findChromium()) {
  console.error(`The end-to-end tests need Chromium, and none was found.\n${INSTALL_HINT}`);
  process.exit(1);
}

const chosen = process.argv.includes('--quick') ? INSTANTS.slice(0, 1) : INSTANTS;
const failed = [];
for (const [why, instant] of chosen) {
  console.log(`\n# e2e at ${instant}: ${why}`);
  const result = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', 'examples/shopping-street-site/test/e2e.test.ts'],
    { stdio: 'inherit', env: { ...process.env, HALL_E2E_NOW: instant } },
  );
  if (result.status !== 0) failed.push(`${instant} (${why})`);
}
if (failed.length > 0) {
  console.error(`\nThe end-to-end test failed at ${failed.length} of ${chosen.length} instants:\n${failed.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nThe end-to-end test passed at ${chosen.length} instant${chosen.length === 1 ? '' : 's'}.`);
