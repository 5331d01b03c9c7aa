import type { FactorModule } from '../kit/factor-module.ts';
import { recoveryCodeRoutes } from './recovery-code.ts';

/** Recovery codes: shown once at enrollment (ENR-9), answered and replaced at a challenge. */
export const recoveryCode: FactorModule<'recovery-code'> = {
  type: 'recovery-code',
  routes: (services) => recoveryCodeRoutes(services),
};
