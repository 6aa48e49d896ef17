import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** The shared lint rules: recommended TypeScript rules plus the habits in STYLE.md. */
export function config(...extra) {
  return tseslint.config(
    { ignores: ['dist/**', 'storybook-static/**', 'node_modules/**', 'coverage/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
      languageOptions: { globals: { ...globals.node, ...globals.browser } },
      rules: {
        '@typescript-eslint/no-explicit-any': 'error',
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration[exported=null]', message: 'Name what you export; no `export *` barrels.' }],
      },
    },
    // A package's entry point is the one place that re-exports its modules.
    { files: ['src/index.ts', 'src/index.tsx'], rules: { 'no-restricted-syntax': 'off' } },
    ...extra,
  );
}
