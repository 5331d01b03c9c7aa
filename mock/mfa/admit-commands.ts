// SEQ-4, SEQ-5, SEQ-8
import type { MfaCommand } from './commands.ts';
import { MESSAGES } from './messages.ts';

/** At most four challenge/enroll commands in one login flow, counted across all Actions (SEQ-4). */
export const MAX_MFA_COMMANDS = 4;

export type CommandAdmission =
  /** Queue the commands; `issued` is the new count for the flow (SEQ-4), and the policy stays quiet (SEQ-5). */
  | { outcome: 'queue'; commands: MfaCommand[]; issued: number }
  /** The setting is off: nothing queued, one `w` entry per command, the policy still applies (SEQ-8). */
  | { outcome: 'ignore'; warnings: string[] }
  /** The flow went over four commands: the login fails (SEQ-4, docs/decisions/0012). */
  | { outcome: 'fail'; reason: string };

/**
 * What becomes of the MFA commands an Action issued, once it has ended:
 * - with "Customize MFA Factors using Actions" off they are ignored with a `w` entry each (SEQ-8,
 *   interpretation: docs/decisions/0010)
 * - otherwise they count towards the flow's four; the Action that issues the fifth fails the login before
 *   any of its commands prompts (SEQ-4, docs/decisions/0012)
 */
export function admitCommands(
  flow: { customizeMfaWithActions: boolean; issuedSoFar: number },
  commands: readonly MfaCommand[],
): CommandAdmission {
  if (!flow.customizeMfaWithActions)
    return { outcome: 'ignore', warnings: commands.map((c) => MESSAGES.customizeMfaDisabled(c.name)) };
  const issued = flow.issuedSoFar + commands.length;
  if (issued > MAX_MFA_COMMANDS) return { outcome: 'fail', reason: MESSAGES.tooManyCommands };
  return { outcome: 'queue', commands: [...commands], issued };
}
