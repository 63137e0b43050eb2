/**
 * The contexts through which `<hall-provider>` reaches the elements inside it.
 *
 * The keys are `Symbol.for(...)` so that two copies of this package on one page
 * (a CDN bundle and the host's own npm import) still agree on them: a provider
 * from one copy serves consumers from the other.
 */
import { createContext } from '@lit/context';
import type { HallClient } from '@promotion-hall/sdk';
import type { Lang } from './i18n/lang.js';

/** The SDK client shared by everything inside a `<hall-provider>`. */
export const hallClientContext = createContext<HallClient | undefined>(Symbol.for('promotion-hall.client'));

/** The provider's language (`undefined` when its `lang` attribute is absent or unsupported). */
export const hallLangContext = createContext<Lang | undefined>(Symbol.for('promotion-hall.lang'));
