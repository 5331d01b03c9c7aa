import type { MfaContext } from '../../../../mock/mfa/mfa-context.ts';
import type { FactorType } from '../../../../contract/factors.ts';
import type { GuardianFactorName } from '../../../../mock/mfa/guardian-factor-names.ts';
import type { FactorSpec, MfaCommand, MfaCommandName } from '../../../../mock/mfa/commands.ts';

/** An MfaContext with only what a test names; the rest empty (a browser without WebAuthn). */
export function context(
  options: {
    enabled?: GuardianFactorName[];
    enrolled?: FactorType[];
    explicitlyEnrolled?: FactorType[];
    challengedWith?: FactorType[];
    enrolledInFlow?: FactorType[];
    webauthn?: boolean;
  } = {},
): MfaContext {
  return {
    enabledFactors: new Set(options.enabled ?? []),
    enrolled: options.enrolled ?? [],
    explicitlyEnrolled: options.explicitlyEnrolled ?? (options.enrolled ?? []).filter((f) => f !== 'email'),
    challengedWith: options.challengedWith ?? [],
    enrolledInFlow: options.enrolledInFlow ?? [],
    browser: { webauthn: options.webauthn ?? false, webauthnPlatform: options.webauthn ?? false },
  };
}

/** A command as an Action would issue it: `command('challengeWith', 'otp', 'email')`. */
export function command(name: MfaCommandName, ...factors: Array<FactorType | FactorSpec>): MfaCommand {
  return {
    name,
    factors: factors.map((f) => (typeof f === 'string' ? { type: f } : f)),
    actionName: 'test action',
  };
}
