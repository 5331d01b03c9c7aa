import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  blocksOf,
  countFailedLogin,
  forgetFailedLogins,
  isBlocked,
  MAX_FAILED_LOGINS,
  unblockUser,
} from '../../../../mock/attack-protection/brute-force.ts';
import { TenantRegistry } from '../../../../mock/tenants/registry.ts';
import { newUser } from '../../../../mock/tenants/users.ts';

async function setup() {
  const tenant = await new TenantRegistry().get('http://brute.localhost:4010');
  const user = newUser({
    email: 'b@example.test',
    password: 'x',
    connection: 'Username-Password-Authentication',
  });
  tenant.users.set(user.user_id, user);
  const fail = (times: number, ip = '10.0.0.1') =>
    Array.from({ length: times }, () => countFailedLogin(tenant, user, ip));
  return { tenant, user, fail };
}

test('the tenth wrong password in a row from one IP blocks the user from it, and only the tenth says so', async () => {
  const { tenant, user, fail } = await setup();
  const outcomes = fail(MAX_FAILED_LOGINS + 2);
  assert.deepEqual(outcomes.indexOf('blocked'), MAX_FAILED_LOGINS - 1);
  assert.equal(outcomes.filter((o) => o === 'blocked').length, 1);
  assert.equal(isBlocked(tenant, user, '10.0.0.1'), true);
});

test('failures count per IP: nine from each of two IPs block neither', async () => {
  const { tenant, user, fail } = await setup();
  fail(MAX_FAILED_LOGINS - 1, '10.0.0.1');
  fail(MAX_FAILED_LOGINS - 1, '10.0.0.2');
  assert.equal(isBlocked(tenant, user, '10.0.0.1'), false);
  assert.equal(isBlocked(tenant, user, '10.0.0.2'), false);
});

test('a successful login starts the count over: nine, a success, nine more do not block', async () => {
  const { tenant, user, fail } = await setup();
  fail(MAX_FAILED_LOGINS - 1);
  forgetFailedLogins(tenant, user, '10.0.0.1');
  assert.ok(!fail(MAX_FAILED_LOGINS - 1).includes('blocked'));
});

test('the blocks of a user list each blocked IP with the identifier and connection; unblocking lifts them all', async () => {
  const { tenant, user, fail } = await setup();
  fail(MAX_FAILED_LOGINS, '10.0.0.1');
  fail(MAX_FAILED_LOGINS, '10.0.0.2');
  fail(3, '10.0.0.3');
  assert.deepEqual(
    blocksOf(tenant, user.user_id).map(({ identifier, ip, connection }) => ({ identifier, ip, connection })),
    ['10.0.0.1', '10.0.0.2'].map((ip) => ({
      identifier: 'b@example.test',
      ip,
      connection: 'Username-Password-Authentication',
    })),
  );
  unblockUser(tenant, user.user_id);
  assert.deepEqual(blocksOf(tenant, user.user_id), []);
  assert.ok(!fail(MAX_FAILED_LOGINS - 1, '10.0.0.3').includes('blocked'), 'the count started over too');
});
