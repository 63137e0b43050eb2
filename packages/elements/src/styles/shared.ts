/**
 * The base sheet every hall element adopts.
 *
 * Each public token `--hall-*` is resolved once on `:host` into a private
 * `--_hall-*` property with the theme's default as fallback; component styles
 * read only the private ones. (A property cannot fall back to itself, hence the
 * two names.) `theme="dark"` switches the defaults to the dark table,
 * `theme="auto"` follows `prefers-color-scheme`.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { COLOR_TOKENS, darkTheme, lightTheme, privateName, sizeTokens, type ColorTheme } from './tokens.js';

// The declarations are generated from the token table so the colours exist in one
// place (the contrast test reads the same table). unsafeCSS is safe here: its input
// is this module's constants, never data or attributes.
function colorDeclarations(theme: ColorTheme): CSSResult {
  return unsafeCSS(
    COLOR_TOKENS.map((name) => `${privateName(`--hall-color-${name}`)}: var(--hall-color-${name}, ${theme[name]});`).join('\n'),
  );
}
const sizeDeclarations = unsafeCSS(
  Object.entries(sizeTokens)
    .map(([name, value]) => `${privateName(`--hall-${name}`)}: var(--hall-${name}, ${value});`)
    .join('\n'),
);
const light = colorDeclarations(lightTheme);
const dark = colorDeclarations(darkTheme);

export const hallBaseStyles = css`
  :host {
    ${light}
    ${sizeDeclarations}
    color-scheme: light;
    display: block;
    box-sizing: border-box;
    font-family: var(--_hall-font-family);
    line-height: 1.6;
    color: var(--_hall-color-text);
    background-color: var(--_hall-color-bg);
    /* Long Japanese words and URLs must wrap inside narrow containers. */
    overflow-wrap: anywhere;
    line-break: strict;
    /* What a page's container would pass on and the widgets are not drawn for: centred,
       indented, upper-cased or pre-wrapped text (site builders' embed blocks), words broken
       anywhere (word-break: break-all, common on Japanese sites), vertical writing, bold or
       italic around it. Letter and word spacing are still inherited: the page's typography, and
       the visitor's text-spacing tools (WCAG 1.4.12), reach the widgets. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    writing-mode: horizontal-tb;
    direction: ltr;
    font-style: normal;
    font-weight: normal;
  }
  /* A widget's width where a page sizes it by its content (a flex item, a table cell, an
     inline-block, fit-content): 60em if there is room, else what the page gives it. Twelve
     zero-height boxes of 5em that wrap: their sum (60em) is the element's max-content width, the
     widest (5em) its min-content width, so a grid's 1fr column or a flex: 1 sidebar narrower
     than a phone still holds it without overflowing. */
  .sizer {
    display: flex;
    flex-wrap: wrap;
  }
  .sizer > i {
    flex: none;
    inline-size: 5em;
    max-inline-size: 100%;
  }
  /* The widget's width decides its layout (container queries), not the viewport's. On the base,
     not the host: a size container has no width of its own to give a page that asks for one. */
  .base {
    container-type: inline-size;
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* English: Latin text in the system's face first (a page's --hall-font-family still wins).
     Keyed on the language the element speaks (its base part's lang), not on the nearest lang
     around the host, which may be another. */
  .base:lang(en) {
    font-family: var(--hall-font-family, system-ui, var(--_hall-font-family));
  }
  /* Not inherited from the host: a page's "* { box-sizing: content-box }" matches the host. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: var(--_hall-focus-ring);
    outline-offset: 2px;
  }
  /* Containers focused by script (e.g. after "retry") are not controls: no ring. */
  [tabindex='-1']:focus {
    outline: none;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }

  /* Text from data never reorders what follows it (bidi controls stay inside). */
  bdi,
  .chip-title,
  .list-title,
  .card-name,
  .card-reading,
  .day-note,
  .description {
    unicode-bidi: isolate;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  button {
    min-inline-size: 24px;
    min-block-size: 24px;
    font: inherit;
    color: inherit;
  }
  /* The browser gives check boxes and radios a font of their own (13.33px): their em sizes are
     the text's. */
  input[type='checkbox'],
  input[type='radio'] {
    font-size: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75em;
    padding: var(--_hall-space-2) var(--_hall-space-3);
    border: 1px solid var(--_hall-color-accent);
    border-radius: var(--_hall-radius);
    background-color: var(--_hall-color-accent);
    color: var(--_hall-color-on-accent);
    cursor: pointer;
  }

  /* The shared loading / empty / error states. */
  .state {
    padding: var(--_hall-space-3);
  }
  .state-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_hall-space-2) var(--_hall-space-3);
    border: 1px solid var(--_hall-color-error);
    border-radius: var(--_hall-radius);
    background-color: var(--_hall-color-surface);
  }
  .state-error-message {
    margin: 0;
    color: var(--_hall-color-error);
  }
  .state-empty {
    margin: 0;
    color: var(--_hall-color-text-muted);
  }
  .skeleton {
    display: grid;
    gap: var(--_hall-space-2);
  }
  .skeleton-line {
    display: block;
    block-size: 1em;
    border-radius: var(--_hall-radius);
    background-color: var(--_hall-color-border);
    opacity: 0.3;
    animation: hall-skeleton-pulse 1.5s ease-in-out infinite;
  }
  .skeleton-line:nth-child(2) {
    inline-size: 80%;
  }
  .skeleton-line:nth-child(3) {
    inline-size: 60%;
  }
  @keyframes hall-skeleton-pulse {
    50% {
      opacity: 0.15;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
    }
  }
`;
