import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, type UserConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal(vite: UserConfig): UserConfig {
    return {
      ...vite,
      resolve: {
        ...vite.resolve,
        // Workspace packages resolve to their TypeScript sources (as in the Node and
        // browser tests), so stories need no `npm run build` of the packages first.
        conditions: ['source', ...defaultClientConditions],
      },
      optimizeDeps: {
        ...vite.optimizeDeps,
        // Storybook's web-components renderer imports `lit/directive-helpers.js`; left
        // out of the pre-bundle it brings a second lit-html ("Multiple versions of Lit").
        include: [...(vite.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      },
    };
  },
};

export default config;
