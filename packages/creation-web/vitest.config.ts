import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.spec.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['@ipbureau/ui/testing/jsdom-setup'],
    // Screens import antd, echarts and the pillar's module once per worker instead of once per
    // file: importing them was most of this package's test time. Each test renders its own
    // fresh tree and fake backend; the setup file cleans the DOM after each.
    isolate: false,
    // antd pages settle slowly on a 2-core machine.
    testTimeout: 30_000,
  },
});
