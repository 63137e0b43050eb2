/**
 * docs/sdk.md says "The snippets below run against the reference server". This
 * test holds it to that: every ```ts block of the guide, in order, runs against
 * the real server with the demo data set, one test per block named by its heading
 * and line, so a failure points at the doc.
 *
 * How a block runs: it is written, as it stands, into a module under `.tmp/` (git-
 * ignored) and imported (tsx strips the types). `http://127.0.0.1:8787` becomes
 * the test server's URL. The module starts with the prelude the guide states
 * ("The examples assume: … const hall = createHallClient(…)", taken from the doc
 * itself), the block's own imports hoisted and merged with the prelude's (so the
 * doc's imports must resolve), and `console` captured. The block's body sits in a
 * `{ … }` of its own: blocks re-declare `hall`, `slots`, `page` … freely. A block
 * passes when its module finishes without throwing.
 *
 * The clock stands at Thursday 2026-11-26 10:00 Japan time, and the demo data
 * (dates relative to "today") is built for that day, so the guide's dated
 * snippets (December 2026 slots, events, the 2026-04..2027-03 stats) stay valid
 * in later years.
 *
 * Names the guide leaves to the reader's page (see PAGE_NAMES) are defined for
 * the blocks that use them and do not declare them themselves.
 *
 * A block that is not runnable code is skipped only with a visible marker on the
 * line before it in the doc: `<!-- not run: why -->`. The skipped blocks are
 * listed, and there may be at most MAX_SKIPPED of them.
 *
 * HALL_KEEP_DOC_SNIPPETS=1 keeps the generated modules (their `logs` export holds
 * what each block printed) for a look after a failure.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { startTestServer, type TestServer } from '../../server/test/support/test-server.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DOC = 'docs/sdk.md';
const DOC_URL = 'http://127.0.0.1:8787';
const NOW = Date.parse('2026-11-26T10:00:00+09:00');
const MAX_SKIPPED = 3;
const NOT_RUN = /^<!--\s*not run:\s*(.+?)\s*-->$/;

/**
 * The page's own functions and form input that the error-handling snippet calls
 * without defining (it is about the catch branches, not the form). `input` has a
 * malformed e-mail address, so the block takes its first branch
 * (HallInvalidInputError, nothing sent) and shows the field error.
 */
const PAGE_NAMES: Record<string, string> = {
  showFieldError: 'const showFieldError = (field: string, message: string) => console.log("field", field, message);',
  showMessage: 'const showMessage = (message: string) => console.log("message", message);',
  offerTryAgain: 'const offerTryAgain = () => console.log("try again");',
  input: `const input: Parameters<typeof hall.consultations.book>[0] = {
  slotId: 'startup.sato.20261216T1000', channel: 'in_person',
  applicant: { name: '山田 花子', furigana: 'やまだ はなこ', email: 'not-an-address', phone: '090-1234-5678', applicantType: 'prospective_founder' },
  topic: { category: 'startup', text: '開業資金' }, consents: { purposeOfUse: true, privacyNotice: true }, formToken: 'x',
};`,
};

interface Block {
  line: number; // the opening fence's line, 1-based
  heading: string;
  code: string;
  skip: string | null;
}

function extractBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  let heading = '(top)';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^```(\S*)/.exec(line);
    if (fence) {
      let end = i + 1;
      while (end < lines.length && !lines[end]!.startsWith('```')) end++;
      if (fence[1] === 'ts') {
        let before = i - 1;
        while (before >= 0 && lines[before]!.trim() === '') before--;
        const marker = before >= 0 ? NOT_RUN.exec(lines[before]!.trim()) : null;
        blocks.push({ line: i + 1, heading, code: lines.slice(i + 1, end).join('\n'), skip: marker ? marker[1]! : null });
      }
      i = end;
      continue;
    }
    const h = /^#{1,6}\s+(.*)$/.exec(line);
    if (h) heading = h[1]!.trim();
  }
  return blocks;
}

/** Single-line `import { a, type B } from 'x';` and `import type { C } from 'x';`. */
const IMPORT = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';?\s*$/;

/**
 * Splits a block into its imports and the rest (imports must be hoisted out of the
 * `{ … }`). An import leaves an empty line, so the body keeps the doc's line numbers.
 */
function splitImports(code: string): { imports: Map<string, Set<string>>; body: string } {
  const imports = new Map<string, Set<string>>();
  const body: string[] = [];
  for (const line of code.split('\n')) {
    const m = IMPORT.exec(line.trim());
    if (!m) {
      assert.ok(!/^\s*import\s/.test(line), `an import the test cannot hoist: ${line}`);
      body.push(line);
      continue;
    }
    body.push('');
    const names = imports.get(m[3]!) ?? new Set<string>();
    for (const raw of m[2]!.split(',')) {
      const name = raw.trim();
      if (name) names.add(m[1] && !name.startsWith('type ') ? `type ${name}` : name);
    }
    imports.set(m[3]!, names);
  }
  return { imports, body: body.join('\n') };
}

