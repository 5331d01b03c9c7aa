// `npm run mutation`: Stryker mutates the mock's MFA decisions and runs their unit tests against each mutant,
// so a decision that the tests do not pin down shows up as a surviving mutant (issue 10).
// - Scope: mock/mfa/*.ts (every decision of the SEQ/SEL/ENR/LOG rules, pure functions with fast unit tests)
//   and the two files of mock/pipeline/ that need no flow: prompt-paths.ts (where each prompt's screens are)
//   and remember-browser.ts (the `auth0-mf` cookie, tested on node:test's mocked clock). The rest of
//   mock/pipeline/ works on a whole tenant and transaction and is unit-tested only through the in-process
//   mock, whose Actions run in a sandbox: about 100 s a run here, far too slow to repeat for every mutant.
// - The command runner, since the tests use node:test; the command runs the test files in one process
//   (scripts/unit-tests-in-one-process.ts), because each process pays tsx's start-up once per mutant.
// - tsx needs nothing: it strips types without checking them, so Stryker's instrumented TypeScript runs as is.
//   No TypeScript checker: @stryker-mutator/typescript-checker works with TypeScript 6 but checks the whole
//   project for each mutant (9 minutes for the 76 mutants of decide-default-mfa.ts instead of one), and the
//   tests killed every mutant it would have set aside as a type error anyway.
// - Stryker 9: version 10 needs Node 22, the project runs on Node 20.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: {
    command:
      'node --import tsx scripts/unit-tests-in-one-process.ts tests/unit/mock/mfa/*.test.ts' +
      ' tests/unit/mock/pipeline/prompt-paths.test.ts tests/unit/mock/pipeline/remember-browser.test.ts',
  },
  mutate: ['mock/mfa/*.ts', 'mock/pipeline/prompt-paths.ts', 'mock/pipeline/remember-browser.ts'],
  // The command runner knows only "all tests passed" or not, so it can tell no test which mutant it covers.
  coverageAnalysis: 'off',
  // The machine has two cores: no more test processes than that.
  concurrency: 2,
  ignorePatterns: [
    '.tools',
    '.scratch',
    'playwright-report',
    'test-results',
    'conformance-report',
    'blob-report',
  ],
  // A busy shared machine can slow one run well past its usual two seconds; only a hang should time out.
  timeoutMS: 15000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 95, low: 90, break: 90 },
};
