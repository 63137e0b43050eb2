/**
 * The shared states of HallElement.renderTask() in Chromium: the loading skeleton,
 * the empty message, the error message (the catalogue's, never the error's text)
 * with a retry that re-runs the task; plus theme, formatting and target sizes.
 */
import '../../test/browser/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { Task } from '@lit/task';
import { HallNetworkError } from '@promotion-hall/sdk';
import 'axe-core/axe.min.js';
import { html as litHtml } from 'lit';
import { en } from '../i18n/en.js';
import { ja } from '../i18n/ja.js';
import { darkTheme, lightTheme } from '../styles/tokens.js';
import { HallElement } from './hall-element.js';

// Mocha's globals, provided by the test runner (no @types/mocha in this repo).
declare const describe: (title: string, fn: () => void) => void;
declare const it: (title: string, fn: () => Promise<void> | void) => void;

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/** A minimal element for these tests only: it loads a list with a task the test controls. */
class StateTestElement extends HallElement {
  calls = 0;
  load: () => Promise<readonly string[]> = () => new Promise(() => {});

  readonly task = new Task(this, {
    task: async () => {
      this.calls += 1;
      return this.load();
    },
    args: () => [] as const,
  });

  /** The month heading, to see `fmt` follow language and era. */
  get heading(): string {
    return this.fmt.monthHeading(2026, 12);
  }

  protected override renderContent(): unknown {
    return this.renderTask(this.task, {
      complete: (items) => litHtml`<h2>${this.heading}</h2><ul>${items.map((item) => litHtml`<li>${item}</li>`)}</ul>`,
      isEmpty: (items) => items.length === 0,
    });
  }
}
customElements.define('state-test-element', StateTestElement);

declare global {
  interface HTMLElementTagNameMap {
    'state-test-element': StateTestElement;
  }
}

const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Waits until the task has settled and the element has rendered the result. */
async function settled(el: StateTestElement): Promise<void> {
  await el.task.taskComplete.catch(() => undefined);
  await el.updateComplete;
}

async function make(load: () => Promise<readonly string[]>, attributes: Record<string, string> = {}): Promise<StateTestElement> {
  const el = document.createElement('state-test-element');
  el.load = load;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await fixture(html`<div></div>`).then((container) => container.append(el));
  await el.updateComplete;
  return el;
}

const networkError = () => new HallNetworkError('network', { method: 'GET', path: '/api/v1/events' }, 'SECRET raw error text');

describe('HallElement states', () => {
  it('has no axe violations when loading, loaded, empty or failed, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const states = [
        await make(() => new Promise(() => {}), { theme }),
        await make(async () => ['創業塾 第1回', 'Seminar'], { theme }),
        await make(async () => [], { theme }),
        await make(async () => Promise.reject(networkError()), { theme }),
      ];
      for (const el of states) {
        if (el.task.status !== 1) await settled(el);
        const results = await window.axe.run(el);
        expect(results.violations.map((v) => `${theme} ${v.id}: ${v.help}`)).to.deep.equal([]);
      }
    }
  });

  it('shows a busy skeleton while loading', async () => {
    const el = await make(() => new Promise(() => {}));
    const loading = part(el, 'loading');
    expect(loading).to.exist;
    expect(loading!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'skeleton')?.getAttribute('aria-hidden')).to.equal('true');
    expect(loading!.textContent).to.contain(ja['state.loading']);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('shows the content when loaded, inside a root marked with the language', async () => {
    const el = await make(async () => ['創業塾 第1回'], { lang: 'en' });
    await settled(el);
    expect(part(el, 'loading')).to.equal(null);
    expect(el.shadowRoot!.querySelector('li')?.textContent).to.equal('創業塾 第1回');
    expect(part(el, 'base')?.getAttribute('lang')).to.equal('en');
  });

  it('says so when there is nothing to show', async () => {
    const el = await make(async () => []);
    await settled(el);
    expect(part(el, 'empty')?.textContent?.trim()).to.equal(ja['state.empty']);
  });

  it('shows the catalogue message for a network error, never the error text, and retries', async () => {
    const el = await make(async () => Promise.reject(networkError()));
    await settled(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent?.trim()).to.equal(ja['error.network']);
    expect(el.shadowRoot!.textContent).not.to.contain('SECRET');
    const retry = part(el, 'retry-button') as HTMLButtonElement;
    expect(retry.textContent?.trim()).to.equal(ja['action.retry']);
    expect(el.calls).to.equal(1);

    // The server is back: retry loads again and shows the list.
    el.load = async () => ['再開'];
    retry.click();
    expect(el.calls).to.equal(2);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('li')?.textContent).to.equal('再開');
    // Focus stayed inside the element rather than falling to <body>.
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'base'));
  });

  it('speaks English when its lang is en', async () => {
    const el = await make(async () => Promise.reject(networkError()), { lang: 'en-GB' });
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim()).to.equal(en['error.network']);
    expect(part(el, 'retry-button')?.textContent?.trim()).to.equal(en['action.retry']);
    expect(part(el, 'base')?.getAttribute('lang')).to.equal('en');
  });

  it('gives the retry button a target of at least 24 × 24 px and a visible focus ring', async () => {
    const el = await make(async () => Promise.reject(networkError()));
    await settled(el);
    const retry = part(el, 'retry-button')!;
    const box = retry.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
    retry.focus({ focusVisible: true } as FocusOptions);
    const style = getComputedStyle(retry);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

describe('HallElement theme and formatting', () => {
  it('reflects theme and switches the token defaults; host pages override tokens', async () => {
    const el = await make(async () => ['x']);
    await settled(el);
    const token = (name: string) => getComputedStyle(el).getPropertyValue(name).trim();
    expect(el.getAttribute('theme')).to.equal('light');
    expect(token('--_hall-color-bg')).to.equal(lightTheme.bg);

    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(token('--_hall-color-bg')).to.equal(darkTheme.bg);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');

    el.style.setProperty('--hall-color-accent', '#006e54');
    expect(token('--_hall-color-accent')).to.equal('#006e54');
  });

  it('draws Japanese with Japanese fonts first, English with the system face first, and a page font above both', async () => {
    const pageLang = document.documentElement.lang;
    document.documentElement.lang = 'ja';
    try {
      // In an English part of a Japanese page, without its own lang: it speaks Japanese, and draws it so.
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const el = document.createElement('state-test-element') as StateTestElement;
      el.load = async () => ['x'];
      wrapper.append(el);
      await settled(el);
      const base = () => el.shadowRoot!.querySelector('[part~="base"]')!;
      const first = () => getComputedStyle(base()).fontFamily.split(',')[0]!.trim().replace(/"/g, '');
      expect(base().getAttribute('lang')).to.equal('ja');
      expect(first()).to.equal('Hiragino Sans');
      el.lang = 'en';
      await el.updateComplete;
      expect(first()).to.equal('system-ui');
      el.style.setProperty('--hall-font-family', 'serif');
      expect(getComputedStyle(base()).fontFamily).to.equal('serif');
      el.lang = 'ja';
      await el.updateComplete;
      expect(getComputedStyle(base()).fontFamily).to.equal('serif');
    } finally {
      document.documentElement.lang = pageLang;
    }
  });

  it('formats dates in its language and, with era, in the Japanese calendar', async () => {
    const el = await make(async () => ['x']);
    await settled(el);
    expect(el.shadowRoot!.querySelector('h2')?.textContent).to.equal('2026年12月');
    el.era = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')?.textContent).to.equal('令和8年12月');
    el.lang = 'en';
    el.era = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')?.textContent).to.equal('December 2026');
  });
});
