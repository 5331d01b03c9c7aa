import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { InProcessMock, TestTenant } from '../../../support/in-process-mock.ts';

// Auth0's limits for every test but the endless loop's, whose mock stops an Action after 0.3 s of CPU time:
// a loaded machine makes the loop take longer to get there, and gives no other Action less time.
const mock = new InProcessMock();
const strictMock = new InProcessMock({ limits: { cpuMs: 300 } });
after(() => Promise.all([mock.close(), strictMock.close()]));

const action = (body: string) => `exports.onExecutePostLogin = async (event, api) => { ${body} };`;

async function claimsOfLogin(t: TestTenant, query = ''): Promise<Record<string, unknown>> {
  const first = await t.browser.go(
    'GET',
    `/authorize?client_id=mock-login-client&response_type=code&redirect_uri=http://localhost:4020/callback${query}`,
  );
  const password = await t.browser.submit(first, { username: t.email });
  const landing = await t.browser.submit(password, { password: t.password });
  assert.equal(landing.where, 'callback', landing.url.href);
  const stored = t.tenant.codes.get(landing.url.searchParams.get('code') ?? '');
  assert.ok(stored, `a completed login: ${landing.url.href}`);
  return stored.idTokenClaims;
}

test('SEQ-1: Actions run in binding order, each with the event and the api of contract §3', async () => {
  const t = await TestTenant.create(mock, {
    actions: [
      {
        code: action(`api.idToken.setCustomClaim('event', {
          secret: event.secrets.API_KEY,
          roles: event.authorization.roles,
          org: event.organization && event.organization.metadata,
          logins: event.stats.logins_count,
          client: event.client.client_id,
          ip: typeof event.request.ip,
          verified: event.user.email_verified,
          enrolled: event.user.enrolledFactors,
          tenant: typeof event.tenant.id,
          transaction: typeof event.transaction.id,
          connection: event.connection.name,
        });`),
        secrets: { API_KEY: 'k-123' },
      },
    ],
  });
  const role = await t.api('POST', '/roles', { name: 'Admin', description: 'admins' });
  await t.api('POST', `/users/${encodeURIComponent(t.userId)}/roles`, {
    roles: [(JSON.parse(role.body) as { id: string }).id],
  });
  const org = await t.api('POST', '/organizations', { name: 'acme', metadata: { factors: 'otp' } });
  const orgId = (JSON.parse(org.body) as { id: string }).id;
  await t.api('POST', `/organizations/${orgId}/members`, { members: [t.userId] });
  const claims = await claimsOfLogin(t, `&organization=${orgId}`);
  assert.deepEqual(claims.event, {
    secret: 'k-123',
    roles: ['Admin'],
    org: { factors: 'otp' },
    logins: 1,
    client: 'mock-login-client',
    ip: 'string',
    verified: true,
    enrolled: [],
    tenant: 'string',
    transaction: 'string',
    connection: 'Username-Password-Authentication',
  });
});

test('SEQ-1: a syntax error fails the build with the message and the line, and deploy is refused', async () => {
  const t = await TestTenant.create(mock);
  const created = await t.api('POST', '/actions/actions', {
    name: 'broken',
    code: 'exports.onExecutePostLogin = async (event, api) => {\n  const x = ;\n};',
    supported_triggers: [{ id: 'post-login', version: 'v3' }],
  });
  const { id } = JSON.parse(created.body) as { id: string };
  const built = JSON.parse((await t.api('GET', `/actions/actions/${id}`)).body) as {
    status: string;
    errors: Array<{ msg: string }>;
  };
  assert.equal(built.status, 'failed');
  assert.match(built.errors[0]?.msg ?? '', /^SyntaxError: Unexpected token .*\(line 2\)$/);
  const deploy = await mock.send(t.host, 'POST', `/api/v2/actions/actions/${id}/deploy`, {
    token: undefined,
  });
  assert.equal(deploy.status, 401, 'the deploy route is behind the Management API token');
  await assert.rejects(t.api('POST', `/actions/actions/${id}/deploy`), /400 .*build failed/);
});

test('SEQ-1: a post-login Action that exports its handler under another name fails its build, naming both', async () => {
  const t = await TestTenant.create(mock);
  const created = await t.api('POST', '/actions/actions', {
    name: 'misnamed',
    code: 'exports.onExecute = async (event, api) => {\n  api.access.deny("never");\n};',
    supported_triggers: [{ id: 'post-login', version: 'v3' }],
  });
  const { id } = JSON.parse(created.body) as { id: string };
  const built = JSON.parse((await t.api('GET', `/actions/actions/${id}`)).body) as {
    status: string;
    errors: Array<{ id: string; msg: string }>;
  };
  assert.equal(built.status, 'failed');
  assert.deepEqual(
    built.errors.map((e) => [e.id, e.msg]),
    [
      [
        'invalid_code',
        'The Action exports no onExecutePostLogin, the handler of the post-login trigger (it exports onExecute).',
      ],
    ],
  );
});

test('SEQ-1: an Action that throws fails the login with an f entry naming the Action; later Actions do not run', async () => {
  const t = await TestTenant.create(mock, {
    actions: [action(`throw new Error('boom');`), action(`api.idToken.setCustomClaim('ran', true);`)],
  });
  const landing = await t.login();
  assert.equal(landing.url.searchParams.get('error'), 'access_denied');
  assert.deepEqual(
    t.logs().map((entry) => [entry.type, entry.description]),
    [['f', 'Action "action-1" failed: boom']],
  );
});

test('SEQ-1: an Action over its time limit fails the login with an f entry, and the mock keeps serving', async () => {
  const t = await TestTenant.create(strictMock, { actions: [action(`for (;;) {}`)] });
  const landing = await t.login();
  assert.equal(landing.url.searchParams.get('error'), 'access_denied');
  assert.match(t.logs()[0]?.description ?? '', /^Action "action-1" failed: Script execution time exceeded/);
  const next = await TestTenant.create(strictMock, {
    actions: [action(`api.idToken.setCustomClaim('ok', 1);`)],
  });
  assert.equal((await claimsOfLogin(next)).ok, 1);
});

test('SEQ-1: an asynchronous throw outside the Action await chain fails only that login', async () => {
  const t = await TestTenant.create(mock, {
    actions: [action(`setTimeout(() => { throw new Error('late'); }, 0); await new Promise(() => {});`)],
  });
  const landing = await t.login();
  assert.equal(landing.url.searchParams.get('error'), 'access_denied');
  const next = await TestTenant.create(mock, { actions: [action(`api.idToken.setCustomClaim('ok', 2);`)] });
  assert.equal((await claimsOfLogin(next)).ok, 2);
});
