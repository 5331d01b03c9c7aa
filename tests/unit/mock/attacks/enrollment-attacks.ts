/**
 * Enrollments the Management API must not take (docs/decisions/0049): a `totp_secret` that is not Base32 of
 * whole bytes is refused with 400, so no OTP challenge ever meets a secret it cannot verify.
 */
import assert from 'node:assert/strict';
import { generateSecret } from 'otplib';
import { TestTenant, type InProcessMock } from '../../../support/in-process-mock.ts';
import { attack, type AttackRow } from './attack.ts';

function enroll(t: TestTenant, totpSecret: string) {
  return t.apiResponse('POST', `/users/${encodeURIComponent(t.userId)}/authentication-methods`, {
    type: 'totp',
    totp_secret: totpSecret,
  });
}

const noEnrollment = ({ t }: { t: TestTenant }) =>
  assert.deepEqual(t.tenant.users.get(t.userId)?.authenticators, []);

export function enrollmentAttacks(mock: InProcessMock): AttackRow[] {
  return [
    attack({
      name: 'a totp_secret whose Base32 does not fill whole bytes',
      setup: async () => ({ t: await TestTenant.create(mock) }),
      attack: ({ t }) => enroll(t, `${generateSecret()}A`),
      refused: {
        status: 400,
        error: 'invalid_body',
        message: 'Payload validation error: totp_secret does not encode whole bytes',
        log: [],
      },
      afterwards: noEnrollment,
    }),
    attack({
      name: 'a totp_secret that is not Base32',
      setup: async () => ({ t: await TestTenant.create(mock) }),
      attack: ({ t }) => enroll(t, 'not-a-base32-secret-1890'),
      refused: {
        status: 400,
        error: 'invalid_body',
        message: 'Payload validation error: totp_secret is not Base32 (A-Z and 2-7)',
        log: [],
      },
      afterwards: noEnrollment,
    }),
  ];
}
