import { expect } from '@playwright/test';
import { RecoveryCodeNewCodePage } from '../../pages/recovery-code-new-code-page.ts';
import { where } from '../../runner/run-context.ts';
import { defineStep } from '../define-step.ts';
import { captureShownCode, describeShownCode, ShownCode } from './shown-code.ts';

/** `mfa-recovery-code-challenge-new-code`: a new code replaced the used one; it is captured and confirmed. */
export default defineStep({
  name: 'mfa-recovery-code-challenge-new-code',
  screen: 'mfa-recovery-code-challenge-new-code',
  options: ShownCode,
  title: (o) => describeShownCode(o, 'the new recovery code'),
  run: async (ctx, options) => {
    const used = ctx.user.recoveryCode;
    const code = await captureShownCode(ctx, new RecoveryCodeNewCodePage(ctx.page), options);
    expect(code, `${where(ctx)}: the new recovery code differs from the one used`).not.toBe(used);
  },
});
