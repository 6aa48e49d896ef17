import { defineConfig } from 'vitest/config';
import { unitConfig } from '@ipbureau/vitest-preset';

export default defineConfig(unitConfig());
