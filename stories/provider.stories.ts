/**
 * `<hall-provider>` gives one client and one language to every hall element inside
 * it. In Storybook the decorator (.storybook/preview.ts) wraps every story in a
 * provider whose client is the fake API and whose `lang` is the toolbar's language;
 * these stories show what the elements inside receive.
 */
import { initialState, Task } from '@lit/task';
import { HallElement, type ClientWith } from '@promotion-hall/elements';
import { EventsResource } from '@promotion-hall/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { HallStoryArgs } from '../.storybook/preview.js';
import { hall } from './support/play.js';

const labels = {
  ja: { lang: '言語', events: (n: number) => `12月の催し: ${n}件` },
  en: { lang: 'Language', events: (n: number) => `Events in December: ${n}` },
} as const;

/** Story-only: shows the language it speaks and what its (provided) client loads. */
class StoryProviderProbe extends HallElement<'events'> {
  static override resources = { events: EventsResource };
  static override styles = [
    HallElement.styles,
    css`
      .base {
        padding: var(--_hall-space-3);
        border: 1px solid var(--_hall-color-border);
        border-radius: var(--_hall-radius);
      }
      p {
        margin: 0;
      }
    `,
  ];

  readonly total = new Task(this, {
    task: async ([client]: readonly [ClientWith<'events'> | undefined], { signal }) => {
      if (!client) return initialState;
      return (await client.events.list({ from: '2026-12-01', to: '2026-12-31' }, { signal })).total;
    },
    args: () => [this.client] as const,
  });

  protected override renderContent(): unknown {
    const text = labels[this.language];
    return html`
      <p part="lang">${text.lang}: ${this.language}</p>
      ${this.renderTask(this.total, {
        isEmpty: (total) => total === 0,
        complete: (total) => html`<p part="total">${text.events(total)}</p>`,
      })}
    `;
  }
}
if (!customElements.get('story-provider-probe')) customElements.define('story-provider-probe', StoryProviderProbe);

declare global {
  interface HTMLElementTagNameMap {
    'story-provider-probe': StoryProviderProbe;
  }
}

const probes = (canvas: HTMLElement) => [...canvas.querySelectorAll('story-provider-probe')];
const partText = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent ?? '';

const meta = {
  title: 'Foundations/Provider',
  component: 'hall-provider',
  render: (args) => html`
    <story-provider-probe theme=${args.theme}></story-provider-probe>
    <story-provider-probe theme=${args.theme}></story-provider-probe>
  `,
  argTypes: { theme: { table: { disable: true } } },
} satisfies Meta<HallStoryArgs>;
export default meta;
type Story = StoryObj<HallStoryArgs>;

/** Two elements, one provider: both load through its client and speak its language. */
export const OneProviderManyElements: Story = {
  parameters: hall('data'),
  play: async ({ canvasElement, globals }) => {
    await waitFor(() => expect(probes(canvasElement).map((el) => partText(el, 'total'))).toEqual([expect.stringContaining('3'), expect.stringContaining('3')]));
    for (const el of probes(canvasElement)) await expect(partText(el, 'lang')).toContain(String(globals['lang'] ?? 'ja'));
  },
};

/** An element's own `lang` wins over the provider's. */
export const ElementLanguageWins: Story = {
  parameters: hall('data'),
  render: (args, { globals }) => html`
    <story-provider-probe theme=${args.theme}></story-provider-probe>
    <story-provider-probe theme=${args.theme} lang=${globals['lang'] === 'en' ? 'ja' : 'en'}></story-provider-probe>
  `,
  play: async ({ canvasElement }) => {
    const [inherited, own] = probes(canvasElement);
    await waitFor(() => expect(own && inherited && partText(own, 'lang') !== partText(inherited, 'lang')).toBe(true));
  },
};

/** The provider's client answers with nothing: every element shows its empty state. */
export const Empty: Story = {
  parameters: hall('empty'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(probes(canvasElement).every((el) => el.shadowRoot?.querySelector('[part~="empty"]'))).toBe(true));
  },
};
