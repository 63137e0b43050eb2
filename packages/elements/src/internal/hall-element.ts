/**
 * `HallElement`: the base every hall element extends. It gives a subclass
 *
 * - `client`: its own SDK client when it has an `api-base` attribute, otherwise
 *   the one from the nearest `<hall-provider>` (through @lit/context), with the
 *   resources the subclass names in `static resources` (internal/clients.ts says why);
 * - `language`: the element's `lang`, then the provider's, then `<html lang>`,
 *   then Japanese (primary subtags only: `en-GB` → `en`; unsupported tags are skipped);
 * - `t()` for catalogue strings and `fmt` for Japan-time date formatting
 *   (`era` switches to the Japanese calendar);
 * - `theme` (`light`, `dark`, `auto`) and the shared base sheet;
 * - `renderTask()`: the loading / empty / error-with-retry states of a Task.
 *
 * Subclasses implement `renderContent()`; `render()` wraps it in the `base`
 * part, which carries `lang` so screen readers pronounce the text correctly.
 * Setting properties fires none of the visitor's events (only `hall-load-error`, when the load
 * it starts fails: ADR 0020). The element's shared API (the `loading`
 * slot, the state parts, the design tokens) is in the class's JSDoc below, where the
 * custom-elements manifest reads it.
 */
