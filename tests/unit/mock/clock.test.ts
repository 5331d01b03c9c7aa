/**
 * A scenario's `clock` step moves one tenant's time (RED-5's 24 hours pass at once): requests to that tenant and
 * its Actions' `Date` see it, other tenants keep the machine's time, and nothing moves back.
 */
import { after, afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { advanceTenantClock, inTenantTime, now, resetClock, tenantClockOffset } from '../../../mock/clock.ts';
import { ActionRunner } from '../../../mock/actions/action-runner.ts';

const DAY_MS = 86_400_000;
const runner = new ActionRunner();
after(() => runner.close());
afterEach(() => resetClock());

test("RED-5: a tenant's clock moves its requests' time, and no other tenant's", () => {
  advanceTenantClock('http://later.localhost:4010', DAY_MS);
  const later = inTenantTime('http://LATER.localhost:4010', () => now());
  const other = inTenantTime('http://other.localhost:4010', () => now());
  assert.ok(later - Date.now() > DAY_MS - 1_000, 'the moved tenant is a day ahead');
  assert.ok(Math.abs(other - Date.now()) < 1_000, 'another tenant keeps the machine’s time');
  assert.ok(Math.abs(now() - Date.now()) < 1_000, 'outside any request, the mock-wide time');
  assert.throws(() => advanceTenantClock('http://later.localhost:4010', -1), /forward by 0 ms or more/);
});

test("RED-5: an Action's Date reads its tenant's time: Date.now(), new Date() and Date() alike", async () => {
  advanceTenantClock('http://clocked.localhost', DAY_MS);
  const result = await runner.run({
    tenant: 'http://clocked.localhost',
    entry: 'onExecutePostLogin',
    actionName: 'clocked',
    code: `exports.onExecutePostLogin = async (event, api) => {
      class Later extends Date {}
      api.idToken.setCustomClaim('value', [Date.now(), new Date().getTime(), Date.parse(Date()), new Later().getTime(),
        new Date(0).getTime(), new Date() instanceof Date, Object.getPrototypeOf(new Date()).constructor === Date]);
    };`,
    event: { user: { user_id: 'auth0|1' } },
    modules: {},
    redirect: { issuer: 'http://clocked.localhost/', state: 'state', query: {} },
    clockOffsetMs: tenantClockOffset('http://clocked.localhost'),
  });
  assert.equal(result.ok, true, JSON.stringify(result));
  const [nowMs, newDate, dateText, subclass, epoch, isDate, constructor] = result.calls.find(
    (call) => call.path === 'idToken.setCustomClaim',
  )?.args[1] as [number, number, number, number, number, boolean, boolean];
  for (const seen of [nowMs, newDate, dateText, subclass])
    assert.ok(seen - Date.now() > DAY_MS - 5_000, `a day ahead, got ${new Date(seen).toISOString()}`);
  assert.deepEqual([epoch, isDate, constructor], [0, true, true]);
});
