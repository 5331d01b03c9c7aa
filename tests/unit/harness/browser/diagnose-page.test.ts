import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnosis } from '../../../../harness/browser/diagnose-page.ts';
import { InProcessMock, TestTenant, type Landing } from '../../../support/in-process-mock.ts';
import { MAX_FAILED_LOGINS } from '../../../../mock/attack-protection/brute-force.ts';
import { inTenantTime } from '../../../../mock/clock.ts';
import { TRANSACTION_TTL_MS } from '../../../../mock/tenants/transaction.ts';

const mock = new InProcessMock();
after(() => mock.close());

/** What a person reads of an HTML page, roughly: its text without the markup. */
function textOf(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

const codesOf = (html: string) => [...html.matchAll(/data-error-code="([^"]+)"/g)].map((m) => m[1] ?? '');

/** The evidence of a page the mock rendered. */
const ofPage = (page: Landing) => ({ text: textOf(page.body), errorCodes: codesOf(page.body) });

/** One line, one sentence, naming what to change. */
function assertOneSentence(sentence: string, names: RegExp, message?: string): void {
  assert.match(sentence, /^\n {2}\S[^\n]*\.$/, message);
  assert.match(sentence, names, message);
}

test("a login blocked by brute-force protection is recognised on the mock's page, in one sentence", async () => {
  const t = await TestTenant.create(mock);
  let page = await t.passwordScreen();
  for (let i = 0; i < MAX_FAILED_LOGINS; i += 1)
    page = await t.browser.submit(page, { password: 'wrong', action: 'default' });
  const sentence = diagnosis(ofPage(page));
  assertOneSentence(sentence, /Security > Attack Protection > Brute-force Protection/);
  assert.match(
    sentence,
    /^\n {2}the user is blocked by brute-force protection after too many wrong passwords/,
  );
  assert.match(sentence, /DELETE \/api\/v2\/user-blocks\/\{id\}/);
  // The log shows it too: a `logs` step that fails on this user's log says the same.
  assert.equal(diagnosis({ text: '', errorCodes: [], logTypes: t.logTypes() }), sentence);
});

test("an expired transaction is recognised on the mock's page once the tenant's clock passed its lifetime", async () => {
  const t = await TestTenant.create(mock);
  const password = await t.passwordScreen();
  // The clock step's control: this tenant's time moves past the transaction's five minutes.
  const moved = await mock.send(t.host, 'PUT', '/__mock/clock', {
    body: { advance_ms: TRANSACTION_TTL_MS + 1 },
  });
  assert.equal(moved.status, 200);
  const page = await inTenantTime(t.tenant.origin, () =>
    t.browser.submit(password, { password: t.password, action: 'default' }),
  );
  assert.deepEqual(codesOf(page.body), ['transaction-not-found']);
  assertOneSentence(diagnosis(ofPage(page)), /login transaction expired.*Application Login URI/);
});

test('a remembered browser that skipped the expected MFA prompt is recognised from its auth0-mf cookie', async () => {
  const t = await TestTenant.create(mock, {
    factors: ['otp'],
    actions: [
      "exports.onExecutePostLogin = async (event, api) => { api.multifactor.enable('any', { allowRememberBrowser: true }); };",
    ],
    user: { enrollments: ['otp'] },
  });
  const prompt = await t.login();
  assert.equal((await t.answerOtp(prompt, { rememberBrowser: true })).where, 'callback');
  delete t.browser.cookies.auth0; // a new session in the same browser: the scenario expects MFA again
  assert.equal((await t.login()).where, 'callback', 'MFA was skipped');
  const at = { text: '', errorCodes: [], expected: 'mfa-otp-challenge', observed: 'complete' };
  const sentence = diagnosis({ ...at, tenantCookies: Object.keys(t.browser.cookies) });
  assertOneSentence(sentence, /browser is remembered.*Security > Multi-factor Auth/);
  assert.match(sentence, /invalidate-remember-browser/);
  assert.equal(
    diagnosis({ ...at, tenantCookies: ['auth0', 'did'] }),
    '',
    'without the cookie a skipped prompt is not blamed on it',
  );
  assert.equal(
    diagnosis({ ...at, expected: 'login-password', tenantCookies: ['auth0-mf'] }),
    '',
    'nor a screen other than MFA',
  );
});

test("a real tenant's obstacles are recognised by their error key, their text or their log type, each naming its setting", () => {
  const cases: Array<[string, Parameters<typeof diagnosis>[0], RegExp]> = [
    ['CAPTCHA key', { text: '', errorCodes: ['invalid-captcha'] }, /Bot Detection/],
    [
      'CAPTCHA text',
      { text: 'Solve the challenge question to verify you are not a robot.', errorCodes: [] },
      /Bot Detection/,
    ],
    ['brute-force key', { text: '', errorCodes: ['user-blocked'] }, /Brute-force Protection/],
    [
      'brute-force text',
      { text: 'Your account has been blocked after multiple consecutive login attempts.', errorCodes: [] },
      /Brute-force Protection/,
    ],
    ['same-user key', { text: '', errorCodes: ['same-user-login'] }, /limit_sul.*Brute-force Protection/],
    [
      'same-user text',
      { text: 'Too many login attempts for this user. Please wait, and try again later.', errorCodes: [] },
      /limit_sul/,
    ],
    ['same-user log', { text: '', errorCodes: [], logTypes: ['s', 'limit_sul'] }, /limit_sul/],
    ['suspicious IP key', { text: '', errorCodes: ['ip-blocked'] }, /Suspicious IP Throttling/],
    [
      'suspicious IP text',
      {
        text: 'We have detected suspicious login behavior and further attempts will be blocked. Please contact the administrator.',
        errorCodes: [],
      },
      /limit_mu.*Suspicious IP Throttling/,
    ],
    ['suspicious IP log', { text: '', errorCodes: [], logTypes: ['limit_mu'] }, /Suspicious IP Throttling/],
    [
      "Auth0's expired-login page",
      {
        text: "Oops!, something went wrong invalid_request: You may have pressed the back button, refreshed during login, opened too many login dialogs, or there is some issue with cookies, since we couldn't find your session.",
        errorCodes: [],
      },
      /login transaction expired/,
    ],
  ];
  for (const [name, evidence, names] of cases) assertOneSentence(diagnosis(evidence), names, name);
  // Each is told apart: no text of one is read as another.
  assert.doesNotMatch(diagnosis({ text: '', errorCodes: ['same-user-login'] }), /Suspicious|Bot/);
});

test('a page with an error the harness does not know names the error; a page without one says nothing', () => {
  assert.equal(
    diagnosis({ text: 'Wrong email or password', errorCodes: ['wrong-credentials'] }),
    '\n  the page shows error wrong-credentials.',
  );
  assert.equal(diagnosis({ text: 'Enter Your Password', errorCodes: [] }), '');
  assert.equal(diagnosis({ text: '', errorCodes: [], logTypes: ['s', 'fp'] }), '');
});
