import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const electronOnly = {
  paths: [{ name: 'electron', message: 'Only src/main/index.ts, src/main/app/** and src/preload/** may import electron.' }],
}
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'util', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', electronOnly],
    },
  },
  {
    files: ['src/main/index.ts', 'src/main/app/**', 'src/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Shared code runs everywhere: no Node, no DOM, no electron.
    files: ['src/shared/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronOnly.paths,
          patterns: [{ group: nodeBuiltins, message: 'src/shared is pure TypeScript: no Node modules.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    // Playwright fixtures declare their (empty) dependencies with an object pattern.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: electronOnly.paths,
          patterns: [{ group: nodeBuiltins, message: 'The renderer has no Node: ask the main side through the contract.' }],
        },
      ],
    },
  },
)
