import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generate, generateSecret } from 'otplib';
import { verifyTotp } from '../../../../../mock/factors/kit/totp-verify.ts';
import type { Authenticator } from '../../../../../mock/tenants/model.ts';

const STEP_S = 30;
/** The middle of a step, on node:test's mocked clock: nothing depends on when the test runs. */
const NOW_MS = (Math.floor(1_900_000_000 / STEP_S) * STEP_S + STEP_S / 2) * 1000;
const CURRENT = NOW_MS / 1000 / STEP_S - 0.5;

function enrollment(): Authenticator {
  return {
    id: 'totp|dev_test',
    type: 'totp',
    confirmed: true,
    created_at: '',
    totp_secret: generateSecret(),
  };
}

const codeFor = (authenticator: Authenticator, step: number) =>
  generate({ secret: authenticator.totp_secret ?? '', epoch: step * STEP_S });

test('a code of the previous, the current or the next step is accepted; two steps away is refused (0054)', async (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: NOW_MS });
  for (const offset of [-1, 0, 1]) {
    const authenticator = enrollment();
    assert.equal(
      await verifyTotp(authenticator, await codeFor(authenticator, CURRENT + offset)),
      true,
      `step ${offset}`,
    );
  }
  for (const offset of [-2, 2]) {
    const authenticator = enrollment();
    assert.equal(
      await verifyTotp(authenticator, await codeFor(authenticator, CURRENT + offset)),
      false,
      `step ${offset}`,
    );
  }
});

test('a step used once is refused again, and so is any step before it, even inside the window (0021)', async (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: NOW_MS });
  const authenticator = enrollment();
  assert.equal(await verifyTotp(authenticator, await codeFor(authenticator, CURRENT + 1)), true);
  assert.equal(await verifyTotp(authenticator, await codeFor(authenticator, CURRENT + 1)), false, 'reused');
  assert.equal(await verifyTotp(authenticator, await codeFor(authenticator, CURRENT)), false, 'older');
});
