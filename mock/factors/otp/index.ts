import type { FactorModule } from '../kit/factor-module.ts';
import { otpChallengeRoutes } from './otp-challenge.ts';
import { otpEnrollmentRoutes } from './otp-enrollment.ts';

/** One-time password apps (`totp` enrollments): the QR enrollment and the code challenge. */
export const otp: FactorModule<'otp'> = {
  type: 'otp',
  routes: (services) => [...otpChallengeRoutes(services), ...otpEnrollmentRoutes(services)],
};
