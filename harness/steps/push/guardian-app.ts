import { GUARDIAN_APP_NEEDED, type GuardianDevice } from '../../devices/guardian-device.ts';
import { where, type RunContext } from '../../runner/run-context.ts';

/** The harness's Guardian app is the mock's device simulator: a real tenant needs the real app. */
export function mockOnly(ctx: RunContext): void {
  if (ctx.target.kind !== 'mock') throw new Error(`${where(ctx)}: ${GUARDIAN_APP_NEEDED}`);
}

/** The Guardian app enrolled earlier in the scenario. */
export function guardianApp(ctx: RunContext): GuardianDevice {
  if (!ctx.user.guardianDevice)
    throw new Error(
      `${where(ctx)}: the user has no Guardian device: enroll push-notification earlier in the login (mfa-push-enrollment)`,
    );
  return ctx.user.guardianDevice;
}
