import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verify } from 'otplib';
import {
  STEP_MARGIN_MS,
  stepAt,
  TotpDevice,
  TOTP_PERIOD_SECONDS,
} from '../../../../harness/devices/totp-device.ts';

const STEP_MS = TOTP_PERIOD_SECONDS * 1000;
/** The middle of a step, so that nothing depends on where in its step the test happens to run. */
const NOW = 1_900_000_000 * 1000 - ((1_900_000_000 * 1000) % STEP_MS) + STEP_MS / 2;

/** The time step a code is valid for, among the two the server accepts at `nowMs`, or undefined. */
async function acceptedStep(secret: string, code: string, nowMs: number): Promise<number | undefined> {
  const result = await verify({ secret, token: code, epoch: nowMs / 1000, epochTolerance: [30, 0] });
  return result.valid && 'timeStep' in result ? result.timeStep : undefined;
}

test('two codes are at hand at once, for the previous and the current step, without waiting', async () => {
  const device = new TotpDevice();
  const started = Date.now();
  const first = await device.nextCode(() => NOW);
  const second = await device.nextCode(() => NOW);
  assert.ok(Date.now() - started < 1000, 'no wait for the second code');
  assert.equal(await acceptedStep(device.secret, first, NOW), stepAt(NOW) - 1);
  assert.equal(await acceptedStep(device.secret, second, NOW), stepAt(NOW));
});

test('near the end of a step the first code is for the current step, which is still accepted after the boundary', async () => {
  const device = new TotpDevice();
  const lateInStep = NOW + STEP_MS / 2 - STEP_MARGIN_MS / 2;
  const code = await device.nextCode(() => lateInStep);
  assert.equal(await acceptedStep(device.secret, code, lateInStep), stepAt(lateInStep));
  const afterBoundary = lateInStep + STEP_MARGIN_MS;
  assert.equal(await acceptedStep(device.secret, code, afterBoundary), stepAt(lateInStep), 'still accepted');
});

test('a step is never used twice: the third code of one step is for the next step', async () => {
  const device = new TotpDevice();
  let now = NOW;
  await device.nextCode(() => now);
  await device.nextCode(() => now);
  // The clock moves to the next step while the device polls for it.
  const third = device.nextCode(() => (now += STEP_MS / 4));
  const code = await third;
  assert.ok(now >= NOW + STEP_MS / 2, 'the device waited for the next step to begin');
  assert.equal(await acceptedStep(device.secret, code, now), stepAt(NOW) + 1);
});

test('a later code never goes back to a step older than one already used', async () => {
  const device = new TotpDevice();
  await device.nextCode(() => NOW);
  await device.nextCode(() => NOW);
  const later = NOW + STEP_MS;
  const code = await device.nextCode(() => later);
  assert.equal(await acceptedStep(device.secret, code, later), stepAt(later));
});

test('the wrong code is valid for no step the server accepts', async () => {
  const device = new TotpDevice();
  for (const offset of [0, STEP_MS / 3, STEP_MS]) {
    const code = await device.wrongCode(() => NOW + offset);
    assert.match(code, /^\d{6}$/);
    assert.equal(await acceptedStep(device.secret, code, NOW + offset), undefined);
    const future = await verify({
      secret: device.secret,
      token: code,
      epoch: (NOW + offset) / 1000,
      epochTolerance: 30,
    });
    assert.equal(future.valid, false, 'nor the next step');
  }
});

test('a device made from a secret read off a page answers with that secret', async () => {
  const device = new TotpDevice('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
  const code = await device.nextCode(() => NOW);
  assert.notEqual(await acceptedStep('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', code, NOW), undefined);
});
