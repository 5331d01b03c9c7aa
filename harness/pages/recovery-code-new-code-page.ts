import { RecoveryCodeEnrollmentPage } from './recovery-code-enrollment-page.ts';

/** `mfa-recovery-code-challenge-new-code`: the code that replaced the one just used, confirmed like the first. */
export class RecoveryCodeNewCodePage extends RecoveryCodeEnrollmentPage {}
