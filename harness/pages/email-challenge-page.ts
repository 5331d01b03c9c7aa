import { CodeChallengePage } from './code-challenge-page.ts';

/**
 * `mfa-email-challenge`: the emailed code in `input#code`, "Resend" (`action=resend-code`), "Remember this
 * device" where offered (contract §2). Everything it needs is on CodeChallengePage; the class names the
 * screen, so a step reads as the screen it is on.
 */
export class EmailChallengePage extends CodeChallengePage {}
