/**
 * A code exchanged without PKCE by the public login application (docs/decisions/0048): a public client has
 * no secret, so a code it got without a code_challenge proves nothing and is refused, and stays refused.
 */
import assert from 'node:assert/strict';
import { CALLBACK, TestTenant, type InProcessMock } from '../../../support/in-process-mock.ts';
import { attack, type AttackRow } from './attack.ts';

/** A login by the public application without code_challenge: the code it got back. */
async function codeWithoutPkce(mock: InProcessMock) {
  const t = await TestTenant.create(mock);
  const landing = await t.login();
  const code = landing.url.searchParams.get('code');
  assert.ok(code, `a code at the callback: ${landing.url.href}`);
  return { t, code };
}

function exchange(mock: InProcessMock, t: TestTenant, code: string, extra: Record<string, string> = {}) {
  return mock.send(t.host, 'POST', '/oauth/token', {
    form: {
      grant_type: 'authorization_code',
      client_id: 'mock-login-client',
      code,
      redirect_uri: CALLBACK,
      ...extra,
    },
  });
}

export function tokenAttacks(mock: InProcessMock): AttackRow[] {
  return [
    attack({
      name: 'a public client exchanging a code requested without code_challenge, with no verifier',
      setup: () => codeWithoutPkce(mock),
      attack: ({ t, code }) => exchange(mock, t, code),
      refused: {
        status: 403,
        error: 'invalid_request',
        message: 'Missing required parameter: code_verifier',
        log: ['feacft'],
      },
      afterwards: async ({ t, code }) => {
        const again = await exchange(mock, t, code, { code_verifier: 'a'.repeat(43) });
        assert.equal(again.status, 403, 'the code stays refused');
      },
    }),
    attack({
      name: 'a public client exchanging a code requested without code_challenge, with a made-up verifier',
      setup: () => codeWithoutPkce(mock),
      attack: ({ t, code }) => exchange(mock, t, code, { code_verifier: 'b'.repeat(43) }),
      refused: {
        status: 403,
        error: 'invalid_grant',
        message: 'Failed to verify code verifier',
        log: ['feacft'],
      },
    }),
  ];
}
