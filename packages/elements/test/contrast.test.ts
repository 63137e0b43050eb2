/**
 * WCAG 2.x contrast of the design tokens, computed from the token table the
 * shared sheet is generated from: change a token to a poorer colour and this fails.
 * 4.5:1 for text (AA, normal size); 3:1 for the focus ring and for borders that
 * carry meaning (1.4.11 non-text contrast).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COLOR_TOKENS, themes, type ColorTheme, type ColorToken } from '../src/styles/tokens.js';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((h) => channel(parseInt(h, 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = 4.5;
const NON_TEXT = 3;
const backgrounds: readonly ColorToken[] = ['bg', 'surface'];

/** [foreground, background, minimum ratio, what it is] */
const pairs: ReadonlyArray<[ColorToken, ColorToken, number, string]> = [
  ...backgrounds.flatMap((bg): Array<[ColorToken, ColorToken, number, string]> => [
    ['text', bg, TEXT, 'body text'],
    ['text-muted', bg, TEXT, 'secondary text'],
    ['accent', bg, TEXT, 'links and accent text'],
    ['error', bg, TEXT, 'error messages'],
    ['holiday', bg, TEXT, 'Sunday and holiday dates'],
    ['saturday', bg, TEXT, 'Saturday dates'],
    ['focus', bg, NON_TEXT, 'focus ring'],
    ['border', bg, NON_TEXT, 'field and card borders'],
    ['accent', bg, NON_TEXT, 'filled button edge'],
  ]),
  ['on-accent', 'accent', TEXT, 'text on accent buttons'],
  ['on-error', 'error', TEXT, 'text on error badges'],
];

describe('token contrast (WCAG AA)', () => {
  it('checks real numbers (black on white is 21:1, a mid grey fails)', () => {
    assert.equal(Math.round(contrast('#000000', '#ffffff') * 10) / 10, 21);
    assert.ok(contrast('#999999', '#ffffff') < TEXT);
  });

  for (const [name, theme] of Object.entries(themes) as Array<[string, ColorTheme]>) {
    it(`${name}: every colour token is a #rrggbb value`, () => {
      for (const token of COLOR_TOKENS) assert.match(theme[token], /^#[0-9a-f]{6}$/i, token);
    });
    for (const [fg, bg, min, what] of pairs) {
      it(`${name}: ${fg} on ${bg} ≥ ${min}:1 (${what})`, () => {
        const ratio = contrast(theme[fg], theme[bg]);
        assert.ok(ratio >= min, `${name} ${fg} ${theme[fg]} on ${bg} ${theme[bg]} is ${ratio.toFixed(2)}:1, needs ${min}:1`);
      });
    }
  }

  it('would fail for a poor token (the check is not vacuous)', () => {
    const poor: ColorTheme = { ...themes.light, 'text-muted': '#a0a0a0' };
    assert.ok(contrast(poor['text-muted'], poor.bg) < TEXT);
  });
});
