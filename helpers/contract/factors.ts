/**
 * A factor's names in the two vocabularies that scenarios, the harness and the mock share: the Actions
 * API's (`challengeWith({ type })`, `enrolledFactors[].type`) and the Guardian Management API's
 * (`PUT /api/v2/guardian/factors/{name}`).
 */
export const FACTOR_TYPES = [
  'otp',
  'email',
  'phone',
  'push-notification',
  'webauthn-roaming',
  'webauthn-platform',
  'recovery-code',
] as const;
export type FactorType = (typeof FACTOR_TYPES)[number];

/** Guardian factors a scenario can enable (the Management API also knows `duo`, which no scenario uses). */
export const GUARDIAN_FACTORS = [
  'otp',
  'sms',
  'email',
  'push-notification',
  'webauthn-roaming',
  'webauthn-platform',
  'recovery-code',
] as const;
export type GuardianFactor = (typeof GUARDIAN_FACTORS)[number];
