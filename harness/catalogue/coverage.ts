/**
 * Every rule id, every prefix (EX included), must be covered by at least one scenario. While the catalogue is
 * being written, the ids not covered yet are listed in scenarios/uncovered-rules.yaml, and that list must be
 * exact, OIDF-style: an id listed there that a scenario now covers is an error too, so the list can only
 * shrink and never hides a rule that lost its last scenario.
 */
import { didYouMean } from '../format/errors/did-you-mean.ts';
import type { Problem } from '../format/errors/scenario-error.ts';
import type { YamlList } from './yaml-list.ts';

export const UNCOVERED_RULES_FILE = 'scenarios/uncovered-rules.yaml';

export interface CoverageInput {
  ruleIds: readonly string[];
  /** The rules file, named in messages about ids that are neither covered nor listed. */
  rulesFile: string;
  scenarios: ReadonlyArray<{ id: string; covers: readonly string[] }>;
  uncovered: YamlList;
}

export interface Coverage {
  /** Rule id -> the scenarios covering it, in rule-table order; empty for an uncovered rule. */
  byRule: Map<string, string[]>;
  /** Ids no scenario covers, all allowed by the list when `problems` is empty. */
  uncovered: string[];
  problems: Problem[];
}

export function checkCoverage({ ruleIds, rulesFile, scenarios, uncovered }: CoverageInput): Coverage {
  const byRule = new Map(ruleIds.map((id): [string, string[]] => [id, []]));
  for (const scenario of scenarios) {
    for (const id of scenario.covers) byRule.get(id)?.push(scenario.id);
  }
  const problems: Problem[] = [];
  const listed = new Set<string>();
  const inList = (at: { line: number; col: number }, text: string) =>
    problems.push({ file: uncovered.file, ...at, text });
  for (const item of uncovered.items) {
    const at = item.at();
    const id = item.value;
    if (typeof id !== 'string') {
      inList(at, `${JSON.stringify(id)} is not a rule id; expected one id per item, such as - SEL-3`);
    } else if (!byRule.has(id)) {
      inList(
        at,
        `"${id}" is not in ${rulesFile}; expected a rule id from that table${didYouMean(id, ruleIds)}`,
      );
    } else if (listed.has(id)) {
      inList(at, `${id} is listed twice; expected each id once`);
    } else if ((byRule.get(id) ?? []).length > 0) {
      const by = (byRule.get(id) ?? []).join(', ');
      inList(at, `${id} is covered by ${by}; expected it removed from this list, which only shrinks`);
    }
    if (typeof id === 'string') listed.add(id);
  }
  const notCovered = ruleIds.filter((id) => (byRule.get(id) ?? []).length === 0);
  for (const id of notCovered.filter((id) => !listed.has(id))) {
    const text = `${id} has no scenario covering it; expected a scenario with ${id} in covers`;
    problems.push({ file: rulesFile, line: 0, col: 0, text });
  }
  return { byRule, uncovered: notCovered, problems };
}

/** One line per problem; a problem without a position (line 0) names the file alone. */
export function formatCoverageProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => (p.line > 0 ? `${p.file}:${p.line}:${p.col}: ${p.text}` : `${p.file}: ${p.text}`))
    .join('\n');
}
