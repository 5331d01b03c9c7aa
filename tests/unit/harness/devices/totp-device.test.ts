import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verify } from 'otplib';
import {
  STEP_MARGIN_MS,
  stepAt,
  TotpDevice,
  TOTP_PERIOD_SECONDS,
} from '../../../../harness/devices/totp-device.ts';
import { TOTP_TOLERANCE } from '../../../../mock/factors/kit/totp-verify.ts';

const STEP_MS = TOTP_PERIOD_SECONDS * 1000;
/** The middle of a step, so that nothing depends on where in its step the test happens to run. */
const NOW = 1_900_000_000 * 1000 - ((1_900_000_000 * 1000) % STEP_MS) + STEP_MS / 2;
const EARLY = NOW - STEP_MS / 2 + STEP_MARGIN_MS / 2;
const LATE = NOW + STEP_MS / 2 - STEP_MARGIN_MS / 2;

/** The time step a code is valid for, among those the mock accepts at `nowMs` (one either side), or undefined. */
async function acceptedStep(secret: string, code: string, nowMs: number): Promise<number | undefined> {
  const result = await verify({ secret, token: code, epoch: nowMs / 1000, epochTolerance: TOTP_TOLERANCE });
  return result.valid && 'timeStep' in result ? result.timeStep : undefined;
}

/** `count` codes taken at once at `nowMs`, with how long taking them took. */
async function codesAt(device: TotpDevice, nowMs: number, count: number): Promise<string[]> {
  const codes: string[] = [];
  const started = Date.now();
  for (let i = 0; i < count; i += 1) codes.push(await device.nextCode(() => nowMs));
  assert.ok(Date.now() - started < 1000, `no wait for ${count} codes`);
  return codes;
}

test('the mock accepts the previous, the current and the next step, and no step further (docs/decisions/0054)', () => {
  assert.deepEqual(TOTP_TOLERANCE, [TOTP_PERIOD_SECONDS, TOTP_PERIOD_SECONDS]);
});

test('in the middle of a step three codes are at hand at once, for the previous, current and next step', async () => {
  const device = new TotpDevice();
  const codes = await codesAt(device, NOW, 3);
  const steps = await Promise.all(codes.map((code) => acceptedStep(device.secret, code, NOW)));
  assert.deepEqual(steps, [stepAt(NOW) - 1, stepAt(NOW), stepAt(NOW) + 1]);
});

test('early in a step two codes are at hand at once, and none is for the next step', async () => {
  const device = new TotpDevice();
  const codes = await codesAt(device, EARLY, 2);
  const steps = await Promise.all(codes.map((code) => acceptedStep(device.secret, code, EARLY)));
  assert.deepEqual(steps, [stepAt(EARLY) - 1, stepAt(EARLY)]);
});

test('late in a step two codes are at hand at once, and both are still accepted after the boundary', async () => {
  const device = new TotpDevice();
  const codes = await codesAt(device, LATE, 2);
  const afterBoundary = LATE + STEP_MARGIN_MS;
  const steps = await Promise.all(codes.map((code) => acceptedStep(device.secret, code, afterBoundary)));
  assert.deepEqual(steps, [stepAt(LATE), stepAt(LATE) + 1]);
});

test('a step is never used twice: once every accepted step is spent, the next code waits for a new one', async () => {
  const device = new TotpDevice();
  await codesAt(device, NOW, 3);
  let now = NOW;
  // The clock moves on while the device polls for a step it has not used.
  const code = await device.nextCode(() => (now += STEP_MS / 8));
  assert.ok(now > NOW + STEP_MS / 2 + STEP_MARGIN_MS, 'the device waited until the step after next was safe');
  assert.equal(await acceptedStep(device.secret, code, now), stepAt(NOW) + 2);
});

test('a later code never goes back to a step older than one already used', async () => {
  const device = new TotpDevice();
  await codesAt(device, NOW, 2);
  const later = NOW + STEP_MS;
  const code = await device.nextCode(() => later);
  assert.equal(await acceptedStep(device.secret, code, later), stepAt(later));
});

test('the wrong code is valid for no step within two of the current one', async () => {
  const device = new TotpDevice();
  for (const offset of [0, STEP_MS / 3, STEP_MS]) {
    const code = await device.wrongCode(() => NOW + offset);
    assert.match(code, /^\d{6}$/);
    const wide = await verify({
      secret: device.secret,
      token: code,
      epoch: (NOW + offset) / 1000,
      epochTolerance: 2 * TOTP_PERIOD_SECONDS,
    });
    assert.equal(wide.valid, false);
  }
});

test('a device made from a secret read off a page answers with that secret', async () => {
  const device = new TotpDevice('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
  const code = await device.nextCode(() => NOW);
  assert.notEqual(await acceptedStep('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', code, NOW), undefined);
});
