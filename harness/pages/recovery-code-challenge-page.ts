import { CodeChallengePage } from './code-challenge-page.ts';

/** `mfa-recovery-code-challenge`: the recovery code in `input#code`, and "Try another method". */
export class RecoveryCodeChallengePage extends CodeChallengePage {}
