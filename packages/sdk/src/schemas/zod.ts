/**
 * The one place the schemas get zod from.
 *
 * `zod/mini` keeps the contract small enough for the widget bundles (≈ 6 KB gzip
 * against ≈ 23 KB for classic zod; see docs/decisions/0003-schema-contract.md).
 * `jitless` must be set before the first schema is built, otherwise zod probes
 * `new Function` and a host page with a strict Content-Security-Policy logs a
 * violation. Every schema module imports `z` from here, so this module is always
 * evaluated first and is never dropped by tree-shaking (it exports what they use).
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
