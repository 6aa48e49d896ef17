import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests read the domain contracts from source so they do not wait for its build.
    alias: { '@ipbureau/domain': new URL('../domain/src/index.ts', import.meta.url).pathname },
  },
  test: {
    include: ['src/**/*.spec.{ts,tsx}'],
    environment: 'jsdom',
  },
});
