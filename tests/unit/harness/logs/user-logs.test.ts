import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { UserLog } from '../../../../harness/logs/user-logs.ts';
import { nextCheckpoint, readLogFrom } from '../../../../harness/logs/log-checkpoint.ts';
import { writeLog } from '../../../../mock/logs/write-log.ts';
import type { Tenant } from '../../../../mock/tenants/tenant.ts';
import { InProcessMock } from '../../../support/in-process-mock.ts';
import { inProcessTarget } from '../../../support/in-process-target.ts';

const mock = new InProcessMock();
after(() => mock.close());

/** Entries of nobody in particular (a tool's token requests), between the user's. */
function noise(tenant: Tenant, count: number): void {
  for (let i = 0; i < count; i += 1) writeLog(tenant, 'seccft', { clientId: 'mock-management-client' });
}

async function userOnTenant() {
  const target = inProcessTarget(mock);
  const user = await target.management.users.create({
    connection: 'Username-Password-Authentication',
    email: `logs-${Date.now()}@mfa-conformance.test`,
    password: 'Pw-test-1234',
  });
  const seen = { user_id: user.user_id ?? '', email: user.email ?? '' };
  return { target, tenant: await mock.tenants.get(target.origin), user: seen };
}

test("a user's entries are read across checkpoint pages, more than one page of the tenant's log apart", async () => {
  const { target, tenant, user } = await userOnTenant();
  writeLog(tenant, 's', { user });
  noise(tenant, 150);
  writeLog(tenant, 'gd_auth_succeed', { user });
  noise(tenant, 230);
  writeLog(tenant, 'slo', { user });
  const log = new UserLog(target, user.user_id);
  assert.deepEqual(
    (await log.read()).map((e) => e.type),
    ['s', 'gd_auth_succeed', 'slo'],
    'every page is followed to the end of the log, not the first one only',
  );
});

test('each read goes on from the last checkpoint: what came since is added, nothing read twice', async () => {
  const { target, tenant, user } = await userOnTenant();
  const log = new UserLog(target, user.user_id);
  assert.deepEqual(await log.read(), [], 'a user with no entry yet has none, and the read does not wait');
  writeLog(tenant, 's', { user });
  assert.deepEqual(
    (await log.read()).map((e) => e.type),
    ['s'],
  );
  noise(tenant, 120);
  writeLog(tenant, 'slo', { user });
  assert.deepEqual(
    (await log.read()).map((e) => e.type),
    ['s', 'slo'],
  );
  assert.deepEqual(
    (await log.read()).map((e) => e.type),
    ['s', 'slo'],
  );
});

test('readLogFrom pages with take and the Link header until a short page, and returns where to go on', async () => {
  const { target, tenant } = await userOnTenant();
  noise(tenant, 7);
  const from = tenant.logs[0]?.log_id ?? '';
  const { entries, checkpoint } = await readLogFrom(target.management, from, 3);
  const after = tenant.logs.slice(1).map((e) => e.log_id);
  assert.deepEqual(
    entries.map((e) => e.log_id),
    after,
  );
  assert.equal(checkpoint, after.at(-1));
});

test("the next checkpoint is read from the Link header's next relation", () => {
  assert.equal(
    nextCheckpoint('<https://acme.eu.auth0.com/api/v2/logs?take=100&from=900201>; rel="next"'),
    '900201',
  );
  assert.equal(nextCheckpoint('<https://x/api/v2/logs?page=2>; rel="last"'), undefined);
  assert.equal(nextCheckpoint(null), undefined);
});
