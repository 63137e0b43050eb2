/// <reference types="vite/client" />
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import '@promotion-hall/elements/define/hall-provider.js';
import type { HallTheme, Lang } from '@promotion-hall/elements';
import { html } from 'lit';
import { createFakeClient, SCENARIOS, type Scenario } from './fake-client.js';

// Autodocs read the elements' attributes, properties, events, slots, parts and CSS
// properties from the generated manifest (`npm run manifest`; the storybook scripts
// run it first). A glob, not an import, so a missing file leaves the docs bare
// instead of breaking the preview.
const manifests = import.meta.glob<{ default: unknown }>('../packages/elements/custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(publicOnly(manifest));

/** The manifest without private and protected members, which are no part of an element's API. */
function publicOnly(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value
      .filter((item: unknown) => !(typeof item === 'object' && item !== null && 'privacy' in item && item.privacy !== 'public'))
      .map(publicOnly);
  }
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, publicOnly(item)]));
  return value;
}

/** Parameters a story may set: `hall: { scenario: 'empty' }` picks what the fake API answers. */
export interface HallParameters {
  scenario?: Scenario;
}

/** Args every story receives from the decorator (stories pass `theme` on to their hall elements). */
export interface HallStoryArgs {
  theme: HallTheme;
}

const isTheme = (value: unknown): value is HallTheme => value === 'light' || value === 'dark' || value === 'auto';
const isLang = (value: unknown): value is Lang => value === 'ja' || value === 'en';

/**
 * The toolbar's theme and language, and a fake client: the story renders inside a
 * `<hall-provider>` whose `client` is the fake API and whose `lang` is the toolbar's;
 * the theme reaches the story as its `theme` arg.
 */
const withHall: Decorator = (story, context) => {
  const theme: HallTheme = isTheme(context.globals['theme']) ? context.globals['theme'] : 'light';
  const lang: Lang = isLang(context.globals['lang']) ? context.globals['lang'] : 'ja';
  const hall = (context.parameters['hall'] ?? {}) as HallParameters;
  const scenario = hall.scenario && SCENARIOS.includes(hall.scenario) ? hall.scenario : 'data';
  document.documentElement.lang = lang;
  return html`
    <div class="hall-story" data-theme=${theme}>
      <hall-provider lang=${lang} .client=${createFakeClient(scenario, lang)}>${story({ args: { ...context.args, theme } })}</hall-provider>
    </div>
  `;
};

const preview: Preview = {
  decorators: [withHall],
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Theme of the hall elements',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (system)' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language of the hall elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'ja', title: '日本語', right: 'ja' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', lang: 'ja' },
  parameters: {
    controls: { expanded: true },
    // Accessibility violations fail the story tests (`npm run test:stories`), not just warn.
    a11y: { test: 'error' },
  },
};

export default preview;
