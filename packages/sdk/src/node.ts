/**
 * @promotion-hall/sdk for Node (the `node` export condition): the same client as the
 * browser entry, with compiled validation. Node has no Content-Security-Policy, so zod's
 * `compile` may write each response schema as a function (`new Function`), which makes
 * validating a large list several times faster. Where code generation is disabled
 * (`--disallow-code-generation-from-strings`), zod's compile gives the schema back as it
 * is and validation is interpreted, as in browsers; `compileSchemas: false` turns it off
 * per client.
 */
import { compile } from './schemas/zod.js';
import { installSchemaCompiler } from './schema-compiler.js';

installSchemaCompiler((schema) => compile(schema));

export * from './index.js';
