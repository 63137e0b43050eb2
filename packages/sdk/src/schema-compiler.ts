/**
 * Compiled validation, for Node: the response schemas turned into plain functions by
 * zod's `compile`, which writes them with `new Function`. A compiled schema accepts and
 * refuses exactly what the interpreted one does (zod re-runs a refused value through the
 * interpreter, so the issues are the interpreter's too), several times faster: validation
 * was most of the cost of a large list (docs/decisions/0013-compiled-validation-in-node.md).
 *
 * Browsers never compile. The widgets run under a strict Content-Security-Policy, where
 * `new Function` is refused and reported, so zod stays `jitless` there (schemas/zod.ts).
 * Only the Node entry (`node.ts`) installs a compiler, which also keeps zod's code
 * generator out of the browser bundles.
 */
import type { z } from './schemas/index.js';

/** Turns a schema into one that validates the same way, faster (or returns it as it is). */
export type SchemaCompiler = <S extends z.ZodMiniType>(schema: S) => S;

let installed: SchemaCompiler | undefined;
const compiled = new WeakMap<z.ZodMiniType, z.ZodMiniType>();

/** Called once by the Node entry. */
export function installSchemaCompiler(compiler: SchemaCompiler): void {
  installed = compiler;
}

/** Whether this runtime's entry installed a compiler (Node: yes; browsers: no). */
export function schemaCompilerInstalled(): boolean {
  return installed !== undefined;
}

/** `schema` compiled, once per schema, when a compiler is installed; else `schema` itself. */
export function compiledSchema<S extends z.ZodMiniType>(schema: S): S {
  if (!installed) return schema;
  let fast = compiled.get(schema);
  if (!fast) {
    fast = installed(schema);
    compiled.set(schema, fast);
  }
  return fast as S;
}
