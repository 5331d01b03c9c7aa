/**
 * Each tenant's Actions run in a worker of their own: an endless loop, a polluted prototype, an exhausted
 * heap or a hoard of binary data fails only its own run, while other tenants' Actions run and succeed. The
 * runner's short limits are CPU time, which a loaded machine does not use up, so no assertion depends on how
 * busy the machine is: the victims succeed whatever the timing, the culprits fail with their own message.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActionRunner } from '../../../../mock/actions/action-runner.ts';
import type { ActionJob } from '../../../../mock/actions/protocol.ts';

const runner = new ActionRunner({ limits: { cpuMs: 500, heapMb: 64, binaryMb: 32 } });
after(() => runner.close());

const job = (tenant: string, actionName: string, body: string): ActionJob => ({
  tenant: `http://${tenant}.localhost`,
  entry: 'onExecutePostLogin',
  actionName,
  code: `exports.onExecutePostLogin = async (event, api) => { ${body} };`,
  event: { user: { user_id: 'u', app_metadata: {} } },
  modules: {},
  redirect: { issuer: `http://${tenant}.localhost/`, state: 'state', query: {} },
  clockOffsetMs: 0,
});

const VICTIM = `if (({}).skipMfa !== true && ![].includes('skip')) api.authentication.challengeWith({ type: 'otp' });`;
const CHALLENGED = [{ path: 'authentication.challengeWith', args: [{ type: 'otp' }, {}] }];

test('an endless loop, a polluted prototype, an exhausted heap and a binary hoard fail only their own runs', async () => {
  const [loop, polluter, heap, binary, ...victims] = await Promise.all([
    runner.run(job('loop', 'endless-loop', 'for (;;) {}')),
    runner.run(
      job(
        'polluter',
        'polluter',
        `Object.prototype.skipMfa = true; Array.prototype.includes = () => true;
         api.idToken.setCustomClaim('polluted', ({}).skipMfa === true || [].includes('skip'));`,
      ),
    ),
    runner.run(
      job('heap', 'heap-hog', 'const hoard = []; for (;;) hoard.push(new Array(1e6).fill(hoard.length));'),
    ),
    runner.run(job('binary', 'binary-hog', 'const hoard = []; for (;;) hoard.push(new Uint8Array(1e7));')),
    runner.run(job('victim-1', 'victim', VICTIM)),
    runner.run(job('victim-2', 'victim', VICTIM)),
  ]);
  assert.deepEqual(loop, { ok: false, calls: [], error: 'Script execution time exceeded (0.5 s of CPU)' });
  assert.deepEqual(polluter, {
    ok: true,
    calls: [{ path: 'idToken.setCustomClaim', args: ['polluted', false] }],
    logs: [],
  });
  assert.deepEqual(heap, {
    ok: false,
    calls: [],
    error: `Out of memory: the tenant's Actions may use 64 MB, exceeded while running "heap-hog"`,
  });
  // Its stack is kept too (for /__mock/action-runs): the outcome is what this test is about.
  assert.equal(
    binary.ok || binary.error,
    "Array buffer allocation failed: the Action's binary data exceeds 32 MB",
  );
  assert.deepEqual(binary.calls, []);
  for (const victim of victims) assert.deepEqual(victim, { ok: true, calls: CHALLENGED, logs: [] });
  // The tenants whose workers ended get new ones.
  for (const tenant of ['loop', 'heap'])
    assert.deepEqual(await runner.run(job(tenant, 'after', VICTIM)), {
      ok: true,
      calls: CHALLENGED,
      logs: [],
    });
});

test("an overrun ends only its tenant's worker: another tenant's Action in flight finishes, the tenant's own fails naming it", async () => {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer((request, response) => void released.then(() => response.end('answered')));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const waitOn = `const response = await fetch('${url}'); api.idToken.setCustomClaim('body', await response.text());`;
  try {
    const requests = once(server, 'request');
    const elsewhere = runner.run(job('bystander', 'waits-on-fetch', waitOn));
    await requests;
    const sameTenant = runner.run(job('overrun', 'waits-on-fetch', waitOn));
    await once(server, 'request');
    const loop = await runner.run(job('overrun', 'endless-loop', 'for (;;) {}'));
    release();
    assert.equal(loop.ok || loop.error, 'Script execution time exceeded (0.5 s of CPU)');
    assert.deepEqual(await elsewhere, {
      ok: true,
      calls: [{ path: 'idToken.setCustomClaim', args: ['body', 'answered'] }],
      logs: [],
    });
    assert.deepEqual(await sameTenant, {
      ok: false,
      calls: [],
      error: `The tenant's Actions runtime was restarted because Action "endless-loop" exceeded its time limit`,
    });
  } finally {
    release();
    server.closeAllConnections();
    server.close();
  }
});

test('at most maxWorkers tenants have a worker; a further tenant waits for one to be idle', async () => {
  const small = new ActionRunner({ pool: { maxWorkers: 2 } });
  try {
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((tenant) => small.run(job(tenant, 'victim', VICTIM))),
    );
    for (const result of results) assert.deepEqual(result, { ok: true, calls: CHALLENGED, logs: [] });
    assert.ok(small.workerCount <= 2, `${small.workerCount} workers`);
  } finally {
    await small.close();
  }
});
