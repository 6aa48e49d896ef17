import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.spec.{ts,tsx}'],
    environment: 'jsdom',
    // antd-heavy screens take seconds to mount on a busy 2-core machine.
    testTimeout: 60_000,
    setupFiles: ['@ipbureau/ui/testing/jsdom-setup'],
  },
});
