/**
 * What every widget story's play function needs: the widget's shadow root and parts,
 * text as read, the toolbar's language, waiting for something to appear, the fake
 * API's scenario as parameters, and a watch on `window.alert` for hostile data.
 */
import { expect, spyOn, waitFor } from 'storybook/test';
import type { HallParameters } from '../../.storybook/preview.js';

/** The widget `tag` in the story's canvas, its shadow root, and its parts. */
export function widget<E extends HTMLElement>(tag: string) {
  const element = (canvas: HTMLElement): E => {
    const el = canvas.querySelector<E>(tag);
    if (!el) throw new Error(`${tag} is not in the story`);
    return el;
  };
  const shadow = (canvas: HTMLElement): ShadowRoot => {
    const root = element(canvas).shadowRoot;
    if (!root) throw new Error(`${tag} has not rendered`);
    return root;
  };
  const part = (canvas: HTMLElement, name: string) => shadow(canvas).querySelector<HTMLElement>(`[part~="${name}"]`);
  const parts = (canvas: HTMLElement, name: string) => [...shadow(canvas).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
  return { element, shadow, part, parts };
}

/** A node's text as a reader gets it: white space collapsed. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The toolbar's language (what the provider, and so the element, speaks). */
export const langOf = (globals: Record<string, unknown>): 'ja' | 'en' => (globals['lang'] === 'en' ? 'en' : 'ja');

/** Waits for something to be there and returns it. */
export async function present<T>(find: () => T | null | undefined, what: string, timeout = 3000): Promise<T> {
  return waitFor(
    () => {
      const found = find();
      if (!found) throw new Error(`${what} is not there yet`);
      return found;
    },
    { timeout },
  );
}

/** The error state every widget shares: a message (`role="alert"`), a retry button, and none of the `absent` parts. */
export async function expectErrorWithRetry(canvas: HTMLElement, shadowOf: (canvas: HTMLElement) => ShadowRoot, absent: readonly string[]): Promise<void> {
  await present(() => shadowOf(canvas).querySelector('[role="alert"]'), 'the error message');
  await expect(shadowOf(canvas).querySelector('[part~="retry-button"]')).toBeTruthy();
  for (const name of absent) await expect(shadowOf(canvas).querySelectorAll(`[part~="${name}"]`)).toHaveLength(0);
}

/**
 * Members every widget inherits from HallElement that stories never set through a control:
 * the provider gives the client (`api-base`), and the rest are read-only getters.
 */
export const INHERITED_DOCS_ONLY: Record<string, { control: false }> = {
  apiBase: { control: false },
  'api-base': { control: false },
  client: { control: false },
  language: { control: false },
};

/** The story's parameters for a fake-API scenario. */
export const hall = (scenario: NonNullable<HallParameters['scenario']>): { hall: HallParameters } => ({ hall: { scenario } });

/** `window.alert`, watched while a story with hostile data renders (its play function checks it was never called). */
let alertSpy: ReturnType<typeof spyOn<Window, 'alert'>> | undefined;
export function watchAlerts(): () => void {
  alertSpy = spyOn(window, 'alert').mockImplementation(() => undefined);
  return () => {
    alertSpy?.mockRestore();
    alertSpy = undefined;
  };
}
export const nothingRan = () => expect(alertSpy).not.toHaveBeenCalled();
