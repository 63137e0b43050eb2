/**
 * <hall-provider> in Chromium: one client and one language for the elements inside,
 * an element's own api-base and lang winning, and a provider defined after its
 * consumers (late upgrade through @lit/context's ContextRoot).
 */
import '../../../test/browser/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { html as litHtml } from 'lit';
import { createHallClient, createHallContext, EventsResource, ShopsResource, type HallClient } from '@promotion-hall/sdk';
import '../../define/hall-provider.js';
import { HallElement } from '../../internal/hall-element.js';
import { HallProvider } from './provider.js';

// Mocha's globals, provided by the test runner (no @types/mocha in this repo).
declare const describe: (title: string, fn: () => void) => void;
declare const it: (title: string, fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => void) => void;

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/** A minimal consumer, for these tests only: it says "Japan time" in its language. */
class ProviderTestConsumer extends HallElement {
  protected override renderContent(): unknown {
    return litHtml`<p>${this.t('time.japanTime')}</p>`;
  }
}
customElements.define('provider-test-consumer', ProviderTestConsumer);

/** Consumers that read one resource each, as the widgets read theirs (`static resources`). */
class ProviderTestEvents extends HallElement<'events'> {
  static override resources = { events: EventsResource };
  protected override renderContent(): unknown {
    return litHtml`<p>events</p>`;
  }
}
class ProviderTestShops extends HallElement<'shops'> {
  static override resources = { shops: ShopsResource };
  protected override renderContent(): unknown {
    return litHtml`<p>shops</p>`;
  }
}
customElements.define('provider-test-events', ProviderTestEvents);
customElements.define('provider-test-shops', ProviderTestShops);

declare global {
  interface HTMLElementTagNameMap {
    'provider-test-consumer': ProviderTestConsumer;
    'provider-test-events': ProviderTestEvents;
    'provider-test-shops': ProviderTestShops;
  }
}

/** What a visitor would read, and the language it is marked up in. */
function rendered(el: ProviderTestConsumer): { text: string; lang: string | null } {
  const base = el.shadowRoot?.querySelector('[part~="base"]');
  return { text: base?.textContent?.trim() ?? '', lang: base?.getAttribute('lang') ?? null };
}

/** Lets context callbacks and the updates they request run. */
async function settle(...elements: Array<{ updateComplete: Promise<unknown> }>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(elements.map((el) => el.updateComplete));
}

let lateProviders = 0;
/** A tag nobody has defined yet: custom element names cannot be defined twice on a page. */
const uniqueTag = (base: string) => `${base}-${Date.now().toString(36)}-${++lateProviders}`;

const documentLang = document.documentElement.lang;
afterEach(() => {
  document.documentElement.lang = documentLang;
});

