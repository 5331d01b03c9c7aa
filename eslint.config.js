// Lint setup: typed typescript-eslint rules for TypeScript, Playwright's rules for browser tests and
// their helpers, and plain-JS checks for scripts, the mock's Actions realm and the Action code (CommonJS run in
// Auth0's sandbox).
import { defineConfig, globalIgnores } from 'eslint/config';
import playwright from 'eslint-plugin-playwright';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const plainJsRules = { 'no-undef': 'error', 'no-unused-vars': 'error' };

export default defineConfig([
  globalIgnores([
    'node_modules',
    '.tools',
    'playwright-report',
    'test-results',
    'blob-report',
    'conformance-report',
    // Generated: one spec file per scenario (harness/preset/generate-scenario-tests.ts), and the built package.
    '.mfa-conformance',
    'dist',
    // Templates `npx mfa-conformance init` copies into a team's repository, where mfa-conformance resolves.
    'cli/init-files',
    'schema',
    // Stryker's report and, when a run is cut short, its sandbox copy of the whole repository.
    'reports',
    '.stryker-tmp',
  ]),
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's test() and describe() return promises that the runner itself awaits.
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'harness/**/*.ts'],
    // Unit tests use node:test, whose `test()` Playwright's rules would misread.
    ignores: ['tests/unit/**'],
    extends: [playwright.configs['flat/recommended']],
  },
  // The boundaries of README's architecture, file by file (npm run imports:check also finds cycles).
  {
    files: ['contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*'], message: 'contract/ imports nothing else in the repository.' }] },
      ],
    },
  },
  {
    files: ['mock/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/harness/**'],
              message: 'The mock stands alone: import contract/, never the harness.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['harness/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/mock/**'],
              message: 'The harness reaches the mock over HTTP only: import contract/, never mock/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { sourceType: 'module', globals: globals.nodeBuiltin },
    rules: plainJsRules,
  },
  {
    // The Actions realm's scripts run inside each Action's context, where only the language's own globals
    // exist (no process, no require): mock/actions/sandbox/realm-scripts.ts wraps each as a module.
    files: ['mock/actions/realm/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.es2021, module: 'writable' } },
    rules: plainJsRules,
  },
  {
    files: ['scenarios/actions/**/*.js', 'docs/tenant-setup/**/*.js', 'tests/**/fixtures/**/actions/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: plainJsRules,
  },
]);
