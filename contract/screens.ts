/**
 * Universal Login screens by URL path (shared/auth0-contract.md §2): the one table both the mock's routes and
 * the harness's page objects read, so a path can only be wrong in one place.
 */
import { UNSURE } from './unsure.ts';

export const SCREEN_PATHS = {
  'login-id': '/u/login/identifier',
  'login-password': '/u/login/password',
  'mfa-detect-browser-capabilities': '/u/mfa-detect-browser-capabilities',
  'mfa-login-options': '/u/mfa-login-options',
  'mfa-enroll-options': UNSURE.enrollPickerPath,
  'mfa-otp-enrollment': UNSURE.otpEnrollmentPath,
  'mfa-otp-challenge': '/u/mfa-otp-challenge',
  'mfa-email-challenge': '/u/mfa-email-challenge',
  'mfa-phone-enrollment': '/u/mfa-phone-enrollment',
  'mfa-sms-enrollment-verify': '/u/mfa-sms-enrollment-verify',
  'mfa-phone-challenge': '/u/mfa-phone-challenge',
  'mfa-sms-challenge': '/u/mfa-sms-challenge',
  'mfa-voice-challenge': UNSURE.voiceChallengePath,
  'mfa-push-enrollment': '/u/mfa-push-enrollment',
  'mfa-push-challenge': '/u/mfa-push-challenge',
  'mfa-recovery-code-enrollment': '/u/mfa-recovery-code-enrollment',
  'mfa-recovery-code-challenge': '/u/mfa-recovery-code-challenge',
  'mfa-recovery-code-challenge-new-code': UNSURE.recoveryCodeNewCodePath,
  'mfa-webauthn-roaming-enrollment': '/u/mfa-webauthn-enrollment',
  'mfa-webauthn-roaming-challenge': '/u/mfa-webauthn-challenge',
  'mfa-webauthn-platform-enrollment': '/u/mfa-webauthn-platform-enrollment',
  'mfa-webauthn-platform-challenge': '/u/mfa-webauthn-platform-challenge',
  'mfa-webauthn-error': UNSURE.webauthnErrorPath,
} as const;

export type ScreenName = keyof typeof SCREEN_PATHS;

const BY_PATH = new Map<string, ScreenName>(
  Object.entries(SCREEN_PATHS).map(([name, path]) => [path, name as ScreenName]),
);

/** The screen a URL path shows, or undefined for a page that is not a known Universal Login screen. */
export function screenOfPath(path: string): ScreenName | undefined {
  return BY_PATH.get(path.replace(/\/$/, ''));
}
