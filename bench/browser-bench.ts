/**
 * What the browser benchmarks (calendar.ts, directory.ts) share on the Node side: a page's
 * bundle made with esbuild, and a server on 127.0.0.1 that serves pages and bundles from
 * memory. Nothing leaves the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The font families fontconfig offers Chromium for Japanese here (`fc-list :lang=ja`: Noto Sans
 * CJK JP, IPAGothic, …); undefined when fc-list did not run (e.g. macOS, which always has
 * Japanese fonts). They change the timings: without one, every Japanese glyph goes through font
 * fallback on every layout and is then drawn as an empty box (the machine kind has none until
 * fonts-noto-cjk is installed). Read once per process.
 */
export function japaneseFonts(): string[] | undefined {
  fontsRead ??= { families: listJapaneseFonts() };
  return fontsRead.families;
}
let fontsRead: { families: string[] | undefined } | undefined;

function listJapaneseFonts(): string[] | undefined {
  try {
    const listed = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
    return [...new Set(listed.split('\n').flatMap((line) => line.split(',')).map((name) => name.trim()).filter(Boolean))].sort();
  } catch {
    return undefined;
  }
}

/** How to get a Japanese font on the machine kind (Debian), for a report that has none. */
export const JAPANESE_FONT_HINT = 'apt-get install fonts-noto-cjk';

/** The "met" cell of a frame timing on a machine without a Japanese font. */
export const NO_JAPANESE_FONT = 'not judged (no Japanese font)';

/**
 * Whether a browser benchmark's frame targets can be judged on this machine: not when fontconfig
 * lists no font for Japanese. Every visitor of a Japanese site has one (Windows, macOS, iOS and
 * Android ship them), and a machine without one measures Chromium searching for glyphs it never
 * finds, text no one can read. The figures are still reported. Where fc-list cannot tell: judged
 * on macOS and Windows (which ship Japanese fonts), not on Linux.
 */
export function judgeableFonts(): boolean {
  const families = japaneseFonts();
  return families === undefined ? process.platform !== 'linux' : families.length > 0;
}

/** The fonts as a sentence for a report's notes (the JP families where there are any, as Noto lists KR, SC, … too). */
export function japaneseFontsNote(): string {
  const families = japaneseFonts();
  if (!families) {
    return process.platform === 'linux'
      ? `Japanese fonts: unknown (fc-list did not run), so the frame targets are not judged; install fontconfig and a Japanese font (Debian: \`${JAPANESE_FONT_HINT}\`) and run again.`
      : 'Japanese fonts: not listed (no fc-list); this system ships Japanese fonts, so the targets are judged.';
  }
  const named = families.filter((name) => / JP$/.test(name));
  return families.length
    ? `Fonts for Japanese on this machine (\`fc-list :lang=ja\`): ${(named.length ? named : families).join(', ')}; both libraries draw Japanese with them.`
    : `**This machine has no Japanese fonts** (\`fc-list :lang=ja\` lists none): every Japanese glyph goes through font fallback, in both libraries, and is drawn as an empty box. No visitor of a Japanese site is in that state, so the frame targets are not judged; install one (Debian: \`${JAPANESE_FONT_HINT}\`) and run again.`;
}

/** What `whenCpuQuiet` saw: how long it waited, and whether the machine went quiet in that time. */
export interface QuietWait {
  waitedMs: number;
  quiet: boolean;
}

/** Busy and total CPU time of the whole machine so far (Linux's /proc/stat, in clock ticks). */
function cpuTicks(): { busy: number; total: number } | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, n) => sum + n, 0);
  // idle and iowait are the machine waiting; everything else (user, system, irq, steal…) is busy.
  return { busy: total - fields[3]! - (fields[4] ?? 0), total };
}

/** What counts as quiet, and how long to wait for it at most (`whenCpuQuiet`, `quietNote`). */
const QUIET = { windowMs: 100, windows: 2, busyShare: 0.1, maxMs: 3000 };

/**
 * Waits until the whole machine has been quiet for `windows` windows of `windowMs` in a row
 * (at most `busyShare` of its CPU time busy in each), and at most `maxMs`.
 *
 * Why: a fresh Chromium page keeps its renderer busy for a few hundred ms after it has loaded
 * (on this 2-core machine ≈ 0.5 s of CPU for a page holding one line of text: fonts, the
 * first layout, background threads). A clock started in that time measures that work as
 * well, and only for the pages whose own set-up was short (a trace showed the calendar's
 * main thread getting 30 ms of CPU in 59 ms of wall time then). Both libraries wait alike.
 * Where /proc/stat does not exist it waits `maxMs` / 4 and reports the machine as not quiet.
 */
export async function whenCpuQuiet(options: Partial<typeof QUIET> = {}): Promise<QuietWait> {
  const { windowMs, windows, busyShare, maxMs } = { ...QUIET, ...options };
  const start = performance.now();
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let previous = cpuTicks();
  if (!previous) {
    await sleep(maxMs / 4);
    return { waitedMs: performance.now() - start, quiet: false };
  }
  let quietWindows = 0;
  while (performance.now() - start < maxMs) {
    await sleep(windowMs);
    const now = cpuTicks()!;
    const total = now.total - previous.total;
    quietWindows = total > 0 && (now.busy - previous.busy) / total <= busyShare ? quietWindows + 1 : 0;
    previous = now;
    if (quietWindows >= windows) return { waitedMs: performance.now() - start, quiet: true };
  }
  return { waitedMs: performance.now() - start, quiet: false };
}

