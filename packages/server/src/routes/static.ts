/**
 * The example site at / (with the strict Content-Security-Policy that host pages
 * of the widgets should be able to use) and the widgets' CDN bundles at /widgets/.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { notFound } from '../http/problem.js';
import type { AppDeps } from '../deps.js';

/** The site's policy with the given `frame-ancestors` sources (the embed pages let other sites frame them). */
export function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  return (
    "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; " +
    `object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors ${frameAncestors.join(' ')}`
  );
}

export const SITE_CSP = contentSecurityPolicy(["'self'"]);

/** What /widgets/ (and the embed pages, which load them) answer before `npm run build`. */
export const WIDGETS_NOT_BUILT = 'The widget bundles have not been built; run npm run build.';

export function staticRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const { siteDir, widgetsDir } = deps.config;

  if (widgetsDir !== null && !existsSync(widgetsDir)) {
    // Not built yet (the elements' CDN build comes with the widgets): say so instead of a bare 404.
    app.all('/widgets/*', () => {
      throw notFound(WIDGETS_NOT_BUILT);
    });
  } else if (widgetsDir !== null) {
    app.use('/widgets/*', async (c, next) => {
      await next();
      // Association sites load the bundles cross-origin as module scripts, which needs CORS.
      c.res.headers.set('Access-Control-Allow-Origin', '*');
      c.res.headers.set('Cache-Control', 'public, max-age=300');
      c.res.headers.set('X-Content-Type-Options', 'nosniff');
    });
    app.use('/widgets/*', serveStatic({ root: path.relative(process.cwd(), widgetsDir) || '.', rewriteRequestPath: (p) => p.replace(/^\/widgets/, '') }));
  }

  if (siteDir !== null) {
    app.use('*', async (c, next) => {
      await next();
      if (c.res.status < 400) {
        c.res.headers.set('Content-Security-Policy', SITE_CSP);
        c.res.headers.set('X-Content-Type-Options', 'nosniff');
        c.res.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
      }
    });
    app.use('*', serveStatic({ root: path.relative(process.cwd(), siteDir) || '.' }));
  }
  return app;
}
