/**
 * The contexts through which `<hall-provider>` reaches the elements inside it.
 *
 * The keys are `Symbol.for(...)` so that two copies of this package on one page
 * (a CDN bundle and the host's own npm import) still agree on them: a provider
 * from one copy serves consumers from the other.
 */
import { createContext } from '@lit/context';
import type { Lang } from './i18n/lang.js';
import type { SharedClient } from './internal/clients.js';

/**
 * The SDK client shared by everything inside a `<hall-provider>`: the page's own (a full
 * `createHallClient`), or one the provider made for its `api-base`, to which each element
 * adds the resources it reads (internal/clients.ts).
 */
export const hallClientContext = createContext<SharedClient | undefined>(Symbol.for('promotion-hall.client'));

/** The provider's language (`undefined` when its `lang` attribute is absent or unsupported). */
export const hallLangContext = createContext<Lang | undefined>(Symbol.for('promotion-hall.lang'));
