/**
 * The API reference at GET /docs: one self-contained HTML page rendered on the
 * server from the OpenAPI document (the same object /api/v1/openapi.json sends),
 * styled by /docs/docs.css. No script and no inline style, so it works under the
 * site's strict Content-Security-Policy; nothing is fetched from a CDN. Every
 * string from the document goes through `escapeHtml`.
 */
import { PROBLEM_TYPES } from '@promotion-hall/sdk/schemas';
import type { JsonSchema, OpenApiDocument, OpenApiOperation, OpenApiParameter, OpenApiResponse, Reference } from './openapi.js';

export const DOCS_STYLESHEET_PATH = '/docs/docs.css';

const METHODS = ['get', 'post', 'delete'] as const;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** Escaped prose: `code` spans become <code>, blank lines paragraphs, `- ` lines list items. */
function prose(text: string | undefined): string {
  if (!text) return '';
  const inline = (s: string) => escapeHtml(s).replace(/`([^`]+)`/g, '<code>$1</code>');
  return text
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((l) => l.startsWith('- '))) return `<ul>${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join('')}</ul>`;
      return `<p>${inline(block)}</p>`;
    })
    .join('');
}

function isRef(value: unknown): value is Reference {
  return value !== null && typeof value === 'object' && typeof (value as Reference).$ref === 'string';
}

function refName(ref: Reference): string {
  return ref.$ref.split('/').pop() ?? ref.$ref;
}

/** Follows local `$ref`s (`#/components/...`); an unknown one is returned as is. */
function resolve<T>(doc: OpenApiDocument, value: T | Reference, depth = 0): T | Reference {
  if (!isRef(value) || depth > 10 || !value.$ref.startsWith('#/')) return value;
  const target = value.$ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  return target === undefined ? value : resolve(doc, target as T | Reference, depth + 1);
}

/** A short, escaped description of a schema's type: `string (date)`, `array of Slot`, `"a" | "b"`. */
function typeOf(doc: OpenApiDocument, schema: JsonSchema | Reference | undefined, depth = 0): string {
  if (schema === undefined) return '';
  if (isRef(schema)) {
    const resolved = resolve(doc, schema) as JsonSchema;
    const name = escapeHtml(refName(schema));
    // Name the component, and say what it is when it is a value type with an enum.
    if (!isRef(resolved) && Array.isArray(resolved['enum']) && depth === 0) return `${name}: ${typeOf(doc, resolved, depth + 1)}`;
    return `<code>${name}</code>`;
  }
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(' | ');
  if (schema.const !== undefined) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const parts = schema[key];
    if (Array.isArray(parts)) return parts.map((p) => typeOf(doc, p as JsonSchema, depth + 1)).join(key === 'allOf' ? ' &amp; ' : ' | ');
  }
  const type = Array.isArray(schema.type) ? schema.type.map(String).join(' | ') : typeof schema.type === 'string' ? schema.type : 'any';
  let text = escapeHtml(type);
  if (type === 'array' && schema.items !== undefined) text = `array of ${typeOf(doc, schema.items as JsonSchema, depth + 1)}`;
  if (typeof schema.format === 'string') text += ` (${escapeHtml(schema.format)})`;
  if (typeof schema.pattern === 'string') text += ` matching <code>${escapeHtml(schema.pattern)}</code>`;
  return text;
}

function schemaDescription(doc: OpenApiDocument, schema: JsonSchema | Reference | undefined): string | undefined {
  if (schema === undefined) return undefined;
  const resolved = resolve(doc, schema);
  return !isRef(resolved) && typeof resolved.description === 'string' ? resolved.description : undefined;
}

