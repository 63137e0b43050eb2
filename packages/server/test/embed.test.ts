/**
 * The embed pages at /embed/*: one framable HTML document per widget for sites that
 * strip <script>. One bundle, one element whose attributes come from validated query
 * parameters (a bad one is the API's 400 problem, never echoed), the site's strict CSP
 * with `frame-ancestors` from the configuration, and no X-Frame-Options.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config.js';
import { renderEmbedPage } from '../src/routes/embed.js';
import { contentSecurityPolicy, SITE_CSP, WIDGETS_NOT_BUILT } from '../src/routes/static.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const PAGES = [
  { path: '/embed/calendar', bundle: 'hall-event-calendar.js', tag: 'hall-event-calendar' },
  { path: '/embed/shops', bundle: 'hall-shop-directory.js', tag: 'hall-shop-directory' },
  { path: '/embed/booking', bundle: 'hall-consultation-booking.js', tag: 'hall-consultation-booking' },
] as const;

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors *";

/** The opening tag of `tag` in `html`. */
function openingTag(html: string, tag: string): string {
  const match = new RegExp(`<${tag}[^>]*>`).exec(html);
  assert.ok(match, `no <${tag}> in the page`);
  return match[0];
}

interface ProblemBody {
  type: string;
  status: number;
  errors?: Array<{ field: string; code: string; message: string }>;
}

