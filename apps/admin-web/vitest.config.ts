import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Tests read the domain contracts from source so they do not wait for its build; the pillar
    // entry points (`@ipbureau/domain/protection`) too, so both share one copy of each module.
    alias: [
      { find: /^@ipbureau\/domain$/, replacement: new URL('../../packages/domain/src/index.ts', import.meta.url).pathname },
      { find: /^@ipbureau\/domain\/([\w-]+)$/, replacement: new URL('../../packages/domain/src/$1/index.ts', import.meta.url).pathname },
    ],
  },
  test: {
    include: ['src/**/*.spec.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['@ipbureau/ui/testing/jsdom-setup', './src/testing/setup.ts'],
    // Whole-app renders with antd are slow on a 2-core machine.
    testTimeout: 60_000,
  },
});
