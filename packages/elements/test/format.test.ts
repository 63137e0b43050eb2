import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { createFormatters } from '../src/i18n/format.js';
import { formatDifferencesFromIntl } from './fixtures/format-against-intl.js';

const run = promisify(execFile);
const fixture = fileURLToPath(new URL('./fixtures/format-sample.ts', import.meta.url));

async function sampleIn(tz: string): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, ['--conditions=source', '--import', 'tsx', fixture], {
    env: { ...process.env, TZ: tz },
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('createFormatters', () => {
  it('shows Japan time whatever the time zone of the process', async () => {
    const zones = ['America/Los_Angeles', 'UTC', 'Pacific/Kiritimati', 'Asia/Tokyo'];
    const samples = await Promise.all(zones.map(sampleIn));
    // The child processes really ran in those zones, where the local day differs…
    assert.deepEqual(
      samples.map((s) => [s.tz, s.localDay]),
      [
        ['America/Los_Angeles', 7],
        ['UTC', 7],
        ['Pacific/Kiritimati', 8],
        ['Asia/Tokyo', 8],
      ],
    );
    // …and printed the same Tokyo dates and times.
    const [first, ...rest] = samples.map(({ tz: _tz, localDay: _day, ...formatted }) => formatted);
    for (const other of rest) assert.deepEqual(other, first);
    assert.deepEqual(first?.ja, {
      date: '2026年12月8日(火)',
      time: '0:30',
      dateTime: '2026年12月8日(火) 0:30',
      month: '2026年12月',
      monthFromParts: '2026年12月',
      weekdays: ['日', '月', '火', '水', '木', '金', '土'],
      range: '0:30～2:00',
      isoDate: '2026-12-08',
    });
  });

  it('uses the Japanese era when asked', () => {
    const f = createFormatters('ja', { era: true });
    assert.equal(f.monthHeading(2026, 12), '令和8年12月');
    assert.equal(f.date('2026-12-08T10:00:00+09:00'), '令和8年12月8日(火)');
    assert.equal(f.monthHeading(2019, 5), '令和元年5月');
    assert.equal(f.monthHeading(2019, 4), '平成31年4月');
    // ISO dates stay Western for keys and datetime attributes.
    assert.equal(f.isoDate('2026-12-08T10:00:00+09:00'), '2026-12-08');
    assert.equal(createFormatters('ja').monthHeading(2026, 12), '2026年12月');
  });

  it('writes the era as English does ("Reiwa 8"), not as Intl does ("8 Reiwa", which reads as a date)', () => {
    const f = createFormatters('en', { era: true });
    assert.equal(f.monthHeading(2026, 12), 'December Reiwa 8');
    assert.equal(f.date('2026-12-08T10:00:00+09:00'), 'Tue, December 8, Reiwa 8');
    // Intl puts a narrow no-break space before AM/PM.
    const spaced = (text: string) => text.replace(/\u202f/g, ' ');
    assert.equal(spaced(f.dateTime('2026-12-08T10:00:00+09:00')), 'Tue, December 8, Reiwa 8 at 10:00 AM');
    assert.equal(f.monthHeading(2019, 4), 'April Heisei 31');
    assert.equal(spaced(f.timeRange('2026-12-08T23:00:00+09:00', '2026-12-09T01:00:00+09:00')), 'Tue, December 8, Reiwa 8 at 11:00 PM – Wed, December 9, Reiwa 8 at 1:00 AM');
  });

  it('formats English', () => {
    const f = createFormatters('en');
    assert.equal(f.monthHeading(2026, 12), 'December 2026');
    assert.equal(f.date('2026-12-08T10:00:00+09:00'), 'Tue, December 8, 2026');
    assert.equal(f.time('2026-12-08T14:00:00+09:00'), '2:00 PM');
    assert.deepEqual(f.weekdays(), ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    assert.equal(f.weekdays('long')[0], 'Sunday');
    assert.equal(f.timeRange('2026-12-08T14:00:00+09:00', '2026-12-08T16:30:00+09:00'), '2:00 PM – 4:30 PM');
  });

  it('gives both dates for a range over midnight in Japan', () => {
    const f = createFormatters('ja');
    assert.equal(f.timeRange('2026-12-08T22:00:00+09:00', '2026-12-09T01:00:00+09:00'), '2026年12月8日(火) 22:00～2026年12月9日(水) 1:00');
  });

  it('closes an evening at the next midnight on the same day: 24:00 in Japanese, 12:00 AM in English', () => {
    assert.equal(createFormatters('ja').timeRange('2026-12-08T23:00:00+09:00', '2026-12-09T00:00:00+09:00'), '23:00～24:00');
    assert.equal(createFormatters('en').timeRange('2026-12-08T23:00:00+09:00', '2026-12-09T00:00:00+09:00'), '11:00 PM – 12:00 AM');
    // One minute later is the next day, with both dates; the same in a browser far from Tokyo (the ISO offsets decide).
    assert.equal(createFormatters('ja').timeRange('2026-12-08T23:00:00+09:00', '2026-12-09T00:01:00+09:00'), '2026年12月8日(火) 23:00～2026年12月9日(水) 0:01');
    assert.equal(createFormatters('ja').timeRange('2026-12-08T14:00:00Z', '2026-12-08T15:00:00Z'), '23:00～24:00');
  });

  it('writes the Western calendar by hand exactly as Intl does (this Node\'s ICU), and leaves the rest to Intl', () => {
    assert.deepEqual(formatDifferencesFromIntl(), []);
  });

  it('rejects invalid dates and months instead of printing "Invalid Date"', () => {
    const f = createFormatters('ja');
    assert.throws(() => f.date('not a date'), RangeError);
    assert.throws(() => f.monthHeading(2026, 13), RangeError);
  });
});
