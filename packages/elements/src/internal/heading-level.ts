/**
 * Heading levels that fit the page a widget is pasted into.
 *
 * A widget's headings sit under the page's own: an association's "イベント" section is often an
 * h2, and the calendar's month belongs under it. The page says where with `heading-level`; the
 * widget's sub-headings follow one level down. The headings are `role="heading"` with
 * `aria-level` (WCAG technique ARIA12): Lit binds no tag names, and `lit/static-html.js`, the
 * other way, would add ≈ 0.5 KB gzip to every bundle for what assistive technology reads the same.
 */

/** The level asked for, as a whole number from 1 to 6; anything else gives `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  const level = typeof value === 'string' ? Number(value) : value;
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/** One level down, for the widget's sub-headings; never past 6. */
export function subHeadingLevel(level: number): number {
  return Math.min(level + 1, 6);
}
