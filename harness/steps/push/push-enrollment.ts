import { GuardianDevice } from '../../devices/guardian-device.ts';
import { readQrCode } from '../../devices/read-qr.ts';
import { PushEnrollmentPage } from '../../pages/push-enrollment-page.ts';
import { defineStep } from '../define-step.ts';
import { mockOnly } from './guardian-app.ts';

/**
 * `mfa-push-enrollment`: the harness's Guardian app scans the QR code from a screenshot and enrolls; the
 * page notices through its own polling and moves on (mock only: the device simulator).
 */
export default defineStep({
  name: 'mfa-push-enrollment',
  screen: 'mfa-push-enrollment',
  title: () => 'the Guardian app scans the QR code and enrolls',
  run: async (ctx) => {
    mockOnly(ctx);
    const uri = readQrCode(await new PushEnrollmentPage(ctx.page).qrCodeImage());
    ctx.user.guardianDevice = await GuardianDevice.enroll(ctx.target, uri);
  },
});
