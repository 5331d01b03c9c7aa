import { sendMail } from '../delivery/send-mail.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { User } from '../tenants/model.ts';

/**
 * The email brute-force protection sends the user when a block begins (shield `user_notification`), once per
 * block. It does not hold up the login page: a refused SMTP server is reported on the mock's console only.
 */
export function notifyBlockedUser(tenant: Tenant, user: User, ip: string): void {
  sendMail({
    to: user.email,
    subject: `${tenant.settings.friendly_name}: your account has been blocked`,
    text:
      `We detected several failed attempts to log in to your account from the IP address ${ip}, ` +
      'so we have blocked further login attempts from it. Changing your password unblocks it, and so can ' +
      'an administrator.',
  }).catch((error: unknown) => {
    console.error(`mock: the blocked-account email was not sent: ${(error as Error).message}`);
  });
}
