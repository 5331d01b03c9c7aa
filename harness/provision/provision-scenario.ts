import type { LoadedScenario } from '../format/load.ts';
import type { TargetTenant } from '../target/target.ts';
import { provisionActions, type DeployedAction } from './provision-actions.ts';
import { provisionTenantSettings } from './provision-tenant.ts';
import { provisionUser, type ProvisionedUser } from './provision-user.ts';
import type { UndoStack } from './undo-stack.ts';

/** The user, and the Actions as deployed (their names on the tenant map back to the team's files). */
export type Provisioned = ProvisionedUser & { deployedActions: DeployedAction[] };

/**
 * Puts the tenant and the user in the state the scenario describes. Every change goes on `undo` as it is
 * made, so whoever unwinds it (the `provisioned` fixture's teardown) puts the tenant back as it was found,
 * however far provisioning got.
 */
export async function provisionScenario(
  target: TargetTenant,
  loaded: LoadedScenario,
  scenariosDir: string,
  undo: UndoStack,
): Promise<Provisioned> {
  const { scenario } = loaded;
  await provisionTenantSettings(target, scenario.tenant, undo);
  const deployedActions = await provisionActions(target, scenario.tenant, scenariosDir, undo);
  return { ...(await provisionUser(target, scenario.user, loaded.id, undo)), deployedActions };
}
