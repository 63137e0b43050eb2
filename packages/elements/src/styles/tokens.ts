/**
 * The design tokens, as data: the one place the default colours and sizes live.
 *
 * Host pages restyle the elements by setting the public custom properties
 * (`--hall-color-accent: #006e54;` on `body` or on one element); the shared
 * sheet falls back to these values. test/contrast.test.ts checks every
 * text/background pair of both themes against WCAG AA from this table, so a
 * poorer colour here fails the tests.
 */

/** The colour tokens; each becomes `--hall-color-<name>`. */
export const COLOR_TOKENS = [
  'bg',
  'surface',
  'text',
  'text-muted',
  'accent',
  'on-accent',
  'border',
  'error',
  'on-error',
  'focus',
  'holiday',
  'saturday',
] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number];
export type ColorTheme = { readonly [T in ColorToken]: `#${string}` };

export const lightTheme = {
  bg: '#ffffff',
  surface: '#f5f6f8',
  text: '#1b1d21',
  'text-muted': '#545a63',
  accent: '#0b57d0',
  'on-accent': '#ffffff',
  border: '#767b84',
  error: '#b3261e',
  'on-error': '#ffffff',
  focus: '#174ea6',
  // Sundays and public holidays in red, Saturdays in blue: the convention of Japanese calendars.
  holiday: '#c5221f',
  saturday: '#1a56b0',
} as const satisfies ColorTheme;

export const darkTheme = {
  bg: '#15171a',
  surface: '#1f2226',
  text: '#eef0f3',
  'text-muted': '#b3b9c2',
  accent: '#8ab4f8',
  'on-accent': '#0b1d3a',
  border: '#8a919b',
  error: '#f2b8b5',
  'on-error': '#601410',
  focus: '#ffd45e',
  holiday: '#ff8f87',
  saturday: '#8fb8ff',
} as const satisfies ColorTheme;

export const themes = { light: lightTheme, dark: darkTheme } as const satisfies Record<string, ColorTheme>;
export type ThemeName = keyof typeof themes;

/**
 * Japanese fonts by the names macOS, Linux and Android (Noto CJK), and Windows give them.
 * They come first: a run of Japanese text is then shaped with the first font that exists.
 * A stack that starts with `system-ui` (no kana or kanji on Linux, Android or in San
 * Francisco) shapes each run again with every fallback; in the calendar that was a quarter
 * of a month switch's layout (docs/decisions/0015-japanese-fonts-first.md).
 */
const japaneseFonts = "'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans JP', 'Noto Sans CJK JP', 'Yu Gothic UI', Meiryo";

/** The other tokens; each becomes `--hall-<name>`. The focus ring draws in `--hall-color-focus`. */
export const sizeTokens = {
  /** The default; an element speaking English puts `system-ui` before it (styles/shared.ts). */
  'font-family': `${japaneseFonts}, system-ui, sans-serif`,
  radius: '6px',
  'space-1': '0.25em',
  'space-2': '0.5em',
  'space-3': '1em',
  'space-4': '1.5em',
  'focus-ring': '3px solid var(--_hall-color-focus)',
} as const;
export type SizeToken = keyof typeof sizeTokens;

/** Public custom property → private resolved one, e.g. `--hall-color-bg` → `--_hall-color-bg`. */
export const privateName = (publicName: string): string => `--_${publicName.slice(2)}`;
