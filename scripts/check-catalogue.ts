// `npm test`'s catalogue check, before any browser starts:
// - every scenario loads (rule ids, tags and targets included, see harness/catalogue/rule-findings.ts);
// - every rule id has a scenario, except those in scenarios/uncovered-rules.yaml, a list that must be exact;
// - scenarios/expected-failures.yaml names scenarios that exist, on targets they run on;
// - the decision records and the rule table name each other, and the records' index is current
//   (harness/catalogue/decisions.ts).
// Prints the ids still uncovered on every run, so the gap stays visible while the build is green.
import {
  checkCoverage,
  formatCoverageProblems,
  UNCOVERED_RULES_FILE,
} from '../harness/catalogue/coverage.ts';
import { EXPECTED_FAILURES_FILE, validateExpectedFailures } from '../harness/catalogue/expected-failures.ts';
import { readYamlList } from '../harness/catalogue/yaml-list.ts';
import { decisionFindings, DECISIONS_INDEX, readDecisions } from '../harness/catalogue/decisions.ts';
import { loadScenarios } from '../harness/format/load.ts';
import { loadRules, RULES_FILE } from '../harness/catalogue/rules.ts';
import { ScenarioError } from '../harness/format/errors/scenario-error.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/repo-root.ts';

function main(): number {
  const rules = loadRules();
  const loaded = loadScenarios();
  const scenarios = loaded.map(({ id, scenario }) => ({
    id,
    covers: scenario.covers,
    targets: scenario.targets,
  }));
  const expected = validateExpectedFailures(readYamlList(EXPECTED_FAILURES_FILE), scenarios);
  const coverage = checkCoverage({
    ruleIds: rules.map((r) => r.id),
    rulesFile: RULES_FILE,
    scenarios,
    uncovered: readYamlList(UNCOVERED_RULES_FILE),
  });
  if (coverage.problems.length > 0) {
    console.error(formatCoverageProblems(coverage.problems));
    return 1;
  }
  const decisions = readDecisions();
  const decisionProblems = decisionFindings(
    decisions,
    rules,
    readFileSync(join(REPO_ROOT, DECISIONS_INDEX), 'utf8'),
  );
  if (decisionProblems.length > 0) {
    for (const problem of decisionProblems) console.error(`catalogue: ${problem}`);
    return 1;
  }
  const covered = rules.length - coverage.uncovered.length;
  console.log(
    `catalogue: ${loaded.length} scenarios cover ${covered} of ${rules.length} rules; ` +
      `${expected.length} expected failure${expected.length === 1 ? '' : 's'}; ${decisions.length} decision records`,
  );
  if (coverage.uncovered.length > 0) {
    console.log(`not covered yet (${UNCOVERED_RULES_FILE}): ${coverage.uncovered.join(', ')}`);
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // A scenario or list error is already written as file:line:col lines; a stack would bury them.
  if (!(error instanceof ScenarioError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
