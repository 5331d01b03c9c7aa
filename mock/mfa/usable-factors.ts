// SEL-3, SEL-5, SEL-6, ENR-5, ENR-7
/**
 * - "Usable" for a challenge = enabled on the tenant AND enrolled by the user (conformance-rules preamble)
 * - "Usable" for an enrollment = enabled AND not yet enrolled AND supported by the browser (ENR-7)
 * - a factor the contract marks not `enrollableByCommand` (email) cannot be enrolled through them (ENR-5)
 */
import { FACTORS, type BrowserCapability, type FactorType } from '../../contract/factors.ts';
import type { MfaContext } from './mfa-context.ts';

/** Which of the browser's reported capabilities each of the contract's requirements reads. */
const CAPABILITY: Record<BrowserCapability, keyof MfaContext['browser']> = {
  webauthn: 'webauthn',
  'webauthn-platform': 'webauthnPlatform',
};

export function isEnabled(context: MfaContext, factor: FactorType): boolean {
  return context.enabledFactors.has(FACTORS[factor].guardian);
}

export function canChallenge(context: MfaContext, factor: FactorType): boolean {
  return isEnabled(context, factor) && context.enrolled.includes(factor);
}

export function browserSupports(context: MfaContext, factor: FactorType): boolean {
  const needs = FACTORS[factor].needsBrowser;
  return needs === undefined || context.browser[CAPABILITY[needs]];
}

export type EnrollRefusal = 'not-enabled' | 'not-supported' | 'already-enrolled' | 'not-enrollable';

/** Why a factor cannot be enrolled now, or undefined when it can. */
export function enrollRefusal(context: MfaContext, factor: FactorType): EnrollRefusal | undefined {
  if (!FACTORS[factor].enrollableByCommand) return 'not-enrollable';
  if (!isEnabled(context, factor)) return 'not-enabled';
  if (context.enrolled.includes(factor)) return 'already-enrolled';
  if (!browserSupports(context, factor)) return 'not-supported';
  return undefined;
}
