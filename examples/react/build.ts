/**
 * Bundles the app with esbuild into `dist/app.js` (one file, React's production build),
 * which `index.html` loads. No dev server: the hall's reference server serves this folder
 * (`npm start -w examples/react`). The test bundles its own entry with the same options.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    // The workspace packages from their TypeScript sources, as in the tests.
    conditions: ['source'],
    jsx: 'automatic',
    // React reads process.env.NODE_ENV; browsers have no `process`.
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: path.join(HERE, '../../tsconfig.json'),
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundle(path.join(HERE, 'main.tsx'), path.join(HERE, 'dist/app.js'));
  console.log('examples/react: dist/app.js built');
}
