import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { CALLBACK, InProcessMock, TestTenant, type Landing } from '../../../support/in-process-mock.ts';

const mock = new InProcessMock();
after(() => mock.close());

/** The auto-submitting form of a form_post answer: where it posts, and what. */
function postedForm(landing: Landing): { action: string; fields: Record<string, string> } {
  assert.equal(landing.status, 200);
  assert.match(landing.body, /<body onload="javascript:document\.forms\[0\]\.submit\(\)">/);
  const action = /<form method="post" action="([^"]*)">/.exec(landing.body)?.[1] ?? '';
  const fields = Object.fromEntries(
    [...landing.body.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)"\/>/g)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
  return { action, fields };
}

test('response_mode=form_post posts the code and state to the callback from an auto-submitting form', async () => {
  const t = await TestTenant.create(mock);
  // The confidential web application: its secret proves the code (PKCE is not what this test is about).
  const landing = await t.login({ client_id: 'mock-web-client', response_mode: 'form_post', state: 'app-1' });
  const form = postedForm(landing);
  assert.equal(form.action, CALLBACK);
  assert.deepEqual(Object.keys(form.fields), ['code', 'state']);
  assert.equal(form.fields.state, 'app-1');
  assert.ok(t.tenant.codes.has(form.fields.code ?? ''));
  const { status } = await t.tokenRequest({
    grant_type: 'authorization_code',
    client_id: 'mock-web-client',
    client_secret: 'mock-web-secret',
    code: form.fields.code ?? '',
  });
  assert.equal(status, 200);
});

test('an error is form-posted too: a denied login, and prompt=none without a session', async () => {
  const t = await TestTenant.create(mock, {
    actions: [`exports.onExecutePostLogin = async (event, api) => { api.access.deny('No <entry> today'); };`],
  });
  const denied = postedForm(await t.login({ response_mode: 'form_post', state: 's&1' }));
  assert.deepEqual(denied.fields, {
    error: 'access_denied',
    error_description: 'No &#60;entry&#62; today',
    state: 's&#38;1',
  });
  const fresh = await TestTenant.create(mock);
  const silent = postedForm(await fresh.login({ response_mode: 'form_post', prompt: 'none' }));
  assert.equal(silent.fields.error, 'login_required');
});

test('response_mode=fragment puts the parameters in the fragment; an unknown mode is refused', async () => {
  const t = await TestTenant.create(mock);
  const landing = await t.login({ response_mode: 'fragment' });
  assert.equal(landing.where, 'callback');
  assert.equal(landing.url.search, '');
  const params = new URLSearchParams(landing.url.hash.slice(1));
  assert.deepEqual([...params.keys()], ['code', 'state']);
  const refused = await t.login({ response_mode: 'query.jwt' });
  assert.equal(refused.status, 400);
  assert.match(refused.body, /Unsupported response mode: query\.jwt/);
});
