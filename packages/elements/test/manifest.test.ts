/**
 * custom-elements.json (generated from the JSDoc headers by `npm run build`) describes
 * every element that has a define/ entry: tag, summary, attributes. Storybook's docs and
 * editors read it, so an element without its JSDoc header fails here.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { it } from 'node:test';

const root = new URL('../', import.meta.url);

interface Declaration {
  customElement?: boolean;
  tagName?: string;
  name: string;
  summary?: string;
  attributes?: Array<{ name: string }>;
}

it('describes every defined element with its summary and attributes', () => {
  const file = new URL('custom-elements.json', root);
  assert.ok(existsSync(file), 'packages/elements/custom-elements.json is missing: run npm run build');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { modules: Array<{ declarations?: Declaration[] }> };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const defined = readdirSync(new URL('src/define/', root)).map((f) => f.replace(/\.ts$/, ''));
  assert.ok(defined.length > 0);
  for (const tag of defined) {
    const element = elements.find((e) => e.tagName === tag);
    assert.ok(element, `${tag} is not in the manifest (JSDoc header missing?)`);
    assert.ok(element.summary && element.summary.length > 10, `${tag} has no @summary`);
    assert.ok((element.attributes ?? []).length > 0, `${tag} lists no attributes`);
  }
});
