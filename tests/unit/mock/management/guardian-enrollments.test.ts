import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { InProcessMock, TestTenant } from '../../../support/in-process-mock.ts';
import { inProcessTarget } from '../../../support/in-process-target.ts';

const mock = new InProcessMock();
after(() => mock.close());

async function userEnrolledIn(...methods: Array<'totp' | 'phone' | 'email'>) {
  const target = inProcessTarget(mock);
  const { management } = target;
  const user = await management.users.create({
    connection: target.connection,
    email: `ge-${Date.now()}@example.test`,
    password: 'Pw-test-1234-x',
  });
  const userId = user.user_id ?? '';
  for (const type of methods) {
    if (type === 'totp')
      await management.users.authenticationMethods.create(userId, { type, totp_secret: 'JBSWY3DPEHPK3PXP' });
    if (type === 'phone')
      await management.users.authenticationMethods.create(userId, { type, phone_number: '+15555550123' });
    if (type === 'email')
      await management.users.authenticationMethods.create(userId, { type, email: 'ge@example.test' });
  }
  return { management, userId };
}

test("a user's Guardian enrollments list OTP and phone in Auth0's shape, not email", async () => {
  const { management, userId } = await userEnrolledIn('totp', 'phone', 'email');
  const enrollments = await management.users.enrollments.get(userId);
  assert.deepEqual(
    enrollments.map(({ type, auth_method, status, phone_number }) => ({
      type,
      auth_method,
      status,
      phone_number,
    })),
    [
      { type: 'authenticator', auth_method: 'authenticator', status: 'confirmed', phone_number: undefined },
      { type: 'sms', auth_method: 'sms', status: 'confirmed', phone_number: '+15555550123' },
    ],
  );
  for (const enrollment of enrollments) {
    assert.match(enrollment.id ?? '', /^dev_[A-Z0-9]{16}$/);
    assert.ok(!Number.isNaN(Date.parse(enrollment.enrolled_at ?? '')), 'enrolled_at is a date');
  }
  await assert.rejects(management.users.enrollments.get('auth0|missing'), { statusCode: 404 });
});

test('a Guardian enrollment is read and deleted by its id, which removes the authentication method', async () => {
  const { management, userId } = await userEnrolledIn('totp', 'phone');
  const [otp] = await management.users.enrollments.get(userId);
  const id = otp?.id ?? '';
  assert.equal((await management.guardian.enrollments.get(id)).id, id);
  await management.guardian.enrollments.delete(id);
  const methods = (await management.users.authenticationMethods.list(userId)).data;
  assert.deepEqual(
    methods.map((m) => m.type),
    ['phone'],
  );
  await assert.rejects(management.guardian.enrollments.get(id), {
    statusCode: 404,
    body: {
      statusCode: 404,
      error: 'Not Found',
      message: 'The enrollment does not exist.',
      errorCode: 'enrollment_not_found',
    },
  });
  await assert.rejects(management.guardian.enrollments.delete(id), { statusCode: 404 });
});

test("an enrollment's last_auth is when a challenge with it last succeeded", async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    policies: ['all-applications'],
    user: { enrollments: ['otp'] },
  });
  const list = async () =>
    JSON.parse((await t.api('GET', `/users/${encodeURIComponent(t.userId)}/enrollments`)).body) as Array<{
      last_auth?: string;
    }>;
  assert.equal((await list())[0]?.last_auth, undefined, 'never used yet');
  const before = Date.now();
  const landing = await t.answerOtp(await t.login());
  assert.equal(landing.where, 'callback', landing.url.href);
  assert.ok(Date.parse((await list())[0]?.last_auth ?? '') >= before - 1000);
});
