// Types for scripts/elements-reference.mjs (plain Node ESM, imported by packages/elements/test).
export declare const MANIFEST_PATH: string;
export declare const REFERENCE_PATH: string;
export declare const REGENERATE: string;
/** The hand-written guide of each tag that has one, relative to docs/elements/. */
export declare function findGuides(manifest: unknown, docsDir?: URL): Record<string, string>;
/** docs/elements/reference.md's Markdown for a custom-elements manifest. Pure and deterministic. */
export declare function renderElementsReference(manifest: unknown, options?: { guides?: Readonly<Record<string, string>> }): string;
/** One table cell's text: newlines folded, `|` escaped. */
export declare function cell(text: string | undefined): string;
