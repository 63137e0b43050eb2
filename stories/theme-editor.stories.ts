/**
 * A theme editor for designers: every design token (`COLOR_TOKENS` with their light
 * and dark defaults, and `sizeTokens`) in a table, a swatch per colour and a colour
 * control that sets `--hall-color-<name>` on the preview wrapper (through the CSSOM,
 * `style.setProperty`), with a live `<hall-event-calendar>` inside that wrapper, so
 * a change shows at once. No inline `style` attributes or bindings: the swatches'
 * colours are set through the CSSOM as well.
 */
import '@promotion-hall/elements/define/hall-event-calendar.js';
import { COLOR_TOKENS, darkTheme, lightTheme, sizeTokens, type ColorToken } from '@promotion-hall/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { expect, waitFor } from 'storybook/test';
import type { HallStoryArgs } from '../.storybook/preview.js';
import { hall } from './support/play.js';

/** "Now" for the calendar: Thursday 10 December 2026, 10:00 in Japan. */
const NOW = new Date('2026-12-10T10:00:00+09:00');

type Lang = 'ja' | 'en';
const langOf = (globals: Record<string, unknown>): Lang => (globals['lang'] === 'en' ? 'en' : 'ja');

const WORDS = {
  ja: {
    title: 'テーマエディター',
    lead: '色を変えると、下のプレビューのカレンダーにすぐ反映されます。',
    colors: '色のトークン',
    sizes: 'そのほかのトークン',
    token: 'トークン',
    property: 'カスタムプロパティ',
    light: 'ライト',
    dark: 'ダーク',
    swatch: '現在の色',
    control: '変更',
    value: '値',
    change: (name: string) => `${name} の色`,
    preview: 'プレビュー',
  },
  en: {
    title: 'Theme editor',
    lead: 'Change a colour and the calendar in the preview below follows at once.',
    colors: 'Colour tokens',
    sizes: 'Other tokens',
    token: 'Token',
    property: 'Custom property',
    light: 'Light',
    dark: 'Dark',
    swatch: 'Current colour',
    control: 'Change',
    value: 'Value',
    change: (name: string) => `Colour of ${name}`,
    preview: 'Preview',
  },
} as const;

const property = (token: ColorToken) => `--hall-color-${token}`;

/** The preview wrapper the colour controls restyle. */
function wrapperOf(from: Element): HTMLElement {
  const wrapper = from.closest('.hall-theme-editor')?.querySelector<HTMLElement>('.hall-theme-preview');
  if (!wrapper) throw new Error('the preview wrapper is not in the story');
  return wrapper;
}

/** A colour control changed: its token's custom property on the wrapper (CSSOM, not a `style` attribute). */
function onColor(event: Event): void {
  const input = event.currentTarget as HTMLInputElement;
  const token = input.dataset['token'] as ColorToken;
  wrapperOf(input).style.setProperty(property(token), input.value);
}

/** A swatch shows its token as the wrapper resolves it (the set value, else the theme's default). */
const swatch = (token: ColorToken, fallback: string) =>
  ref((el) => {
    if (el instanceof HTMLElement) el.style.setProperty('background-color', `var(${property(token)}, ${fallback})`);
  });

