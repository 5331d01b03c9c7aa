/**
 * Tenants are cheap to create and freed when idle (docs/decisions/0052, 0053): a Host header costs no key and
 * no worker; a tenant's key comes from the pool, its own; a tenant nobody touched for the idle time is freed
 * with its Actions worker, and its host then gets a fresh tenant, while a tenant in use is kept. The machine's
 * stocked keys (0075) come first.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, test } from 'node:test';
import { exportJWK, jwtVerify, SignJWT } from 'jose';
import { advanceClock, resetClock } from '../../../../mock/clock.ts';
import { TenantRegistry } from '../../../../mock/tenants/registry.ts';
import {
  readKeyStock,
  SigningKeyPool,
  signingKeys,
  type SigningKey,
} from '../../../../mock/tenants/signing-keys.ts';
import { InProcessMock, TestTenant } from '../../../support/in-process-mock.ts';

const IDLE_MS = 60 * 60_000;
const mock = new InProcessMock({}, { idleMs: IDLE_MS, sweepEveryMs: 0 });
after(() => mock.close());
afterEach(() => resetClock());

test('a tenant idle for the idle time is freed, and its host then gets a fresh tenant; one in use is kept', async () => {
  const idle = await TestTenant.create(mock);
  const busy = await TestTenant.create(mock);
  advanceClock(IDLE_MS - 60_000);
  await busy.api('GET', '/users');
  advanceClock(120_000);
  mock.tenants.sweep();

  const busyNow = await mock.tenants.get(`http://${busy.host}`);
  assert.equal(busyNow, busy.tenant, 'touched within the idle time: the same tenant, its users kept');
  assert.equal(busyNow.users.size, 1);
  const idleNow = await mock.tenants.get(`http://${idle.host}`);
  assert.notEqual(idleNow, idle.tenant, 'idle: a fresh tenant');
  assert.equal(idleNow.users.size, 0, 'with nothing of the freed one');
});

test('freeing an idle tenant ends its Actions worker', async () => {
  const t = await TestTenant.create(mock, { actions: ['exports.onExecutePostLogin = async () => {};'] });
  assert.equal((await t.login()).where, 'callback');
  const workers = mock.runner.workerCount;
  assert.ok(workers >= 1, 'the Action ran on the tenant’s worker');
  advanceClock(IDLE_MS);
  mock.tenants.sweep();
  assert.equal(mock.runner.workerCount, 0, 'no worker left for a freed tenant');
});

test('a Host header costs a tenant no key; its first need of one takes a key ready in the pool', async () => {
  let generated = 0;
  const pool = new SigningKeyPool(2, () => {
    generated += 1;
    return signingKeys.take();
  });
  const registry = new TenantRegistry({ keys: pool, sweepEveryMs: 0 });
  await pool.filled();
  assert.equal(generated, 2, 'the pool filled itself');
  for (let i = 0; i < 100; i += 1) await registry.get(`http://junk-${i}.localhost:4010`);
  assert.equal(generated, 2, 'a hundred Host headers: no key generated');
  assert.equal(pool.readyCount, 2);

  const tenant = await registry.get('http://first.localhost:4010');
  const key: SigningKey = await tenant.signingKey();
  assert.equal(pool.readyCount, 1, 'the key came from the pool, ready');
  assert.equal(await tenant.signingKey(), key, 'and stays the tenant’s');
  registry.close();
});

test('each tenant signs with a key of its own: the JWKS of two tenants differ', async () => {
  const a = await TestTenant.create(mock);
  const b = await TestTenant.create(mock);
  const jwks = async (t: TestTenant) =>
    JSON.parse((await mock.send(t.host, 'GET', '/.well-known/jwks.json')).body) as {
      keys: Array<{ kid: string; n: string }>;
    };
  const [ka, kb] = [(await jwks(a)).keys[0], (await jwks(b)).keys[0]];
  assert.ok(ka && kb);
  assert.notEqual(ka.n, kb.n);
  assert.notEqual(ka.kid, kb.kid);
});

test('the machine’s stocked keys are handed out first, each once, and none is generated while they last', async () => {
  const stocked = await Promise.all([signingKeys.take(), signingKeys.take(), signingKeys.take()]);
  const stock = await Promise.all(stocked.map((k) => exportJWK(k.privateKey)));
  let generated = 0;
  const pool = new SigningKeyPool(
    2,
    () => {
      generated += 1;
      return signingKeys.take();
    },
    stock,
  );
  await pool.filled();
  assert.equal(generated, 0, 'a stock as large as the pool: nothing to generate');
  const taken = [await pool.take(), await pool.take(), await pool.take()];
  assert.deepEqual(
    taken.map((k) => k.kid),
    stocked.map((k) => k.kid),
    'the stock, in order, each key once, its kid its thumbprint',
  );
  const token = await new SignJWT({}).setProtectedHeader({ alg: 'RS256' }).sign(taken[0].privateKey);
  await jwtVerify(token, taken[0].publicKey);
  await pool.filled();
  assert.equal(generated, 2, 'the stock spent: the pool generates again');
});

test('a missing or malformed stock file is no stock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'key-stock-'));
  assert.deepEqual(readKeyStock(join(dir, 'none.json')), []);
  writeFileSync(join(dir, 'bad.json'), '{ not json');
  assert.deepEqual(readKeyStock(join(dir, 'bad.json')), []);
  writeFileSync(join(dir, 'public.json'), JSON.stringify([{ kty: 'RSA', n: 'x', e: 'AQAB' }]));
  assert.deepEqual(readKeyStock(join(dir, 'public.json')), [], 'a key without its private part is no key');
});
