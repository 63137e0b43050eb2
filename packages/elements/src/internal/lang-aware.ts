/**
 * What every hall element and the provider need to follow languages and find
 * providers defined late: `lang` observed (HTMLElement's own attribute, so it is
 * not redeclared as a reactive property and Lit never writes it back), re-rendering
 * when the page's `<html lang>` changes, and the ContextRoot that answers consumers
 * whose provider is upgraded after them.
 */
import type { LitElement } from 'lit';
import { ensureContextRoot } from './context-root.js';
import { unwatchDocumentLang, watchDocumentLang } from './document-lang.js';

// The mixin pattern's constructor type: TypeScript requires `any[]` for a mixin's base.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LitElementClass = (abstract new (...args: any[]) => LitElement) & Pick<typeof LitElement, 'observedAttributes'>;

/**
 * Typed as returning the base class itself: the mixin adds no members of its own,
 * only lifecycle overrides (and declaration files cannot describe an anonymous class
 * with LitElement's protected members).
 */
export function LangAware<TBase extends LitElementClass>(Base: TBase): TBase {
  abstract class LangAwareElement extends Base {
    static override get observedAttributes(): string[] {
      return [...super.observedAttributes, 'lang'];
    }

    override connectedCallback(): void {
      // Before LitElement's: context consumers send their first requests there.
      ensureContextRoot();
      watchDocumentLang(this);
      super.connectedCallback();
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      unwatchDocumentLang(this);
    }

    override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      super.attributeChangedCallback(name, old, value);
      if (name === 'lang' && old !== value) this.requestUpdate();
    }
  }
  return LangAwareElement as unknown as TBase;
}
