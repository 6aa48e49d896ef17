import { defineConfig } from 'vitest/config';
import { screensConfig } from '@ipbureau/vitest-preset';

export default defineConfig(screensConfig({ setupFiles: ['./testing/jsdom-setup.ts'] }));
