import { phoneInbox } from '../../../contract/delivery.ts';
import { SmsEnrollmentVerifyPage } from '../../pages/sms-enrollment-verify-page.ts';
import { CodeAnswer, endsLocked, describeCode } from '../code/code-answer.ts';
import { answerDeliveredCode } from '../code/delivered-code.ts';
import { defineStep } from '../define-step.ts';
import { userPhone } from './user-phone.ts';

/** `mfa-sms-enrollment-verify`: the code texted or spoken to the number being enrolled. */
export default defineStep({
  name: 'mfa-sms-enrollment-verify',
  screen: 'mfa-sms-enrollment-verify',
  options: CodeAnswer.pick({ wrong: true, expectError: true, resend: true }),
  ends: endsLocked,
  title: (o) => describeCode(o, 'the code sent to the phone'),
  run: (ctx, options) => {
    const phone = userPhone(ctx);
    const inbox = phoneInbox(phone.number, phone.method);
    return answerDeliveredCode(ctx, new SmsEnrollmentVerifyPage(ctx.page), inbox, options);
  },
});
