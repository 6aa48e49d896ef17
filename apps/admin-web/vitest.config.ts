import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Tests read the domain contracts from source so they do not wait for its build.
    alias: { '@ipbureau/domain': new URL('../../packages/domain/src/index.ts', import.meta.url).pathname },
  },
  test: {
    include: ['src/**/*.spec.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['@ipbureau/ui/testing/jsdom-setup'],
    // Whole-app renders with antd are slow on a 2-core machine.
    testTimeout: 20_000,
  },
});
