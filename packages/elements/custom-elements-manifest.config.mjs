// Generates packages/elements/custom-elements.json from the elements' JSDoc headers
// (@summary, @slot, @csspart, @cssprop, @event). Run by `npm run build`.

/**
 * The JSDoc's `@fires` lines are the elements' events. The analyzer also guesses events from
 * `this.dispatchEvent(new SomeEvent(…))`, and with an event class (src/events/) it cannot read the
 * name: it records one without a name, or named after the constructor's argument (`detail`).
 * Only the documented events stay.
 */
const documentedEventsOnly = {
  name: 'documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/cdn/**'],
  outdir: '.',
  litelement: true,
  plugins: [documentedEventsOnly],
};