const meta = {
  title: 'Pages/Theme editor',
  render: (args, { globals }) => {
    const words = WORDS[langOf(globals)];
    const current = args.theme === 'dark' ? darkTheme : lightTheme;
    return html`
      <div class="hall-page hall-theme-editor">
        <h1>${words.title}</h1>
        <p>${words.lead}</p>
        <div class="hall-theme-preview">
          <h2 id="colors-heading">${words.colors}</h2>
          <table class="hall-token-table" aria-labelledby="colors-heading">
            <thead>
              <tr>
                <th scope="col">${words.token}</th>
                <th scope="col">${words.property}</th>
                <th scope="col">${words.light}</th>
                <th scope="col">${words.dark}</th>
                <th scope="col">${words.swatch}</th>
                <th scope="col">${words.control}</th>
              </tr>
            </thead>
            <tbody>
              ${COLOR_TOKENS.map(
                (token) => html`
                  <tr data-token=${token}>
                    <th scope="row">${token}</th>
                    <td><code>${property(token)}</code></td>
                    <td><code>${lightTheme[token]}</code></td>
                    <td><code>${darkTheme[token]}</code></td>
                    <td><span class="hall-swatch" role="presentation" ${swatch(token, current[token])}></span></td>
                    <td>
                      <label for=${`token-${token}`}>${words.change(token)}</label>
                      <input id=${`token-${token}`} type="color" data-token=${token} .value=${current[token]} @input=${onColor} />
                    </td>
                  </tr>
                `,
              )}
            </tbody>
          </table>
          <h2 id="sizes-heading">${words.sizes}</h2>
          <table class="hall-token-table" aria-labelledby="sizes-heading">
            <thead>
              <tr>
                <th scope="col">${words.token}</th>
                <th scope="col">${words.property}</th>
                <th scope="col">${words.value}</th>
              </tr>
            </thead>
            <tbody>
              ${Object.entries(sizeTokens).map(
                ([name, value]) => html`
                  <tr>
                    <th scope="row">${name}</th>
                    <td><code>--hall-${name}</code></td>
                    <td><code>${value}</code></td>
                  </tr>
                `,
              )}
            </tbody>
          </table>
          <h2>${words.preview}</h2>
          <hall-event-calendar theme=${args.theme} month="2026-12" .now=${NOW}></hall-event-calendar>
        </div>
      </div>
    `;
  },
  argTypes: { theme: { table: { disable: true } } },
  parameters: hall('calendar'),
} satisfies Meta<HallStoryArgs>;
export default meta;
type Story = StoryObj<HallStoryArgs>;

/** Every token in the table; changing the accent sets `--hall-color-accent` on the preview wrapper. */
export const ThemeEditor: Story = {
  play: async ({ canvasElement, globals }) => {
    // The toolbar's theme (the decorator hands it to the render function only).
    const dark = globals['theme'] === 'dark';
    const calendar = canvasElement.querySelector('hall-event-calendar')!;
    await waitFor(() => expect(calendar.shadowRoot?.querySelector('[part~="grid"], [part~="list"]')).toBeTruthy(), { timeout: 5000 });
    await waitFor(() => expect(calendar.shadowRoot?.querySelector('[aria-busy="true"], .skeleton')).toBeNull(), { timeout: 5000 });
    // One row and one labelled control per colour token, one row per size token.
    await expect(canvasElement.querySelectorAll('tr[data-token]')).toHaveLength(COLOR_TOKENS.length);
    for (const token of COLOR_TOKENS) await expect(canvasElement.querySelector(`label[for="token-${token}"]`)).toBeTruthy();
    await expect(canvasElement.querySelectorAll('tbody tr:not([data-token])')).toHaveLength(Object.keys(sizeTokens).length);

    const wrapper = canvasElement.querySelector<HTMLElement>('.hall-theme-preview')!;
    const accent = () => getComputedStyle(wrapper).getPropertyValue('--hall-color-accent').trim();
    const before = accent();
    // A new accent that keeps the contrast of the theme (the axe check runs after this).
    const next = dark ? '#7fd1ae' : '#006e54';
    const input = canvasElement.querySelector<HTMLInputElement>('#token-accent')!;
    input.value = next;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => expect(accent()).toBe(next));
    await expect(accent()).not.toBe(before);
    // The swatch follows the wrapper.
    const sw = canvasElement.querySelector<HTMLElement>('tr[data-token="accent"] .hall-swatch')!;
    await expect(getComputedStyle(sw).backgroundColor).toBe(dark ? 'rgb(127, 209, 174)' : 'rgb(0, 110, 84)');
  },
};
