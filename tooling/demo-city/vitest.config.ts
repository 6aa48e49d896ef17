import { defineConfig } from 'vitest/config';
import { nestConfig } from '@ipbureau/vitest-preset';

export default defineConfig(nestConfig({ globalSetup: ['@ipbureau/dev-stack/vitest-global-setup'] }));
