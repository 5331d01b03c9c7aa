import { test as base } from '@playwright/test';
import { screenEvidence } from './browser/screen-evidence.ts';
import { serveCallbackPage } from './browser/callback-page.ts';
import { ScreenTracker } from './browser/screen-tracker.ts';
import { VirtualAuthenticators } from './browser/virtual-authenticators.ts';
import type { LoadedScenario } from './format/load.ts';
import { Mailbox } from './mail/mailbox.ts';
import { provisionScenario } from './provision/provision-scenario.ts';
import type { Provisioned } from './provision/provision-scenario.ts';
import { consoleText, locateFailure, readActionRuns } from './action-runs/action-runs.ts';
import { attachProvisioned, reportedPhases } from './provision/provision-report.ts';
import { UndoStack } from './provision/undo-stack.ts';
import { prepareBrowser } from './runner/browser-authenticators.ts';
import type { RunContext } from './runner/run-context.ts';
import { runSteps } from './runner/run-scenario.ts';
import { PAGE_LOADS } from './report/timing-annotations.ts';
import { actionsDir, TARGET } from './config.ts';
import { attachFlow } from './flow/attach-flow.ts';
import { mockTenant } from './target/mock-target.ts';
import { realTenant } from './target/real-tenant.ts';
import { explainTenantFailure } from './target/tenant-failure.ts';
import { sentenceError } from './sentence-error.ts';
import { tenantOfWorker } from './target/run-tenants.ts';
import { TENANT_USE, tenantUse } from './target/tenant-use.ts';
import type { TargetTenant } from './target/target.ts';

/** The fixtures of a scenario's test, from its lifecycle (scenario → target → provisioned → run) down. */
export interface ScenarioFixtures {
  /** The scenario this test plays: an option, set per test with `test.use({ scenario })`. */
  scenario: LoadedScenario;
  /** Where the scenarios' Action files are read from (MFA_ACTIONS_DIR, else the scenarios folder). */
  actionsDir: string;
  /** The tenant of this test: a fresh one on the mock, or the configured real tenant (TARGET=tenant). */
  target: TargetTenant;
  /** What provisioning changed on the target, unwound at teardown. */
  _undo: UndoStack;
  /** The tenant and the user in the state the scenario describes; the user is the value. */
  provisioned: Provisioned;
  /** Plays the scenario's login steps, as the user, in this test's browser. */
  run: () => Promise<void>;
  /** Records the pages the browser lands on and answers the application callback. */
  screens: ScreenTracker;
  /** The inbox every emailed, texted and spoken code arrives in (Mailpit, read through its API). */
  mailbox: Mailbox;
  /** Chromium's CDP virtual authenticators on every page of the test; `run` installs the ones it needs. */
  authenticator: VirtualAuthenticators;
}

/** Worker-scoped: what outlives one test. */
export interface WorkerFixtures {
  /**
   * The real tenant of TARGET=tenant (from `.env`), one per worker: the run's tenant at the worker's
   * parallelIndex, which no other running worker has (target/run-tenants.ts). Its Management API client keeps
   * its token between scenarios instead of asking for one per test. Undefined on the mock.
   */
  _realTenant: TargetTenant | undefined;
}

export const test = base.extend<ScenarioFixtures, WorkerFixtures>({
  _realTenant: [
    async ({}, use, workerInfo) => {
      await use(TARGET === 'tenant' ? realTenant(tenantOfWorker(workerInfo.parallelIndex)) : undefined);
    },
    { scope: 'worker', box: true },
  ],
  scenario: [
    () => {
      throw new Error('no scenario to play: the spec gives each test its own with test.use({ scenario })');
    },
    { option: true, box: true },
  ],
  actionsDir: [actionsDir(), { option: true, box: true }],
  target: [
    async ({ _realTenant, scenario }, use, testInfo) => {
      if (!_realTenant) return use(mockTenant(scenario.id));
      // How long this test held its real tenant, undo included (`_undo` is torn down first): the proof,
      // read from the report, that no tenant ever had two scenarios at once.
      const from = new Date();
      await use(_realTenant);
      testInfo.annotations.push({
        type: TENANT_USE,
        description: tenantUse(_realTenant.domain, from, new Date()),
      });
    },
    { box: true },
  ],
  // Its own fixture, set up before provisioning begins: a fixture whose setup times out is never torn down,
  // so the stack must not belong to `provisioned`. Teardown unwinds whatever got made, even half of it,
  // before the target's own teardown (it depends on the target).
  _undo: [
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a dependency for its order alone
    async ({ target: _target }, use) => {
      const undo = new UndoStack();
      await use(undo);
      await undo.unwind();
    },
    { box: true },
  ],
  provisioned: [
    async ({ target, scenario, actionsDir, _undo }, use, testInfo) => {
      const provisioned = await provisionScenario(
        target,
        scenario,
        actionsDir,
        _undo,
        reportedPhases(_undo),
      ).catch((error: unknown) => {
        // A rate limit the SDK's retries did not outlast is the tenant's state, not the scenario's: one sentence.
        if ((error as { statusCode?: unknown }).statusCode === 429)
          throw sentenceError(explainTenantFailure(error, target.domain));
        throw error;
      });
      await attachProvisioned(testInfo, target, scenario, provisioned, _undo);
      await use(provisioned);
    },
    { title: 'provision the tenant and the user' },
  ],
  run: [
    async ({ page, scenario, target, provisioned, screens, mailbox, authenticator }, use, testInfo) => {
      await use(async () => {
        await prepareBrowser(authenticator, scenario.scenario, provisioned);
        const ctx: RunContext = {
          page,
          target,
          loaded: scenario,
          user: provisioned,
          tracker: screens,
          mailbox,
          authenticator,
          observed: [],
          flow: [],
          stepIndex: 0,
          clockAheadMs: 0,
        };
        let failure: Error | undefined;
        try {
          await runSteps(ctx, scenario.scenario.login);
        } catch (error) {
          failure = error instanceof Error ? error : new Error(String(error));
        }
        await attachFlow(testInfo, ctx.flow);
        // What the scenario cost in page loads, read by `npm run bench` from the JSON report.
        base.info().annotations.push({ type: PAGE_LOADS, description: String(screens.visits.length) });
        // What the Actions printed is this test's attachment, never the terminal's (docs/decisions/0060); a
        // failure an Action threw is told at its own file's line and column.
        const deployed = provisioned.deployedActions;
        const runs = await readActionRuns(target);
        await testInfo.attach('Actions console output', {
          body: consoleText(runs, deployed),
          contentType: 'text/plain',
        });
        if (failure === undefined) return;
        // The last failed run is the one that ended the login.
        const located = [...(runs ?? [])]
          .reverse()
          .map((r) => locateFailure(r, deployed))
          .find((text) => text !== undefined);
        if (!located) throw failure;
        const error = new Error(`${located}\n\n${failure.message}`, { cause: failure });
        error.stack = error.message;
        throw error;
      });
    },
    { box: true },
  ],
  screens: [
    async ({ page, target }, use, testInfo) => {
      const tracker = ScreenTracker.attach(page, target.callbackUrl);
      tracker.onScreen(screenEvidence(page, testInfo));
      await serveCallbackPage(page, target.callbackUrl);
      await use(tracker);
    },
    { box: true },
  ],
  mailbox: [
    async ({}, use) => {
      await use(new Mailbox());
    },
    { box: true },
  ],
  authenticator: [
    async ({ page }, use) => {
      await use(await VirtualAuthenticators.forContext(page.context()));
    },
    { box: true },
  ],
});

export { expect } from '@playwright/test';
