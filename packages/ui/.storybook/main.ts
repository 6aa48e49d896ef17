import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';

// Warnings about third-party code we cannot change; they drown the ones that matter.
const IGNORED_WARNINGS = new Set(['MODULE_LEVEL_DIRECTIVE', 'INVALID_ANNOTATION']);

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.tsx'],
  framework: { name: '@storybook/react-vite', options: {} },
  // Builds run offline in CI; nothing may phone home.
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      build: {
        // The preview bundles antd and echarts whole; its size is not a shipped page's size.
        chunkSizeWarningLimit: 2000,
        rollupOptions: {
          onwarn(warning: { code?: string }, warn: (warning: { code?: string }) => void) {
            if (!IGNORED_WARNINGS.has(warning.code ?? '')) warn(warning);
          },
        },
      },
    }),
};

export default config;