/** `whenCpuQuiet`'s waits, as a sentence for a report's notes. */
export function quietNote(waits: readonly QuietWait[]): string {
  if (waits.length === 0) return 'No page waited for a quiet machine.';
  const ms = waits.map((w) => w.waitedMs).sort((a, b) => a - b);
  const middle = Math.floor(ms.length / 2);
  const median = ms.length % 2 ? ms[middle]! : (ms[middle - 1]! + ms[middle]!) / 2;
  const quiet = waits.filter((w) => w.quiet).length;
  return (
    'Before each first clock, for every library alike, the bench waited until the whole machine had been quiet ' +
    `(at most ${QUIET.busyShare * 100} % of its CPU busy) for ${QUIET.windows} windows of ${QUIET.windowMs} ms in a row: a fresh page keeps its renderer busy for a few hundred ms ` +
    'after it has loaded, and a clock started in that time measured that work too. ' +
    `Waits: median ${Math.round(median)} ms (${Math.round(ms[0]!)}–${Math.round(ms[ms.length - 1]!)}); ` +
    `${quiet} of ${waits.length} pages went quiet within ${QUIET.maxMs / 1000} s${quiet < waits.length ? ` (the others started after ${QUIET.maxMs / 1000} s anyway)` : ''}.`
  );
}

/**
 * Runs `script` (an expression returning a promise) in `page` and, once the page waits at
 * `gate()` (page-timing.ts), lets it go on when the machine is quiet (`whenCpuQuiet`). Returns
 * the script's result and what the wait saw.
 */
export async function startWhenQuiet<T>(page: Page, script: string, timeoutMs: number): Promise<{ result: T; wait: QuietWait }> {
  const running = page.evaluate(script) as Promise<T>;
  const atGate = page.waitForFunction('typeof window.__benchGo === "function"', undefined, { polling: 20, timeout: timeoutMs });
  // Whichever fails first is reported; the other's failure is then of no interest.
  running.catch(() => {});
  atGate.catch(() => {});
  await Promise.race([atGate, running]);
  const wait = await whenCpuQuiet();
  await page.evaluate('window.__benchGo()');
  return { result: await running, wait };
}

export interface Bundle {
  js: string;
  css: string;
}

/**
 * `contents` (an entry module's source) bundled for a browser page, ESM, ES2022.
 * `source`: our packages from their TypeScript sources (condition `source`), so a bench
 * measures the working tree without `npm run build`.
 */
export async function bundleForBrowser(contents: string, options: { source?: boolean; minify?: boolean } = {}): Promise<Bundle> {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    minify: options.minify ?? true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    ...(options.source ? { conditions: ['source'], tsconfig: path.join(ROOT, 'tsconfig.base.json') } : {}),
    legalComments: 'none',
    outdir: path.join(ROOT, 'bench/.out'),
    write: false,
    logLevel: 'silent',
  });
  let js = '';
  let css = '';
  for (const file of result.outputFiles) {
    if (file.path.endsWith('.js')) js += file.text;
    else if (file.path.endsWith('.css')) css += file.text;
  }
  return { js, css };
}

let profilesSaved = 0;

/**
 * With `dir` set (a bench's BENCH_*_PROFILE): starts a CPU profile of `page` (CDP, a sample every
 * 100 µs) and returns the function that stops it and saves it as `<dir>/<nn>-<name>.cpuprofile`,
 * for Chrome DevTools. Without `dir`: nothing, and a function that does nothing.
 */
export async function startCpuProfile(context: BrowserContext, page: Page, dir: string | undefined, name: string): Promise<() => Promise<void>> {
  if (!dir) return async () => {};
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${String(++profilesSaved).padStart(2, '0')}-${name}.cpuprofile`), JSON.stringify(profile));
  };
}

let tracesSaved = 0;

/**
 * With `dir` set (a bench's BENCH_*_TRACE): starts a Chrome trace of `page` (style, layout,
 * paint, user timing marks, and JavaScript samples on the same clock) and returns the function
 * that stops it, saved as `<dir>/<nn>-<name>.json` for DevTools' Performance panel. Without
 * `dir`: nothing, and a function that does nothing.
 */
export async function startTrace(page: Page, dir: string | undefined, name: string): Promise<() => Promise<void>> {
  const browser = page.context().browser();
  if (!dir || !browser) return async () => {};
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${String(++tracesSaved).padStart(2, '0')}-${name}.json`);
  // BENCH_TRACE_CATEGORIES adds categories, comma-separated: `fonts,blink` shows text shaping and
  // font lookups inside Layout, `v8,disabled-by-default-v8.gc` the compiler and GC threads.
  const extra = (process.env.BENCH_TRACE_CATEGORIES ?? '').split(',').map((c) => c.trim()).filter(Boolean);
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', ...extra];
  await browser.startTracing(page, { path: file, screenshots: false, categories });
  return async () => void (await browser.stopTracing());
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

export type MemoryFiles = Map<string, { type: string; body: string }>;

/**
 * `files` by path on 127.0.0.1, never cached, with `headers` on every answer. `handle` may
 * answer a request first (an API of the bench's own); it returns false to leave it to `files`.
 */
export async function serveFromMemory(
  files: MemoryFiles,
  options: { headers?: Record<string, string>; handle?: (url: URL, req: http.IncomingMessage, res: http.ServerResponse) => boolean } = {},
): Promise<Served> {
  const headers = { 'Cache-Control': 'no-store', ...options.headers };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (options.handle?.(url, req, res)) return;
    const file = files.get(url.pathname);
    if (!file) return void res.writeHead(404, headers).end();
    res.writeHead(200, { ...headers, 'Content-Type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