/** The properties of an object schema (after `$ref`s) as a table, or its type when it is not an object. */
function schemaTable(doc: OpenApiDocument, schema: JsonSchema | Reference): string {
  const resolved = resolve(doc, schema);
  const head = isRef(schema) ? `<p>Schema <code>${escapeHtml(refName(schema))}</code></p>` : '';
  if (isRef(resolved) || resolved.type !== 'object' || typeof resolved.properties !== 'object' || resolved.properties === null) {
    return `${head}<p>Type: ${typeOf(doc, schema)}</p>`;
  }
  const required = new Set(Array.isArray(resolved.required) ? resolved.required.map(String) : []);
  const rows = Object.entries(resolved.properties as Record<string, JsonSchema | Reference>).map(
    ([name, property]) =>
      `<tr><td><code>${escapeHtml(name)}</code></td><td>${typeOf(doc, property)}</td><td>${required.has(name) ? 'yes' : 'no'}</td><td>${prose(schemaDescription(doc, property))}</td></tr>`,
  );
  return `${head}<table><thead><tr><th>Property</th><th>Type</th><th>Required</th><th>Description</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function parametersTable(doc: OpenApiDocument, parameters: Array<OpenApiParameter | Reference>): string {
  const rows = parameters.map((p) => {
    const param = resolve(doc, p);
    if (isRef(param)) return `<tr><td colspan="5"><code>${escapeHtml(param.$ref)}</code></td></tr>`;
    return `<tr><td><code>${escapeHtml(param.name)}</code></td><td>${escapeHtml(param.in)}</td><td>${param.required ? 'yes' : 'no'}</td><td>${typeOf(doc, param.schema)}</td><td>${prose(param.description)}</td></tr>`;
  });
  return `<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Required</th><th>Schema</th><th>Description</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function responsesTable(doc: OpenApiDocument, responses: Record<string, OpenApiResponse | Reference>): string {
  const rows = Object.entries(responses).map(([status, r]) => {
    const response = resolve(doc, r);
    if (isRef(response)) return `<tr><td>${escapeHtml(status)}</td><td><code>${escapeHtml(response.$ref)}</code></td><td></td></tr>`;
    const content = Object.entries(response.content ?? {})
      .map(([mediaType, media]) => `<code>${escapeHtml(mediaType)}</code> ${typeOf(doc, media.schema)}`)
      .join('<br>');
    return `<tr><td>${escapeHtml(status)}</td><td>${prose(response.description)}</td><td>${content}</td></tr>`;
  });
  return `<h4>Responses</h4><table><thead><tr><th>Status</th><th>Description</th><th>Body</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The anchor of an operation: its operationId. */
export function operationAnchor(operation: OpenApiOperation): string {
  return operation.operationId;
}

type Entry = { path: string; method: (typeof METHODS)[number]; operation: OpenApiOperation; server: string };

function entries(doc: OpenApiDocument): Entry[] {
  const base = doc.servers[0]?.url ?? '';
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ path, method, operation, server: item.servers?.[0]?.url ?? base }] : [];
    }),
  );
}

function fullPath(entry: Entry): string {
  return `${entry.server.replace(/\/$/, '')}${entry.path}`;
}

function operationSection(doc: OpenApiDocument, entry: Entry): string {
  const { operation, method } = entry;
  const anchor = escapeHtml(operationAnchor(operation));
  const parts = [
    `<section class="operation" id="${anchor}">`,
    `<h3><a href="#${anchor}"><span class="method method-${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(fullPath(entry))}</code></a></h3>`,
    `<p class="summary">${escapeHtml(operation.summary)}</p>`,
    `<p class="meta">operationId <code>${anchor}</code>${operation.security?.length ? ` · auth: ${operation.security.flatMap((s) => Object.keys(s)).map((s) => `<code>${escapeHtml(s)}</code>`).join(', ')}` : ''}</p>`,
    prose(operation.description),
  ];
  if (operation.parameters?.length) parts.push(parametersTable(doc, operation.parameters));
  if (operation.requestBody) {
    parts.push(`<h4>Request body${operation.requestBody.required ? ' (required)' : ''}</h4>`, prose(operation.requestBody.description));
    for (const [mediaType, media] of Object.entries(operation.requestBody.content)) {
      parts.push(`<p><code>${escapeHtml(mediaType)}</code></p>`, schemaTable(doc, media.schema));
    }
  }
  parts.push(responsesTable(doc, operation.responses), '</section>');
  return parts.join('\n');
}

