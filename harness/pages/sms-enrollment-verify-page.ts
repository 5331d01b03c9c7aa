import { CodeChallengePage } from './code-challenge-page.ts';

/** `mfa-sms-enrollment-verify`: the code texted (or spoken) to the number being enrolled, and "Resend". */
export class SmsEnrollmentVerifyPage extends CodeChallengePage {}
