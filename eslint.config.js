import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { houseRules } from './eslint-rules/house-rules.js';

/** Import boundaries: src never reaches into server; server reaches into src only for src/contract. */
const serverOnlyUsesContract = {
  group: ['**/src/*', '!**/src/contract', '!**/src/contract/**'],
  message: 'server/ may import only src/contract/ from src/.',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The house rules (docs/conventions.md): kebab-case names everywhere, no import cycles.
    plugins: { house: houseRules },
    rules: { 'house/kebab-case-file-name': 'error', 'house/no-import-cycle': 'error' },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: { 'house/feature-isolation': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // A dialog opens on its first field (the WAI-ARIA dialog pattern): MUI components take
      // `autoFocus` for that; a plain DOM element must still not grab focus on its own.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/server'], message: 'src/ never imports server/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!zod$|\\./).*', message: 'src/contract imports only zod and itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [serverOnlyUsesContract] }] },
  },
  prettier,
);
