import type { FactorSpec } from './commands.ts';

/** What an MFA command (or the default MFA) turns into when its turn comes. */
export type PromptDecision =
  /** Show `first` (a factor's screen, or the picker); any of `offered` satisfies the command. */
  | {
      outcome: 'prompt';
      kind: 'challenge' | 'enroll';
      offered: FactorSpec[];
      first: FactorSpec | 'picker';
      warnings: string[];
    }
  /** The login fails with a `mfar` entry carrying `reason`. */
  | { outcome: 'fail'; reason: string; warnings: string[] }
  /** The command fails and the login continues (ENR-4). */
  | { outcome: 'skip'; warnings: string[] }
  /** No prompt (no MFA due). */
  | { outcome: 'none'; warnings: string[] };

/** The same factor named twice counts once; the first mention (and its options) wins. */
export function uniqueFactors(factors: readonly FactorSpec[]): FactorSpec[] {
  const seen = new Set<string>();
  return factors.filter((factor) => !seen.has(factor.type) && seen.add(factor.type));
}
