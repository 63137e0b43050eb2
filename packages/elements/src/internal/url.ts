/**
 * The URL allow-list for links that come from data (a shop's web site, a support
 * programme's page, an organiser's e-mail address).
 *
 * Only absolute `https:`, `http:`, `mailto:` and `tel:` URLs pass. Everything else
 * (`javascript:`, `data:`, `vbscript:`, `file:`, relative and protocol-relative
 * URLs) gives `undefined`, and the element renders the text without a link.
 * Control and invisible characters anywhere reject the value outright, because
 * the URL parser silently removes tabs and newlines (`java\tscript:` would
 * otherwise become `javascript:` after a naive check).
 */
const ALLOWED_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:', 'tel:']);

// C0 and C1 controls (tab, CR, LF included), DEL, zero-width characters, bidi marks, line/paragraph separators, BOM.
const FORBIDDEN_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/;

/** The normalised URL when it may be used as a link target; otherwise `undefined`. */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || FORBIDDEN_CHARACTERS.test(trimmed)) return undefined;
  let url: URL;
  try {
    // No base: relative and protocol-relative (`//evil.example`) values throw and are rejected.
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  if (url.protocol === 'https:' || url.protocol === 'http:') {
    // `https://hall.example.jp@evil.example/` reads like the hall's address; refuse credentials.
    if (url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
  }
  return url.href;
}

/**
 * A feed's address as calendar apps subscribe to it: `webcal:` asks them to subscribe (and fetch
 * it again and again) rather than import it once. Only an `https:` or `http:` URL that passes
 * `safeUrl` becomes one; anything else gives `undefined`.
 */
export function webcalUrl(value: unknown): string | undefined {
  const url = safeUrl(value);
  return url?.startsWith('https:') || url?.startsWith('http:') ? `webcal:${url.slice(url.indexOf(':') + 1)}` : undefined;
}
