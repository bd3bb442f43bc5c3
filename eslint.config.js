/**
 * ESLint 9 flat config: typescript-eslint's recommended rules plus the Office.js rules of eslint-plugin-office-addins
 * (load before read, sync after load, no sync in loops ...). Formatting is Prettier's job (.prettierrc), so no
 * formatting rules here. Run: npm run lint.
 *
 * The plugin's own `configs.recommended` is not used: it pins its own typescript-eslint parser, sets ecmaVersion 6
 * and turns every Prettier difference into an error. Its rules are taken one by one instead.
 */
'use strict';
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

const nodeGlobals = {
  require: 'readonly',
  module: 'writable',
  __dirname: 'readonly',
  __filename: 'readonly',
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
};

module.exports = tseslint.config(
  { ignores: ['dist/', 'dist-cli/', 'coverage/', 'node_modules/', 'tmp/', 'test-results/', '**/*.generated.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
