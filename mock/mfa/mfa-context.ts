import type { FactorType } from '../../contract/factors.ts';
import type { GuardianFactorName } from './guardian-factor-names.ts';

/**
 * What the MFA decisions look at, gathered once by the caller so that the decisions stay pure: no I/O, no
 * clock, no tenant object.
 */
export interface MfaContext {
  /** Guardian factors enabled on the tenant. */
  enabledFactors: ReadonlySet<GuardianFactorName>;
  /** Factors the user is enrolled in, as enrolledFactors lists them (email included when it applies). */
  enrolled: readonly FactorType[];
  /** Factors the user enrolled in explicitly (ENR-6 ignores the automatic email factor). */
  explicitlyEnrolled: readonly FactorType[];
  /** Factors the user completed a challenge with earlier in this flow (ENR-6). */
  challengedWith: readonly FactorType[];
  /** Factors the user enrolled in earlier in this flow: a user with none before it needs no challenge (ENR-6). */
  enrolledInFlow: readonly FactorType[];
  browser: { webauthn: boolean; webauthnPlatform: boolean };
}
