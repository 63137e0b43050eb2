/**
 * The one place the schemas get zod from.
 *
 * `zod/mini` keeps the contract small enough for the widget bundles (≈ 6 KB gzip
 * against ≈ 23 KB for classic zod; see docs/decisions/0003-schema-contract.md).
 * `jitless` must be set before the first schema is built, otherwise zod probes
 * `new Function` and a host page with a strict Content-Security-Policy logs a
 * violation. Every schema module imports zod from here, so this statement runs
 * first; and since they use its exports, bundlers keep the module and its call.
 *
 * The re-export is `export *` (static bindings), not a namespace object: a
 * namespace passed on as a value defeats tree-shaking and drags all of zod,
 * every locale included, into each bundle.
 */
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';
