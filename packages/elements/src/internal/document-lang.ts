import type { ReactiveElement } from 'lit';

// Elements that read `<html lang>` re-render when a host page's language switcher changes it.
const watchers = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

export function watchDocumentLang(element: ReactiveElement): void {
  watchers.add(element);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const watcher of watchers) watcher.requestUpdate();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
}

export function unwatchDocumentLang(element: ReactiveElement): void {
  watchers.delete(element);
  if (watchers.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

export function documentLangTag(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.documentElement.lang;
}
