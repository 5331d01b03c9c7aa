import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ManagementClient } from 'auth0';
import { Scenario } from '../../../../harness/format/schema.ts';
import { UserLog } from '../../../../harness/logs/user-logs.ts';
import { provisionScenario } from '../../../../harness/provision/provision-scenario.ts';
import { UndoStack } from '../../../../harness/provision/undo-stack.ts';
import { ManagementPacing } from '../../../../harness/target/management-pacing.ts';
import { MOCK_CREDENTIALS } from '../../../../harness/target/mock-target.ts';
import { writeLog } from '../../../../mock/logs/write-log.ts';
import { InProcessMock } from '../../../support/in-process-mock.ts';
import { inProcessFetch, inProcessTarget } from '../../../support/in-process-target.ts';

// Every tenant of this mock allows 10 Management API requests a second, in bursts of 10.
const mock = new InProcessMock({}, { managementRateLimit: 10 });
after(() => mock.close());

const ACTIONS_DIR = mkdtempSync(join(tmpdir(), 'rate-limit-test-'));
writeFileSync(
  join(ACTIONS_DIR, 'challenge-otp.js'),
  "exports.onExecutePostLogin = async (event, api) => { api.authentication.challengeWith({ type: 'otp' }); };\n",
);

/**
 * The mock's answers as they come over the wire, counted: every Management API answer, and the 429s.
 * `beforeFirst` runs once, just before the first Management API request goes.
 */
function countingFetch(beforeFirst?: (domain: string) => Promise<void>) {
  const inner = inProcessFetch(mock);
  const counts = { answered: 0, refused: 0 };
  let first: Promise<void> | undefined;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!url.pathname.startsWith('/api/v2/')) return inner(input, init);
    first ??= beforeFirst?.(url.host) ?? Promise.resolve();
    await first;
    const response = await inner(input, init);
    counts.answered += 1;
    if (response.status === 429) counts.refused += 1;
    return response;
  };
  return { fetch, counts };
}

/** Another tool spends the tenant's whole budget: it calls until the tenant answers 429. */
async function spendBudget(domain: string): Promise<void> {
  const other = neighbour(domain, inProcessFetch(mock));
  for (let i = 0; i < 100; i += 1) {
    const refused = await other.users.list().then(
      () => false,
      (error: { statusCode?: number }) => error.statusCode === 429,
    );
    if (refused) return;
  }
  throw new Error('the tenant never answered 429: is its rate limit on?');
}

/** A client of the tenant at `domain` with the SDK's defaults and no pacing: another tool on the tenant. */
function neighbour(domain: string, fetch: typeof globalThis.fetch, maxRetries = 0): ManagementClient {
  return new ManagementClient({
    domain,
    clientId: MOCK_CREDENTIALS.managementClientId,
    clientSecret: MOCK_CREDENTIALS.managementClientSecret,
    fetch,
    maxRetries,
  });
}

test('under the tenant rate limit, provisioning and log reads succeed: the 429s answered are retried', async () => {
  // Another tool spends the tenant's budget just before the harness's first call: the harness cannot know,
  // and meets 429s.
  const wire = countingFetch(spendBudget);
  const target = inProcessTarget(mock, wire.fetch);
  const undo = new UndoStack();
  const scenario = Scenario.parse({
    summary: 'provisioning under a rate limit',
    covers: ['SEL-1'],
    tenant: { factors: ['otp'], actions: ['challenge-otp.js'] },
    user: { enrollments: ['otp'] },
    login: ['complete'],
  });
  const loaded = { file: 'rate-limit.yaml', id: 'unit/rate-limit', scenario, stepLocations: [], actions: [] };
  const user = await provisionScenario(target, loaded, ACTIONS_DIR, undo);
  const tenant = await mock.tenants.get(target.origin);
  writeLog(tenant, 's', { user: { user_id: user.userId, email: user.email } });
  const entries = await new UserLog(target, user.userId).read();
  await undo.unwind();

  assert.deepEqual(
    entries.map((e) => e.type),
    ['s'],
  );
  assert.ok(wire.counts.refused > 0, 'the tenant answered some of the harness’s calls with 429');
  assert.equal(target.pacing.refused, wire.counts.refused, 'the pacing saw every 429 the wire carried');
  assert.ok(
    tenant.logs.some((e) => e.type === 'api_limit'),
    'the tenant logged api_limit, as Auth0 does when a limit is reached',
  );
});

test('the pacing keeps to the budget the tenant announces: calls wait for the reset instead of meeting 429s', async () => {
  const calls = 20;
  const paced = countingFetch();
  const target = inProcessTarget(mock, paced.fetch);
  await Promise.all(Array.from({ length: calls }, () => target.management.users.list()));
  assert.equal(paced.counts.refused, 0, 'no call was refused');
  assert.ok(target.pacing.held > 0, 'calls were held for the tenant’s reset');

  // The same calls at once without pacing: the SDK's retries get them through, at the cost of 429s.
  const unpaced = countingFetch();
  const other = neighbour(inProcessTarget(mock).domain, unpaced.fetch, 5);
  await Promise.all(Array.from({ length: calls }, () => other.users.list()));
  assert.ok(unpaced.counts.refused > 0, 'unpaced, the same calls met 429s');
});

test('a tenant that announces no limit is not paced: calls go at once, side by side', async () => {
  let inFlight = 0;
  let most = 0;
  const answers: Array<() => void> = [];
  const pacing = new ManagementPacing(async () => {
    inFlight += 1;
    most = Math.max(most, inFlight);
    await new Promise<void>((resolve) => answers.push(resolve));
    inFlight -= 1;
    return new Response('[]', { status: 200 });
  });
  const call = () => pacing.fetch('https://acme.example/api/v2/users');
  const first = call();
  // Nothing is known before the first answer: one call goes alone.
  await Promise.resolve();
  const rest = [call(), call(), call()];
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(most, 1);
  answers.shift()?.();
  await first;
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(most, 3, 'once the tenant answered without x-ratelimit headers, the others went together');
  for (const answer of answers.splice(0)) answer();
  await Promise.all(rest);
  assert.equal(pacing.held, 3);
});
