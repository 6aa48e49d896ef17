import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.spec.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['@ipbureau/ui/testing/jsdom-setup'],
    // antd forms and charts render slowly on a 2-core CI machine.
    testTimeout: 30_000,
  },
});
