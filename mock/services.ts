import { ActionRunner, type ActionRunnerOptions } from './actions/action-runner.ts';
import { TenantRegistry, type TenantRegistryOptions } from './tenants/registry.ts';

/** The long-lived parts every handler may use. */
export interface MockServices {
  tenants: TenantRegistry;
  actions: ActionRunner;
}

/** The registry and the Actions runner, wired so that a tenant freed for idleness loses its worker too. */
export function createServices(
  options: { tenants?: TenantRegistryOptions; actions?: ActionRunnerOptions } = {},
): MockServices {
  const services = {
    tenants: new TenantRegistry(options.tenants),
    actions: new ActionRunner(options.actions),
  };
  services.tenants.onFree((tenant) => void services.actions.release(tenant.origin));
  return services;
}