import { consume } from '@lit/context';
import type { Task } from '@lit/task';
import { html, LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { hallClientContext, hallLangContext } from '../context.js';
import { createFormatters, type Formatters } from '../i18n/format.js';
import type { MessageKey, WidgetMessages } from '../i18n/messages.js';
import { DEFAULT_LANG, toLang, type Lang } from '../i18n/lang.js';
import { registerMessages, translate, type MessageParams } from '../i18n/translate.js';
import { hallBaseStyles } from '../styles/shared.js';
import { sharedClient, withResources, type ClientWith, type ResourceName, type ResourceSet, type SharedClient } from './clients.js';
import { documentLangTag } from './document-lang.js';
import { LangAware } from './lang-aware.js';
import { errorMessage } from './error-message.js';
import { HallLoadErrorEvent } from '../events/hall-load-error.js';

export type HallTheme = 'light' | 'dark' | 'auto';

/** How `renderTask()` shows a task's value. */
export interface TaskStateRenderers<R> {
  /** The content once the value is there (and not empty). */
  complete: (value: R) => unknown;
  /** Whether the value counts as "nothing to show" (e.g. an empty page). */
  isEmpty?: (value: R) => boolean;
  /** What to say when empty; defaults to the catalogue's `state.empty`. */
  empty?: () => unknown;
  /** A skeleton shaped like the content; defaults to three grey lines. */
  skeleton?: () => unknown;
}

const formatters = new Map<string, Formatters>();
function formattersFor(lang: Lang, era: boolean): Formatters {
  const key = `${lang}:${era}`;
  let value = formatters.get(key);
  if (!value) {
    value = createFormatters(lang, { era });
    formatters.set(key, value);
  }
  return value;
}

/**
 * The base of every hall widget: the attributes, slot, parts and design tokens they all share.
 *
 * @attr {string} lang - The element's language, `ja` or `en` (primary subtag; `en-GB` → `en`). Without it: the provider's, then `<html lang>`, then Japanese.
 * @csspart base - The wrapper of everything the element renders (carries `lang`).
 * @csspart empty - The "nothing to show" message.
 * @csspart error - The error state: a message (`role="alert"`) and the retry button.
 * @csspart retry-button - The button that loads again.
 * @cssprop --hall-color-bg - Background (also -surface, -text, -text-muted, -accent, -on-accent, -border, -error, -on-error, -focus, -holiday, -saturday).
 * @cssprop --hall-font-family - Font stack.
 * @cssprop --hall-radius - Corner radius.
 * @cssprop --hall-space-1 - Spacing steps 1–4 (`--hall-space-2` … `--hall-space-4` likewise).
 * @cssprop --hall-focus-ring - The focus outline (default 3px solid in `--hall-color-focus`).
 */
export abstract class HallElement<Resources extends ResourceName = never> extends LangAware(LitElement) {
  static override styles: CSSResultGroup = [hallBaseStyles];

  /**
   * The SDK resources the element reads (`{ events: EventsResource, … }`); a client the
   * element makes has only these, so its bundle carries only their schemas. A subclass
   * lists the same names as its `Resources` type parameter.
   * @internal
   */
  static resources: Partial<ResourceSet<ResourceName>> = {};

  /** The API's base URL. With it the element makes its own client and needs no provider; with neither, the element says it is not set up. */
  @property({ attribute: 'api-base' })
  apiBase: string | undefined;

  /** `light` (default), `dark`, or `auto` (follows the visitor's system setting). */
  @property({ reflect: true })
  theme: HallTheme = 'light';

  /** Show years in the Japanese era (令和8年) instead of the Western calendar. */
  @property({ type: Boolean, reflect: true })
  era = false;

  /**
   * The element's own words (components/<widget>/messages.ts), registered when the
   * first instance is made; the shared words are always there.
   */
  static messages: WidgetMessages<Readonly<Record<string, string>>> | undefined;

  constructor() {
    super();
    const messages = (this.constructor as typeof HallElement).messages;
    if (messages) registerMessages(messages);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved into (or out of) a provider: whether its setup is missing may have changed.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Taken out of the page, a modal dialog leaves the top layer but stays open: put back (a
    // page's script moving the element), it would be a box over the widget, not modal, that
    // Escape does not close. So it is closed, as the visitor would close it (its `close` event
    // lets the widget forget what it showed). Not shown again on return: the element may land
    // in a hidden drawer, where a modal dialog nobody sees would make the whole page inert.
    for (const dialog of this.renderRoot.querySelectorAll<HTMLDialogElement>('dialog[open]')) dialog.close();
  }

  /** The provider's client (set through Lit context). */
  @consume({ context: hallClientContext, subscribe: true })
  @state()
  protected providedClient: SharedClient | undefined;

  /** The provider's language (set through Lit context). */
  @consume({ context: hallLangContext, subscribe: true })
  @state()
  protected providedLang: Lang | undefined;

  /**
   * The client the element loads with: its own for `api-base`, else the provider's; `undefined`
   * until one exists. It has (at least) the SDK resources the element reads, e.g. `events`,
   * `calendar` and `venues` for the calendar.
   */
  get client(): ClientWith<Resources> | undefined {
    const resources = (this.constructor as typeof HallElement).resources as ResourceSet<Resources>;
    const base = this.apiBase?.trim();
    if (base) return sharedClient(base, this.language, resources);
    return this.providedClient && withResources(this.providedClient, resources);
  }

  /** The language the element speaks now. */
  get language(): Lang {
    return this.#languageInRender ?? toLang(this.getAttribute('lang')) ?? this.providedLang ?? toLang(documentLangTag()) ?? DEFAULT_LANG;
  }

  /**
   * The language read once for the render in progress: a month's grid asks for it for every
   * cell, title and string (a tenth of a month switch's script when read from the attributes each
   * time), and nothing can change it mid-render.
   */
  #languageInRender: Lang | undefined;

  protected override update(changed: PropertyValues): void {
    this.#languageInRender = this.language;
    try {
      super.update(changed);
    } finally {
      this.#languageInRender = undefined;
    }
  }

  /** Date and time formatting in Japan time, in the element's language and calendar. */
  protected get fmt(): Formatters {
    return formattersFor(this.language, this.era);
  }

  /** A catalogue string in the element's language. */
  protected t<K extends MessageKey>(key: K, ...params: MessageParams<K>): string {
    return translate(this.language, key, ...params);
  }

  protected override render(): unknown {
    const content = this.#setupMissing() ? html`<p part="error" class="state state-error" role="alert">${this.t('error.setup')}</p>` : this.renderContent();
    // The sizer gives the element a width where a page sizes it by its content (a flex item, a
    // table cell, an inline-block): the base is a size container, which has none of its own.
    return html`<div class="sizer"><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i><i></i></div><div part="base" class="base" lang=${this.language}>${content}</div>`;
  }

  /**
   * An element that reads the hall's resources, with nowhere to read them from and nothing to
   * wait for: no `api-base`, no client from a provider, and no `<hall-provider>` around it (one
   * not yet upgraded counts: its client will come). Without this a forgotten `api-base` left a
   * skeleton forever, with no hint of why.
   */
  #setupMissing(): boolean {
    if (Object.keys((this.constructor as typeof HallElement).resources).length === 0) return false;
    if (this.apiBase?.trim() || this.providedClient) return false;
    for (let node: Node | null = this.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (node instanceof Element && node.localName === 'hall-provider') return false;
    }
    return true;
  }

  /**
   * Tells the page that a load the visitor sees has failed (`hall-load-error`: the error's kind
   * and status only). Each widget calls it where it shows the error; each documents the event.
   */
  protected reportLoadError(error: unknown): void {
    this.dispatchEvent(new HallLoadErrorEvent(error));
  }

  /** The element's content, inside the `base` part. */
  protected abstract renderContent(): unknown;

  /**
   * A task's state as the visitor sees it: a skeleton while loading (`aria-busy`),
   * the content, a message when empty, or a catalogue message with a retry button
   * on error. Until the task has run (no client yet), the skeleton shows too. It shows an
   * error without telling the page: a task that fails should also call `reportLoadError`
   * (`new Task(this, { …, onError: (error) => this.reportLoadError(error) })`), once per failure,
   * not from `render()`, which runs again and again.
   * An element that uses it also offers what it renders: a `loading` slot (replacing the
   * skeleton) and the `loading` and `skeleton` parts. (The three widgets draw their own
   * loading states and document their own parts.)
   */
  protected renderTask<T extends ReadonlyArray<unknown>, R>(task: Task<T, R>, renderers: TaskStateRenderers<R>): unknown {
    const loading = () => html`
      <div part="loading" class="state state-loading" aria-busy="true">
        <slot name="loading">
          ${renderers.skeleton?.() ??
          html`<div part="skeleton" class="skeleton" aria-hidden="true">
            <span class="skeleton-line"></span><span class="skeleton-line"></span><span class="skeleton-line"></span>
          </div>`}
        </slot>
        <span class="visually-hidden">${this.t('state.loading')}</span>
      </div>
    `;
    return task.render({
      initial: loading,
      pending: loading,
      complete: (value) =>
        renderers.isEmpty?.(value)
          ? html`<div part="empty" class="state state-empty">${renderers.empty?.() ?? this.t('state.empty')}</div>`
          : renderers.complete(value),
      error: (error) => html`
        <div part="error" class="state state-error">
          <p class="state-error-message" role="alert">${errorMessage(this.language, error)}</p>
          <button part="retry-button" class="button" type="button" @click=${() => this.#retry(task)}>${this.t('action.retry')}</button>
        </div>
      `,
    });
  }

  #retry<T extends ReadonlyArray<unknown>, R>(task: Task<T, R>): void {
    // The button is about to disappear: keep focus inside the element, not on <body>.
    const base = this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    if (base) {
      base.tabIndex = -1;
      base.focus();
      base.addEventListener('blur', () => base.removeAttribute('tabindex'), { once: true });
    }
    void task.run();
  }
}
