/**
 * The `hall-load-error` details a page would hear on `document` while `test` runs: the widgets'
 * tests check what was reported, and that nothing was when nothing failed in sight.
 */
import type { HallLoadErrorDetail } from '../../src/events/hall-load-error.js';

export async function withLoadErrorsHeard<T>(test: (heard: HallLoadErrorDetail[]) => Promise<T>): Promise<T> {
  const heard: HallLoadErrorDetail[] = [];
  const listen = (event: GlobalEventHandlersEventMap['hall-load-error']) => heard.push(event.detail);
  document.addEventListener('hall-load-error', listen);
  try {
    return await test(heard);
  } finally {
    document.removeEventListener('hall-load-error', listen);
  }
}
