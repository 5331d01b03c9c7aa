// SEL-1, SEL-2, SEL-3, SEL-4, ENR-1, ENR-2, ENR-3, SEQ-7
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

/**
 * The picker-or-direct rule, for every prompt: it opens on the first offered factor's screen when
 * `opensOnFirst` (a `…With` command whose own factor is usable, SEL-1 and ENR-1, the others behind "Try
 * another method", SEL-2; the default MFA's first enrolled factor, SEQ-7), or when only one factor is
 * offered (SEL-4, ENR-3); otherwise on the picker (SEL-3, ENR-2).
 */
export function firstScreen(offered: readonly FactorSpec[], opensOnFirst: boolean): FactorSpec | 'picker' {
  const [first] = offered;
  if (!first) throw new Error('a prompt offers at least one factor');
  return opensOnFirst || offered.length === 1 ? first : 'picker';
}
