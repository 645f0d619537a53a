// ESLint (flat config, run as `eslint -c .eslint.config.mjs`): the recommended JavaScript, TypeScript
// and Astro rules, plus unused code as an error. Formatting is Prettier's (.prettierrc.json), so no
// style rule here fights it. Unused exports and files are knip's (.knip.json).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-offline/**', '.astro/**', 'node_modules/**', 'geodata/.cache/**', 'public/**', 'src/env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // Scripts and reports that talk to a terminal.
  {
    files: ['geodata/scripts/**', 'tests/**', 'src/offline/package-offline.ts', 'src/offline/serve.mjs', 'src/**/integration.ts'],
    rules: { 'no-console': 'off' },
  },
);
