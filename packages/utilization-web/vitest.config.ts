import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.spec.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['@ipbureau/ui/testing/jsdom-setup'],
    // antd pages settle slowly on a 2-core machine.
    testTimeout: 30_000,
  },
});
