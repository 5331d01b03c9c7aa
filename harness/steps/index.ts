/**
 * Every step a scenario can say, once: the scenario format (harness/format/schema.ts) and the runner
 * (harness/runner/run-scenario.ts) are both built from this list. A new step is a module under its
 * factor's folder (`export default defineStep({ … })`) and a line here.
 */
import loginId from './login/login-id.ts';
import loginPassword from './login/login-password.ts';
import otpChallenge from './otp/otp-challenge.ts';
import otpEnrollment from './otp/otp-enrollment.ts';
import emailChallenge from './email/email-challenge.ts';
import phoneEnrollment from './phone/phone-enrollment.ts';
import smsEnrollmentVerify from './phone/sms-enrollment-verify.ts';
import phoneChallenge from './phone/phone-challenge.ts';
import smsChallenge from './phone/sms-challenge.ts';
import voiceChallenge from './phone/voice-challenge.ts';
import recoveryCodeEnrollment from './recovery-code/recovery-code-enrollment.ts';
import recoveryCodeChallenge from './recovery-code/recovery-code-challenge.ts';
import recoveryCodeNewCode from './recovery-code/recovery-code-challenge-new-code.ts';
import webauthnRoamingEnrollment from './webauthn/webauthn-roaming-enrollment.ts';
import webauthnRoamingChallenge from './webauthn/webauthn-roaming-challenge.ts';
import webauthnPlatformEnrollment from './webauthn/webauthn-platform-enrollment.ts';
import webauthnPlatformChallenge from './webauthn/webauthn-platform-challenge.ts';
import webauthnError from './webauthn/webauthn-error.ts';
import pushEnrollment from './push/push-enrollment.ts';
import pushChallenge from './push/push-challenge.ts';
import loginOptions from './picker/login-options.ts';
import enrollOptions from './picker/enroll-options.ts';
import complete from './outcome/complete.ts';
import denied from './outcome/denied.ts';
import logs from './outcome/logs.ts';
import newLogin from './session/new-login.ts';
import risk from './session/risk.ts';
import clock from './session/clock.ts';
import redirect from './session/redirect.ts';
import type { FactorType } from '../../contract/factors.ts';
import type { StepModule } from './define-step.ts';

/**
 * Each factor's screens as steps: exhaustive, so a factor added to contract/factors.ts does not compile
 * until the harness can answer its screens.
 */
export const FACTOR_STEPS: { readonly [F in FactorType]: readonly StepModule[] } = {
  otp: [otpChallenge, otpEnrollment],
  email: [emailChallenge],
  phone: [phoneEnrollment, smsEnrollmentVerify, phoneChallenge, smsChallenge, voiceChallenge],
  'recovery-code': [recoveryCodeEnrollment, recoveryCodeChallenge, recoveryCodeNewCode],
  'webauthn-roaming': [webauthnRoamingEnrollment, webauthnRoamingChallenge],
  'webauthn-platform': [webauthnPlatformEnrollment, webauthnPlatformChallenge],
  'push-notification': [pushEnrollment, pushChallenge],
};

/** Grouped as the README documents them: the login, each factor's, then the shared screens and checks. */
export const STEPS: readonly StepModule[] = [
  loginId,
  loginPassword,
  ...Object.values(FACTOR_STEPS).flat(),
  webauthnError,
  loginOptions,
  enrollOptions,
  complete,
  denied,
  logs,
  newLogin,
  risk,
  clock,
  redirect,
];
