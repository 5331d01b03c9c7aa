import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  RUN_TENANTS,
  shardOnCommandLine,
  tenantOfWorker,
  tenantsOfShard,
} from '../../../../harness/target/run-tenants.ts';
import type { TenantSettings } from '../../../../harness/target/tenant-settings.ts';

const tenant = (name: string): TenantSettings => ({
  name,
  domain: `${name}.eu.auth0.com`,
  loginClientId: 'login',
  managementClientId: 'mgmt',
  managementClientSecret: 'secret',
  connection: 'Username-Password-Authentication',
});
const names = (tenants: TenantSettings[]) => tenants.map((t) => t.name);
const FOUR = ['a', 'b', 'c', 'd'].map(tenant);

test('--shard is read from the command line in either form', () => {
  assert.deepEqual(shardOnCommandLine(['test', '--shard=2/3']), { current: 2, total: 3 });
  assert.deepEqual(shardOnCommandLine(['test', '--shard', '1/2', '-g', '@otp']), { current: 1, total: 2 });
  assert.equal(shardOnCommandLine(['test', '-g', '@otp']), undefined);
});

test('without shards the run uses every tenant', () => {
  assert.deepEqual(tenantsOfShard(FOUR), { tenants: FOUR, sharedWithOtherShards: false });
  assert.deepEqual(names(tenantsOfShard(FOUR, { current: 1, total: 1 }).tenants), ['a', 'b', 'c', 'd']);
});

test('with at least one tenant per shard, shards get disjoint tenants and every tenant is used', () => {
  const shards = [1, 2, 3].map((current) => tenantsOfShard(FOUR, { current, total: 3 }));
  assert.deepEqual(
    shards.map((s) => names(s.tenants)),
    [['a', 'd'], ['b'], ['c']],
  );
  assert.ok(shards.every((s) => !s.sharedWithOtherShards));
});

test('with fewer tenants than shards, each shard uses every tenant and says that shards must take turns', () => {
  const shard = tenantsOfShard(FOUR.slice(0, 1), { current: 2, total: 2 });
  assert.deepEqual(names(shard.tenants), ['a']);
  assert.equal(shard.sharedWithOtherShards, true);
});

test('a worker holds the run tenant at its parallelIndex, and a worker beyond them is told in a sentence', () => {
  const env = {
    AUTH0_TENANTS: 'a,b,c',
    [RUN_TENANTS]: 'c,a',
    ...Object.fromEntries(
      ['A', 'B', 'C'].flatMap((s) => [
        [`AUTH0_DOMAIN_${s}`, `${s.toLowerCase()}.eu.auth0.com`],
        [`AUTH0_TEST_TENANT_${s}`, 'yes'],
        [`AUTH0_LOGIN_CLIENT_ID_${s}`, 'login'],
        [`AUTH0_MGMT_CLIENT_ID_${s}`, 'mgmt'],
        [`AUTH0_MGMT_CLIENT_SECRET_${s}`, 'secret'],
      ]),
    ),
  };
  assert.equal(tenantOfWorker(0, env).domain, 'c.eu.auth0.com');
  assert.equal(tenantOfWorker(1, env).domain, 'a.eu.auth0.com');
  assert.throws(() => tenantOfWorker(2, env), {
    message:
      'Worker 3 has no tenant of its own: this run has 2 tenant(s), so run it with at most 2 worker(s) (drop --workers), or list more tenants in AUTH0_TENANTS.',
  });
});
