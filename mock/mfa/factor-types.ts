/**
 * The three vocabularies of a factor: the Actions API's (`challengeWith({ type })`, `enrolledFactors`), the
 * Guardian Management API's (`PUT /guardian/factors/{name}`) and the enrollment's
 * (`/users/{id}/authentication-methods` `type`). One table maps between them.
 */
import type { AuthenticatorType } from '../tenants/model.ts';

import { FACTOR_TYPES, GUARDIAN_FACTORS, type FactorType } from '../../contract/factors.ts';

export { FACTOR_TYPES, type FactorType };

export const GUARDIAN_FACTOR_NAMES = [...GUARDIAN_FACTORS, 'duo'] as const;
export type GuardianFactorName = (typeof GUARDIAN_FACTOR_NAMES)[number];

interface FactorNames {
  guardian: GuardianFactorName;
  authenticator: AuthenticatorType;
}

export const FACTOR_NAMES: Record<FactorType, FactorNames> = {
  otp: { guardian: 'otp', authenticator: 'totp' },
  email: { guardian: 'email', authenticator: 'email' },
  phone: { guardian: 'sms', authenticator: 'phone' },
  'push-notification': { guardian: 'push-notification', authenticator: 'push' },
  'webauthn-roaming': { guardian: 'webauthn-roaming', authenticator: 'webauthn-roaming' },
  'webauthn-platform': { guardian: 'webauthn-platform', authenticator: 'webauthn-platform' },
  'recovery-code': { guardian: 'recovery-code', authenticator: 'recovery-code' },
};

export function factorOfAuthenticator(type: AuthenticatorType): FactorType {
  const entry = Object.entries(FACTOR_NAMES).find(([, names]) => names.authenticator === type);
  if (!entry) throw new Error(`no factor for authenticator type ${type}`);
  return entry[0] as FactorType;
}

export function isFactorType(value: unknown): value is FactorType {
  return typeof value === 'string' && (FACTOR_TYPES as readonly string[]).includes(value);
}
