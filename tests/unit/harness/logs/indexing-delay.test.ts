// The mock indexes entries MOCK_LOG_DELAY_MS after they are written, as a real tenant does after a while; the
// setting is read when the mock's modules load, so they are imported after it is set.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';

process.env.MOCK_LOG_DELAY_MS = '400';
const { InProcessMock } = await import('../../../support/in-process-mock.ts');
const { inProcessTarget } = await import('../../../support/in-process-target.ts');
const { writeLog } = await import('../../../../mock/logs/write-log.ts');
const { UserLog } = await import('../../../../harness/logs/user-logs.ts');
const { pollUntil } = await import('../../../../harness/wait/poll-until.ts');

const mock = new InProcessMock();
after(() => mock.close());

test('entries still being indexed are not skipped: polling the checkpoint reader finds them once indexed', async () => {
  const target = inProcessTarget(mock);
  const tenant = await mock.tenants.get(target.origin);
  const user = { user_id: 'auth0|indexing-delay', email: 'indexing-delay@mfa-conformance.test' };
  const log = new UserLog(target, user.user_id);
  writeLog(tenant, 's', { user });
  assert.deepEqual(await log.read(), [], 'nothing is indexed yet');
  const types = async (count: number) =>
    pollUntil(
      async () => {
        const seen = (await log.read()).map((e) => e.type);
        return seen.length >= count ? seen : undefined;
      },
      { timeoutMs: 5_000, intervalMs: 50, message: 'the entries were never indexed' },
    );
  assert.deepEqual(await types(1), ['s']);
  writeLog(tenant, 'slo', { user });
  // Read at once: the checkpoint must stay where it was, not move past the entry still being indexed.
  assert.deepEqual(
    (await log.read()).map((e) => e.type),
    ['s'],
  );
  assert.deepEqual(await types(2), ['s', 'slo']);
});
