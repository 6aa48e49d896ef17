import { config } from '@ipbureau/eslint-config';

export default config({
  // The kit stays below business code (STYLE habit 13): no contracts, no service calls.
  files: ['src/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: ['@ipbureau/domain', '@ipbureau/api-client', '@ipbureau/*-web'], message: 'packages/ui never imports domain or service code.' }] },
    ],
  },
});
