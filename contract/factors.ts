/**
 * THE factor table: one row per MFA factor, in the vocabularies Auth0 uses for it (shared/auth0-contract.md
 * §2-§4). Every other factor table in the mock and the harness is derived from this one and typed
 * `Record<FactorType, …>`, so adding a row makes the compiler list each piece the new factor still lacks.
 */
import type { ScreenName } from './screens.ts';

/** Guardian factor names of `PUT /api/v2/guardian/factors/{name}` that scenarios may enable (not `duo`). */
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

/** An enrollment's `type` in `/api/v2/users/{id}/authentication-methods` and in log entries' details. */
export type AuthenticatorType =
  'totp' | 'phone' | 'email' | 'push' | 'webauthn-roaming' | 'webauthn-platform' | 'recovery-code';

/** What the browser must bring before a factor can be enrolled or answered (ENR-7). */
export type BrowserCapability = 'webauthn' | 'webauthn-platform';

export interface FactorRow {
  /** Its name in the Guardian Management API. */
  guardian: GuardianFactor;
  /** Its enrollment type. */
  authenticator: AuthenticatorType;
  /** The picker button's default English label. */
  label: string;
  /** The `action` values a picker button may post for it (real pages add `::<n>`; phone shows as sms or voice). */
  pickerActions: readonly string[];
  /** The first screen of a challenge and of an enrollment (none: the factor cannot be enrolled on a screen). */
  screens: { challenge: ScreenName; enroll?: ScreenName };
  /** Whether `enrollWith` / `enrollWithAny` can enroll it (ENR-5: email cannot). */
  enrollableByCommand: boolean;
  /** Whether the tenant's own MFA offers it at a first enrollment (recovery codes come with one, ENR-9). */
  offeredByDefaultEnrollment: boolean;
  /** What the browser must support for it. */
  needsBrowser?: BrowserCapability;
  /**
   * The fields `POST /api/v2/users/{id}/authentication-methods` requires for it, or undefined when the
   * Management API cannot create it (the SDK's `CreatedUserAuthenticationMethodTypeEnum`).
   */
  managementFields?: readonly string[];
}

const ROWS = {
  otp: {
    guardian: 'otp',
    authenticator: 'totp',
    label: 'Google Authenticator or similar',
    pickerActions: ['otp'],
    screens: { challenge: 'mfa-otp-challenge', enroll: 'mfa-otp-enrollment' },
    enrollableByCommand: true,
    offeredByDefaultEnrollment: true,
    managementFields: ['totp_secret'],
  },
  email: {
    guardian: 'email',
    authenticator: 'email',
    label: 'Email',
    pickerActions: ['email'],
    screens: { challenge: 'mfa-email-challenge' },
    enrollableByCommand: false,
    offeredByDefaultEnrollment: false,
    managementFields: ['email'],
  },
  phone: {
    guardian: 'sms',
    authenticator: 'phone',
    label: 'Phone',
    pickerActions: ['phone', 'sms', 'voice'],
    screens: { challenge: 'mfa-phone-challenge', enroll: 'mfa-phone-enrollment' },
    enrollableByCommand: true,
    offeredByDefaultEnrollment: true,
    managementFields: ['phone_number'],
  },
  'push-notification': {
    guardian: 'push-notification',
    authenticator: 'push',
    label: 'Notification via Auth0 Guardian app',
    pickerActions: ['push-notification', 'push'],
    screens: { challenge: 'mfa-push-challenge', enroll: 'mfa-push-enrollment' },
    enrollableByCommand: true,
    offeredByDefaultEnrollment: true,
  },
  'webauthn-roaming': {
    guardian: 'webauthn-roaming',
    authenticator: 'webauthn-roaming',
    label: 'Security Key',
    pickerActions: ['webauthn-roaming'],
    screens: { challenge: 'mfa-webauthn-roaming-challenge', enroll: 'mfa-webauthn-roaming-enrollment' },
    enrollableByCommand: true,
    offeredByDefaultEnrollment: true,
    needsBrowser: 'webauthn',
    managementFields: ['key_id', 'public_key'],
  },
  'webauthn-platform': {
    guardian: 'webauthn-platform',
    authenticator: 'webauthn-platform',
    label: 'Fingerprint or Face Recognition',
    pickerActions: ['webauthn-platform'],
    screens: { challenge: 'mfa-webauthn-platform-challenge', enroll: 'mfa-webauthn-platform-enrollment' },
    enrollableByCommand: true,
    offeredByDefaultEnrollment: true,
    needsBrowser: 'webauthn-platform',
  },
  'recovery-code': {
    guardian: 'recovery-code',
    authenticator: 'recovery-code',
    label: 'Recovery code',
    pickerActions: ['recovery-code'],
    screens: { challenge: 'mfa-recovery-code-challenge', enroll: 'mfa-recovery-code-enrollment' },
    enrollableByCommand: true,
    offeredByDefaultEnrollment: false,
  },
} satisfies Record<string, FactorRow>;

/** A factor as the Actions API spells it (`challengeWith({ type })`, `event.user.enrolledFactors[].type`). */
export type FactorType = keyof typeof ROWS;

/** Each factor's row. A new row here makes every `Record<FactorType, …>` in the repo name what it lacks. */
export const FACTORS: Readonly<Record<FactorType, FactorRow>> = ROWS;

/** Every factor, in the table's order (the order of default enrollment's picker). */
export const FACTOR_TYPES = Object.keys(FACTORS) as [FactorType, ...FactorType[]];

export function isFactorType(value: unknown): value is FactorType {
  return typeof value === 'string' && Object.hasOwn(FACTORS, value);
}

/** The factor whose enrollments have `type`. */
export function factorOfAuthenticator(type: AuthenticatorType): FactorType {
  const found = FACTOR_TYPES.find((factor) => FACTORS[factor].authenticator === type);
  if (!found) throw new Error(`no factor has the authenticator type ${type}`);
  return found;
}

/** A factor the Management API can create an enrollment of, before a login: its row has managementFields. */
export type ProvisionableFactor = {
  [F in FactorType]: (typeof ROWS)[F] extends { managementFields: readonly string[] } ? F : never;
}[FactorType];

/** Whether the Management API can create an enrollment of `factor` (the runtime twin of ProvisionableFactor). */
export function isProvisionable(factor: FactorType): factor is ProvisionableFactor {
  return FACTORS[factor].managementFields !== undefined;
}

/** The factors the Management API can create an enrollment of, before a login. */
export const PROVISIONABLE_FACTORS: ProvisionableFactor[] = FACTOR_TYPES.filter(isProvisionable);
