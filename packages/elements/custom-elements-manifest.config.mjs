// Generates packages/elements/custom-elements.json from the elements' JSDoc headers
// (@summary, @slot, @csspart, @cssprop, @event). Run by `npm run build`.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/cdn/**'],
  outdir: '.',
  litelement: true,
};
