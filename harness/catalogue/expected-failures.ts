/**
 * Known deviations of a target, OIDF-style: scenarios/expected-failures.yaml lists
 * `{ scenario, target, reason }`. The spec marks a listed scenario with `test.fail(true, reason)` on that
 * target, so a listed scenario that fails keeps the build green and one that passes fails the run: the entry is
 * stale and must go. Here: reading the file and refusing entries that could never be checked.
 */
import { z } from 'zod';
import { didYouMean } from '../format/errors/did-you-mean.ts';
import { ScenarioError } from '../format/errors/scenario-error.ts';
import type { Problem } from '../format/errors/scenario-error.ts';
import { readYamlList } from './yaml-list.ts';
import type { YamlList } from './yaml-list.ts';

export const EXPECTED_FAILURES_FILE = 'scenarios/expected-failures.yaml';

const TARGETS = ['mock', 'tenant'] as const;
type Target = (typeof TARGETS)[number];

const Entry = z.strictObject({
  scenario: z.string().min(1),
  target: z.enum(TARGETS),
  reason: z.string().min(10),
});
export type ExpectedFailure = z.infer<typeof Entry>;

/** What the check needs to know of each scenario. */
export interface KnownScenario {
  id: string;
  targets: readonly string[];
}

/**
 * @example expectedFailureFor(validateExpectedFailures(readYamlList(EXPECTED_FAILURES_FILE), loaded), id, TARGET)
 * @throws ScenarioError naming every bad entry at its file:line:col.
 */
export function validateExpectedFailures(
  list: YamlList,
  scenarios: readonly KnownScenario[],
): ExpectedFailure[] {
  const problems: Problem[] = [];
  const entries: ExpectedFailure[] = [];
  const ids = scenarios.map((s) => s.id);
  const seen = new Set<string>();
  for (const item of list.items) {
    const report = (key: string | undefined, text: string) =>
      problems.push({ file: list.file, ...item.at(key), text });
    const parsed = Entry.safeParse(item.value);
    if (!parsed.success) {
      report(
        undefined,
        `${entryShapeProblem(parsed.error.issues)}; expected a mapping with scenario, target (mock or tenant), reason`,
      );
      continue;
    }
    const { scenario, target } = parsed.data;
    const known = scenarios.find((s) => s.id === scenario);
    if (!known) {
      report(
        'scenario',
        `scenario "${scenario}" does not exist; expected a scenario id such as challenge/otp-enrolled-user${didYouMean(scenario, ids)}`,
      );
    } else if (!known.targets.includes(target)) {
      report(
        'target',
        `${scenario} never runs on ${target} (targets: ${known.targets.join(', ')}); expected a target it runs on`,
      );
    } else if (seen.has(`${scenario} ${target}`)) {
      report(
        'scenario',
        `${scenario} is listed twice for ${target}; expected one entry per scenario and target`,
      );
    } else entries.push(parsed.data);
    seen.add(`${scenario} ${target}`);
  }
  if (problems.length > 0) throw new ScenarioError(problems);
  return entries;
}

/** scenarios/expected-failures.yaml, checked against the scenarios that exist. */
export function readExpectedFailures(
  scenarios: readonly KnownScenario[],
  file = EXPECTED_FAILURES_FILE,
): ExpectedFailure[] {
  return validateExpectedFailures(readYamlList(file), scenarios);
}

/** The entry for this scenario on this target, if it is a known deviation there. */
export function expectedFailureFor(
  entries: readonly ExpectedFailure[],
  scenario: string,
  target: Target,
): ExpectedFailure | undefined {
  return entries.find((e) => e.scenario === scenario && e.target === target);
}

function entryShapeProblem(issues: readonly z.core.$ZodIssue[]): string {
  const issue = issues[0];
  if (!issue) return 'invalid entry';
  if (issue.code === 'unrecognized_keys')
    return `unknown key "${issue.keys.join('", "')}" in an expected failure`;
  const field = issue.path.join('.');
  if (field === '') return 'an expected failure is not a mapping';
  if (field === 'reason' && issue.code === 'too_small')
    return 'reason is too short: say what deviates and why';
  return `${field} is missing or invalid`;
}
