/**
 * Where a prompt's screens are, read from the contract: the pickers by prompt kind, and each factor's first
 * challenge and enrollment screen (contract/factors.ts `screens`). The pipeline redirects to these paths and
 * the factor modules register their routes at them, so the two cannot disagree.
 */
import { FACTORS, type FactorType } from '../../contract/factors.ts';
import { SCREEN_PATHS } from '../../contract/screens.ts';
import type { PromptKind } from './current-step.ts';

/** "Other Methods" for a challenge, "Keep Your Account Safe" for an enrollment (SEL-3, ENR-2). */
export const PICKER_PATHS: Record<PromptKind, string> = {
  challenge: SCREEN_PATHS['mfa-login-options'],
  enroll: SCREEN_PATHS['mfa-enroll-options'],
};

/** The first screen of `factor`'s challenge or enrollment; a factor with none cannot be prompted so. */
export function factorPath(kind: PromptKind, factor: FactorType): string {
  const screen = FACTORS[factor].screens[kind];
  if (!screen) throw new Error(`the mock cannot ${kind} with ${factor}`);
  return SCREEN_PATHS[screen];
}
