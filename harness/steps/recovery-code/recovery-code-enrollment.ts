import { RecoveryCodeEnrollmentPage } from '../../pages/recovery-code-enrollment-page.ts';
import { defineStep } from '../define-step.ts';
import { captureShownCode, describeShownCode, ShownCode } from './shown-code.ts';

/** `mfa-recovery-code-enrollment`: the code shown at the first enrollment, captured and confirmed. */
export default defineStep({
  name: 'mfa-recovery-code-enrollment',
  screen: 'mfa-recovery-code-enrollment',
  options: ShownCode,
  title: (o) => describeShownCode(o, 'the recovery code'),
  run: async (ctx, options) => {
    await captureShownCode(ctx, new RecoveryCodeEnrollmentPage(ctx.page), options);
  },
});
