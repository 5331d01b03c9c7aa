import type { LoadedScenario } from '../format/load.ts';
import type { TargetTenant } from '../target/target.ts';
import { provisionActions } from './provision-actions.ts';
import { provisionTenantSettings } from './provision-tenant.ts';
import { provisionUser, type ProvisionedUser } from './provision-user.ts';
import type { UndoStack } from './undo-stack.ts';

/**
 * Puts the tenant and the user in the state the scenario describes. Every change goes on `undo` as it is
 * made, so whoever unwinds it (the `provisioned` fixture's teardown) puts the tenant back as it was found,
 * however far provisioning got.
 */
export async function provisionScenario(
  target: TargetTenant,
  loaded: LoadedScenario,
  actionsDir: string,
  undo: UndoStack,
): Promise<ProvisionedUser> {
  const { scenario } = loaded;
  await provisionTenantSettings(target, scenario.tenant, undo);
  await provisionActions(target, scenario.tenant, actionsDir, undo);
  return provisionUser(target, scenario.user, loaded.id, undo);
}