/** The generated module's text, and the line of its `{` (the doc's fence line, for mapping). */
function moduleFor(block: Block, prelude: string, serverUrl: string): { text: string; braceLine: number } {
  const withServer = (text: string) => text.replaceAll(DOC_URL, serverUrl);
  const own = splitImports(withServer(block.code));
  const assumed = splitImports(withServer(prelude));
  const imports = new Map(assumed.imports);
  for (const [from, names] of own.imports) imports.set(from, new Set([...(imports.get(from) ?? []), ...names]));
  const importLines = [...imports].map(([from, names]) => `import { ${[...names].join(', ')} } from '${from}';`);
  const declares = (name: string) => new RegExp(`\\b(const|let|var|function)\\s+${name}\\b`).test(own.body);
  const pageNames = Object.entries(PAGE_NAMES)
    .filter(([name]) => new RegExp(`\\b${name}\\b`).test(own.body) && !declares(name))
    .map(([, code]) => code);
  const head = [
    `// Generated by packages/sdk/test/docs-snippets.test.ts from ${DOC}:${block.line} (${block.heading}).`,
    ...importLines,
    'export const logs: unknown[][] = [];',
    'const console = Object.fromEntries(["log", "debug", "info", "warn", "error"].map((k) => [k, (...args: unknown[]) => { logs.push([k, ...args]); }])) as unknown as Pick<Console, "log" | "debug" | "info" | "warn" | "error">;',
    assumed.body,
    ...pageNames,
  ].join('\n').split('\n');
  return { text: [...head, '{', own.body, '}', ''].join('\n'), braceLine: head.length + 1 };
}

const markdown = readFileSync(path.join(ROOT, DOC), 'utf8');
const blocks = extractBlocks(markdown);
/** The client "the examples assume", as the guide writes it. */
const preludeMatch = /The examples assume:\s*\n+```ts\n([\s\S]*?)\n```/.exec(markdown);

let server: TestServer;
let dir: string;
/** Generated file name → the doc block it came from and the line of its `{`. */
const generated = new Map<string, { block: Block; braceLine: number }>();
const fileOf = (block: Block) => path.join(dir, `line-${block.line}.ts`);

before(async () => {
  server = await startTestServer({ now: () => NOW });
  mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  dir = mkdtempSync(path.join(ROOT, '.tmp', 'docs-snippets-'));
  for (const block of blocks) {
    if (block.skip !== null) continue;
    const { text, braceLine } = moduleFor(block, preludeMatch![1]!, server.url);
    writeFileSync(fileOf(block), text);
    generated.set(path.basename(fileOf(block)), { block, braceLine });
  }
  // The repository's compiler options (strict, `source` condition), for the generated files only.
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ extends: path.join(ROOT, 'tsconfig.base.json'), compilerOptions: { noEmit: true }, include: ['*.ts'] }));
});

after(async () => {
  await server?.close();
  if (dir && !process.env.HALL_KEEP_DOC_SNIPPETS) rmSync(dir, { recursive: true, force: true });
});

describe(`${DOC} snippets run against the reference server`, () => {
  it('has ts blocks, the prelude the examples assume, and few blocks not run', (t) => {
    assert.ok(blocks.length >= 10, `found only ${blocks.length} ts blocks`);
    assert.ok(preludeMatch, 'the guide no longer says "The examples assume:" followed by a ts block');
    const skipped = blocks.filter((b) => b.skip !== null);
    for (const b of skipped) t.diagnostic(`not run: ${DOC}:${b.line} (${b.heading}): ${b.skip}`);
    t.diagnostic(`${blocks.length - skipped.length} blocks run, ${skipped.length} not run`);
    assert.ok(skipped.length <= MAX_SKIPPED, `${skipped.length} blocks are marked "not run" (at most ${MAX_SKIPPED})`);
  });

  for (const block of blocks) {
    const name = `${block.heading} (${DOC}:${block.line})`;
    if (block.skip !== null) {
      it(name, { skip: `not run: ${block.skip}` }, () => {});
      continue;
    }
    it(name, async () => {
      const file = fileOf(block);
      await import(pathToFileURL(file).href);
    });
  }

  // Types are stripped when the blocks run; this checks them (a type import that
  // does not resolve, a wrong property) with the repository's compiler options.
  it('the snippets type-check', () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const run = spawnSync(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    // Point each message at the doc: "line-361.ts(12,5)" → "docs/sdk.md:363:5".
    const messages = run.stdout.replace(/^(?:.*[\\/])?(line-\d+\.ts)\((\d+),(\d+)\)/gm, (whole, file: string, line: string, col: string) => {
      const g = generated.get(file);
      const n = Number(line) - (g?.braceLine ?? 0);
      return g && n > 0 ? `${DOC}:${g.block.line + n}:${col}` : whole;
    });
    assert.equal(run.status, 0, `the snippets do not type-check:\n${messages}${run.stderr}`);
  });
});
