// @ts-check
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.ci/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Every regex must be linear-time: pages are hostile and the content script runs on every page.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text is rendered as text, never as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Render page text as text, never as HTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Render page text as text, never as HTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page text as text, never as HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render page text as text, never as HTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
      ],
    },
  },
);
