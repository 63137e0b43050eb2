/**
 * Heading levels that fit the page a widget is pasted into.
 *
 * A widget's headings sit under the page's own: an association's "イベント" section is often an
 * h2, and the calendar's month belongs under it. The page says where with `heading-level`; the
 * widget's sub-headings follow one level down. The headings are `role="heading"` with
 * `aria-level` (WCAG technique ARIA12): Lit binds no tag names, and `lit/static-html.js`, the
 * other way, would add ≈ 0.5 KB gzip to every bundle for what assistive technology reads the same.
 */

/** A widget's two heading levels: its own heading's, and its sub-headings' one level down (never past 6). */
export interface HeadingLevels {
  readonly heading: number;
  readonly sub: number;
}

/** The levels for `value` (a whole number from 1 to 6); anything else gives `fallback`. */
export function headingLevels(value: unknown, fallback: number): HeadingLevels {
  const asked = typeof value === 'string' ? Number(value) : value;
  const heading = typeof asked === 'number' && Number.isInteger(asked) && asked >= 1 && asked <= 6 ? asked : fallback;
  return { heading, sub: Math.min(heading + 1, 6) };
}
