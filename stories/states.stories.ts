/**
 * The shared states every hall element gets from `HallElement.renderTask()`:
 * loading (skeleton), loaded, empty, error with retry, long Japanese text in a
 * narrow container. Shown on a tiny story-only element that lists December's
 * events through the provider's (fake) client. Theme and language: the toolbar.
 */
import { initialState, Task } from '@lit/task';
import { HallElement, type ClientWith } from '@promotion-hall/elements';
import { EventsResource, type EventOccurrence } from '@promotion-hall/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { HallStoryArgs } from '../.storybook/preview.js';
import { hall } from './support/play.js';

/** Story-only: December's events, or the base's loading / empty / error states. */
class StoryStateDemo extends HallElement<'events'> {
  static override resources = { events: EventsResource };
  static override styles = [
    HallElement.styles,
    css`
      .base {
        padding: var(--_hall-space-3);
      }
      ul {
        margin: 0;
        padding-inline-start: var(--_hall-space-3);
      }
      time {
        display: block;
        color: var(--_hall-color-text-muted);
      }
    `,
  ];

  readonly events = new Task(this, {
    task: async ([client]: readonly [ClientWith<'events'> | undefined], { signal }) => {
      if (!client) return initialState;
      const page = await client.events.list({ from: '2026-12-01', to: '2026-12-31' }, { signal });
      return page.items;
    },
    args: () => [this.client] as const,
  });

  private eventTitle(event: EventOccurrence): string {
    return (this.language === 'en' ? event.title.en : undefined) ?? event.title.ja;
  }

  protected override renderContent(): unknown {
    return this.renderTask(this.events, {
      isEmpty: (items) => items.length === 0,
      complete: (items) => html`
        <ul part="list">
          ${items.map((event) => html`<li><time datetime=${event.start}>${this.fmt.date(event.start)} ${this.fmt.timeRange(event.start, event.end)}</time>${this.eventTitle(event)}</li>`)}
        </ul>
      `,
    });
  }
}
if (!customElements.get('story-state-demo')) customElements.define('story-state-demo', StoryStateDemo);

declare global {
  interface HTMLElementTagNameMap {
    'story-state-demo': StoryStateDemo;
  }
}

/** The demo element's shadow root (the play functions look inside it). */
function demoRoot(canvas: HTMLElement): ShadowRoot {
  const root = canvas.querySelector('story-state-demo')?.shadowRoot;
  if (!root) throw new Error('story-state-demo has not rendered');
  return root;
}
const part = (canvas: HTMLElement, name: string) => demoRoot(canvas).querySelector<HTMLElement>(`[part~="${name}"]`);


const meta = {
  title: 'Foundations/States',
  render: (args) => html`<story-state-demo theme=${args.theme}></story-state-demo>`,
  argTypes: { theme: { table: { disable: true } } },
} satisfies Meta<HallStoryArgs>;
export default meta;
type Story = StoryObj<HallStoryArgs>;

export const Loading: Story = {
  parameters: hall('loading'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'loading')).toHaveAttribute('aria-busy', 'true'));
    await expect(part(canvasElement, 'skeleton')).toBeTruthy();
  },
};

export const Loaded: Story = {
  parameters: hall('data'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(demoRoot(canvasElement).querySelectorAll('li')).toHaveLength(3));
  },
};

export const Empty: Story = {
  parameters: hall('empty'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(part(canvasElement, 'empty')).toBeTruthy());
  },
};

export const Failed: Story = {
  name: 'Error',
  parameters: hall('error'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(demoRoot(canvasElement).querySelector('[role="alert"]')).toBeTruthy());
    await expect(part(canvasElement, 'retry-button')).toBeTruthy();
  },
};

/** The first load fails; "retry" loads again and the events appear. */
export const ErrorThenRetry: Story = {
  parameters: hall('error-once'),
  play: async ({ canvasElement }) => {
    const retry = await waitFor(() => {
      const button = part(canvasElement, 'retry-button');
      if (!button) throw new Error('no retry button yet');
      return button;
    });
    await userEvent.click(retry);
    await waitFor(() => expect(demoRoot(canvasElement).querySelectorAll('li')).toHaveLength(3));
  },
};

/** Long Japanese titles wrap inside a narrow container. */
export const NarrowContainer: Story = {
  parameters: hall('data'),
  render: (args) => html`<div class="hall-story-narrow"><story-state-demo theme=${args.theme}></story-state-demo></div>`,
};
