/**
 * The directory's state in the page's address (`sync-url`), so a search can be
 * shared as a link and the back button returns to the previous one. Parameters
 * carry a `shops-` prefix so they never clash with the host page's own; values
 * are checked against the contract's lists when read back (a hand-edited link
 * cannot put anything unexpected into the element).
 */
import { BARRIER_FREE_FILTERS, Id, PAYMENT_FILTERS, SHOP_CATEGORIES, SHOP_SERVICES } from '@promotion-hall/sdk/schemas';
import { NO_FILTERS, type DirectoryFilters } from './shop-index.js';

const P = {
  q: 'shops-q',
  street: 'shops-street',
  categories: 'shops-category',
  payments: 'shops-payment',
  services: 'shops-service',
  barrierFree: 'shops-barrier-free',
  openNow: 'shops-open',
  sort: 'shops-sort',
  shop: 'shops-shop',
} as const;

/** The directory's part of the address. */
export interface UrlState {
  readonly filters: DirectoryFilters;
  /** The shop whose detail is open. */
  readonly shop: string | undefined;
}

function listOf<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const values = new Set((params.get(name) ?? '').split(','));
  return allowed.filter((value) => values.has(value));
}

const isId = (value: string | null): value is string => value !== null && Id.safeParse(value).success;

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const shop = params.get(P.shop);
  const street = params.get(P.street);
  return {
    filters: {
      q: (params.get(P.q) ?? '').slice(0, 100),
      street: isId(street) ? street : '',
      categories: listOf(params, P.categories, SHOP_CATEGORIES),
      payments: listOf(params, P.payments, PAYMENT_FILTERS),
      services: listOf(params, P.services, SHOP_SERVICES),
      barrierFree: listOf(params, P.barrierFree, BARRIER_FREE_FILTERS),
      openNow: params.get(P.openNow) === '1',
      sort: params.get(P.sort) === 'category' ? 'category' : NO_FILTERS.sort,
    },
    shop: isId(shop) ? shop : undefined,
  };
}

/** `search` with the directory's parameters replaced by `state` (defaults left out); other parameters kept. */
export function writeUrlState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  for (const name of Object.values(P)) params.delete(name);
  const { filters } = state;
  if (filters.q.trim()) params.set(P.q, filters.q);
  if (filters.street) params.set(P.street, filters.street);
  if (filters.categories.length) params.set(P.categories, filters.categories.join(','));
  if (filters.payments.length) params.set(P.payments, filters.payments.join(','));
  if (filters.services.length) params.set(P.services, filters.services.join(','));
  if (filters.barrierFree.length) params.set(P.barrierFree, filters.barrierFree.join(','));
  if (filters.openNow) params.set(P.openNow, '1');
  if (filters.sort !== NO_FILTERS.sort) params.set(P.sort, filters.sort);
  if (state.shop) params.set(P.shop, state.shop);
  const text = params.toString();
  return text ? `?${text}` : '';
}
