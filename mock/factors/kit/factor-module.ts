import type { Route } from '../../http/router.ts';
import type { FactorType } from '../../mfa/factor-types.ts';

/** The Universal Login screens of one factor: where its challenge and enrollment start, and the routes. */
export interface FactorScreens {
  type: FactorType;
  challengePath?: string;
  enrollPath?: string;
  /** Label on the pickers (contract §2 default texts). */
  label: string;
  routes: (services: import('../../services.ts').MockServices) => Route[];
}
