/** `hall.shops`, `hall.streets`: the directory's data. */
import { Id, listOf, pageOf, Shop, ShoppingStreet, ShopsQuery, type Page } from '../schemas/index.js';
import { iteratePages } from '../pagination.js';
import { checkInput, toQuery } from '../query.js';
import { idSegment, requestInfo, type CallOptions, type ResourceContext } from './context.js';

const ShopPage = pageOf(Shop);
const StreetList = listOf(ShoppingStreet);

export type ShopsListParams = ShopsQuery;
export type ShopsIterateParams = Omit<ShopsQuery, 'cursor'>;

export class ShopsResource {
  constructor(private readonly ctx: ResourceContext) {}

  /** One page of shops; `q` matches name and reading the Japanese way (width, kana, long vowels). */
  async list(params: ShopsListParams = {}, options?: CallOptions): Promise<Page<Shop>> {
    const query = checkInput(ShopsQuery, params, 'query', requestInfo(this.ctx, 'GET', 'shops'));
    return this.ctx.reads.get({ method: 'GET', path: 'shops', query: toQuery(query), schema: ShopPage, kind: 'read', ...(options ? { options } : {}) });
  }

  iterate(params: ShopsIterateParams = {}, options?: CallOptions): AsyncIterable<Shop> {
    return iteratePages((cursor) => this.list({ ...params, ...(cursor === undefined ? {} : { cursor }) }, options));
  }

  async get(id: string, options?: CallOptions): Promise<Shop> {
    const segment = idSegment(this.ctx, Id, id, 'GET', 'shops');
    return this.ctx.reads.get({ method: 'GET', path: `shops/${segment}`, schema: Shop, kind: 'read', ...(options ? { options } : {}) });
  }
}

export class StreetsResource {
  constructor(private readonly ctx: ResourceContext) {}

  async list(options?: CallOptions): Promise<ShoppingStreet[]> {
    const answer = await this.ctx.reads.get({ method: 'GET', path: 'streets', schema: StreetList, kind: 'read', ...(options ? { options } : {}) });
    return answer.items;
  }

  async get(id: string, options?: CallOptions): Promise<ShoppingStreet> {
    const segment = idSegment(this.ctx, Id, id, 'GET', 'streets');
    return this.ctx.reads.get({ method: 'GET', path: `streets/${segment}`, schema: ShoppingStreet, kind: 'read', ...(options ? { options } : {}) });
  }
}
