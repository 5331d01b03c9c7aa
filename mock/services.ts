import type { ActionRunner } from './actions/action-runner.ts';
import type { TenantRegistry } from './tenants/registry.ts';

/** The long-lived parts every handler may use. */
export interface MockServices {
  tenants: TenantRegistry;
  actions: ActionRunner;
}
