// SEL-1, SEL-2, SEL-3, SEL-4, SEL-5, SEL-6, LOG-4
import type { MfaCommand } from './commands.ts';
import { MESSAGES } from './messages.ts';
import type { MfaContext } from './mfa-context.ts';
import { firstScreen, uniqueFactors, type PromptDecision } from './prompt-decision.ts';
import { canChallenge } from './usable-factors.ts';

/**
 * Turns challengeWith / challengeWithAny into a prompt:
 * - challengeWith shows its factor directly (SEL-1); additionalFactors put the usable ones behind
 *   "Try another method" (SEL-2)
 * - challengeWithAny shows the picker for two or more usable factors, in the order given (SEL-3), and skips
 *   it for exactly one (SEL-4)
 * - an unusable factor writes a `w` entry (SEL-6); none usable fails the login with `mfar` (SEL-5)
 */
export function decideChallenge(
  context: MfaContext,
  command: Pick<MfaCommand, 'name' | 'factors'>,
): PromptDecision {
  const requested = uniqueFactors(command.factors);
  const usable = requested.filter((factor) => canChallenge(context, factor.type));
  const warnings = requested
    .filter((factor) => !usable.includes(factor))
    .map((factor) => MESSAGES.challengeFactorUnusable(factor.type));
  if (usable.length === 0) return { outcome: 'fail', reason: MESSAGES.challengeNoneUsable, warnings };

  const defaultIsUsable = command.name === 'challengeWith' && usable[0] === requested[0];
  const first = firstScreen(usable, defaultIsUsable);
  return { outcome: 'prompt', kind: 'challenge', offered: usable, first, warnings };
}
