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

it('names in each element\'s JSDoc every CSS part its templates write out', () => {
  // Literal `part="…"` attributes, and the links' parts handed to a helper (`externalLink(href, label, 'event-link', …)`).
  // Other parts built in code (`part=${parts}`) are checked by the element's own tests.
  const literalParts = (source: string): string[] => [
    ...[...source.matchAll(/\bpart="([^"$]+)"/g)].flatMap((match) => match[1]!.split(/\s+/)),
    ...[...source.matchAll(/, '([a-z][a-z-]*-link)'[,)]/g)].map((match) => match[1]!),
  ];
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8')) as {
    modules: Array<{ declarations?: Array<Declaration & { cssParts?: Array<{ name: string }> }> }>;
  };
  const base = readFileSync(new URL('src/internal/hall-element.ts', root), 'utf8');
  // Every element renders `base` (and `error` when set up wrongly); the shared states only through `renderTask`.
  const always = ['base', 'error'];
  const components = readdirSync(new URL('src/components/', root)).filter((name) => name !== 'provider');
  assert.ok(components.length >= 3);
  for (const name of components) {
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === `hall-${name}`);
    assert.ok(element, `hall-${name} is not in the manifest`);
    const documented = new Set((element.cssParts ?? []).map((p) => p.name));
    const dir = new URL(`src/components/${name}/`, root);
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'));
    const shared = sources.some((source) => source.includes('this.renderTask(')) ? literalParts(base) : always;
    const written = new Set([...shared, ...sources.flatMap(literalParts)]);
    const missing = [...written].filter((part) => !documented.has(part)).sort();
    assert.deepEqual(missing, [], `hall-${name} writes parts its JSDoc does not name (@csspart): ${missing.join(', ')}`);
  }
});

it('lists each element\'s events once, by name, as its JSDoc\'s @fires lines say (no event guessed from code)', () => {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8')) as {
    modules: Array<{ path: string; declarations?: Array<Declaration & { events?: Array<{ name?: string; description?: string }> }> }>;
  };
  for (const module of manifest.modules) {
    for (const element of (module.declarations ?? []).filter((d) => d.customElement && d.tagName)) {
      const source = readFileSync(new URL(module.path, root), 'utf8');
      const fires = [...source.matchAll(/@fires \{[^}]+\} ([a-z-]+) - /g)].map((match) => match[1]!).sort();
      const listed = (element.events ?? []).map((event) => event.name ?? '(no name)').sort();
      assert.deepEqual(listed, fires, `${element.tagName}'s events in the manifest`);
    }
  }
});
