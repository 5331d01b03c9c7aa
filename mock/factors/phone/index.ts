import type { FactorModule } from '../kit/factor-module.ts';
import { phoneChallengeRoutes } from './phone-challenge.ts';
import { phoneEnrollmentRoutes } from './phone-enrollment.ts';

/** Phone codes by text message or voice call: the number's enrollment and the code challenge (SEL-8). */
export const phone: FactorModule<'phone'> = {
  type: 'phone',
  routes: (services) => [...phoneChallengeRoutes(services), ...phoneEnrollmentRoutes(services)],
};
