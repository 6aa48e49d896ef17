import { defineConfig, mergeConfig } from 'vitest/config';
import { screensConfig } from '@ipbureau/vitest-preset';

export default defineConfig(
  mergeConfig(screensConfig({ setupFiles: ['@ipbureau/ui/testing/jsdom-setup', './src/testing/setup.ts'], testTimeout: 60_000 }), {
    resolve: {
      // Tests read the domain contracts from source so they do not wait for its build; the pillar
      // entry points (`@ipbureau/domain/protection`) too, so both share one copy of each module.
      alias: [
        { find: /^@ipbureau\/domain$/, replacement: new URL('../../packages/domain/src/index.ts', import.meta.url).pathname },
        { find: /^@ipbureau\/domain\/([\w-]+)$/, replacement: new URL('../../packages/domain/src/$1/index.ts', import.meta.url).pathname },
      ],
    },
  }),
);
