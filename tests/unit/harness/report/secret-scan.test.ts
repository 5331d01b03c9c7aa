import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { zipSync } from 'fflate';
import { SignJWT } from 'jose';
import { scanDirectories, scanText, secretsOfEnv } from '../../../../harness/report/secret-scan.ts';

const SECRETS = secretsOfEnv({
  AUTH0_DOMAIN: 'tenant.eu.auth0.com',
  AUTH0_MGMT_CLIENT_SECRET: 'sEcReT-value-0123456789',
  AUTH0_TEST_TENANT: 'yes',
});

async function token(aud: string): Promise<string> {
  return new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setAudience(aud).sign(Buffer.alloc(32, 1));
}

test('only secret-named values are looked for', () => {
  assert.deepEqual(
    SECRETS.map((s) => s.name),
    ['AUTH0_MGMT_CLIENT_SECRET'],
  );
});

test('a secret is found as written and base64-encoded; a Management API token by its audience', async () => {
  assert.deepEqual(scanText('body: client_secret=sEcReT-value-0123456789', SECRETS), [
    'AUTH0_MGMT_CLIENT_SECRET',
  ]);
  const encoded = Buffer.from('x sEcReT-value-0123456789 y').toString('base64');
  assert.deepEqual(scanText(`{"postData":"${encoded}"}`, SECRETS), []);
  assert.deepEqual(scanText(Buffer.from('sEcReT-value-0123456789').toString('base64'), SECRETS), [
    'AUTH0_MGMT_CLIENT_SECRET',
  ]);
  assert.deepEqual(scanText(`Bearer ${await token('https://tenant.eu.auth0.com/api/v2/')}`, SECRETS), [
    'a Management API access token',
  ]);
  assert.deepEqual(scanText(`id_token=${await token('mock-login-client')}`, SECRETS), []);
});

test('a report folder is walked, zips (traces, blobs) opened, and a clean one has no finding', async () => {
  const root = mkdtempSync(join(tmpdir(), 'scan-'));
  mkdirSync(join(root, 'report/data'), { recursive: true });
  writeFileSync(join(root, 'report/index.html'), '<html>all clear</html>');
  assert.deepEqual(scanDirectories([join(root, 'report'), join(root, 'missing')], SECRETS, root), []);
  const trace = zipSync({
    'trace.network': Buffer.from(`Authorization: Bearer ${await token('https://t/api/v2/')}`),
  });
  writeFileSync(join(root, 'report/data/trace.zip'), trace);
  writeFileSync(join(root, 'report/data/log.txt'), 'leaked sEcReT-value-0123456789');
  assert.deepEqual(scanDirectories([join(root, 'report')], SECRETS, root), [
    { where: 'report/data/log.txt', what: 'AUTH0_MGMT_CLIENT_SECRET' },
    { where: 'report/data/trace.zip!trace.network', what: 'a Management API access token' },
  ]);
});
