import { test } from '../harness/fixtures.ts';
import { SCENARIOS_DIR, TARGET } from '../harness/config.ts';
import { readCatalogue } from '../harness/format/load.ts';
import { sentenceError } from '../harness/sentence-error.ts';
import { expectedFailureFor, readExpectedFailures } from '../harness/catalogue/expected-failures.ts';

const { loaded: catalogue, broken } = readCatalogue(SCENARIOS_DIR);
const expectedFailures = readExpectedFailures(catalogue.map(({ id, scenario }) => ({ id, ...scenario })));

test.use({ scenariosDir: SCENARIOS_DIR });

/** One test per scenario file, titled by its path, tagged by its tags and the rules it covers. */
for (const loaded of catalogue) {
  const { scenario } = loaded;
  const tags = [...scenario.tags, ...scenario.covers].map((tag) => `@${tag}`);
  const known = expectedFailureFor(expectedFailures, loaded.id, TARGET);

  // An anonymous group adds nothing to the title: it hands the scenario to the fixtures, and its skip and
  // fail apply before any fixture runs (a scenario this target cannot run is never provisioned).
  test.describe(() => {
    test.use({ scenario: loaded });
    // eslint-disable-next-line playwright/no-skipped-test -- a scenario that the target cannot run, with the reason
    test.skip(
      !scenario.targets.includes(TARGET),
      `runs on ${scenario.targets.join(', ')} only: ${scenario.mockOnly ?? ''}`,
    );
    // A known deviation of this target: failing is expected, and passing fails the run (the entry is stale).
    test.fail(known !== undefined, `expected failure on ${TARGET}: ${known?.reason ?? ''}`);

    // Tags come from the scenario file (validated by the loader), and the assertions live in the steps.
    // eslint-disable-next-line playwright/valid-test-tags, playwright/expect-expect
    test(
      loaded.id,
      { tag: tags, annotation: [{ type: 'summary', description: scenario.summary }] },
      async ({ run }) => {
        await run();
      },
    );
  });
}

/**
 * A scenario file that does not load fails as a test of its own, titled by its path, with its
 * `file:line:col` message and no stack (it points at the file, not at the harness); the others still run.
 */
for (const { id, error } of broken) {
  // eslint-disable-next-line playwright/expect-expect -- the failure is the file's problems
  test(id, { tag: '@unreadable' }, () => {
    throw sentenceError(error.message, 'ScenarioError');
  });
}
