/**
 * Online backup while serving, and the restore drill of docs/operations.md: a server
 * keeps taking bookings through the API while `cli.ts backup` runs in another process;
 * the backup is then restored into a fresh data folder and served by a second server.
 * Its integrity check passes, and every booking acknowledged (201) before the backup
 * started is there.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Booking, BookingCreated, FormToken, listOf, Slot, type BookingInput } from '@promotion-hall/sdk/schemas';
import { loadConfig } from '../src/config.js';
import { DATABASE_FILE, startServer, type RunningServer } from '../src/server.js';
import { FIXTURE_NOW, fixtureData } from './support/fixtures.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

let server: TestServer;
let restored: RunningServer | undefined;
const work = mkdtempSync(path.join(tmpdir(), 'hall-backup-'));

before(async () => {
  server = await startTestServer({ data: fixtureData(), now: () => FIXTURE_NOW, config: { bookingRateLimitPerMinute: 0, accessLog: false } });
});

after(async () => {
  await Promise.all([server?.close(), restored?.close()]);
  rmSync(work, { recursive: true, force: true });
});

/** Every bookable place of the fixture services in the next eight weeks, one entry per place. */
async function places(): Promise<Array<{ slotId: string; serviceId: string }>> {
  const out: Array<{ slotId: string; serviceId: string }> = [];
  for (const serviceId of ['startup', 'subsidy-clinic']) {
    const answer = await fetch(`${server.api}/consultations/slots?serviceId=${serviceId}&from=2026-12-02&to=2027-01-28`);
    assert.equal(answer.status, 200);
    for (const slot of listOf(Slot).parse(await answer.json()).items) {
      for (let i = 0; i < slot.remaining; i++) out.push({ slotId: slot.id, serviceId });
    }
  }
  return out;
}

async function book(slotId: string): Promise<BookingCreated> {
  const token = FormToken.parse(await (await fetch(`${server.api}/consultations/form-token`)).json()).token;
  const subsidy = slotId.startsWith('subsidy-clinic.');
  const body: BookingInput = {
    slotId,
    channel: 'in_person',
    applicant: {
      name: '控 取子',
      furigana: 'ひかえ とりこ',
      email: `${randomUUID()}@example.com`,
      phone: '03-1234-5678',
      applicantType: subsidy ? 'sme' : 'prospective_founder',
      business: { name: '控商店', employees: 3, inWard: true },
    },
    topic: { category: subsidy ? 'subsidy' : 'startup', text: 'バックアップ試験' },
    consents: { purposeOfUse: true, privacyNotice: true },
    formToken: token,
  };
  const answer = await fetch(`${server.api}/consultations/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify(body),
  });
  const text = await answer.text();
  assert.equal(answer.status, 201, text);
  return BookingCreated.parse(JSON.parse(text));
}

it('backs up while bookings keep arriving; the restored copy is intact and has every booking acknowledged before it', async (t) => {
  const queue = await places();
  assert.ok(queue.length >= 40, `enough places to keep booking (${queue.length})`);
  const acknowledged: Array<{ booking: BookingCreated; at: number }> = [];

  // A steady stream of bookings, one after another, until the backup is done.
  let backupDone = false;
  const writer = (async () => {
    while (!backupDone && queue.length > 0) {
      const booking = await book(queue.shift()!.slotId);
      acknowledged.push({ booking, at: performance.now() });
    }
  })();

  while (acknowledged.length < 10) await new Promise((resolve) => setTimeout(resolve, 5));
  const file = path.join(work, 'hall-backup.db');
  const startedAt = performance.now();
  const env = { ...process.env, HALL_DATA_DIR: server.dataDir, HALL_SEED_DEMO: 'false' };
  const { stdout } = await run(process.execPath, ['--conditions=source', '--import', 'tsx', CLI, 'backup', file], { env });
  backupDone = true;
  await writer;
  assert.match(stdout, /^backup: .*hall-backup\.db \(\d+ bytes, \d+ pages, schema version \d+, integrity ok\)/);
  assert.ok(existsSync(file));
  assert.ok(!existsSync(`${file}.partial`), 'no partial file left behind');
  const before = acknowledged.filter((a) => a.at < startedAt);
  const during = acknowledged.length - before.length;
  assert.ok(before.length >= 10);

  // A second backup to the same name is refused rather than overwriting the first.
  await assert.rejects(run(process.execPath, ['--conditions=source', '--import', 'tsx', CLI, 'backup', file], { env }), (error: { stderr: string }) => {
    assert.match(error.stderr, /already exists/);
    return true;
  });

  // The restore drill: a fresh data folder, the backup copied in as hall.db, a server started on it.
  const dataDir = path.join(work, 'restored');
  mkdirSync(dataDir);
  copyFileSync(file, path.join(dataDir, DATABASE_FILE));
  const copy = await startServer(
    { ...loadConfig({}), port: 0, host: '127.0.0.1', dataDir, seedDemo: false, siteDir: null, widgetsDir: null, accessLog: false },
    { now: () => FIXTURE_NOW, log: () => {} },
  );
  restored = copy;
  assert.equal(await copy.repo.integrityCheck(), 'ok');
  for (const { booking } of before) {
    const answer = await fetch(`${copy.url}/api/v1/consultations/bookings/${booking.reference}`, { headers: { Authorization: `Bearer ${booking.manageToken}` } });
    assert.equal(answer.status, 200, `${booking.reference} is in the restored copy`);
    assert.equal(Booking.parse(await answer.json()).slot.id, booking.slot.id);
  }
  t.diagnostic(`${before.length} bookings acknowledged before the backup started, ${during} while it ran (the copy holds at least the first ${before.length})`);
});
