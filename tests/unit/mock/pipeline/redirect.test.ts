import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { InProcessMock, TestTenant, type Landing } from '../../../support/in-process-mock.ts';
import { signToken } from '../../../../mock/actions/redirect-token.ts';

const mock = new InProcessMock();
after(() => mock.close());

const FACTOR_URL = 'https://factor.example/verify';
const SECRET = 'the-session-token-secret';

/** The custom factor of the blog post (004), written for these tests: skip it when recorded within 24 h. */
const customFactor = {
  secrets: { SESSION_TOKEN_SECRET: SECRET },
  code: `const URL_ = '${FACTOR_URL}';
const TTL = 24 * 3600 * 1000;
exports.onExecutePostLogin = async (event, api) => {
  const recent = event.authentication.methods.some((m) => m.name === URL_ && Date.now() - Date.parse(m.timestamp) < TTL);
  if (recent) return;
  const token = api.redirect.encodeToken({ secret: event.secrets.SESSION_TOKEN_SECRET, payload: { user_id: event.user.user_id } });
  api.redirect.sendUserTo(URL_, { query: { session_token: token } });
};
exports.onContinuePostLogin = async (event, api) => {
  try {
    api.redirect.validateToken({ secret: event.secrets.SESSION_TOKEN_SECRET, tokenParameterName: 'session_token' });
  } catch (error) {
    return api.access.deny('Invalid session token: ' + error.message);
  }
  api.authentication.recordMethod(URL_);
};`,
};
const reportMethods = `exports.onExecutePostLogin = async (event, api) => {
  api.idToken.setCustomClaim('names', event.authentication.methods.map((m) => m.name));
};`;

function claims(t: TestTenant, landing: Landing): Record<string, unknown> {
  assert.equal(landing.where, 'callback', `expected the callback, landed on ${landing.url.href}`);
  const stored = t.tenant.codes.get(landing.url.searchParams.get('code') ?? '');
  assert.ok(stored, `a completed login: ${landing.url.href}`);
  return stored.idTokenClaims;
}

/** The custom factor sends the user back with the token it got (or another one). */
function comeBack(t: TestTenant, away: Landing, token = away.url.searchParams.get('session_token') ?? '') {
  const state = away.url.searchParams.get('state') ?? '';
  return t.browser.go(
    'GET',
    `/continue?state=${encodeURIComponent(state)}&session_token=${encodeURIComponent(token)}`,
  );
}

test('RED-1: sendUserTo sends the user to the URL with the state and the query once the Action ends', async () => {
  const t = await TestTenant.create(mock, { actions: [customFactor] });
  const away = await t.login();
  assert.equal(away.where, 'external');
  assert.equal(away.url.origin + away.url.pathname, FACTOR_URL);
  assert.ok(away.url.searchParams.get('state'));
  assert.ok(away.url.searchParams.get('session_token'));
});

test("RED-1: a redirecting Action's MFA prompts come first, then the user leaves", async () => {
  const both = `exports.onExecutePostLogin = async (event, api) => {
    api.redirect.sendUserTo('${FACTOR_URL}');
    api.authentication.challengeWith({ type: 'otp' });
  };
  exports.onContinuePostLogin = async () => {};`;
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [both],
    user: { enrollments: ['otp'] },
  });
  const prompt = await t.login();
  assert.equal(prompt.where, '/u/mfa-otp-challenge');
  assert.equal((await t.answerOtp(prompt)).where, 'external');
});

test('RED-2: encodeToken makes an HS256 token bound to the state, valid 900 s by default', async () => {
  const t = await TestTenant.create(mock, { actions: [customFactor] });
  const away = await t.login();
  const [header = '', body = ''] = (away.url.searchParams.get('session_token') ?? '').split('.');
  assert.equal((JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg: string }).alg, 'HS256');
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
  assert.equal(Number(claims.exp) - Number(claims.iat), 900);
  assert.equal(claims.state, away.url.searchParams.get('state'));
  assert.equal(claims.user_id, t.userId);
});

test('RED-3: /continue runs onContinuePostLogin of the same Action, then the remaining Actions', async () => {
  const t = await TestTenant.create(mock, { actions: [customFactor, reportMethods] });
  const names = claims(t, await comeBack(t, await t.login())).names;
  assert.deepEqual(names, ['pwd', FACTOR_URL]);
});

for (const [name, forge] of [
  ['a bad signature', (state: string) => signToken({ secret: 'wrong', issuer: 'x', state, at: Date.now() })],
  [
    'the wrong state',
    () => signToken({ secret: SECRET, issuer: 'x', state: 'another-transaction', at: Date.now() }),
  ],
  [
    'an expiry in the past',
    (state: string) =>
      signToken({ secret: SECRET, issuer: 'x', state, expiresInSeconds: -5, at: Date.now() }),
  ],
] as const) {
  test(`RED-3: validateToken rejects a token with ${name}, and the Action can deny the login`, async () => {
    const t = await TestTenant.create(mock, { actions: [customFactor, reportMethods] });
    const away = await t.login();
    const back = await comeBack(t, away, forge(away.url.searchParams.get('state') ?? ''));
    assert.equal(back.where, 'callback');
    assert.equal(back.url.searchParams.get('error'), 'access_denied');
    assert.match(back.url.searchParams.get('error_description') ?? '', /^Invalid session token: /);
    assert.deepEqual(t.logTypes().slice(-1), ['f']);
  });
}

test('RED-3: /continue without a pending redirect is refused', async () => {
  const t = await TestTenant.create(mock, { actions: [customFactor] });
  const away = await t.login();
  claims(t, await comeBack(t, away));
  const again = await comeBack(t, away);
  assert.notEqual(again.where, 'callback', 'a used state cannot complete a second login');
});

test('RED-4: recordMethod in onExecutePostLogin fails the login with an f entry naming the Action', async () => {
  const t = await TestTenant.create(mock, {
    actions: [
      `exports.onExecutePostLogin = async (event, api) => { api.authentication.recordMethod('${FACTOR_URL}'); };`,
    ],
  });
  const landing = await t.login();
  assert.equal(landing.url.searchParams.get('error'), 'access_denied');
  const f = t.logs().find((entry) => entry.type === 'f');
  assert.match(
    f?.description ?? '',
    /Action "action-1" failed: .*recordMethod can only be called in onContinuePostLogin/,
  );
});

test('RED-4: a recorded method is kept in the session: the next login in the same browser sees it, with no login screens', async () => {
  const t = await TestTenant.create(mock, { actions: [customFactor, reportMethods] });
  claims(t, await comeBack(t, await t.login()));
  const second = await t.login();
  assert.deepEqual(claims(t, second).names, ['pwd', FACTOR_URL]);
});

test('RED-5: within the TTL the second login skips the custom factor; in a new session it happens again', async () => {
  const t = await TestTenant.create(mock, { actions: [customFactor] });
  claims(t, await comeBack(t, await t.login()));
  claims(t, await t.login());
  delete t.browser.cookies.auth0;
  assert.equal((await t.login()).where, 'external');
});

test('RED-5: after the TTL the custom factor happens again in the same session', async () => {
  const t = await TestTenant.create(mock, { actions: [customFactor] });
  claims(t, await comeBack(t, await t.login()));
  const dayAgo = new Date(Date.now() - 25 * 3600 * 1000).toISOString();
  for (const session of t.tenant.sessions.values())
    for (const method of session.methods) if (method.name === FACTOR_URL) method.timestamp = dayAgo;
  assert.equal((await t.login()).where, 'external');
});
