import type { Route } from '../../http/router.ts';
import type { MockServices } from '../../services.ts';
import type { FactorType } from '../../../contract/factors.ts';

/**
 * One factor's Universal Login screens, as the router mounts them. Where each screen is, and the factor's
 * label, come from the contract (contract/factors.ts, pipeline/prompt-paths.ts), not from the module.
 */
export interface FactorModule<T extends FactorType = FactorType> {
  type: T;
  routes: (services: MockServices) => Route[];
}
