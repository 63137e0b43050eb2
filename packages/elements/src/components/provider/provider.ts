import { ContextProvider } from '@lit/context';
import type { HallClient } from '@promotion-hall/sdk';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { hallClientContext, hallLangContext } from '../../context.js';
import { DEFAULT_LANG, toLang, type Lang } from '../../i18n/lang.js';
import { sharedClient, type SharedClient } from '../../internal/clients.js';
import { documentLangTag } from '../../internal/document-lang.js';
import { LangAware } from '../../internal/lang-aware.js';

/**
 * One SDK client and one language for every hall element inside it, so a page
 * with several widgets configures the API once:
 *
 * ```html
 * <hall-provider api-base="https://hall.example.jp/api/v1" lang="ja">
 *   <hall-event-calendar></hall-event-calendar>
 *   <hall-shop-directory street="sakura"></hall-shop-directory>
 * </hall-provider>
 * ```
 *
 * The provider renders nothing of its own (`display: contents`). Elements may be
 * anywhere inside it, in light DOM or in other shadow roots. It may be defined
 * before or after the elements it serves. An element's own `api-base` or `lang`
 * wins over the provider's.
 *
 * @summary Gives one SDK client and a language to every hall element inside it.
 * @attr {string} lang - The language given to the elements inside, `ja` or `en` (primary subtag); an element's own `lang` wins.
 * @slot - The page content containing hall elements.
 */
export class HallProvider extends LangAware(LitElement) {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The API's base URL, e.g. `https://hall.example.jp/api/v1`. */
  @property({ attribute: 'api-base' })
  apiBase: string | undefined;

  /**
   * A ready client to provide instead of one made from `api-base` (one with
   * custom hooks or fetch, or a fake client in component tests and Storybook).
   */
  @property({ attribute: false })
  client: HallClient | undefined;

  readonly #clientProvider = new ContextProvider(this, { context: hallClientContext });
  readonly #langProvider = new ContextProvider(this, { context: hallLangContext });

  /** The language given to descendants: this element's `lang` (primary subtag), or `undefined`. */
  get language(): Lang | undefined {
    return toLang(this.getAttribute('lang'));
  }

  /**
   * The client descendants receive now: `client`, else one made for `api-base`, which gains
   * the SDK resources of the elements that use it.
   */
  get providedClient(): SharedClient | undefined {
    if (this.client) return this.client;
    const base = this.apiBase?.trim();
    // The client's Accept-Language follows the provider's language, else the page's.
    // No resources yet: the elements inside add the ones they read.
    return base ? sharedClient(base, this.language ?? toLang(documentLangTag()) ?? DEFAULT_LANG, {}) : undefined;
  }

  override connectedCallback(): void {
    // Values first: super.connectedCallback() announces the provider (the
    // `context-provider` event), and consumers waiting since before this element
    // was upgraded are answered at once.
    this.#provideValues();
    super.connectedCallback();
  }

  protected override willUpdate(): void {
    this.#provideValues();
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }

  #provideValues(): void {
    // ValueNotifier only notifies consumers when a value actually changes.
    this.#langProvider.setValue(this.language);
    this.#clientProvider.setValue(this.providedClient);
  }
}
