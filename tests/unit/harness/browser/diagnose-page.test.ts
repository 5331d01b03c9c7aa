import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnosis } from '../../../../harness/browser/diagnose-page.ts';
import { InProcessMock, TestTenant } from '../../../support/in-process-mock.ts';
import { MAX_FAILED_LOGINS } from '../../../../mock/attack-protection/brute-force.ts';

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

test("a login blocked by brute-force protection is recognised on the mock's page, in one sentence", async () => {
  const t = await TestTenant.create(mock);
  let page = await t.passwordScreen();
  for (let i = 0; i < MAX_FAILED_LOGINS; i += 1)
    page = await t.browser.submit(page, { password: 'wrong', action: 'default' });
  const sentence = diagnosis(textOf(page.body), codesOf(page.body));
  assert.match(
    sentence,
    /^\n {2}the user is blocked by brute-force protection after too many wrong passwords: /,
  );
  assert.match(sentence, /DELETE \/api\/v2\/user-blocks\/\{id\}/);
  assert.equal(sentence.trim().split('\n').length, 1);
});

test("a real tenant's block is recognised by its error key alone, or by its text alone", () => {
  assert.match(diagnosis('', ['user-blocked']), /brute-force protection/);
  assert.match(
    diagnosis('Your account has been blocked after multiple consecutive login attempts.', []),
    /brute-force protection/,
  );
});

test('a page with an error the harness does not know names the error; a page without one says nothing', () => {
  assert.equal(
    diagnosis('Wrong email or password', ['wrong-credentials']),
    '\n  the page shows error wrong-credentials.',
  );
  assert.equal(diagnosis('Enter Your Password', []), '');
});