describe('embed pages at /embed/*', () => {
  let server: TestServer;
  let widgetsDir: string;

  before(async () => {
    // The pages only name the bundles; an empty folder stands for a built one.
    widgetsDir = mkdtempSync(path.join(tmpdir(), 'hall-widgets-'));
    server = await startTestServer({ config: { widgetsDir, accessLog: false } });
  });
  after(async () => {
    await server.close();
    rmSync(widgetsDir, { recursive: true, force: true });
  });

  it('answers each page: a complete document with one module script and its element', async () => {
    for (const { path: pagePath, bundle, tag } of PAGES) {
      const response = await fetch(`${server.url}${pagePath}`);
      assert.equal(response.status, 200, pagePath);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
      const html = await response.text();
      assert.match(html, /^<!doctype html>\n<html lang="ja">/);
      assert.match(html, /<meta charset="utf-8">/);
      assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
      assert.match(html, /<title>[^<]+<\/title>/);
      assert.match(html, /<link rel="stylesheet" href="\/embed\/embed\.css">/);
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      assert.deepEqual(scripts, [`<script type="module" src="/widgets/${bundle}">`], `${pagePath}: one module script, nothing inline`);
      assert.match(html, /<script [^>]*><\/script>/, 'the script has no body');
      assert.doesNotMatch(html, /style=|<style/);
      assert.equal(openingTag(html, tag), `<${tag} api-base="/api/v1" lang="ja">`);
      assert.ok(html.includes(`</${tag}>`));
    }
  });

  it('sends the strict CSP with frame-ancestors * by default, and no X-Frame-Options', async () => {
    for (const pagePath of [...PAGES.map((p) => p.path), '/embed/embed.css']) {
      const response = await fetch(`${server.url}${pagePath}`);
      assert.equal(response.status, 200, pagePath);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.equal(csp, EXPECTED_CSP, pagePath);
      assert.equal(csp, contentSecurityPolicy(['*']));
      assert.doesNotMatch(csp, /unsafe-/);
      assert.equal(response.headers.get('x-frame-options'), null);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
      assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
      await response.arrayBuffer();
    }
    // Only the frame-ancestors directive differs from the site's policy.
    assert.equal(EXPECTED_CSP.replace(/frame-ancestors \*$/, "frame-ancestors 'self'"), SITE_CSP);
  });

  it('serves the stylesheet: no margin, transparent background, room for focus rings', async () => {
    const response = await fetch(`${server.url}/embed/embed.css`);
    assert.match(response.headers.get('content-type') ?? '', /^text\/css; charset=utf-8$/);
    const css = await response.text();
    assert.match(css, /margin:0/);
    assert.match(css, /background:transparent/);
    assert.match(css, /padding:6px/);
  });

  it('answers 304 to a revalidation with the ETag', async () => {
    const first = await fetch(`${server.url}/embed/calendar?lang=en`);
    await first.text();
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(`${server.url}/embed/calendar?lang=en`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  it('passes valid parameters to the element as attributes; lang=en gives <html lang="en">', async () => {
    const calendar = await (await fetch(`${server.url}/embed/calendar?lang=en&theme=dark&era=true&street=hikari&categories=seminar%20fair,course&view=list&week-start=mon`)).text();
    assert.match(calendar, /^<!doctype html>\n<html lang="en">/);
    assert.match(calendar, /<title>Event calendar<\/title>/);
    assert.equal(
      openingTag(calendar, 'hall-event-calendar'),
      '<hall-event-calendar api-base="/api/v1" lang="en" theme="dark" era street="hikari" categories="seminar fair course" view="list" week-start="mon">',
    );

    const shops = await (await fetch(`${server.url}/embed/shops?street=hikari&theme=auto&era=false`)).text();
    assert.equal(openingTag(shops, 'hall-shop-directory'), '<hall-shop-directory api-base="/api/v1" lang="ja" theme="auto" street="hikari">');

    const booking = await (await fetch(`${server.url}/embed/booking?service=startup&source=hikari&lang=ja`)).text();
    assert.equal(openingTag(booking, 'hall-consultation-booking'), '<hall-consultation-booking api-base="/api/v1" lang="ja" service="startup" source="hikari">');
  });

  it('ignores unknown parameters, including the booking’s reference and manage token', async () => {
    const response = await fetch(`${server.url}/embed/booking?utm_source=jimdo&reference=PH-1&manage-token=secret&onload=alert(1)&%22%3E=x`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.equal(openingTag(html, 'hall-consultation-booking'), '<hall-consultation-booking api-base="/api/v1" lang="ja">');
    assert.doesNotMatch(html, /secret|PH-1|alert|jimdo/);
  });

  it('refuses hostile or wrong values with the API’s 400 problem and field errors, never echoing them', async () => {
    const hostile = '"><script>alert(1)</script>';
    const cases: Array<{ url: string; fields: string[] }> = [
      { url: `/embed/calendar?street=${encodeURIComponent(hostile)}`, fields: ['query.street'] },
      { url: `/embed/calendar?categories=${encodeURIComponent(`seminar ${hostile}`)}`, fields: ['query.categories.1'] },
      { url: `/embed/calendar?categories=`, fields: ['query.categories'] },
      { url: `/embed/calendar?view=${encodeURIComponent('javascript:alert(1)')}&week-start=tue`, fields: ['query.view', 'query.week-start'] },
      { url: `/embed/calendar?lang=${encodeURIComponent(hostile)}&theme=javascript:`, fields: ['query.lang', 'query.theme'] },
      { url: `/embed/calendar?era=${encodeURIComponent(hostile)}`, fields: ['query.era'] },
      { url: `/embed/calendar?lang=en&lang=ja`, fields: ['query.lang'] },
      { url: `/embed/shops?street=${encodeURIComponent('javascript:alert(1)')}`, fields: ['query.street'] },
      { url: `/embed/booking?service=${encodeURIComponent(hostile)}&source=${encodeURIComponent("' onfocus='alert(1)")}`, fields: ['query.service', 'query.source'] },
    ];
    for (const { url, fields } of cases) {
      const response = await fetch(`${server.url}${url}`);
      assert.equal(response.status, 400, url);
      assert.equal(response.headers.get('content-type'), 'application/problem+json', url);
      const text = await response.text();
      assert.doesNotMatch(text, /<script|alert|javascript:|onfocus/, `${url}: the answer echoes the value`);
      const body = JSON.parse(text) as ProblemBody;
      assert.equal(body.type, '/problems/validation', url);
      assert.equal(body.status, 400);
      assert.deepEqual(
        body.errors?.map((e) => e.field),
        fields,
        url,
      );
      for (const error of body.errors ?? []) assert.ok(error.code && error.message, `${url}: ${error.field} has a code and a message`);
    }
  });

  it('escapes every value it writes into the page (validation is not the only guard)', () => {
    const html = renderEmbedPage({ tag: 'hall-shop-directory', bundle: 'hall-shop-directory.js', title: { ja: '<b>', en: '<b>' } }, 'ja', { street: '"><script>alert(1)</script>' });
    assert.doesNotMatch(html, /<script>alert|<b>/);
    assert.ok(html.includes('street="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'));
    assert.ok(html.includes('<title>&lt;b&gt;</title>'));
  });
});

describe('embed pages: configuration', () => {
  it('takes frame-ancestors from the configuration', async () => {
    const widgetsDir = mkdtempSync(path.join(tmpdir(), 'hall-widgets-'));
    const server = await startTestServer({ config: { widgetsDir, accessLog: false, embedFrameAncestors: ['https://street.example.jp', 'https://*.jimdofree.com'] } });
    try {
      const response = await fetch(`${server.url}/embed/shops`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-security-policy'), EXPECTED_CSP.replace(/\*$/, 'https://street.example.jp https://*.jimdofree.com'));
      await response.text();
    } finally {
      await server.close();
      rmSync(widgetsDir, { recursive: true, force: true });
    }
  });

  it('reads HALL_EMBED_FRAME_ANCESTORS: space-separated sources, * by default, nothing that could add a directive', () => {
    assert.deepEqual(loadConfig({}).embedFrameAncestors, ['*']);
    assert.deepEqual(loadConfig({ HALL_EMBED_FRAME_ANCESTORS: '' }).embedFrameAncestors, ['*']);
    assert.deepEqual(loadConfig({ HALL_EMBED_FRAME_ANCESTORS: " https://a.example.jp  'self'\thttps://*.wixsite.com http://localhost:8080 " }).embedFrameAncestors, [
      'https://a.example.jp',
      "'self'",
      'https://*.wixsite.com',
      'http://localhost:8080',
    ]);
    assert.deepEqual(loadConfig({ HALL_EMBED_FRAME_ANCESTORS: "'none'" }).embedFrameAncestors, ["'none'"]);
    for (const bad of ["https://a.example.jp; script-src 'unsafe-inline'", 'https://a.example.jp,https://b.example.jp', 'https://a.example.jp/path', "'unsafe-inline'", "'none' https://a.example.jp"]) {
      assert.throws(() => loadConfig({ HALL_EMBED_FRAME_ANCESTORS: bad }), ConfigError, bad);
    }
  });

  it('says the bundles are missing when /widgets/ is not built, or not served', async () => {
    const missing = path.join(tmpdir(), `hall-widgets-missing-${process.pid}`);
    for (const [widgetsDir, detail] of [
      [missing, WIDGETS_NOT_BUILT],
      [null, /HALL_WIDGETS_DIR/],
    ] as const) {
      const server = await startTestServer({ config: { widgetsDir, accessLog: false } });
      try {
        for (const pagePath of ['/embed/calendar', '/embed/booking?lang=en']) {
          const response = await fetch(`${server.url}${pagePath}`);
          assert.equal(response.status, 404, pagePath);
          assert.equal(response.headers.get('content-type'), 'application/problem+json');
          const body = (await response.json()) as { detail: string };
          if (typeof detail === 'string') assert.equal(body.detail, detail);
          else assert.match(body.detail, detail);
        }
        if (widgetsDir !== null) {
          const bundle = await fetch(`${server.url}/widgets/hall-event-calendar.js`);
          assert.equal(((await bundle.json()) as { detail: string }).detail, WIDGETS_NOT_BUILT, 'the same problem as /widgets/');
        }
      } finally {
        await server.close();
      }
    }
  });
});
