/**
 * The text-only rendering rule, enforced: element sources may not turn strings
 * into markup, script or inline styles. Data is rendered through Lit's text
 * bindings and styles are static sheets; anything on this list is a way around that.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

interface Rule {
  name: string;
  pattern: RegExp;
  /** Files (relative to src, with `/`) where the pattern is allowed. */
  allowedIn?: readonly string[];
}

const RULES: readonly Rule[] = [
  { name: 'unsafeHTML', pattern: /\bunsafeHTML\b/ },
  { name: 'unsafeSVG', pattern: /\bunsafeSVG\b/ },
  { name: 'unsafeStatic', pattern: /\bunsafeStatic\b/ },
  { name: '.innerHTML', pattern: /\.\s*innerHTML\b/ },
  { name: 'outerHTML', pattern: /\bouterHTML\b/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/ },
  { name: 'styleMap', pattern: /\bstyleMap\b/ },
  { name: 'style binding', pattern: /\bstyle\s*=\s*["']?\$\{/ },
  { name: 'srcdoc', pattern: /\bsrcdoc\b/i },
  { name: 'document.write', pattern: /\bdocument\s*\.\s*write(ln)?\b/ },
  { name: 'eval(', pattern: /(?<![\w$.])eval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\b/ },
  // Generating CSS text is allowed only where it is built from the token constants.
  { name: 'unsafeCSS', pattern: /\bunsafeCSS\b/, allowedIn: ['styles/shared.ts'] },
];

export interface Violation {
  file: string;
  line: number;
  rule: string;
  text: string;
}

/** The violations in one source text (`file` is relative to src). */
export function checkSource(file: string, source: string): Violation[] {
  const violations: Violation[] = [];
  source.split('\n').forEach((text, index) => {
    for (const rule of RULES) {
      if (rule.allowedIn?.includes(file)) continue;
      if (rule.pattern.test(text)) violations.push({ file, line: index + 1, rule: rule.name, text: text.trim() });
    }
  });
  return violations;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(entry.name) && !/\.test\.(ts|js)$/.test(entry.name) ? [path] : [];
  });
}

const format = (v: Violation) => `src/${v.file}:${v.line}: ${v.rule}: ${v.text}`;

describe('banned patterns in packages/elements/src', () => {
  it('finds none', () => {
    const files = sourceFiles(SRC);
    assert.ok(files.length > 0, 'no sources found');
    const violations = files.flatMap((path) => checkSource(relative(SRC, path).split('\\').join('/'), readFileSync(path, 'utf8')));
    assert.deepEqual(violations.map(format), []);
  });

  it('reports each banned pattern with its file and line', () => {
    const sample = [
      "import { html } from 'lit';",
      "import { unsafeHTML } from 'lit/directives/unsafe-html.js';",
      'el.innerHTML = name;',
      'html`<p style="${color}">${name}</p>`;',
      'html`<p style=${color}></p>`;',
      "html`<div style=${styleMap({ color })}></div>`;",
      'html`<iframe srcdoc=${page}></iframe>`;',
      'document.write(x);',
      'eval(code);',
      "const f = new Function('return 1');",
      'node.insertAdjacentHTML("beforeend", x);',
      'const s = el.outerHTML;',
      'const sheet = unsafeCSS(userColour);',
      'html`<p>${name}</p>`; // fine',
      'const evaluation = retrieval(1); // fine: no eval call',
    ].join('\n');
    const found = checkSource('components/sample/sample.ts', sample).map((v) => `${v.line}:${v.rule}`);
    assert.deepEqual(found, [
      '2:unsafeHTML',
      '3:.innerHTML',
      '4:style binding',
      '5:style binding',
      '6:styleMap',
      '6:style binding',
      '7:srcdoc',
      '8:document.write',
      '9:eval(',
      '10:new Function',
      '11:insertAdjacentHTML',
      '12:outerHTML',
      '13:unsafeCSS',
    ]);
    assert.equal(format(checkSource('internal/x.ts', 'a\nel.innerHTML = b')[0]!), 'src/internal/x.ts:2: .innerHTML: el.innerHTML = b');
  });

  it('allows unsafeCSS only in the token sheet', () => {
    assert.deepEqual(checkSource('styles/shared.ts', 'unsafeCSS(declarations)'), []);
  });
});
