// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream'];

/** Who may import whom (VS Code-style layering): shared ← electron/*, renderer; only electron/main and electron/preload import 'electron'. */
const boundary = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups }],
});

const sharedRule = boundary(
  { group: ['electron', 'electron/*'], message: 'shared/ is pure: it may not import Electron.' },
  { group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'chart.js', 'react-chartjs-2'], message: 'shared/ is pure: no UI libraries.' },
  { group: NODE_BUILTINS, message: 'shared/ is pure: no Node built-ins (it runs in the renderer and the worker too).' },
  { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ may not import from electron/ or renderer/.' },
);
const nodeSideRule = boundary(
  { group: ['electron', 'electron/*'], message: "Only electron/main and electron/preload may import 'electron'." },
  { group: ['**/renderer/**', 'react', 'react-dom', 'zustand'], message: 'The Node side may not import the renderer or UI libraries.' },
);
const rendererRule = boundary(
  { group: ['electron', 'electron/*'], message: 'The renderer talks to the back end only through the contract in shared/api.' },
  { group: ['**/electron/**'], message: 'The renderer may not import from electron/: use the contract in shared/api.' },
  { group: NODE_BUILTINS, message: 'The renderer runs in a browser sandbox: no Node built-ins.' },
);
const electronMainRule = boundary({ group: ['**/renderer/**', 'react', 'react-dom', 'zustand'], message: 'The main process may not import the renderer.' });

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', '.tmp/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**', 'tests/lint-fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['shared/**/*.ts'], ignores: ['shared/**/*.test.ts'], rules: sharedRule },
  { files: ['shared/**/*.test.ts'], rules: boundary({ group: ['electron', 'react', '**/electron/**', '**/renderer/**'], message: 'shared/ tests test shared/ alone.' }) },
  { files: ['electron/backend/**', 'electron/web/**', 'electron/cli/**', 'electron/engine/**', 'electron/packaging/**'], rules: nodeSideRule },
  { files: ['electron/main/**', 'electron/preload/**'], rules: electronMainRule },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...rendererRule, ...reactHooks.configs.recommended.rules },
  },
);
