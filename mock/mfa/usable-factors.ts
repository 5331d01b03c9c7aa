// SEL-3, SEL-5, SEL-6, ENR-5, ENR-7
/**
 * - "Usable" for a challenge = enabled on the tenant AND enrolled by the user (conformance-rules preamble)
 * - "Usable" for an enrollment = enabled AND not yet enrolled AND supported by the browser (ENR-7)
 * - email cannot be enrolled through the commands (ENR-5)
 */
import { FACTOR_NAMES, type FactorType } from './factor-types.ts';
import type { MfaContext } from './mfa-context.ts';

export function isEnabled(context: MfaContext, factor: FactorType): boolean {
  return context.enabledFactors.has(FACTOR_NAMES[factor].guardian);
}

export function canChallenge(context: MfaContext, factor: FactorType): boolean {
  return isEnabled(context, factor) && context.enrolled.includes(factor);
}

export function browserSupports(context: MfaContext, factor: FactorType): boolean {
  if (factor === 'webauthn-roaming') return context.browser.webauthn;
  if (factor === 'webauthn-platform') return context.browser.webauthnPlatform;
  return true;
}

export type EnrollRefusal = 'not-enabled' | 'not-supported' | 'already-enrolled' | 'not-enrollable';

/** Why a factor cannot be enrolled now, or undefined when it can. */
export function enrollRefusal(context: MfaContext, factor: FactorType): EnrollRefusal | undefined {
  if (factor === 'email') return 'not-enrollable';
  if (!isEnabled(context, factor)) return 'not-enabled';
  if (context.enrolled.includes(factor)) return 'already-enrolled';
  if (!browserSupports(context, factor)) return 'not-supported';
  return undefined;
}
