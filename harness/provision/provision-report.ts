import { test, type TestInfo } from '@playwright/test';
import type { LoadedScenario } from '../format/load.ts';
import type { TargetTenant } from '../target/target.ts';
import { boundActionFiles, type ProvisionPhase } from './provision-scenario.ts';
import type { ProvisionedUser } from './provision-user.ts';
import type { UndoStack } from './undo-stack.ts';

/**
 * Each provisioning phase as a report step, listing inside it what the phase made, each as the undo that
 * teardown will run: the provisioning step reads as what the tenant holds for this test.
 */
export function reportedPhases(undo: UndoStack): ProvisionPhase {
  return (title, run) =>
    test.step(title, async () => {
      const before = undo.pending.length;
      const result = await run();
      // Nested on purpose: the report folds what a phase made under the phase.
      // eslint-disable-next-line playwright/no-nested-step
      for (const what of undo.pending.slice(before)) await test.step(`undone at teardown: ${what}`, () => {});
      return result;
    });
}

/**
 * `provisioned.json`: the tenant, the settings and Actions the scenario set, the user's id, address and
 * enrollments, and every undo waiting. Ids and names only: no password, recovery code, TOTP secret or
 * Action secret.
 */
export async function attachProvisioned(
  testInfo: TestInfo,
  target: TargetTenant,
  loaded: LoadedScenario,
  user: ProvisionedUser,
  undo: UndoStack,
): Promise<void> {
  const { tenant } = loaded.scenario;
  const record = {
    tenant: { origin: target.origin, settings: { ...tenant, actions: boundActionFiles(tenant) } },
    user: { id: user.userId, email: user.email, enrollments: loaded.scenario.user.enrollments },
    undoneAtTeardown: undo.pending,
  };
  await testInfo.attach('provisioned.json', {
    body: JSON.stringify(record, null, 2),
    contentType: 'application/json',
  });
}
