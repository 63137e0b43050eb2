/**
 * Crash safety: the real server runs as a child process (the CLI, demo data), takes a
 * stream of bookings, and is killed with SIGKILL after a random number of them were
 * acknowledged (201). After each kill the database must pass `PRAGMA integrity_check`,
 * and once the server is back on the same data folder every acknowledged booking must
 * be there (GET with its manage token → 200). Nothing acknowledged may be lost.
 *
 * Rounds: HALL_CRASH_ROUNDS (default 3); at most HALL_CRASH_MAX_ACKS acknowledged
 * bookings per round before the kill (default 500; the kill comes after a random number
 * from a tenth of that up); HALL_CRASH_SEED replays a run.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BookingCreated, ConsultationService, Slot } from '@promotion-hall/sdk/schemas';
import { REPO_ROOT } from '../src/config.js';
import { DATABASE_FILE } from '../src/server.js';
import { addDays, tokyoDate } from '../src/domain/time.js';
import { createRandom } from '../src/seed/random.js';

const ROUNDS = positiveInt(process.env.HALL_CRASH_ROUNDS, 3);
const MAX_ACKS = positiveInt(process.env.HALL_CRASH_MAX_ACKS, 500);
const SEED = positiveInt(process.env.HALL_CRASH_SEED, Math.floor(Math.random() * 2 ** 31));
/** Booking requests in flight at once, so the kill lands in the middle of some. */
const IN_FLIGHT = 8;
const CLI = path.join(REPO_ROOT, 'packages/server/src/cli.ts');

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n > 0 ? n : fallback;
}

interface Child {
  process: ChildProcess;
  url: string;
  output: string[];
}

/** Starts the CLI on a free port (PORT=0) and waits for its "listening on" line. */
function startChild(dataDir: string): Promise<Child> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', CLI, 'start'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      HALL_DATA_DIR: dataDir,
      HALL_BOOKING_RATE_LIMIT: '0',
      // Bookings go out as fast as the server takes them, right after their form token.
      HALL_MIN_FILL_SECONDS: '0',
      HALL_ACCESS_LOG: 'false',
      HALL_SITE_DIR: '',
      HALL_WIDGETS_DIR: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within 30 s:\n${output.join('')}`));
    }, 30_000);
    child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      output.push(d.toString());
      const match = /listening on (http:\/\/\S+)/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, url: match[1]!, output });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before listening:\n${output.join('')}`));
    });
  });
}

function kill9(child: Child): Promise<void> {
  return new Promise((resolve) => {
    if (child.process.exitCode !== null || child.process.signalCode !== null) return resolve();
    child.process.once('exit', () => resolve());
    child.process.kill('SIGKILL');
  });
}

interface Offer {
  service: ConsultationService;
  slot: Slot;
}

/** Every free place the API offers now, one entry per remaining place, shuffled. */
async function freePlaces(api: string, shuffle: <T>(items: readonly T[]) => T[]): Promise<Offer[]> {
  const services = ((await (await fetch(`${api}/consultations/services`)).json()) as { items: ConsultationService[] }).items;
  const today = tokyoDate(Date.now());
  const offers: Offer[] = [];
  for (const service of services) {
    const to = addDays(today, Math.min(service.rules.maxDaysAhead, 91));
    const res = await fetch(`${api}/consultations/slots?serviceId=${service.id}&from=${today}&to=${to}`);
    assert.equal(res.status, 200, `slots of ${service.id}`);
    for (const slot of ((await res.json()) as { items: Slot[] }).items) {
      for (let i = 0; i < slot.remaining; i++) offers.push({ service, slot });
    }
  }
  return shuffle(offers);
}

let applicantSeq = 0;

/** A form token of this run of the server (each start makes a new form secret). */
async function newFormToken(api: string): Promise<string> {
  const res = await fetch(`${api}/consultations/form-token`);
  assert.equal(res.status, 200, 'form token');
  return ((await res.json()) as { token: string }).token;
}

function bookingBody({ service, slot }: Offer, formToken: string) {
  const n = ++applicantSeq;
  return {
    slotId: slot.id,
    channel: slot.channels[0],
    applicant: {
      name: `耐久 試験${n}`,
      furigana: 'たいきゅう しけん',
      email: `crash-${SEED}-${n}@example.jp`, // distinct: per-applicant caps never interfere
      phone: '03-1234-5678',
      applicantType: service.eligibleApplicantTypes[0],
      business: { name: '試験商店', inWard: true, employees: 3 },
    },
    topic: { category: service.categories[0], text: 'クラッシュ試験' },
    consents: { purposeOfUse: true, privacyNotice: true },
    formToken,
  };
}

interface Acknowledged {
  reference: string;
  manageToken: string;
  round: number;
}

