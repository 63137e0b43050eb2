import { createHallClient, type HallClient } from '@promotion-hall/sdk';
import type { Lang } from '../i18n/lang.js';

// One client per API base and language for the whole page, so a provider and
// stand-alone elements pointing at the same API share the SDK's read cache.
const clients = new Map<string, HallClient>();

export function sharedClient(baseUrl: string, lang: Lang): HallClient {
  const key = `${lang} ${baseUrl}`;
  let client = clients.get(key);
  if (!client) {
    client = createHallClient({ baseUrl, locale: lang });
    clients.set(key, client);
  }
  return client;
}
