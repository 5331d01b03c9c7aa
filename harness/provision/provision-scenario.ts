import type { LoadedScenario } from '../format/load.ts';
import type { TargetTenant } from '../target/target.ts';
import { provisionActions } from './provision-actions.ts';
import { provisionTenantSettings } from './provision-tenant.ts';
import { provisionUser, type ProvisionedUser } from './provision-user.ts';

export interface Provisioned {
  user: ProvisionedUser;
  /** Undoes what provisioning changed; a mock tenant is simply left behind. */
  cleanup: () => Promise<void>;
}

/** Puts the tenant and the user in the state the scenario describes. */
export async function provisionScenario(
  target: TargetTenant,
  loaded: LoadedScenario,
  scenariosDir: string,
): Promise<Provisioned> {
  const { scenario } = loaded;
  const previousBindings =
    target.kind === 'tenant'
      ? (await target.management.actions.triggers.bindings.list('post-login')).data
      : [];
  await provisionTenantSettings(target, scenario.tenant);
  const actionIds = await provisionActions(target, scenario.tenant, scenariosDir);
  const user = await provisionUser(target, scenario.user, loaded.id);
  const cleanup = async () => {
    if (target.kind === 'mock') return;
    const { management } = target;
    await management.actions.triggers.bindings.updateMany('post-login', {
      bindings: previousBindings.map((b) => ({
        ref: { type: 'action_id', value: b.action?.id ?? '' },
        display_name: b.display_name ?? '',
      })),
    });
    await Promise.all(actionIds.map((id) => management.actions.delete(id, { force: true })));
    await management.users.delete(user.userId);
    if (user.organizationId) await management.organizations.delete(user.organizationId);
  };
  return { user, cleanup };
}