describe('kill -9 while booking: no acknowledged booking is lost', { concurrency: false }, () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hall-crash-'));
  const dbFile = path.join(dataDir, DATABASE_FILE);
  const rng = createRandom(SEED);
  const acknowledged: Acknowledged[] = [];
  const totals = { sent: 0, acknowledged: 0, refused: 0, cutOff: 0, present: 0, lost: 0, kills: 0 };
  let child: Child | undefined;

  after(async () => {
    if (child) await kill9(child);
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Every booking acknowledged so far must be readable with its token. */
  async function checkAllPresent(api: string): Promise<{ present: number; lost: string[] }> {
    let present = 0;
    const lost: string[] = [];
    for (const ack of acknowledged) {
      const res = await fetch(`${api}/consultations/bookings/${ack.reference}`, { headers: { Authorization: `Bearer ${ack.manageToken}` } });
      const body = (await res.json()) as { reference?: string; status?: string };
      if (res.status === 200 && body.reference === ack.reference && body.status === 'confirmed') present++;
      else lost.push(`${ack.reference} (round ${ack.round}): ${res.status}`);
    }
    return { present, lost };
  }

  function integrityCheck(): { result: string; bookings: number } {
    const db = new Database(dbFile, { fileMustExist: true });
    try {
      const result = String(db.pragma('integrity_check', { simple: true }));
      const bookings = (db.prepare('SELECT count(*) AS n FROM bookings').get() as { n: number }).n;
      return { result, bookings };
    } finally {
      db.close();
    }
  }

  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: book, kill -9 after a random number of acknowledgements, restart, nothing lost`, { timeout: 120_000 }, async (t) => {
      const started = performance.now();
      child = await startChild(dataDir);
      const api = `${child.url}/api/v1`;

      // The restart: everything acknowledged before the last kill is still there.
      const before = await checkAllPresent(api);
      assert.deepEqual(before.lost, [], 'acknowledged bookings lost after the previous kill');

      const offers = await freePlaces(api, (items) => rng.shuffle(items));
      const formToken = await newFormToken(api);
      // Leave free places for the rounds still to come (the demo data has about 2,000).
      const cap = Math.max(1, Math.min(MAX_ACKS, Math.floor(offers.length / (ROUNDS - round + 1))));
      const killAfter = rng.int(Math.ceil(cap / 10), cap);
      let acks = 0;
      let next = 0;
      let killed = false;
      const roundTotals = { sent: 0, acknowledged: 0, refused: 0, cutOff: 0 };
      const killing = { promise: undefined as Promise<void> | undefined };

      const worker = async () => {
        while (!killed && next < offers.length) {
          const offer = offers[next++]!;
          roundTotals.sent++;
          let answer: { status: number; body: BookingCreated };
          try {
            const res = await fetch(`${api}/consultations/bookings`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `crash-${SEED}-${round}-${next}` },
              body: JSON.stringify(bookingBody(offer, formToken)),
            });
            answer = { status: res.status, body: (await res.json()) as BookingCreated };
          } catch (error) {
            // The server died under this request: not acknowledged, so it may or may not exist.
            if (!killed) throw error;
            roundTotals.cutOff++;
            continue;
          }
          if (answer.status === 201) {
            acknowledged.push({ reference: answer.body.reference, manageToken: answer.body.manageToken, round });
            roundTotals.acknowledged++;
            if (++acks >= killAfter && !killed) {
              killed = true;
              killing.promise = kill9(child!);
            }
          } else {
            // A slot another request just filled (409) or a booking rule (422): never a 5xx.
            assert.ok(answer.status < 500, `booking answered ${answer.status}: ${JSON.stringify(answer.body)}`);
            roundTotals.refused++;
          }
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
      if (!killed) {
        // Out of free slots before the kill point: kill anyway (the data must still hold).
        killed = true;
        killing.promise = kill9(child);
      }
      await killing.promise;
      totals.kills++;
      child = undefined;

      assert.ok(offers.length === 0 || roundTotals.acknowledged > 0, 'the round booked something before the kill');
      const check = integrityCheck();
      assert.equal(check.result, 'ok', 'PRAGMA integrity_check after the kill');
      assert.ok(check.bookings >= acknowledged.length, `rows ${check.bookings} ≥ acknowledged ${acknowledged.length}`);

      for (const k of ['sent', 'acknowledged', 'refused', 'cutOff'] as const) totals[k] += roundTotals[k];
      t.diagnostic(
        `round ${round}: kill after ${killAfter} acks (free places ${offers.length}); sent ${roundTotals.sent}, acknowledged ${roundTotals.acknowledged}, ` +
          `refused ${roundTotals.refused}, cut off by the kill ${roundTotals.cutOff}; rows after the kill ${check.bookings}; ` +
          `integrity_check ${check.result}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    });
  }

  it('after the last kill: a restart finds every acknowledged booking', { timeout: 60_000 }, async (t) => {
    child = await startChild(dataDir);
    const { present, lost } = await checkAllPresent(`${child.url}/api/v1`);
    await kill9(child);
    child = undefined;
    totals.present = present;
    totals.lost = lost.length;
    const check = integrityCheck();
    t.diagnostic(
      `seed ${SEED}; ${totals.kills} kills; sent ${totals.sent}, acknowledged ${totals.acknowledged}, present ${present}, lost ${lost.length}, ` +
        `cut off by kills ${totals.cutOff}, refused ${totals.refused}; rows ${check.bookings}; integrity_check ${check.result}`,
    );
    assert.deepEqual(lost, []);
    assert.equal(present, acknowledged.length);
    assert.equal(check.result, 'ok');
  });
});
