/**
 * The SDK clients the elements make themselves: for an element's own `api-base`, and for
 * a `<hall-provider>` with `api-base`.
 *
 * One client per API base and language for the whole page, so that a provider and
 * stand-alone elements pointing at the same API share the SDK's read cache.
 *
 * Such a client holds only the resources the elements using it read. Each element names its
 * resources (`HallElement.resources`), and the client gains them on first use. That way a
 * widget's bundle carries the schemas of its own resources only, ≈ 3 KB gzip less per widget
 * than a full `createHallClient` (docs/decisions/0006-sdk-size.md, option 2). A client that the
 * page gives a provider is used as it is.
 */
import { createHallContext, type HallClient, type HallContext } from '@promotion-hall/sdk';
import type { Lang } from '../i18n/lang.js';

/** The resources of a full client, by name (`events`, `calendar`, …). */
export type ResourceName = Exclude<keyof HallClient, 'baseUrl' | 'locale'>;

/** The constructors of the resources an element reads, under the names a full client gives them. */
export type ResourceSet<K extends ResourceName> = { readonly [N in K]: new (context: HallContext) => HallClient[N] };

/** A client with (at least) the resources `K`. */
export type ClientWith<K extends ResourceName> = Pick<HallClient, 'baseUrl' | 'locale' | K>;

/** What a provider hands down: the page's own client, or one of ours, which has the resources asked for so far. */
export type SharedClient = Pick<HallClient, 'baseUrl' | 'locale'> & Partial<Pick<HallClient, ResourceName>>;

const clients = new Map<string, SharedClient>();

/**
 * The context each of our clients builds its resources on, kept on the client under a key that
 * every copy of this package shares (`Symbol.for`, like the context keys in context.ts): an
 * element from another copy on the page (a CDN bundle beside the host's npm import) adds its
 * resources to a provider's client too.
 */
const CONTEXT = Symbol.for('promotion-hall.client-context');
type OwnClient = SharedClient & { readonly [CONTEXT]?: HallContext };

/** The page's client for `baseUrl` and `lang`, with at least `resources`. */
export function sharedClient<K extends ResourceName>(baseUrl: string, lang: Lang, resources: ResourceSet<K>): ClientWith<K> {
  const key = `${lang} ${baseUrl}`;
  let client = clients.get(key);
  if (!client) {
    const context = createHallContext({ baseUrl, locale: lang });
    client = { baseUrl: context.baseUrl, locale: context.locale };
    Object.defineProperty(client, CONTEXT, { value: context });
    clients.set(key, client);
  }
  return withResources(client, resources);
}

/**
 * `client` with `resources`. One of ours gains the ones it lacks, on its shared context.
 * A client the page made is returned as it is: `createHallClient` gives every resource, and
 * a hand-made one (a fake in a test) has what its author gave it.
 */
export function withResources<K extends ResourceName>(client: SharedClient, resources: ResourceSet<K>): ClientWith<K> {
  const context = (client as OwnClient)[CONTEXT];
  if (context) {
    const grown = client as Record<ResourceName, unknown>;
    for (const name of Object.keys(resources) as K[]) grown[name] ??= new resources[name](context);
  }
  return client as ClientWith<K>;
}
