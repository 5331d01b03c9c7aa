/**
 * The conformance summary as a value, and the counts and errors both renderings show. Kept apart from the
 * reporter so the Markdown and HTML renderings can be tested from plain rows.
 */
import { EXPECTED_FAILURES_FILE } from '../catalogue/expected-failures.ts';
import { countBy, RULE_STATUSES, SCENARIO_STATUSES } from './conformance-results.ts';
import type { RuleRow, ScenarioRow } from './conformance-results.ts';

export interface ConformanceSummary {
  /** The target the run was against: mock or tenant. */
  target: string;
  startedAt: Date;
  rules: readonly RuleRow[];
  /**
   * Whose rules `rules` are, and the table's file: a team's run shows its own (ACME-1), never Auth0's.
   * Left out, the built-in catalogue's.
   */
  ruleTable?: { owner: 'catalogue' | 'team'; file: string | undefined };
  scenarios: readonly ScenarioRow[];
  /** Scenario id -> its page in the Playwright HTML report, relative to the summary. */
  reportLinks: ReadonlyMap<string, string>;
}

/** `47 rules: 20 passed, 1 failed, 0 expected failure, 26 not run` */
export function ruleCounts(summary: ConformanceSummary): string {
  const counts = countBy(RULE_STATUSES, summary.rules);
  return `${summary.rules.length} rules: ${RULE_STATUSES.map((s) => `${counts[s]} ${s}`).join(', ')}`;
}

/** `27 scenarios: 25 passed, 1 failed, ...`, leaving out the statuses nobody has. */
export function scenarioCounts(summary: ConformanceSummary): string {
  const counts = countBy(SCENARIO_STATUSES, summary.scenarios);
  const shown = SCENARIO_STATUSES.filter((s) => counts[s] > 0 || s === 'passed' || s === 'failed');
  return `${summary.scenarios.length} scenarios: ${shown.map((s) => `${counts[s]} ${s}`).join(', ')}`;
}

/** What must be fixed beyond failing behaviour: stale expected failures. */
export function summaryErrors(summary: ConformanceSummary): string[] {
  return summary.scenarios
    .filter((s) => s.status === 'stale expected failure')
    .map(
      (s) =>
        `${s.id} passed on ${summary.target} but is listed in ${EXPECTED_FAILURES_FILE}: stale expected failure, remove it`,
    );
}

/** The rules section's heading and, for a team's run, the sentence saying whose rules these are. */
export function rulesHeading(summary: ConformanceSummary): { title: string; note?: string } {
  const table = summary.ruleTable;
  if (table?.owner !== 'team') return { title: 'Rules' };
  const note =
    "The team's own rules: a failing scenario is the team's Action or scenario, not Auth0 breaking one of its rules; the built-in catalogue's rules were not part of this run.";
  return {
    title: table.file ? `Team rules (${table.file})` : 'Team rules (none: no rule table given)',
    note,
  };
}

/** The statuses read first, most urgent first: what failed, then what must be fixed in the list. */
const URGENT: readonly string[] = ['failed', 'stale expected failure', 'expected failure'];

/**
 * Rows with failures first (failed, stale, expected failures), the rest after them, each group in its
 * original order: a morning reader sees what broke without scrolling past what passed.
 */
export function failuresFirst<R extends { status: string }>(rows: readonly R[]): R[] {
  const rank = (row: R) => {
    const index = URGENT.indexOf(row.status);
    return index === -1 ? URGENT.length : index;
  };
  return [...rows].sort((a, b) => rank(a) - rank(b));
}
