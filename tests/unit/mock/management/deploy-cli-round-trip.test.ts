/**
 * auth0-deploy-cli against the mock as against a tenant: `a0deploy import` of a directory export, then
 * `a0deploy export`, gives the same files. The mock runs as its own server and the CLI in child processes
 * that trust the mock's CA with NODE_EXTRA_CA_CERTS, nothing else (docs/decisions/0043).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { Agent, fetch } from 'undici';
import { MOCK_CA_PEM, startMockProcess, type MockProcess } from '../../../support/mock-process.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/deploy-cli-export', import.meta.url));
const A0DEPLOY = createRequire(import.meta.url).resolve('auth0-deploy-cli/lib/index.js');

/** The resource types the round trip covers; the others are not modelled by the mock (decision 0043). */
const INCLUDED = [
  'tenant',
  'clients',
  'connections',
  'databases',
  'resourceServers',
  'clientGrants',
  'actions',
  'triggers',
  'guardianFactors',
  'guardianFactorProviders',
  'guardianFactorTemplates',
  'guardianPhoneFactorMessageTypes',
  'guardianPhoneFactorSelectedProvider',
  'guardianPolicies',
];

/**
 * What an export cannot give back: Guardian's providers, which deploy-cli 8 does not export (it reads a
 * `data` field the SDK's answer does not have), so the test reads them on the tenant; and secret values,
 * write-only on Auth0, which an export lists by name.
 */
const IMPORT_ONLY = ['guardian/providers/sms-twilio.json'];

let mock: MockProcess;
const work = mkdtempSync(join(tmpdir(), 'a0deploy-'));
before(async () => {
  mock = await startMockProcess();
});
after(async () => {
  await mock.stop();
  rmSync(work, { recursive: true, force: true });
});

async function a0deploy(...args: string[]): Promise<void> {
  const config = join(work, 'config.json');
  writeFileSync(
    config,
    JSON.stringify({
      AUTH0_DOMAIN: mock.domain,
      AUTH0_CLIENT_ID: 'mock-management-client',
      AUTH0_CLIENT_SECRET: 'mock-management-secret',
      AUTH0_INCLUDED_ONLY: INCLUDED,
      AUTH0_KEYWORD_REPLACE_MAPPINGS: { CONNECTIONS_GOOGLE_OAUTH2_SECRET: 'google-client-secret' },
    }),
  );
  try {
    await promisify(execFile)(process.execPath, [A0DEPLOY, ...args, '--config_file', config], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: MOCK_CA_PEM },
      timeout: 280_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`a0deploy ${args[0]} failed:\n${`${stdout}\n${stderr}`.slice(-4000)}`);
  }
}

function files(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(root, path)];
    });
  return walk(root).sort();
}

/** A fixture file as an export shows it: JSON parsed (key order aside), secrets without their values. */
function expected(path: string): unknown {
  const text = readFileSync(join(FIXTURE, path), 'utf8');
  if (!path.endsWith('.json')) return text;
  const parsed = JSON.parse(text) as { secrets?: Array<{ name: string }> };
  if (parsed.secrets) parsed.secrets = parsed.secrets.map(({ name }) => ({ name }));
  return parsed;
}

function exported(root: string, path: string): unknown {
  const text = readFileSync(join(root, path), 'utf8');
  return path.endsWith('.json') ? (JSON.parse(text) as unknown) : text;
}

/** GET on the mock's Management API with the built-in application's token. */
async function managementGet(path: string): Promise<unknown> {
  const dispatcher = new Agent({ connect: { ca: readFileSync(MOCK_CA_PEM, 'utf8') } });
  const origin = `https://${mock.domain}`;
  const token = (await (
    await fetch(`${origin}/oauth/token`, {
      dispatcher,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'client_credentials',
        client_id: 'mock-management-client',
        client_secret: 'mock-management-secret',
        audience: `${origin}/api/v2/`,
      }),
    })
  ).json()) as { access_token: string };
  const response = await fetch(`${origin}/api/v2${path}`, {
    dispatcher,
    headers: { authorization: `Bearer ${token.access_token}` },
  });
  return response.json();
}

test(
  'a0deploy import of a tenant export, then a0deploy export, gives the same files',
  { timeout: 600_000 },
  async () => {
    await a0deploy('import', '--input_file', FIXTURE);
    const output = join(work, 'export');
    await a0deploy('export', '--format', 'directory', '--output_folder', output);

    const want = files(FIXTURE).filter((path) => !IMPORT_ONLY.includes(path));
    assert.deepEqual(files(output), want);
    for (const path of want) assert.deepEqual(exported(output, path), expected(path), path);

    assert.deepEqual(await managementGet('/guardian/factors/sms/providers/twilio'), {
      sid: 'AC00000000000000000000000000000000',
      from: '+15555550100',
    });
    const google = (await managementGet('/connections?name=google-oauth2')) as Array<{ options: object }>;
    assert.equal(
      (google[0]?.options as { client_secret?: string }).client_secret,
      'google-client-secret',
      'the keyword was replaced on import',
    );
  },
);
