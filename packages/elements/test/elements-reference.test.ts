/**
 * docs/elements/reference.md is generated from custom-elements.json (itself generated from the
 * JSDoc headers by `npm run build`) by scripts/elements-reference.mjs. These tests keep the
 * committed file in step with the code, make sure nothing in the manifest is dropped on the
 * way, and check that descriptions cannot break the Markdown tables.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findGuides, renderElementsReference } from '../../../scripts/elements-reference.mjs';

const repo = new URL('../../../', import.meta.url);
const manifestFile = new URL('packages/elements/custom-elements.json', repo);
const referenceFile = new URL('docs/elements/reference.md', repo);

interface Named {
  name: string;
  description?: string;
  type?: { text: string };
  fieldName?: string;
  default?: string;
}
interface Declaration extends Named {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
}
interface Manifest {
  schemaVersion: string;
  modules: Array<{ kind: string; path: string; declarations?: Declaration[] }>;
}

function readManifest(): Manifest {
  assert.ok(existsSync(manifestFile), 'packages/elements/custom-elements.json is missing: run npm run build (or npm run docs:elements)');
  return JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
}

function elementsOf(manifest: Manifest): Declaration[] {
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement === true && typeof d.tagName === 'string');
}

/** An element's section: from its anchor to the next element's. */
function sectionOf(markdown: string, tag: string): string {
  const start = markdown.indexOf(`<a id="${tag}"></a>`);
  assert.notEqual(start, -1, `no section for <${tag}>`);
  const next = markdown.indexOf('<a id="', start + 1);
  return markdown.slice(start, next === -1 ? undefined : next);
}

/** The cells of a table row, split on the `|` that are not escaped. */
function cellsOf(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** Every table in the Markdown, as its rows (header, separator, body). */
function tablesOf(markdown: string): string[][] {
  const tables: string[][] = [];
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) (current ??= []).push(line);
    else if (current) {
      tables.push(current);
      current = undefined;
    }
  }
  if (current) tables.push(current);
  return tables;
}

describe('docs/elements/reference.md', () => {
  it('is what the current custom-elements.json renders to', () => {
    const manifest = readManifest();
    const expected = renderElementsReference(manifest, { guides: findGuides(manifest) });
    assert.ok(existsSync(referenceFile), 'docs/elements/reference.md is missing: run npm run docs:elements');
    const actual = readFileSync(referenceFile, 'utf8');
    assert.ok(actual === expected, 'docs/elements/reference.md is out of date with the elements\' JSDoc: run npm run docs:elements and commit the result');
  });

  it('names every element, attribute, event and CSS part of the manifest in its element\'s section', () => {
    const manifest = readManifest();
    const markdown = renderElementsReference(manifest, { guides: findGuides(manifest) });
    const elements = elementsOf(manifest);
    assert.ok(elements.length > 0, 'the manifest has no custom elements');
    for (const element of elements) {
      const tag = element.tagName ?? '';
      assert.ok(markdown.includes(`[\`<${tag}>\`](#${tag})`), `<${tag}> is not in the contents`);
      const section = sectionOf(markdown, tag);
      const expected = [
        ...(element.attributes ?? []).map((a) => ['attribute', a.name]),
        ...(element.events ?? []).map((e) => ['event', e.name]),
        ...(element.cssParts ?? []).map((p) => ['CSS part', p.name]),
      ];
      for (const [what, name] of expected) {
        assert.ok(section.includes(`| \`${name}\` |`), `<${tag}>: the ${what} ${name} is missing from the reference`);
      }
    }
  });

  it('links the hand-written guides that exist, relative to docs/elements/', () => {
    const manifest = readManifest();
    const guides = findGuides(manifest);
    for (const [tag, file] of Object.entries(guides)) {
      assert.ok(existsSync(new URL(`docs/elements/${file}`, repo)), `${file} does not exist`);
      assert.ok(sectionOf(renderElementsReference(manifest, { guides }), tag).includes(`](${file})`), `<${tag}> does not link ${file}`);
    }
  });
});

describe('renderElementsReference', () => {
  const manifest: Manifest = {
    schemaVersion: '1.0.0',
    modules: [
      {
        kind: 'javascript-module',
        path: 'src/base.ts',
        declarations: [{ kind: 'class', name: 'Base', customElement: true }],
      },
      {
        kind: 'javascript-module',
        path: 'src/sample.ts',
        declarations: [
          {
            kind: 'class',
            name: 'HallSample',
            customElement: true,
            tagName: 'hall-sample',
            description: 'A sample.',
            attributes: [
              { name: 'mode', description: 'Either `a | b`\nor c.\n\nA second paragraph.', type: { text: "'a' | 'b'" }, fieldName: 'mode', default: "'a'" },
              { name: 'plain' },
            ],
            events: [{ name: 'hall-pick', description: 'Picked | chosen.', type: { text: 'CustomEvent<{ a: 1 | 2 }>' } }],
            cssParts: [{ name: 'row', description: 'One\r\nrow' }],
          },
        ],
      },
    ],
  };

  it('escapes `|` and folds newlines, so every row of a table has its header\'s cells', () => {
    const markdown = renderElementsReference(manifest);
    assert.ok(markdown.includes('| `mode` | `mode` | `\'a\' \\| \'b\'` | `\'a\'` | Either `a \\| b` or c.<br>A second paragraph. |'), markdown);
    assert.ok(markdown.includes('| `hall-pick` | `{ a: 1 \\| 2 }` | Picked \\| chosen. |'), markdown);
    assert.ok(markdown.includes('| `row` | One row |'), markdown);
    const tables = tablesOf(markdown);
    assert.equal(tables.length, 3, 'attributes, events and CSS parts; the empty tables are left out');
    for (const rows of tables) {
      const width = cellsOf(rows[0] ?? '').length;
      assert.ok(width > 1);
      for (const row of rows) assert.equal(cellsOf(row).length, width, `a row with the wrong number of cells: ${row}`);
      assert.match(rows[1] ?? '', /^\| (--- \| )*--- \|$/);
    }
  });

  it('leaves out declarations without a tag and is deterministic', () => {
    const markdown = renderElementsReference(manifest);
    assert.ok(!markdown.includes('Base'));
    assert.equal(renderElementsReference(structuredClone(manifest)), markdown);
    assert.ok(!/\d{4}-\d{2}-\d{2}/.test(markdown), 'no dates in generated output');
  });
});