/** The whole page. `doc` is the OpenAPI document as built by `buildOpenApiDocument`. */
export function renderApiReference(doc: OpenApiDocument): string {
  const all = entries(doc);
  const tagNames = [...doc.tags.map((t) => t.name), ...new Set(all.flatMap((e) => e.operation.tags))].filter((t, i, a) => a.indexOf(t) === i);
  const groups = tagNames
    .map((name) => ({ name, description: doc.tags.find((t) => t.name === name)?.description, ops: all.filter((e) => (e.operation.tags[0] ?? '') === name) }))
    .filter((g) => g.ops.length > 0);
  const untagged = all.filter((e) => !tagNames.includes(e.operation.tags[0] ?? ''));
  if (untagged.length) groups.push({ name: 'other', description: undefined, ops: untagged });

  const toc = groups
    .map(
      (g) =>
        `<li><a href="#tag-${escapeHtml(g.name)}">${escapeHtml(g.name)}</a><ul>${g.ops
          .map((e) => `<li><a href="#${escapeHtml(operationAnchor(e.operation))}"><span class="method method-${escapeHtml(e.method)}">${escapeHtml(e.method.toUpperCase())}</span> <code>${escapeHtml(fullPath(e))}</code></a></li>`)
          .join('')}</ul></li>`,
    )
    .join('');

  const servers = doc.servers.map((s) => `<li><code>${escapeHtml(s.url)}</code>${s.description ? ` — ${escapeHtml(s.description)}` : ''}</li>`).join('');
  const problems = Object.entries(PROBLEM_TYPES)
    .map(([name, uri]) => `<tr><td><code>${escapeHtml(uri)}</code></td><td>${escapeHtml(name)}</td></tr>`)
    .join('');

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.info.title)} — API reference</title>`,
    `<link rel="stylesheet" href="${escapeHtml(DOCS_STYLESHEET_PATH)}">`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(doc.info.title)}</h1>`,
    `<p class="meta">Version ${escapeHtml(doc.info.version)} · OpenAPI ${escapeHtml(doc.openapi)} · ${escapeHtml(doc.info.license.name)} · machine-readable: <a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a></p>`,
    `<p class="summary">${escapeHtml(doc.info.summary)}</p>`,
    '</header>',
    '<nav aria-labelledby="toc-title"><h2 id="toc-title">Contents</h2><ul>',
    '<li><a href="#overview">Overview</a></li><li><a href="#servers">Servers</a></li>',
    toc,
    '<li><a href="#problem-types">Problem types</a></li>',
    '</ul></nav>',
    '<main>',
    `<section id="overview"><h2>Overview</h2>${prose(doc.info.description)}</section>`,
    `<section id="servers"><h2>Servers</h2><ul>${servers}</ul><p>Paths below include their server.</p></section>`,
    ...groups.map((g) => `<section id="tag-${escapeHtml(g.name)}"><h2>${escapeHtml(g.name)}</h2>${prose(g.description)}\n${g.ops.map((e) => operationSection(doc, e)).join('\n')}</section>`),
    `<section id="problem-types"><h2>Problem types</h2><p>Errors are <code>application/problem+json</code>; <code>type</code> is one of:</p><table><thead><tr><th>Type</th><th>Name</th></tr></thead><tbody>${problems}</tbody></table></section>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const DOCS_CSS = `:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fff; --muted: #5c5c5c; --line: #d6d6d6; --code: #f3f3f3; --link: #0b57d0; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8e8; --bg: #151515; --muted: #a8a8a8; --line: #3a3a3a; --code: #242424; --link: #8ab4f8; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 4rem; font: 16px/1.55 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); }
h1 { margin-bottom: 0.25rem; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; margin-top: 2.5rem; }
h3 { margin: 0 0 0.25rem; font-size: 1.1rem; }
h3 a { color: inherit; text-decoration: none; }
h4 { margin: 1rem 0 0.25rem; }
code { font: 0.9em/1.4 ui-monospace, monospace; background: var(--code); padding: 0.05em 0.3em; border-radius: 3px; overflow-wrap: anywhere; }
.meta, .summary { color: var(--muted); margin: 0.25rem 0; }
.summary { font-size: 1.05rem; }
nav ul { padding-left: 1.25rem; }
nav li { margin: 0.1rem 0; }
.operation { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; margin: 1rem 0; }
.method { display: inline-block; min-width: 4.2em; font: bold 0.8rem ui-monospace, monospace; text-align: center; padding: 0.1em 0.4em; border-radius: 3px; color: #fff; background: #1565c0; }
.method-post { background: #2e7d32; }
.method-delete { background: #c62828; }
table { border-collapse: collapse; width: 100%; margin: 0.25rem 0 0.75rem; font-size: 0.92rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: var(--code); }
td p { margin: 0; }
td p + p { margin-top: 0.4rem; }
`;
