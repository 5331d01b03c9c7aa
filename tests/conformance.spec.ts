import { resolve } from 'node:path';
import { test } from '../harness/fixtures.ts';
import { TARGET } from '../harness/config.ts';
import { loadScenarios } from '../harness/format/load.ts';
import { openTarget } from '../harness/target/open-target.ts';
import { provisionScenario } from '../harness/provision/provision-scenario.ts';
import { runSteps } from '../harness/runner/run-scenario.ts';
import { prepareBrowser } from '../harness/runner/browser-authenticators.ts';
import type { RunContext } from '../harness/runner/run-context.ts';
import { expectedFailureFor, readExpectedFailures } from '../harness/catalogue/expected-failures.ts';

const SCENARIOS_DIR = resolve('scenarios');

const catalogue = loadScenarios(SCENARIOS_DIR);
const expectedFailures = readExpectedFailures(catalogue.map(({ id, scenario }) => ({ id, ...scenario })));

/** One test per scenario file, titled by its path, tagged by its tags and the rules it covers. */
for (const loaded of catalogue) {
  const { scenario } = loaded;
  const tags = [...scenario.tags, ...scenario.covers].map((tag) => `@${tag}`);

  // Tags come from the scenario file (validated by the loader), and the assertions live in the steps.
  // eslint-disable-next-line playwright/valid-test-tags, playwright/expect-expect
  test(
    loaded.id,
    { tag: tags, annotation: [{ type: 'summary', description: scenario.summary }] },
    async ({ page, screens, mailbox, authenticator }) => {
      // eslint-disable-next-line playwright/no-skipped-test -- a scenario that the target cannot run, with the reason
      test.skip(
        !scenario.targets.includes(TARGET),
        `runs on ${scenario.targets.join(', ')} only: ${scenario.mockOnly ?? ''}`,
      );
      // A known deviation of this target: failing is expected, and passing fails the run (the entry is stale).
      const known = expectedFailureFor(expectedFailures, loaded.id, TARGET);
      test.fail(known !== undefined, `expected failure on ${TARGET}: ${known?.reason ?? ''}`);
      const target = openTarget(loaded.id);

      const provisioned = await test.step(
        'provision the tenant and the user',
        () => provisionScenario(target, loaded, SCENARIOS_DIR),
        { box: true },
      );

      await prepareBrowser(authenticator, scenario, provisioned.user);
      const ctx: RunContext = {
        page,
        target,
        loaded,
        user: provisioned.user,
        tracker: screens,
        mailbox,
        authenticator,
        observed: [],
        stepIndex: 0,
      };
      try {
        await runSteps(ctx, scenario.login);
      } finally {
        await provisioned.cleanup();
      }
    },
  );
}
