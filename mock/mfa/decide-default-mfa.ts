// SEQ-5, SEQ-6, SEQ-7, SEL-10
import type { FactorSpec } from './commands.ts';
import { FACTORS, FACTOR_TYPES } from '../../contract/factors.ts';
import { MESSAGES } from './messages.ts';
import type { MfaContext } from './mfa-context.ts';
import { firstScreen, type PromptDecision } from './prompt-decision.ts';
import { browserSupports, canChallenge, isEnabled } from './usable-factors.ts';

export interface DefaultMfaInput {
  /** An Action issued an MFA command in this flow (SEQ-5: the commands override everything else). */
  usedCommands: boolean;
  /** api.multifactor.enable's provider, when an Action called it. */
  multifactorProvider?: string;
  /** PUT /guardian/policies: `all-applications` (Always) or `confidence-score` (Adaptive). */
  policies: readonly string[];
  /** event.authentication.riskAssessment.confidence for this login. */
  riskConfidence?: string;
  /** A valid "Remember this device" cookie for this user. */
  browserRemembered: boolean;
}

/**
 * Factors offered when the policy enrolls a user with none, in the contract's order: every one the
 * tenant's own MFA offers at a first enrollment (not email, not recovery codes), if enabled and supported.
 */
const DEFAULT_ENROLLMENT_ORDER = FACTOR_TYPES.filter((type) => FACTORS[type].offeredByDefaultEnrollment);

/**
 * The MFA that runs at the end of the pipeline, after the last Action (SEQ-6): api.multifactor.enable, or
 * the tenant policy as a backstop when no Action issued a command (SEQ-7); Adaptive prompts on low
 * confidence only; a remembered browser (`auth0-mf`) skips it unless email is the only factor. A user with
 * factors is challenged (the first enrolled, the rest behind "Try another method"); a user with none is
 * asked to enroll.
 */
export function decideDefaultMfa(context: MfaContext, input: DefaultMfaInput): PromptDecision {
  const none: PromptDecision = { outcome: 'none', warnings: [] };
  if (input.usedCommands || input.multifactorProvider === 'none') return none;
  const required =
    input.multifactorProvider !== undefined ||
    input.policies.includes('all-applications') ||
    (input.policies.includes('confidence-score') && input.riskConfidence === 'low');
  if (!required) return none;

  const challengeable: FactorSpec[] = context.enrolled
    .filter((type) => canChallenge(context, type))
    .map((type) => ({ type }));
  // contract §5: a remembered browser skips MFA, except when email is the user's only factor.
  const onlyEmail = challengeable.length > 0 && challengeable.every((factor) => factor.type === 'email');
  if (input.browserRemembered && !onlyEmail) return none;
  if (challengeable.length > 0)
    return {
      outcome: 'prompt',
      kind: 'challenge',
      offered: challengeable,
      first: firstScreen(challengeable, true),
      warnings: [],
    };

  const enrollable: FactorSpec[] = DEFAULT_ENROLLMENT_ORDER.filter(
    (type) => isEnabled(context, type) && browserSupports(context, type),
  ).map((type) => ({ type }));
  if (enrollable.length === 0) return { outcome: 'fail', reason: MESSAGES.noFactorEnabled, warnings: [] };
  return {
    outcome: 'prompt',
    kind: 'enroll',
    offered: enrollable,
    first: firstScreen(enrollable, false),
    warnings: [],
  };
}
