import { defineConfig } from 'vitest/config';
import { screensConfig } from '@ipbureau/vitest-preset';

// The organization profile's screens wait on several pillars' fake answers at once.
export default defineConfig(screensConfig({ testTimeout: 60_000 }));
