/**
 * The acceptance test of the mock as an OIDC provider: openid-client v6, in a Node process that trusts the
 * local CA only through NODE_EXTRA_CA_CERTS (set when it starts, as a team's application would run),
 * goes through discovery, the code flow with PKCE, userinfo, refresh, revocation and logout against
 * https://localhost:<port>, once as the confidential web application (client_secret_basic), once as the
 * public login application (PKCE alone).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { ActionRunner } from '../../../../mock/actions/action-runner.ts';
import { MOCK_CA_CERT } from '../../../../mock/config.ts';
import { TenantRegistry } from '../../../../mock/tenants/registry.ts';
import { BUILT_IN } from '../../../../mock/tenants/tenant.ts';
import { newUser } from '../../../../mock/tenants/users.ts';
import { REPO_ROOT } from '../../../../harness/repo-root.ts';
import { startHttpsMock, type HttpsMock } from '../../../support/https-mock.ts';
import { CALLBACK } from '../../../support/in-process-mock.ts';

const services = { tenants: new TenantRegistry(), actions: new ActionRunner() };
const user = { email: 'oidc-app@example.test', password: 'Pw-oidc-1234' };
let mock: HttpsMock;
let userId = '';

interface Report {
  client: string;
  issuer: string;
  screens: string[];
  idToken: { sub: string; email?: string; nonce?: string; authTime?: number };
  scope?: string;
  userinfo: Record<string, unknown>;
  refreshed: { sub?: string; authTime?: number; newRefreshToken: boolean; userinfoSub: string };
  afterRevocation: { refused: boolean; status?: number; error?: string; error_description?: string };
  logout: { status: number; location: string | null };
  silentAfterLogout: Record<string, string>;
}
let reports: Report[] = [];

/** Runs the application in a child Node process and reads what it printed. */
function runApplication(setup: unknown): Promise<Report[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/openid-client-application.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_EXTRA_CA_CERTS: MOCK_CA_CERT, OIDC_APPLICATION: JSON.stringify(setup) },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as Report[])
        : reject(new Error(`the openid-client application exited with ${String(code)}:\n${err}`)),
    );
  });
}

before(async () => {
  mock = await startHttpsMock(services);
  const tenant = await services.tenants.get(mock.origin);
  const created = newUser({ ...user, connection: BUILT_IN.connection, email_verified: true });
  tenant.users.set(created.user_id, created);
  userId = created.user_id;
  reports = await runApplication({
    issuer: `${mock.origin}/`,
    callback: CALLBACK,
    username: user.email,
    password: user.password,
    clients: [
      { id: BUILT_IN.webClientId, secret: BUILT_IN.webClientSecret, auth: 'basic' },
      { id: BUILT_IN.loginClientId, auth: 'none' },
    ],
  });
});

after(async () => {
  await mock.close();
  await services.actions.close();
});

function each(check: (report: Report) => void): void {
  assert.equal(reports.length, 2);
  for (const report of reports) check(report);
}

test('discovery over HTTPS: the issuer is the origin the application was given', () => {
  each((report) => assert.equal(report.issuer, `${mock.origin}/`));
});

test('the code flow with PKCE: the login screens, then an id token openid-client verified, nonce and max_age', () => {
  each((report) => {
    assert.deepEqual(report.screens, ['/u/login/identifier', '/u/login/password']);
    assert.equal(report.idToken.sub, userId);
    assert.equal(report.idToken.email, user.email);
    assert.equal(typeof report.idToken.nonce, 'string');
    assert.equal(typeof report.idToken.authTime, 'number');
    assert.equal(report.scope, 'openid profile email offline_access');
  });
});

test('userinfo answers the profile and email claims of the access token', () => {
  each((report) => {
    assert.equal(report.userinfo.sub, userId);
    assert.equal(report.userinfo.email, user.email);
    assert.equal(report.userinfo.email_verified, true);
  });
});

test('refresh gives new tokens for the same user and auth_time, and keeps the refresh token (non-rotating)', () => {
  each((report) => {
    assert.equal(report.refreshed.sub, userId);
    assert.equal(report.refreshed.authTime, report.idToken.authTime);
    assert.equal(report.refreshed.newRefreshToken, false);
    assert.equal(report.refreshed.userinfoSub, userId);
  });
});

test('a revoked refresh token is refused with 403 invalid_grant "Unknown or invalid refresh token."', () => {
  each((report) =>
    assert.deepEqual(report.afterRevocation, {
      refused: true,
      status: 403,
      error: 'invalid_grant',
      error_description: 'Unknown or invalid refresh token.',
    }),
  );
});

test('logout returns to the application with its state and ends the session: prompt=none then says login_required', () => {
  each((report) => {
    assert.deepEqual(report.logout, { status: 302, location: `${CALLBACK}?state=bye` });
    assert.equal(report.silentAfterLogout.error, 'login_required');
  });
});

test('the tenant logged each step as Auth0 would', async () => {
  const logs = (await services.tenants.get(mock.origin)).logs;
  const types = logs.filter((entry) => entry.user_id === userId).map((entry) => entry.type);
  assert.deepEqual(types, ['s', 'seacft', 'sertft', 'srrt', 'slo', 's', 'seacft', 'sertft', 'srrt', 'slo']);
  assert.deepEqual(
    logs.filter((entry) => entry.type === 'fertft' || entry.type === 'fsa').map((entry) => entry.type),
    ['fertft', 'fsa', 'fertft', 'fsa'],
  );
});
