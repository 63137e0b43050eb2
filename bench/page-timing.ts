/**
 * The timing helpers every benchmark page shares, as module source served to the page
 * (plain JavaScript: not functions handed to page.evaluate, which tsx would rewrite).
 */

/**
 * "Frame": the next animation frame, then a message task queued from it, which runs after
 * that frame's style, layout and paint. `until` checks its condition on every DOM mutation
 * (and on every frame), so the clock stops at the first frame painted once it holds.
 */
export const PAGE_TIMING = `
export const frame = () => new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(0);
}));

export function until(check, roots, describe, timeoutMs) {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = () => {
      if (done || !check()) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(finish);
    for (const root of roots) observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      observer.disconnect();
      reject(new Error('condition not reached after ' + timeoutMs + ' ms; state: ' + JSON.stringify(describe())));
    }, timeoutMs);
    const poll = () => { if (!done) { finish(); requestAnimationFrame(poll); } };
    poll();
  });
}

/**
 * Resolves when the bench calls \`window.__benchGo()\` from Node, which it does once the
 * whole machine has gone quiet (browser-bench.ts, \`startWhenQuiet\`): the page's own
 * start-up work, on other threads too, is then over before a clock starts.
 */
export const gate = () => new Promise((resolve) => { window.__benchGo = resolve; });

/** Lets the page settle: two frames and a short pause, so nothing of the setup is timed. */
export async function settle(ms = 100) {
  await frame();
  await frame();
  await new Promise((r) => setTimeout(r, ms));
}
`;
