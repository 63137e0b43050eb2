import { ContextRoot } from '@lit/context';

// Shared by every copy of this package on the page, so there is only one root.
const ROOT_KEY = Symbol.for('promotion-hall.context-root');

/**
 * Attaches one `ContextRoot` to the document element, once per page.
 *
 * @lit/context's answer to providers upgraded after their consumers (see its
 * README, "Late upgraded Context Providers"): the root records subscribing
 * `context-request` events nobody answered, and re-dispatches them from their
 * consumers when a provider announces itself with `context-provider`. It must be
 * in place before a consumer's first request, so consumers call this in
 * `connectedCallback` (not at import: modules outside `define/` have no side effects).
 */
export function ensureContextRoot(): void {
  if (typeof document === 'undefined' || Reflect.get(document, ROOT_KEY)) return;
  const root = new ContextRoot();
  root.attach(document.documentElement);
  Reflect.set(document, ROOT_KEY, root);
}
