/**
 * The SDK's size in a browser bundle (minified, gzip -9), every dependency included.
 * The target is 15 KB (targets.md); the SDK on ky 2 cannot meet it (ADR 0006, proposed),
 * so until that is decided this holds it to a ceiling just above today's size and
 * reports how far it is from the target. Raised from 26 KB on 2026-11-27 for courses listed per
 * session (+0.3 KB: the contract checks a course's schedule, `includeHall`, `IcsQuery`).
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';

const TARGET = 15 * 1024;
const CEILING = 26.5 * 1024;

async function bundle(entry: string, alias: Record<string, string> = {}): Promise<string> {
  return bundleOf({ entryPoints: [new URL(entry, import.meta.url).pathname] }, alias);
}

/** A consumer's module (`contents`, importing from `../src/…`) bundled as a page would. */
async function bundleSource(contents: string): Promise<string> {
  return bundleOf({ stdin: { contents, resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts' } });
}

async function bundleOf(input: Pick<BuildOptions, 'entryPoints' | 'stdin'>, alias: Record<string, string> = {}): Promise<string> {
  const result = await build({
    ...input,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source'],
    alias,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

async function gzipSize(entry: string, alias: Record<string, string> = {}): Promise<number> {
  return gzipSync(await bundle(entry, alias), { level: 9 }).length;
}

it(`keeps the whole SDK under its ${CEILING / 1024} KB ceiling and reports the gap to the ${TARGET / 1024} KB target`, async (t) => {
  const whole = await gzipSize('../src/index.ts');
  const contract = await gzipSize('../src/schemas/index.ts');
  t.diagnostic(`SDK (ky + zod/mini + schemas + client): ${(whole / 1024).toFixed(1)} KB gzip; contract alone ${(contract / 1024).toFixed(1)} KB; target ${TARGET / 1024} KB: ${whole <= TARGET ? 'met' : `over by ${((whole - TARGET) / 1024).toFixed(1)} KB`}`);
  assert.ok(contract < whole, 'the measurement includes the client, not only the schemas');
  assert.ok(whole <= CEILING, `${whole} bytes gzip`);
});

it('keeps zod\'s schema compiler (which needs `new Function`) out of the browser bundle, and in the Node entry', async () => {
  // The marker is the symbol zod's compiled code returns on failure (zod/v4/core/compile.js).
  const marker = 'zod.compile.invalid';
  assert.ok(!(await bundle('../src/index.ts')).includes(marker), 'the browser entry bundles no compiler');
  assert.ok((await bundle('../src/node.ts')).includes(marker), 'the Node entry does (the check can fail)');
});

it('configures zod jitless in every bundle, whatever part of the SDK a page imports', async () => {
  // schemas/zod.ts sets it as a side effect, before the first schema is built; a bundler that
  // trusts `sideEffects` drops that module unless package.json names it (its exports are all
  // zod's own, re-exported). Without jitless, zod probes `new Function` under a strict CSP.
  const jitless = /\bjitless:\s*(?:!0|true)\b/;
  for (const [what, contents] of [
    ['the client', `import { createHallClient } from '../src/index.ts'; console.log(createHallClient);`],
    ['one resource', `import { createHallContext, EventsResource } from '../src/index.ts'; console.log(new EventsResource(createHallContext({ baseUrl: '/api' })));`],
    ['a schema', `import { Shop } from '../src/schemas/index.ts'; console.log(Shop);`],
  ] as const) {
    assert.ok(jitless.test(await bundleSource(contents)), `${what}: bundled without config({ jitless: true })`);
  }
});

it('bundles only the schemas of the resources a page builds (createHallContext)', async (t) => {
  const whole = await bundleSource(`import { createHallClient } from '../src/index.ts'; console.log(createHallClient({ baseUrl: '/api' }));`);
  const events = await bundleSource(
    `import { createHallContext, CalendarResource, EventsResource } from '../src/index.ts';
     const context = createHallContext({ baseUrl: '/api' });
     console.log(new EventsResource(context), new CalendarResource(context));`,
  );
  const gz = (code: string) => gzipSync(code, { level: 9 }).length;
  t.diagnostic(`events + calendar resources: ${(gz(events) / 1024).toFixed(1)} KB gzip; the whole client: ${(gz(whole) / 1024).toFixed(1)} KB`);
  // A shop's payment methods and services (schemas/shop.ts) are in no event schema.
  for (const marker of ['credit_card', 'tax_free']) {
    assert.ok(whole.includes(marker), `the whole client has ${marker} (the check can fail)`);
    assert.ok(!events.includes(marker), `an events-only bundle has ${marker}`);
  }
});
