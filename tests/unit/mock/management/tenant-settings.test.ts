import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { InProcessMock } from '../../../support/in-process-mock.ts';
import { inProcessTarget } from '../../../support/in-process-target.ts';

const mock = new InProcessMock();
after(() => mock.close());

test('tenant settings keep what a PATCH sets: flags merge, lifetimes in minutes read back in hours', async () => {
  const { management } = inProcessTarget(mock);
  const before = await management.tenants.settings.get();
  assert.equal(before.flags?.revoke_refresh_token_grant, false);
  await management.tenants.settings.update({
    friendly_name: 'Team tenant',
    support_email: 'support@example.test',
    session_lifetime_in_minutes: 600,
    idle_session_lifetime_in_minutes: 90,
    flags: { disable_clickjack_protection_headers: true },
  });
  const after = await management.tenants.settings.get();
  assert.deepEqual(
    [after.friendly_name, after.support_email, after.session_lifetime, after.idle_session_lifetime],
    ['Team tenant', 'support@example.test', 10, 1.5],
  );
  assert.equal(after.flags?.disable_clickjack_protection_headers, true);
  assert.equal(after.flags?.revoke_refresh_token_grant, false, 'the other flags stay');
});

test('a setting Auth0 does not have is refused with 400, and nothing changes', async () => {
  const { management } = inProcessTarget(mock);
  await assert.rejects(
    management.tenants.settings.update({ friendly_name: 'x', no_such_setting: true } as never),
    {
      statusCode: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Payload validation error: Additional properties not allowed: no_such_setting',
        errorCode: 'invalid_body',
      },
    },
  );
  assert.notEqual((await management.tenants.settings.get()).friendly_name, 'x');
});
