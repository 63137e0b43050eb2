/**
 * Runs background work when the browser is idle (`requestIdleCallback`), and at the latest
 * after `timeoutMs`; where there is no such call (Safari), after a short pause instead.
 * For work a visitor does not wait for: prefetching the next month, revalidating what is
 * already on screen, folding a page for search.
 */
export function whenIdle(callback: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: timeoutMs });
  else setTimeout(callback, Math.min(200, timeoutMs));
}
