// ENR-9
import type { FactorType } from '../../contract/factors.ts';
import type { MfaContext } from './mfa-context.ts';
import { isEnabled } from './usable-factors.ts';

/**
 * After an enrollment completes: a user's first factor, on a tenant with recovery codes enabled, is
 * followed by the recovery code screen (shown once; the user confirms they saved it). Enrolling the
 * recovery code itself, or a second factor, shows nothing more. `enrolled` is the factor just enrolled;
 * whether the user's list already holds it does not matter.
 */
export function showsRecoveryCode(context: MfaContext, enrolled: FactorType): boolean {
  if (enrolled === 'recovery-code' || !isEnabled(context, 'recovery-code')) return false;
  const others = context.explicitlyEnrolled.filter((type) => type !== enrolled);
  return others.length === 0;
}