describe('hall-provider', () => {
  it('has no axe violations', async () => {
    const provider = await fixture<HallProvider>(html`
      <hall-provider api-base="https://hall.example.jp/api/v1" lang="ja">
        <provider-test-consumer></provider-test-consumer>
      </hall-provider>
    `);
    await settle(provider.querySelector('provider-test-consumer')!);
    const results = await window.axe.run(provider);
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
  });

  it('gives its client and language to the elements inside it', async () => {
    const provider = await fixture<HallProvider>(html`
      <hall-provider api-base="https://hall.example.jp/api/v1" lang="en">
        <div><provider-test-consumer></provider-test-consumer></div>
      </hall-provider>
    `);
    const consumer = provider.querySelector('provider-test-consumer')!;
    await settle(consumer);
    expect(consumer.client?.baseUrl).to.equal('https://hall.example.jp/api/v1');
    expect(consumer.client).to.equal(provider.providedClient);
    expect(consumer.language).to.equal('en');
    expect(rendered(consumer)).to.deep.equal({ text: 'Japan time', lang: 'en' });
  });

  it('reaches elements inside other shadow roots', async () => {
    const provider = await fixture<HallProvider>(html`<hall-provider api-base="https://hall.example.jp/api/v1" lang="en"></hall-provider>`);
    const host = document.createElement('div');
    const consumer = document.createElement('provider-test-consumer');
    host.attachShadow({ mode: 'open' }).append(consumer);
    provider.append(host);
    await settle(consumer);
    expect(consumer.client?.baseUrl).to.equal('https://hall.example.jp/api/v1');
    expect(consumer.language).to.equal('en');
  });

  it('serves nothing outside it: an element alone has no client and the document language', async () => {
    document.documentElement.lang = 'ja';
    const container = await fixture<HTMLElement>(html`
      <div>
        <hall-provider api-base="https://hall.example.jp/api/v1" lang="en"></hall-provider>
        <provider-test-consumer></provider-test-consumer>
      </div>
    `);
    const consumer = container.querySelector('provider-test-consumer')!;
    await settle(consumer);
    expect(consumer.client).to.equal(undefined);
    expect(rendered(consumer)).to.deep.equal({ text: '日本時間', lang: 'ja' });
  });

  it('lets an element with its own api-base use its own client', async () => {
    const provider = await fixture<HallProvider>(html`
      <hall-provider api-base="https://hall.example.jp/api/v1">
        <provider-test-consumer id="own" api-base="https://other.example.jp/api/v1" lang="en"></provider-test-consumer>
        <provider-test-consumer id="same" api-base="https://other.example.jp/api/v1" lang="en-GB"></provider-test-consumer>
      </hall-provider>
    `);
    const own = provider.querySelector<ProviderTestConsumer>('#own')!;
    const same = provider.querySelector<ProviderTestConsumer>('#same')!;
    await settle(own, same);
    expect(own.client?.baseUrl).to.equal('https://other.example.jp/api/v1');
    expect(own.client?.locale).to.equal('en');
    expect(own.client).not.to.equal(provider.providedClient);
    // One client per API base and language on the page (shared read cache).
    expect(same.client).to.equal(own.client);
  });

  it('builds on its own client only the resources its elements read, and uses a page\'s client as it is', async () => {
    const provider = await fixture<HallProvider>(html`
      <hall-provider api-base="https://resources.example.jp/api/v1">
        <provider-test-events></provider-test-events>
        <provider-test-shops></provider-test-shops>
      </hall-provider>
    `);
    const events = provider.querySelector('provider-test-events')!;
    const shops = provider.querySelector('provider-test-shops')!;
    await settle(events, shops);
    const client = events.client!;
    expect(shops.client).to.equal(client);
    expect(client).to.equal(provider.providedClient);
    expect(client.events).to.be.instanceOf(EventsResource);
    expect(shops.client!.shops).to.be.instanceOf(ShopsResource);
    // Nothing inside reads consultations or programmes: this client never built them.
    expect(Object.keys(client).sort()).to.deep.equal(['baseUrl', 'events', 'locale', 'shops']);
    // An element with its own api-base gets its own resources only.
    const alone = await fixture<ProviderTestShops>(html`<provider-test-shops api-base="https://alone.example.jp/api/v1"></provider-test-shops>`);
    expect(Object.keys(alone.client!).sort()).to.deep.equal(['baseUrl', 'locale', 'shops']);

    // A provider's client from another copy of this package on the page (the same shared key)
    // gains the resources of this copy's elements too.
    const foreign = { baseUrl: 'https://copy.example.jp/api/v1', locale: 'ja' as const };
    Object.defineProperty(foreign, Symbol.for('promotion-hall.client-context'), { value: createHallContext({ baseUrl: foreign.baseUrl }) });
    provider.client = foreign as unknown as HallClient;
    await settle(provider, events, shops);
    expect(events.client).to.equal(foreign);
    expect(events.client!.events).to.be.instanceOf(EventsResource);
    expect(shops.client!.shops).to.be.instanceOf(ShopsResource);

    // A client the page made is handed down untouched, resources and all.
    const pageClient = createHallClient({ baseUrl: 'https://page.example.jp/api/v1' });
    const pageEvents = pageClient.events;
    provider.client = pageClient;
    await settle(provider, events, shops);
    expect(events.client).to.equal(pageClient);
    expect(pageClient.events).to.equal(pageEvents);
  });

  it('works when defined after its elements (late upgrade)', async () => {
    // The provider's tag is not defined yet: its element is an HTMLElement that answers
    // no context requests; the consumer's request waits in the document's ContextRoot.
    const tag = uniqueTag('late-hall-provider');
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const provider = document.createElement(tag);
    provider.setAttribute('api-base', 'https://late.example.jp/api/v1');
    provider.setAttribute('lang', 'en');
    const consumer = document.createElement('provider-test-consumer');
    provider.append(consumer);
    document.documentElement.lang = 'ja';
    container.append(provider);
    await settle(consumer);
    expect(consumer.client).to.equal(undefined);
    expect(rendered(consumer)).to.deep.equal({ text: '日本時間', lang: 'ja' });

    customElements.define(tag, class extends HallProvider {});
    await settle(consumer, provider as HallProvider);
    expect(consumer.client?.baseUrl).to.equal('https://late.example.jp/api/v1');
    expect(rendered(consumer)).to.deep.equal({ text: 'Japan time', lang: 'en' });

    // And it stays subscribed: a later change of the provider reaches the consumer.
    provider.setAttribute('lang', 'ja');
    await settle(provider as HallProvider, consumer);
    expect(rendered(consumer)).to.deep.equal({ text: '日本時間', lang: 'ja' });
  });

  it('takes the language from the element, then the provider, then the document', async () => {
    document.documentElement.lang = 'en';
    const container = await fixture<HTMLElement>(html`
      <div>
        <provider-test-consumer id="alone"></provider-test-consumer>
        <hall-provider lang="ja">
          <provider-test-consumer id="inherits"></provider-test-consumer>
          <provider-test-consumer id="own" lang="en-US"></provider-test-consumer>
        </hall-provider>
      </div>
    `);
    const [alone, inherits, own] = ['#alone', '#inherits', '#own'].map((id) => container.querySelector<ProviderTestConsumer>(id)!) as [
      ProviderTestConsumer,
      ProviderTestConsumer,
      ProviderTestConsumer,
    ];
    const provider = container.querySelector('hall-provider')!;
    await settle(alone, inherits, own);
    expect([alone, inherits, own].map((el) => rendered(el).lang)).to.deep.equal(['en', 'ja', 'en']);

    // A change of the provider's lang re-renders the elements that follow it.
    provider.setAttribute('lang', 'en');
    await settle(provider, inherits, own);
    expect(rendered(inherits)).to.deep.equal({ text: 'Japan time', lang: 'en' });

    // Without a lang, the provider gives none and the document's applies.
    provider.removeAttribute('lang');
    document.documentElement.lang = 'ja';
    await settle(provider, alone, inherits);
    expect(rendered(inherits)).to.deep.equal({ text: '日本時間', lang: 'ja' });
    expect(rendered(alone)).to.deep.equal({ text: '日本時間', lang: 'ja' });

    // The element's own lang, set as a property or attribute, wins and re-renders.
    inherits.lang = 'en';
    await settle(inherits);
    expect(rendered(inherits)).to.deep.equal({ text: 'Japan time', lang: 'en' });
    // Lit never writes the attribute back on its own.
    expect(own.getAttribute('lang')).to.equal('en-US');
  });

  it('recreates its client when api-base or lang change', async () => {
    const provider = await fixture<HallProvider>(html`
      <hall-provider api-base="https://hall.example.jp/api/v1" lang="ja">
        <provider-test-consumer></provider-test-consumer>
      </hall-provider>
    `);
    const consumer = provider.querySelector('provider-test-consumer')!;
    await settle(consumer);
    const first = consumer.client;
    expect(first?.locale).to.equal('ja');

    provider.lang = 'en';
    await settle(provider, consumer);
    expect(consumer.client?.locale).to.equal('en');
    expect(consumer.client).not.to.equal(first);

    provider.apiBase = 'https://next.example.jp/api/v1';
    await settle(provider, consumer);
    expect(consumer.client?.baseUrl).to.equal('https://next.example.jp/api/v1');
  });

  it('fires no events when properties are set', async () => {
    const seen: string[] = [];
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      if (event.type.startsWith('hall-')) seen.push(event.type);
      return dispatch.call(this, event);
    };
    try {
      const provider = await fixture<HallProvider>(html`
        <hall-provider api-base="https://hall.example.jp/api/v1"><provider-test-consumer></provider-test-consumer></hall-provider>
      `);
      const consumer = provider.querySelector('provider-test-consumer')!;
      await settle(consumer);
      provider.apiBase = 'https://next.example.jp/api/v1';
      provider.lang = 'en';
      provider.client = undefined;
      consumer.apiBase = 'https://own.example.jp/api/v1';
      consumer.theme = 'dark';
      consumer.era = true;
      consumer.lang = 'ja';
      await settle(provider, consumer);
      expect(seen).to.deep.equal([]);
    } finally {
      EventTarget.prototype.dispatchEvent = dispatch;
    }
  });
});
