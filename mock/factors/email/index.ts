import type { FactorModule } from '../kit/factor-module.ts';
import { emailChallengeRoutes } from './email-challenge.ts';

/** Email codes: a challenge only, since a verified address is the enrollment (SEL-11, ENR-5). */
export const email: FactorModule<'email'> = {
  type: 'email',
  routes: (services) => emailChallengeRoutes(services),
};
