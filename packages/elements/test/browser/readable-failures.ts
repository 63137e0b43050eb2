/**
 * Imported by every browser test file (web-test-runner, mocha): keeps a failed assertion
 * readable and the run alive when the assertion was about a DOM node.
 *
 * web-test-runner sends a failed assertion's `actual` and `expected` to Node as they are.
 * A DOM node there (`expect($(el, '[part~="error"]')).to.equal(null)` failing, say) takes its
 * whole document into that message: the browser froze until the run's 180 s limit and every
 * result of the file was lost. After each failed test, a node (or an array of nodes) in those
 * two fields is replaced by a short description; chai's own message already names it.
 */
declare const afterEach: (hook: (this: { currentTest?: { err?: unknown } }) => void) => void;

/** `<div part="error" class="state">` — the start tag, enough to tell which node it was. */
export function describeNode(node: Node): string {
  if (node instanceof Element) return node.outerHTML.slice(0, node.outerHTML.indexOf('>') + 1) || `<${node.localName}>`;
  return `${node.nodeName} ${JSON.stringify((node.textContent ?? '').slice(0, 80))}`;
}

function readable(value: unknown): unknown {
  if (value instanceof Node) return describeNode(value);
  if (Array.isArray(value) && value.some((item) => item instanceof Node)) return value.map(readable);
  return value;
}

afterEach(function () {
  const error = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!error || typeof error !== 'object') return;
  if ('actual' in error) error.actual = readable(error.actual);
  if ('expected' in error) error.expected = readable(error.expected);
});
