import type { MfaContext } from '../mfa/mfa-context.ts';
import { enrolledFactors, explicitFactors } from '../mfa/enrolled-factors.ts';
import type { GuardianFactorName } from '../mfa/guardian-factor-names.ts';
import { flowUser, type Flow } from './flow.ts';

/** Gathers what the pure MFA decisions need from the tenant, the user and the transaction. */
export function mfaContextOf(flow: Flow): MfaContext {
  const user = flowUser(flow);
  const enabled = [...flow.tenant.factors].filter(([, on]) => on).map(([name]) => name);
  return {
    enabledFactors: new Set<GuardianFactorName>(enabled),
    enrolled: enrolledFactors(flow.tenant, user).map((f) => f.type),
    explicitlyEnrolled: explicitFactors(user),
    challengedWith: flow.tx.challengedWith,
    enrolledInFlow: flow.tx.enrolledNow,
    browser: flow.tx.capabilities,
  };
}
