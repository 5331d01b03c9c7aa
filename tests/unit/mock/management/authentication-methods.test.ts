import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { InProcessMock } from '../../../support/in-process-mock.ts';
import { inProcessTarget } from '../../../support/in-process-target.ts';

const mock = new InProcessMock();
after(() => mock.close());

async function userWithMethods() {
  const target = inProcessTarget(mock);
  const { management } = target;
  const user = await management.users.create({
    connection: target.connection,
    email: `am-${Date.now()}@example.test`,
    password: 'Pw-test-1234-x',
  });
  const userId = user.user_id ?? '';
  const totp = await management.users.authenticationMethods.create(userId, {
    type: 'totp',
    totp_secret: 'JBSWY3DPEHPK3PXP',
  });
  const phone = await management.users.authenticationMethods.create(userId, {
    type: 'phone',
    phone_number: '+15555550123',
    preferred_authentication_method: 'sms',
  });
  return { management, userId, totp: totp.id ?? '', phone: phone.id ?? '' };
}

test('an authentication method is read, relabelled and switched to voice by id through the SDK', async () => {
  const { management, userId, totp, phone } = await userWithMethods();
  assert.equal((await management.users.authenticationMethods.get(userId, totp)).type, 'totp');
  const updated = await management.users.authenticationMethods.update(userId, phone, {
    name: 'work phone',
    preferred_authentication_method: 'voice',
  });
  assert.deepEqual([updated.name, updated.preferred_authentication_method], ['work phone', 'voice']);
  await assert.rejects(
    management.users.authenticationMethods.update(userId, totp, { preferred_authentication_method: 'voice' }),
    { statusCode: 400 },
  );
  await assert.rejects(management.users.authenticationMethods.get(userId, 'totp|dev_missing'), {
    statusCode: 404,
  });
});

test('deleting one method, or all of a user’s authenticators, leaves the list without them', async () => {
  const { management, userId, totp } = await userWithMethods();
  await management.users.authenticationMethods.delete(userId, totp);
  const left = (await management.users.authenticationMethods.list(userId)).data;
  assert.deepEqual(
    left.map((m) => m.type),
    ['phone'],
  );
  await management.users.authenticators.deleteAll(userId);
  assert.deepEqual((await management.users.authenticationMethods.list(userId)).data, []);
});
