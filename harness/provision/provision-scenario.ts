import type { LoadedScenario } from '../format/load.ts';
import type { TargetTenant } from '../target/target.ts';
import { provisionActions, type DeployedAction } from './provision-actions.ts';
import { provisionTenantSettings } from './provision-tenant.ts';
import { provisionUser, type ProvisionedUser } from './provision-user.ts';
import { allSettledOrThrow } from './all-settled.ts';
import type { UndoStack } from './undo-stack.ts';

/** The user, and the Actions as deployed (their names on the tenant map back to the team's files). */
export type Provisioned = ProvisionedUser & { deployedActions: DeployedAction[] };

/**
 * Puts the tenant and the user in the state the scenario describes. Every change goes on `undo` as it is
 * made, so whoever unwinds it (the `provisioned` fixture's teardown) puts the tenant back as it was found,
 * however far provisioning got.
 *
 * The settings, the Actions and the user do not depend on one another, so they are made at once (issue 13:
 * a scenario's provisioning costs its slowest part, not the sum). All three are settled before the first
 * failure is thrown, so nothing is still being made while the undo stack unwinds.
 */
export async function provisionScenario(
  target: TargetTenant,
  loaded: LoadedScenario,
  actionsDir: string,
  undo: UndoStack,
): Promise<Provisioned> {
  const { scenario } = loaded;
  const [, deployedActions, user] = await allSettledOrThrow([
    provisionTenantSettings(target, scenario.tenant, undo),
    provisionActions(target, scenario.tenant, actionsDir, undo),
    provisionUser(target, scenario.user, loaded.id, undo),
  ] as const);
  return { ...user, deployedActions };
}
