// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['.output/**', '.output-test/**', '.wxt/**', 'node_modules/**', '**/node_modules/**', 'tests/e2e/fixtures/dist/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // Unhandled promise rejections in a content script or service worker vanish silently.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      curly: ['error', 'multi-line'],
    },
  },
  {
    // The engine is pure: it must run unchanged in Node, in tests and in the page (uBlock Origin's core).
    files: ['rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports', '@wxt-dev/*'], message: 'rules/ must not depend on WXT.' },
            { group: ['react', 'react-dom', 'react/*'], message: 'rules/ must not depend on React.' },
            { group: ['dexie'], message: 'rules/ must not depend on Dexie.' },
            { group: ['node:*', 'fs', 'path', 'crypto'], message: 'rules/ runs in the page: no Node built-ins.' },
            { group: ['@/utils/*', '@/entrypoints/*', '@/components/*', '../utils/*', '../../utils/*'], message: 'rules/ imports nothing from the extension.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'localStorage', 'indexedDB'],
    },
  },
  {
    // The background is a service worker: no DOM.
    files: ['entrypoints/background/**/*.ts', 'entrypoints/background.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'localStorage'] },
  },
);
