/**
 * The attack suite: every row is something an attacker got through the mock once, played over HTTP against
 * the in-process mock, and refused as Auth0 refuses it: its status, its error code (and message where the
 * wording matters) and the log entries the attempt writes; then the row's own checks that nothing changed.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { InProcessMock } from '../../../support/in-process-mock.ts';
import { readRefusal, type AttackRow } from './attack.ts';
import { enrollmentAttacks } from './enrollment-attacks.ts';
import { loginAttacks } from './login-attacks.ts';
import { managementAttacks } from './management-attacks.ts';
import { screenAttacks } from './screen-attacks.ts';
import { tokenAttacks } from './token-attacks.ts';

const mock = new InProcessMock();
after(() => mock.close());

const ROWS: AttackRow[] = [
  ...screenAttacks(mock),
  ...managementAttacks(mock),
  ...loginAttacks(mock),
  ...tokenAttacks(mock),
  ...enrollmentAttacks(mock),
];

for (const row of ROWS) {
  const { status, error, log } = row.refused;
  test(`attack: ${row.name} is refused with ${status} ${error}`, async () => {
    const { t, logBefore, response, afterwards } = await row.play();
    assert.equal(response.status, status, `status of ${response.body.slice(0, 300)}`);
    const refusal = readRefusal(response);
    assert.equal(refusal.error, error);
    if (row.refused.message !== undefined) assert.equal(refusal.message, row.refused.message);
    assert.deepEqual(
      t.tenant.logs.slice(logBefore).map((entry) => entry.type),
      log,
    );
    await afterwards();
  });
}
