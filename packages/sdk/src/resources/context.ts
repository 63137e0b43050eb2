/** What every resource is given: the transport and the shared GET cache. */
import type { z } from '../schemas/index.js';
import type { CallOptions, Transport } from '../http.js';
import type { ReadCache } from '../read-cache.js';
import { checkInput } from '../query.js';
import type { RequestInfo } from '../errors.js';

export interface ResourceContext {
  transport: Transport;
  reads: ReadCache;
}

/** The method and path of a call, for errors raised before it is sent. */
export function requestInfo(ctx: ResourceContext, method: string, path: string): RequestInfo {
  return { method, path: ctx.transport.url(path).pathname };
}

/** A path segment from an id, checked with `schema` first so a bad id fails before any request. */
export function idSegment<S extends z.ZodMiniType>(ctx: ResourceContext, schema: S, id: unknown, method: string, collection: string): string {
  const checked = checkInput(schema, id, 'path.id', requestInfo(ctx, method, collection)) as string;
  return encodeURIComponent(checked);
}

export type { CallOptions };
