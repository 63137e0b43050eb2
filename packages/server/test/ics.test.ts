import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { eventToIcs, occurrencesToIcs, type IcsOptions } from '../src/domain/ics.js';
import { expandOccurrences, occurrenceIdOf } from '../src/domain/recurrence.js';
import { toTokyoIso } from '../src/domain/time.js';
import { streetEvent as hallEvent, venues } from './support/fixtures.js';

const options: IcsOptions = { domain: 'hall.example.jp', calendarName: '産業振興会館, イベント; 一覧' };
const at = (iso: string) => Date.parse(iso);

/** Parses with ical.js, which knows no zones but those the feed brings. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  return { calendar, vevents: calendar.getAllSubcomponents('vevent') };
}

const only = <T>(items: T[]): T => {
  assert.equal(items.length, 1);
  return items[0]!;
};

describe('eventToIcs', () => {
  it('writes one VEVENT whose DTSTART is Tokyo time with a VTIMEZONE for it', () => {
    const ics = eventToIcs(hallEvent({}), options);
    const { calendar, vevents } = parse(ics);
    const vevent = only(vevents);
    const vtimezone = only(calendar.getAllSubcomponents('vtimezone'));
    assert.equal(vtimezone.getFirstPropertyValue('tzid'), 'Asia/Tokyo');
    const dtstart = vevent.getFirstProperty('dtstart')!;
    assert.equal(dtstart.getParameter('tzid'), 'Asia/Tokyo');
    assert.match(ics, /\r\nDTSTART;TZID=Asia\/Tokyo:20260108T100000\r\n/);
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    assert.equal(start.toJSDate().toISOString(), '2026-01-08T01:00:00.000Z');
    assert.equal(end.toJSDate().toISOString(), '2026-01-08T06:00:00.000Z');
    assert.equal(vevent.getFirstPropertyValue('uid'), 'hachi-no-hi@hall.example.jp');
    assert.equal(vevent.getFirstPropertyValue('rrule'), null);
    // RFC 5545 §3.1: every content line ends with CRLF, the last one too; no bare LF anywhere.
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'), JSON.stringify(ics.slice(-20)));
    assert.doesNotMatch(ics, /[^\r]\n/);
  });

  it('takes DTSTAMP from updatedAt, so the same event always gives the same bytes', () => {
    const event = hallEvent({});
    const ics = eventToIcs(event, options);
    assert.equal(eventToIcs(event, options), ics);
    const stamp = only(parse(ics).vevents).getFirstPropertyValue('dtstamp') as ICAL.Time;
    assert.equal(stamp.toJSDate().toISOString(), '2025-12-01T00:00:00.000Z');
    assert.match(ics, /\r\nDTSTAMP:20251201T000000Z\r\n/);
  });

  it('round-trips Japanese text with emoji, commas, semicolons, backslashes and newlines', () => {
    const title = '🎍新春セール, 先着100名; 福袋\\あり\n二日目も開催';
    const description = '会場：中央商店街（雨天決行）\r\n持ち物：エコバッグ, 現金; 🛍️';
    const ics = eventToIcs(hallEvent({ title: { ja: title }, description: { ja: description }, place: { ja: '広場, 北口' } }), options);
    const { calendar, vevents } = parse(ics);
    const vevent = only(vevents);
    assert.equal(vevent.getFirstPropertyValue('summary'), title);
    assert.equal(vevent.getFirstPropertyValue('description'), description.replace('\r\n', '\n'));
    assert.equal(vevent.getFirstPropertyValue('location'), '広場, 北口');
    // ical.js treats NAME and X-WR-CALNAME as unknown properties and keeps their raw text.
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), '産業振興会館\\, イベント\\; 一覧');
    assert.match(ics, /\r\nNAME:産業振興会館\\, イベント\\; 一覧\r\n/);
    assert.match(ics.replaceAll('\r\n ', ''), /\r\nSUMMARY:🎍新春セール\\, 先着100名\\; 福袋\\\\あり\\n二日目も開催\r\n/);
  });

  it('writes English where asked and present, Japanese where not', () => {
    const event = hallEvent({ description: { ja: '毎月8のつく日の特売市' } });
    const vevent = only(parse(eventToIcs(event, { ...options, lang: 'en' })).vevents);
    assert.equal(vevent.getFirstPropertyValue('summary'), 'Market on the 8s');
    assert.equal(vevent.getFirstPropertyValue('location'), 'Chuo shopping street');
    assert.equal(vevent.getFirstPropertyValue('description'), '毎月8のつく日の特売市');
  });

  it('writes the venue, room, outside place and "online" in LOCATION, in the language asked', () => {
    const event = hallEvent({ venueId: 'hall', roomId: 'room-1', place: { ja: '北口広場', en: 'North plaza' }, online: true });
    const location = (extra: Partial<IcsOptions>) => only(parse(eventToIcs(event, { ...options, ...extra })).vevents).getFirstPropertyValue('location');
    assert.equal(location({ venues }), 'テスト区立産業振興会館 研修室1 北口広場 オンライン');
    assert.equal(location({ venues, lang: 'en' }), 'テスト区立産業振興会館, 研修室1, North plaza, Online');
    // Without the venues (an unknown room), what the event itself says.
    assert.equal(location({}), '北口広場 オンライン');
  });

  it('folds long Japanese lines at 75 octets without splitting a character', () => {
    const description = '商店街の歴史と今後の展望について、地域の皆さまと語り合う講演会です😀。'.repeat(12);
    const ics = eventToIcs(hallEvent({ description: { ja: description } }), options);
    const bytes = Buffer.from(ics, 'utf8');
    const lines: Buffer[] = [];
    for (let from = 0; from < bytes.length; ) {
      const crlf = bytes.indexOf('\r\n', from);
      lines.push(bytes.subarray(from, crlf === -1 ? bytes.length : crlf));
      from = crlf === -1 ? bytes.length : crlf + 2;
    }
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      assert.ok(line.length <= 75, `${line.length} octets: ${line.toString()}`);
      strict.decode(line); // throws on a character cut in two
    }
    const continuation = lines.filter((line) => line[0] === 0x20);
    assert.ok(continuation.length >= 10, 'the description was folded');
    assert.equal(only(parse(ics).vevents).getFirstPropertyValue('description'), description);
  });

  it('writes the RRULE, and ical.js expands it to the same 8の日 occurrences over three months', () => {
    const event = hallEvent({ recurrence: { rrule: 'FREQ=MONTHLY;BYMONTHDAY=8,18,28', rdates: [], exdates: [] } });
    const vevent = only(parse(eventToIcs(event, options)).vevents);
    assert.equal(String(vevent.getFirstPropertyValue('rrule')), 'FREQ=MONTHLY;BYMONTHDAY=8,18,28');
    const from = at('2026-01-01T00:00:00+09:00');
    const to = at('2026-04-01T00:00:00+09:00');
    const ours = expandOccurrences(event, from, to).map((o) => o.start);
    assert.equal(ours.length, 9);
    assert.deepEqual(icalStarts(vevent, from, to), ours);
  });

  it('writes UNTIL in UTC and RDATE/EXDATE in Tokyo time, and ical.js agrees on the result', () => {
    const event = hallEvent({
      recurrence: {
        rrule: 'FREQ=MONTHLY;BYMONTHDAY=8,18,28;UNTIL=20260318',
        rdates: ['2026-02-11T13:00:00+09:00'],
        exdates: ['2026-01-28T10:00:00+09:00'],
      },
    });
    const ics = eventToIcs(event, options);
    assert.match(ics, /\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=8,18,28;UNTIL=20260318T145959Z\r\n/);
    assert.match(ics, /\r\nRDATE;TZID=Asia\/Tokyo:20260211T130000\r\n/);
    assert.match(ics, /\r\nEXDATE;TZID=Asia\/Tokyo:20260128T100000\r\n/);
    const from = at('2026-01-01T00:00:00+09:00');
    const to = at('2026-06-01T00:00:00+09:00');
    const ours = expandOccurrences(event, from, to).map((o) => o.start);
    assert.deepEqual(ours.map((ms) => toTokyoIso(ms).slice(5, 16)), ['01-08T10:00', '01-18T10:00', '02-08T10:00', '02-11T13:00', '02-18T10:00', '02-28T10:00', '03-08T10:00', '03-18T10:00']);
    assert.deepEqual(icalStarts(only(parse(ics).vevents), from, to), ours);
  });

  it('writes a 酉の市 series given only by RDATE without inventing an RRULE', () => {
    const event = hallEvent({
      id: 'tori-no-ichi',
      start: '2026-11-05T00:00:00+09:00',
      end: '2026-11-06T00:00:00+09:00',
      allDay: true,
      recurrence: { rrule: null, rdates: ['2026-11-17T00:00:00+09:00', '2026-11-29T00:00:00+09:00'], exdates: [] },
    });
    const ics = eventToIcs(event, options);
    assert.doesNotMatch(ics, /RRULE/);
    assert.match(ics, /\r\nRDATE;VALUE=DATE:20261117,20261129\r\n/);
    const vevent = only(parse(ics).vevents);
    const dtstart = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    assert.equal(dtstart.isDate, true);
    assert.equal(dtstart.toString(), '2026-11-05');
    assert.equal(String(vevent.getFirstPropertyValue('dtend')), '2026-11-06');
    const rdates: string[] = [];
    const iterator = new ICAL.Event(vevent).iterator();
    for (let next = iterator.next(); next; next = iterator.next()) rdates.push(next.toString());
    // ical.js 2.2 skips DTSTART when a component has RDATE but no RRULE
    // (kewisch/ical.js#534); RFC 5545 §3.8.5 puts DTSTART in the set, as we do.
    assert.deepEqual(rdates, ['2026-11-17', '2026-11-29']);
    const ours = expandOccurrences(event, at('2026-11-01T00:00:00+09:00'), at('2026-12-01T00:00:00+09:00'));
    assert.deepEqual(ours.map((o) => toTokyoIso(o.start).slice(0, 10)), [dtstart.toString(), ...rdates]);
  });

  it('writes an all-day event ending at 23:59 as DATE values with an exclusive end', () => {
    const event = hallEvent({ start: '2026-05-03T00:00:00+09:00', end: '2026-05-05T23:59:00+09:00', allDay: true });
    const ics = eventToIcs(event, options);
    assert.match(ics, /\r\nDTSTART;VALUE=DATE:20260503\r\nDTEND;VALUE=DATE:20260506\r\n/);
  });

  it('puts only http(s) addresses in URL', () => {
    const url = (eventUrl: IcsOptions['eventUrl'], event = hallEvent({})) =>
      only(parse(eventToIcs(event, { ...options, eventUrl })).vevents).getFirstPropertyValue('url');
    assert.equal(url(undefined), 'https://hall.example.jp/events/hachi-no-hi');
    assert.equal(url((e) => `http://hall.example.jp/e/${e.id}`), 'http://hall.example.jp/e/hachi-no-hi');
    assert.equal(url(() => 'javascript:alert(1)', hallEvent({ url: null })), null);
    assert.equal(url(() => 'data:text/html,<b>x</b>', hallEvent({ url: null })), null);
    assert.equal(url(() => 'not a url', hallEvent({ url: null })), null);
  });
});

describe('occurrencesToIcs', () => {
  it('writes one stand-alone VEVENT per occurrence with the occurrence id in its UID', () => {
    const event = hallEvent({ recurrence: { rrule: 'FREQ=MONTHLY;BYMONTHDAY=8,18,28', rdates: [], exdates: [] } });
    const items = expandOccurrences(event, at('2026-01-01T00:00:00+09:00'), at('2026-02-01T00:00:00+09:00')).map((o) => ({
      event,
      ...o,
      occurrenceId: occurrenceIdOf(event.id, o.start, at(event.start)),
    }));
    const { vevents } = parse(occurrencesToIcs(items, options));
    assert.equal(vevents.length, 3);
    assert.deepEqual(
      vevents.map((v) => v.getFirstPropertyValue('uid')),
      ['hachi-no-hi@2026-01-08@hall.example.jp', 'hachi-no-hi@2026-01-18@hall.example.jp', 'hachi-no-hi@2026-01-28@hall.example.jp'],
    );
    assert.deepEqual(
      vevents.map((v) => (v.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()),
      items.map((item) => item.start),
    );
    assert.ok(vevents.every((v) => v.getFirstPropertyValue('rrule') === null && v.getFirstProperty('dtstart')!.getParameter('tzid') === 'Asia/Tokyo'));
  });

  it('writes an empty but valid calendar for no occurrences', () => {
    const empty = occurrencesToIcs([], options);
    const { calendar, vevents } = parse(empty);
    assert.ok(empty.endsWith('END:VCALENDAR\r\n'));
    assert.equal(vevents.length, 0);
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  });
});

describe('time zone independence', () => {
  it('gives the same bytes with TZ=America/Los_Angeles and TZ=Asia/Tokyo', () => {
    // ical-generator reads a Date's local fields when a zone is set: this catches a regression to plain Dates.
    const events = [
      hallEvent({ recurrence: { rrule: 'FREQ=MONTHLY;BYMONTHDAY=8,18,28;UNTIL=20260630', rdates: ['2026-02-11T13:00:00+09:00'], exdates: ['2026-01-28T10:00:00+09:00'] } }),
      hallEvent({ id: 'allday', start: '2026-05-03T00:00:00+09:00', end: '2026-05-06T00:00:00+09:00', allDay: true }),
      hallEvent({ id: 'late', start: '2026-01-09T23:30:00+09:00', end: '2026-01-10T01:00:00+09:00' }),
    ];
    const icsModule = new URL('../src/domain/ics.ts', import.meta.url).href;
    const script = `
      const { eventToIcs } = await import(${JSON.stringify(icsModule)});
      const events = JSON.parse(process.env.FIXTURES);
      process.stdout.write(events.map((e) => eventToIcs(e, ${JSON.stringify(options)})).join('\\n'));
    `;
    const runIn = (tz: string) => {
      const child = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        env: { ...process.env, TZ: tz, FIXTURES: JSON.stringify(events) },
        encoding: 'utf8',
      });
      assert.equal(child.status, 0, child.stderr);
      return child.stdout;
    };
    const la = runIn('America/Los_Angeles');
    assert.equal(la, runIn('Asia/Tokyo'));
    assert.equal(la, events.map((e) => eventToIcs(e, options)).join('\n'));
    assert.match(la, /\r\nDTSTART;TZID=Asia\/Tokyo:20260109T233000\r\n/);
    assert.match(la, /\r\nDTSTART;VALUE=DATE:20260503\r\n/);
  });
});

/** Occurrence starts in [from, to) by ical.js's own recurrence expansion. */
function icalStarts(vevent: ICAL.Component, from: number, to: number): number[] {
  const starts: number[] = [];
  const iterator = new ICAL.Event(vevent).iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const ms = next.toJSDate().getTime();
    if (ms >= to) break;
    if (ms >= from) starts.push(ms);
  }
  return starts;
}
