/**
 * Runs background work when the browser is idle (`requestIdleCallback`), and at the latest
 * after `timeoutMs`; where there is no such call (Safari), after a short pause instead.
 * For work a visitor does not wait for: prefetching the next month, folding a page for search.
 */
export function whenIdle(callback: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: timeoutMs });
  else setTimeout(callback, Math.min(200, timeoutMs));
}

/**
 * Runs `callback` just after the next frame has been painted (an animation frame, then a
 * task): for work that should not hold up what is about to be shown, but should not wait
 * for idle time either, such as revalidating what is already on screen.
 */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}
