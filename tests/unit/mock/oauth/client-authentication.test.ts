import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, test } from 'node:test';
import { BUILT_IN } from '../../../../mock/tenants/tenant.ts';
import { CALLBACK, InProcessMock, TestTenant } from '../../../support/in-process-mock.ts';

const mock = new InProcessMock();
after(() => mock.close());

const web = { client_id: BUILT_IN.webClientId, redirect_uri: CALLBACK };

/** A login of the confidential web application, and its code. */
async function webCode(t: TestTenant): Promise<string> {
  const landing = await t.login(web);
  assert.equal(landing.where, 'callback');
  return landing.url.searchParams.get('code') ?? '';
}

function basic(id: string, secret: string): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` };
}

test('a confidential client authenticates with its secret in the body (client_secret_post)', async () => {
  const t = await TestTenant.create(mock);
  const code = await webCode(t);
  const { status, body } = await t.tokenRequest({
    grant_type: 'authorization_code',
    ...web,
    client_secret: BUILT_IN.webClientSecret,
    code,
  });
  assert.equal(status, 200);
  assert.equal(typeof body.id_token, 'string');
});

test('a confidential client authenticates by HTTP Basic (client_secret_basic), id and secret form-encoded', async () => {
  const t = await TestTenant.create(mock);
  const code = await webCode(t);
  const { status } = await t.tokenRequest(
    { grant_type: 'authorization_code', redirect_uri: CALLBACK, code },
    basic(encodeURIComponent(BUILT_IN.webClientId), encodeURIComponent(BUILT_IN.webClientSecret)),
  );
  assert.equal(status, 200);
});

test('a wrong or missing secret answers 401 access_denied "Unauthorized" and logs feacft, as Auth0 does', async () => {
  const t = await TestTenant.create(mock);
  const code = await webCode(t);
  for (const [form, headers] of [
    [{ ...web, client_secret: 'wrong' }, {}],
    [web, {}],
    [{ redirect_uri: CALLBACK }, basic(BUILT_IN.webClientId, 'wrong')],
    [{ ...web, client_id: BUILT_IN.loginClientId }, basic(BUILT_IN.webClientId, BUILT_IN.webClientSecret)],
  ] as const) {
    const response = await t.tokenRequest({ grant_type: 'authorization_code', code, ...form }, headers);
    assert.equal(response.status, 401);
    assert.deepEqual(response.body, { error: 'access_denied', error_description: 'Unauthorized' });
  }
  const failure = t.tenant.logs.at(-1);
  assert.equal(failure?.type, 'feacft');
  assert.equal(failure.description, 'Unauthorized');
  const retried = await t.tokenRequest({
    grant_type: 'authorization_code',
    ...web,
    client_secret: BUILT_IN.webClientSecret,
    code,
  });
  assert.equal(retried.status, 200, 'a refused client does not burn the code');
});

test('a public client names itself and proves the code with PKCE; it cannot use grants it lacks', async () => {
  const t = await TestTenant.create(mock);
  const verifier = randomBytes(32).toString('base64url');
  const landing = await t.login({
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });
  const { status } = await t.tokenRequest({
    grant_type: 'authorization_code',
    client_id: BUILT_IN.loginClientId,
    code: landing.url.searchParams.get('code') ?? '',
    code_verifier: verifier,
  });
  assert.equal(status, 200);
  const management = await t.tokenRequest({
    grant_type: 'client_credentials',
    client_id: BUILT_IN.loginClientId,
    audience: `https://${t.host}/api/v2/`,
  });
  assert.equal(management.status, 403);
  assert.deepEqual(management.body, {
    error: 'unauthorized_client',
    error_description: "Grant type 'client_credentials' not allowed for the client.",
  });
});
