import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      // The benchmark kit's virtualenvs (installed packages, not ours).
      'bench/.cache',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain is pure TypeScript: no React, no state library, no router, no browser globals,
    // and nothing of ours outside itself.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'The domain is framework-free.' },
            { group: ['zustand', 'zustand/*'], message: 'The domain holds no state.' },
            {
              group: [
                '../../*',
                '../app/*',
                '../wizard/*',
                '../result/*',
                '../embed/*',
                '../ui/*',
                '../compare/*',
                '../paths',
              ],
              message: 'The domain imports nothing of ours but itself.',
            },
          ],
        },
      ],
    },
  },
  {
    // Imports only run down: the shared UI and the shared comparison parts use the domain (and
    // the UI), never the pages that compose them; question pages never reach into app/.
    files: ['src/ui/**/*.{ts,tsx}', 'src/comparison/**/*.{ts,tsx}', 'src/wizard/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../app/*', '../result/*', '../compare/*', '../embed/*'],
              message: 'Imports only run down: app, then the pages, then comparison and ui.',
            },
          ],
        },
      ],
    },
  },
  {
    // Build, benchmark and test-support scripts run in Node.
    files: ['scripts/**/*.mjs', 'tests/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The public embed script is plain browser JavaScript shipped as-is.
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
