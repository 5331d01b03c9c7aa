// What a generated spec file (generate-scenario-tests.ts) calls: the test of one scenario file, from the
// catalogue read once per process. The generated file calls `test()` itself, so that Playwright takes the
// test's location from it, and its source map moves that location to the scenario file; it calls
// `configure()` first, inside a describe of that scenario's own, since a file holds a group of scenarios.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestDetails } from '@playwright/test';
import { test } from '../fixtures.ts';
import { actionsDir, PROJECT_ROOT, scenariosDir, TARGET } from '../config.ts';
import { readCatalogue } from '../format/load.ts';
import type { BrokenScenario, LoadedScenario } from '../format/load.ts';
import { sentenceError } from '../sentence-error.ts';
import { expectedFailureFor, readExpectedFailures } from '../catalogue/expected-failures.ts';
import type { ExpectedFailure } from '../catalogue/expected-failures.ts';

interface Catalogue {
  loaded: LoadedScenario[];
  broken: BrokenScenario[];
  expectedFailures: ExpectedFailure[];
}

let catalogue: Catalogue | undefined;

/** The scenarios folder, its scenarios and its expected failures (`expected-failures.yaml`, when it has one). */
function readOnce(): Catalogue {
  if (catalogue) return catalogue;
  const dir = scenariosDir();
  const { loaded, broken } = readCatalogue(dir, actionsDir());
  const file = join(dir, 'expected-failures.yaml');
  const known = loaded.map(({ id, scenario }) => ({ id, ...scenario }));
  catalogue = { loaded, broken, expectedFailures: existsSync(file) ? readExpectedFailures(known, file) : [] };
  return catalogue;
}

export interface ScenarioTest {
  test: typeof test;
  /** The scenario's options, skip and expected failure, for the describe it is declared in. */
  configure: () => void;
  title: string;
  details: TestDetails;
  body: (fixtures: { run: () => Promise<void> }) => Promise<void>;
}

/**
 * The scenario at `file` (absolute) as a test: titled by its id, tagged by its tags and the rules it covers,
 * skipped where its target cannot run it, expected to fail where it is a known deviation. A file that does
 * not load is a failing test of its own, with its `file:line:col` message and no stack.
 */
export function scenarioTest(file: string): ScenarioTest {
  const { loaded, broken, expectedFailures } = readOnce();
  const found = loaded.find((entry) => resolve(PROJECT_ROOT, entry.file) === file);
  if (found) {
    const { scenario } = found;
    const known = expectedFailureFor(expectedFailures, found.id, TARGET);
    // At the scope of the scenario's describe, which holds this one test: the skip and the fail apply
    // before any fixture runs (a scenario this target cannot run is never provisioned).
    const configure = () => {
      test.use({ scenario: found });
      // eslint-disable-next-line playwright/no-skipped-test -- a scenario that the target cannot run, with the reason
      test.skip(
        !scenario.targets.includes(TARGET),
        `runs on ${scenario.targets.join(', ')} only: ${scenario.mockOnly ?? ''}`,
      );
      // A known deviation of this target: failing is expected, and passing fails the run (the entry is stale).
      test.fail(known !== undefined, `expected failure on ${TARGET}: ${known?.reason ?? ''}`);
    };
    return {
      test,
      configure,
      title: found.id,
      details: {
        tag: [...scenario.tags, ...scenario.covers].map((tag) => `@${tag}`),
        annotation: [{ type: 'summary', description: scenario.summary }],
      },
      body: async ({ run }) => {
        await run();
      },
    };
  }
  const unreadable = broken.find((entry) => resolve(PROJECT_ROOT, entry.file) === file);
  if (unreadable) {
    return {
      test,
      configure: () => undefined,
      title: unreadable.id,
      details: { tag: '@unreadable' },
      body: () => Promise.reject(sentenceError(unreadable.error.message, 'ScenarioError')),
    };
  }
  throw sentenceError(
    `${file} is not a scenario of ${scenariosDir()} any more: run \`npx playwright test\` again to regenerate the tests.`,
  );
}
