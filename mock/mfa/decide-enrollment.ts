// ENR-1, ENR-2, ENR-3, ENR-4, ENR-5, ENR-6, ENR-7, ENR-8, LOG-4
import type { MfaCommand } from './commands.ts';
import { MESSAGES } from './messages.ts';
import type { MfaContext } from './mfa-context.ts';
import { firstScreen, uniqueFactors, type PromptDecision } from './prompt-decision.ts';
import { enrollRefusal } from './usable-factors.ts';

/**
 * Turns enrollWith / enrollWithAny into a prompt:
 * - a user already enrolled in any factor when the flow began must first complete a challenge in this flow
 *   (ENR-6, `mfar`); the automatic email factor does not count (docs/decisions/0013), and a user who had
 *   none and enrolled one in this flow may enroll another (the admin branch of the two-Action example)
 * - a factor that is disabled, unsupported by the browser, already enrolled, or not enrollable (email,
 *   ENR-5) is skipped with a `w` entry (ENR-7)
 * - enrollWith shows its factor directly, alternatives behind "Try another method" (ENR-1); enrollWithAny
 *   shows the picker for two or more (ENR-2) and skips it for one (ENR-3)
 * - enrollWithAny when every listed factor is already enrolled: the command fails and the login continues
 *   (ENR-4); otherwise nothing enrollable fails the login with `mfar` (ENR-8)
 */
export function decideEnrollment(
  context: MfaContext,
  command: Pick<MfaCommand, 'name' | 'factors'>,
): PromptDecision {
  if (mustChallengeFirst(context)) {
    return { outcome: 'fail', reason: MESSAGES.enrollBeforeChallenge, warnings: [] };
  }
  const requested = uniqueFactors(command.factors);
  const refusals = requested.map((factor) => enrollRefusal(context, factor.type));
  const usable = requested.filter((_, i) => refusals[i] === undefined);
  const warnings = requested
    .filter((_, i) => refusals[i] !== undefined)
    .map((factor) => MESSAGES.enrollFactorUnusable(factor.type));

  if (usable.length === 0) {
    const allEnrolled = refusals.every((refusal) => refusal === 'already-enrolled');
    if (command.name === 'enrollWithAny' && allEnrolled) return { outcome: 'skip', warnings };
    return { outcome: 'fail', reason: MESSAGES.enrollNoneUsable, warnings };
  }
  const defaultIsUsable = command.name === 'enrollWith' && usable[0] === requested[0];
  const first = firstScreen(usable, defaultIsUsable);
  return { outcome: 'prompt', kind: 'enroll', offered: usable, first, warnings };
}

/** ENR-6: enrolled before this flow (explicitly), and no challenge completed in it yet. */
export function mustChallengeFirst(context: MfaContext): boolean {
  const enrolledBefore = context.explicitlyEnrolled.filter((type) => !context.enrolledInFlow.includes(type));
  return enrolledBefore.length > 0 && context.challengedWith.length === 0;
}
