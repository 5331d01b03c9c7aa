/**
 * Results by rule, from results by scenario: the pure part of the conformance reporter.
 * - A scenario's status comes from its last attempt (a retry that passes counts as passed), read against what
 *   the spec expected: listed in scenarios/expected-failures.yaml, a failure is an "expected failure" and a
 *   pass is a "stale expected failure", the error that makes the run fail until the entry goes.
 * - A rule fails when any of its scenarios that ran failed; otherwise it is an expected failure when one of
 *   them is; otherwise it passes when one of them ran; otherwise it was not run. A stale entry counts as the
 *   pass it is: the behaviour conforms, the list is what is wrong.
 */
export const SCENARIO_STATUSES = [
  'passed',
  'failed',
  'expected failure',
  'stale expected failure',
  'skipped',
  'not run',
] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];
export type RuleStatus = 'passed' | 'failed' | 'expected failure' | 'not run';

/** What Playwright knows of one test at the end of the run, reduced to what decides its status. */
export interface TestRun {
  /** 'failed' when the spec called test.fail() for an expected failure. */
  expectedStatus: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  /** Status of each attempt, in order; empty when the test never started. */
  attempts: ReadonlyArray<'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted'>;
}

export function scenarioStatus(run: TestRun | undefined): ScenarioStatus {
  const last = run?.attempts.at(-1);
  if (!run || last === undefined || last === 'interrupted') return 'not run';
  if (last === 'skipped') return 'skipped';
  if (run.expectedStatus === 'failed') {
    if (last === 'passed') return 'stale expected failure';
    // A timeout is not the failure that was listed: it says nothing about the deviation.
    return last === 'failed' ? 'expected failure' : 'failed';
  }
  return last === 'passed' ? 'passed' : 'failed';
}

export interface ScenarioRow {
  id: string;
  summary: string;
  status: ScenarioStatus;
  /** Why it was skipped, why it is expected to fail, or the first line of its error. */
  detail?: string;
  rules: readonly string[];
  tags: readonly string[];
  targets: readonly string[];
}

export interface RuleRow {
  id: string;
  statement: string;
  source: string;
  interpretation: boolean;
  status: RuleStatus;
  scenarios: Array<{ id: string; status: ScenarioStatus }>;
}

export function ruleStatus(statuses: readonly ScenarioStatus[]): RuleStatus {
  if (statuses.includes('failed')) return 'failed';
  if (statuses.includes('expected failure')) return 'expected failure';
  if (statuses.some((s) => s === 'passed' || s === 'stale expected failure')) return 'passed';
  return 'not run';
}

/** One row per rule, in the rule table's order, with the scenarios that cover it in catalogue order. */
export function ruleRows(
  rules: ReadonlyArray<{ id: string; rule: string; source: string; interpretation: boolean }>,
  scenarios: readonly ScenarioRow[],
): RuleRow[] {
  return rules.map((rule) => {
    const behind = scenarios
      .filter((s) => s.rules.includes(rule.id))
      .map((s) => ({ id: s.id, status: s.status }));
    return {
      id: rule.id,
      statement: rule.rule,
      source: rule.source,
      interpretation: rule.interpretation,
      status: ruleStatus(behind.map((s) => s.status)),
      scenarios: behind,
    };
  });
}

/** `{ passed: 3, failed: 1, ... }` with every status present, zeros included, in the statuses' order. */
export function countBy<S extends string>(
  statuses: readonly S[],
  items: ReadonlyArray<{ status: S }>,
): Record<S, number> {
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<S, number>;
  for (const item of items) counts[item.status]++;
  return counts;
}

export const RULE_STATUSES: readonly RuleStatus[] = ['passed', 'failed', 'expected failure', 'not run'];

export interface FolderRow {
  /** The scenarios' folder under the scenarios root (`admins`, `challenge/otp`), `.` at the root. */
  folder: string;
  /** As a rule's: failed when one of its scenarios that ran failed, and so on. */
  status: RuleStatus;
  scenarios: Array<{ id: string; status: ScenarioStatus }>;
}

/**
 * One row per scenario folder, in catalogue order: a team that tests its Actions by folder (one per Action,
 * or per team) reads its results there, covered rules or not.
 */
export function folderRows(scenarios: readonly ScenarioRow[]): FolderRow[] {
  const folders = new Map<string, Array<{ id: string; status: ScenarioStatus }>>();
  for (const { id, status } of scenarios) {
    const folder = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '.';
    folders.set(folder, [...(folders.get(folder) ?? []), { id, status }]);
  }
  return [...folders].map(([folder, behind]) => ({
    folder,
    status: ruleStatus(behind.map((s) => s.status)),
    scenarios: behind,
  }));
}
