/**
 * The Node example, run as a developer runs it: a child process against the real
 * reference server (demo data, on a loopback port), its output checked against what
 * the API itself answers. Then against a closed port: a clear message, exit code 1.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from '../../../packages/server/test/support/test-server.js';

const EXAMPLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs index.ts with HALL_API. The SDK is loaded from its sources (the `source`
 * condition, as in every test of this repository), so the test does not depend
 * on a fresh `npm run build`; `npm start` in examples/sdk-node uses the built SDK.
 */
function runExample(api: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'index.ts'],
      { cwd: EXAMPLE_DIR, env: { ...process.env, HALL_API: api }, timeout: 30_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A port on loopback that nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The output's sections: heading (without ■) → its lines. */
function sections(stdout: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const block of stdout.trim().split(/\n\n+/)) {
    const [heading = '', ...lines] = block.split('\n');
    assert.ok(heading.startsWith('■ '), `a section starts with ■: ${heading}`);
    found.set(heading.slice(2), lines);
  }
  return found;
}

const items = (lines: readonly string[]) => lines.filter((l) => l.startsWith('・')).map((l) => l.slice(1));

async function json<T>(url: string): Promise<T> {
  const res = await fetch(url);
  assert.equal(res.status, 200, url);
  return (await res.json()) as T;
}

/** Next month in Tokyo, as the example computes it. */
function nextMonthRange(ms: number): { from: string; to: string } {
  const d = new Date(ms + 9 * 3_600_000);
  const year = d.getUTCFullYear() + (d.getUTCMonth() === 11 ? 1 : 0);
  const month = ((d.getUTCMonth() + 1) % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(last).padStart(2, '0')}` };
}

describe('examples/sdk-node', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server?.close();
  });

  it('prints next month’s seminars, cashless shops open now and free slots, from the real API', async () => {
    const run = await runExample(server.api);
    assert.equal(run.code, 0, `exit code 0; stderr: ${run.stderr}`);
    assert.equal(run.stderr, '');
    const found = sections(run.stdout);
    const headings = [...found.keys()];
    assert.equal(headings.length, 3, headings.join(' | '));
    const [seminarHeading, shopHeading, slotHeading] = headings as [string, string, string];
    assert.match(seminarHeading, /^来月のセミナー（\d{4}年\d{1,2}月）$/);
    assert.match(shopHeading, /^営業中のキャッシュレス対応店（.+、\d{1,2}月\d{1,2}日\(.\) \d{1,2}:\d{2} 現在）$/);
    assert.match(slotHeading, /^相談の空き枠（.+、\d+分、今日から2週間）$/);

    // Seminars: exactly the seminars GET /events has for next month, in Japanese dates.
    const { from, to } = nextMonthRange(Date.now());
    const seminars = await json<{ items: Array<{ title: { ja: string }; start: string }>; total: number }>(
      `${server.api}/events?from=${from}&to=${to}&category=seminar&limit=500`,
    );
    assert.ok(seminars.total > 0, 'the demo data has seminars next month');
    const seminarLines = items(found.get(seminarHeading)!);
    assert.equal(seminarLines.length, seminars.total);
    for (const [i, line] of seminarLines.entries()) {
      const event = seminars.items[i]!;
      assert.match(line, /^\d{1,2}月\d{1,2}日\(.\) \d{1,2}:\d{2} /, line);
      assert.ok(line.includes(event.title.ja), `${line} names ${event.title.ja}`);
      const day = Number(event.start.slice(8, 10));
      assert.ok(line.startsWith(`${Number(event.start.slice(5, 7))}月${day}日`), `${line} is on ${event.start}`);
    }
    assert.equal(found.get(seminarHeading)!.at(-1), `（${seminars.total} 件）`);

    // Shops: of the first street; each one listed is a cashless shop of that street.
    const streets = await json<{ items: Array<{ id: string; name: { ja: string } }> }>(`${server.api}/streets`);
    const street = streets.items[0]!;
    assert.ok(shopHeading.includes(street.name.ja), `${shopHeading} names ${street.name.ja}`);
    const cashless = await json<{ items: Array<{ name: { ja: string }; payments: string[] }> }>(`${server.api}/shops?streetId=${street.id}&payment=cashless&limit=500`);
    const shopLines = items(found.get(shopHeading)!);
    for (const line of shopLines) {
      assert.ok(
        cashless.items.some((s) => line.startsWith(`${s.name.ja}（`)),
        `${line} is a cashless shop of ${street.name.ja}`,
      );
    }
    // How many are open depends on the hour; the section says so either way.
    assert.equal(found.get(shopHeading)!.at(-1), shopLines.length ? `（${shopLines.length} 件）` : '（いま営業中の店はありません）');

    // Slots: the first service's, at least one line with a time range, channels and places left.
    const services = await json<{ items: Array<{ id: string; title: { ja: string } }> }>(`${server.api}/consultations/services`);
    assert.ok(slotHeading.includes(services.items[0]!.title.ja));
    const slotLines = items(found.get(slotHeading)!);
    assert.ok(slotLines.length >= 1, 'at least one free slot is shown');
    for (const line of slotLines) assert.match(line, /^\d{1,2}月\d{1,2}日\(.\) \d{1,2}:\d{2}〜\d{1,2}:\d{2} (対面|電話|オンライン|出張)(・(対面|電話|オンライン|出張))* 残り\d+$/, line);

    // No personal data: not even the advisors' names.
    const advisors = await json<{ items: Array<{ displayName: { ja: string } }> }>(`${server.api}/consultations/advisors`);
    for (const advisor of advisors.items) assert.ok(!run.stdout.includes(advisor.displayName.ja), `${advisor.displayName.ja} is not printed`);
    assert.doesNotMatch(run.stdout, /@|\b0\d{1,4}-\d{1,4}-\d{3,4}\b/, 'no e-mail address or phone number');
  });

  it('exits 1 with a clear message when no server is running', async () => {
    const port = await closedPort();
    const api = `http://127.0.0.1:${port}/api/v1`;
    const started = Date.now();
    const run = await runExample(api);
    assert.equal(run.code, 1, `exit code 1; stdout: ${run.stdout}; stderr: ${run.stderr}`);
    assert.equal(run.stdout, '', 'no half-printed sections');
    assert.equal(run.stderr.trim(), `Cannot reach the hall API at ${api} (ECONNREFUSED). Is the server running? Start it with \`npm start\`, or set HALL_API.`);
    assert.ok(Date.now() - started < 15_000, 'gives up within a few seconds (two quick retries)');
  });
});
