/** `/shops`, `/streets`, `/venues`: the directory's data. */
import { listOf, pageOf, Shop, ShoppingStreet, ShopsQuery, Venue } from '@promotion-hall/sdk/schemas';
import { searchWords } from '@promotion-hall/sdk/normalize';
import { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { isOpenAt } from '../domain/opening-hours.js';
import { CACHE, sendJson } from '../http/json.js';
import { paginate } from '../http/pagination.js';
import { notFound } from '../http/problem.js';
import { assertKnownStreet, parseId, parseQuery } from '../http/validate.js';

const ShopPage = pageOf(Shop);
const StreetList = listOf(ShoppingStreet);
const VenueList = listOf(Venue);
export const DEFAULT_SHOP_PAGE_SIZE = 50;

export function shopRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const validate = deps.config.validateResponses;

  app.get('/shops', async (c) => {
    const query = parseQuery(c, ShopsQuery);
    await assertKnownStreet(query.streetId, deps.repo);
    const words = query.q === undefined ? [] : searchWords(query.q);
    let shops = await deps.repo.findShops({
      ...(query.streetId ? { streetId: query.streetId } : {}),
      ...(query.category ? { categories: query.category } : {}),
      ...(query.payment ? { payments: query.payment } : {}),
      ...(query.service ? { services: query.service } : {}),
      ...(query.barrierFree ? { barrierFree: query.barrierFree } : {}),
      words,
      sort: query.sort ?? 'reading',
    });
    if (query.openAt !== undefined) {
      const at = Date.parse(query.openAt);
      shops = shops.filter((shop) => isOpenAt(shop.hours, at));
    }
    // openAt answers change by the minute; everything else is reference data.
    const cache = query.openAt === undefined ? CACHE.public : CACHE.revalidate;
    return sendJson(c, ShopPage, paginate(shops, query.cursor, query.limit ?? DEFAULT_SHOP_PAGE_SIZE), { validate, cache });
  });

  app.get('/shops/:id', async (c) => {
    const id = parseId(c);
    const shop = await deps.repo.getShop(id);
    if (!shop) throw notFound(`There is no shop "${id}".`);
    return sendJson(c, Shop, shop, { validate, cache: CACHE.public });
  });

  app.get('/streets', async (c) => sendJson(c, StreetList, { items: await deps.repo.listStreets() }, { validate, cache: CACHE.public }));

  app.get('/streets/:id', async (c) => {
    const id = parseId(c);
    const street = await deps.repo.getStreet(id);
    if (!street) throw notFound(`There is no shopping street "${id}".`);
    return sendJson(c, ShoppingStreet, street, { validate, cache: CACHE.public });
  });

  app.get('/venues', async (c) => sendJson(c, VenueList, { items: await deps.repo.listVenues() }, { validate, cache: CACHE.public }));

  return app;
}
