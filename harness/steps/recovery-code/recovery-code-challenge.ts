import { RecoveryCodeChallengePage } from '../../pages/recovery-code-challenge-page.ts';
import { where, type RunContext } from '../../runner/run-context.ts';
import { CodeAnswer, endsLocked, describeCode, submitCodes } from '../code/code-answer.ts';
import { otherCode } from '../code/other-code.ts';
import { defineStep } from '../define-step.ts';

function recoveryCode(ctx: RunContext): string {
  if (!ctx.user.recoveryCode)
    throw new Error(
      `${where(ctx)}: the harness has no recovery code for this user: the Management API cannot create one, ` +
        'so enroll a first factor in an earlier login of the scenario (mfa-recovery-code-enrollment captures it)',
    );
  return ctx.user.recoveryCode;
}

/** `mfa-recovery-code-challenge`: answered with the code captured earlier (wrong ones first when asked). */
export default defineStep({
  name: 'mfa-recovery-code-challenge',
  screen: 'mfa-recovery-code-challenge',
  tryAnotherMethod: true,
  options: CodeAnswer.pick({ wrong: true, expectError: true }),
  ends: endsLocked,
  title: (o) => describeCode(o, 'the recovery code'),
  run: async (ctx, options) => {
    const code = recoveryCode(ctx);
    const source = { right: () => Promise.resolve(code), wrong: () => otherCode(code) };
    await submitCodes(ctx, new RecoveryCodeChallengePage(ctx.page), source, options);
  },
});
