/**
 * `@promotion-hall/sdk/japan-time`, the date arithmetic the server, the opening-hours rules
 * and the widgets share, gives the same answers whatever the process's time zone. (The
 * server's time.test.ts checks the same functions through its re-exports.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { it } from 'node:test';
import * as japanTime from '@promotion-hall/sdk/japan-time';

/** Every function on dates around a year end, a leap day and a late-night wall-clock time. */
function answers(time: typeof japanTime): unknown[] {
  return [
    time.tokyoDate(Date.parse('2026-12-31T15:00:00Z')),
    time.tokyoMidnight('2027-01-01'),
    time.tokyoAt('2026-11-27', '25:30'),
    time.addDays('2028-02-28', 1),
    time.addDays('2027-01-01', -1),
    time.addDays('2026-03-08', 1), // the day the United States moves its clocks
    [0, 1, 2, 3, 4, 5, 6].map((n) => time.weekdayOf(time.addDays('2026-11-22', n))),
  ];
}

it('answers in Japan time, here and in zones either side of Tokyo', () => {
  const expected = [
    '2027-01-01',
    Date.parse('2027-01-01T00:00:00+09:00'),
    Date.parse('2026-11-28T01:30:00+09:00'),
    '2028-02-29',
    '2026-12-31',
    '2026-03-09',
    [0, 1, 2, 3, 4, 5, 6],
  ];
  assert.deepEqual(answers(japanTime), expected);

  const module = new URL('../src/japan-time.ts', import.meta.url).href;
  const script = `
    const time = await import(${JSON.stringify(module)});
    const answers = ${answers.toString()};
    process.stdout.write(JSON.stringify(answers(time)) + ' ' + new Date(Date.UTC(2026, 10, 27)).getTimezoneOffset());
  `;
  for (const [TZ, offset] of [['America/Los_Angeles', 480], ['Pacific/Kiritimati', -840]] as const) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ }, encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    assert.equal(child.stdout, `${JSON.stringify(expected)} ${offset}`, TZ);
  }
});
