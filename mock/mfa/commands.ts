import type { FactorType } from '../../contract/factors.ts';

/** A factor as Actions pass it: `{ type: 'phone', options: { preferredMethod: 'both' } }`. */
export interface FactorSpec {
  type: FactorType;
  options?: { preferredMethod?: 'sms' | 'voice' | 'both'; otpFallback?: boolean };
}

export const MFA_COMMAND_NAMES = [
  'challengeWith',
  'challengeWithAny',
  'enrollWith',
  'enrollWithAny',
] as const;
export type MfaCommandName = (typeof MFA_COMMAND_NAMES)[number];

/** One MFA command an Action issued, in the order issued (SEQ-1). */
export interface MfaCommand {
  name: MfaCommandName;
  /** For the `…With` commands: the default factor first, then `additionalFactors`. */
  factors: FactorSpec[];
  /** The Action that issued it, for log entries. */
  actionName: string;
}

export function isChallenge(command: Pick<MfaCommand, 'name'>): boolean {
  return command.name === 'challengeWith' || command.name === 'challengeWithAny';
}
