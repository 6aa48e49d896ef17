import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.spec.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['./testing/jsdom-setup.ts'],
    // A file's first antd render takes seconds on a busy 2-core machine, past vitest's 5 s default.
    testTimeout: 20_000,
  },
});
