import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkCoverage, formatCoverageProblems } from '../../../../harness/catalogue/coverage.ts';
import { parseYamlList } from '../../../../harness/catalogue/yaml-list.ts';

const RULE_IDS = ['SEQ-1', 'SEL-1', 'SEL-2', 'EX-1', 'LOG-1'];
const SCENARIOS = [
  { id: 'challenge/a', covers: ['SEL-1', 'LOG-1'] },
  { id: 'examples/b', covers: ['EX-1', 'SEL-1'] },
];

function check(listText: string) {
  return checkCoverage({
    ruleIds: RULE_IDS,
    rulesFile: 'rules.yaml',
    scenarios: SCENARIOS,
    uncovered: parseYamlList(listText, 'uncovered.yaml'),
  });
}

test('rules map to the scenarios covering them, in table order', () => {
  const { byRule } = check('[SEQ-1, SEL-2]');
  assert.deepEqual(
    [...byRule],
    [
      ['SEQ-1', []],
      ['SEL-1', ['challenge/a', 'examples/b']],
      ['SEL-2', []],
      ['EX-1', ['examples/b']],
      ['LOG-1', ['challenge/a']],
    ],
  );
});

test('an exact list of the uncovered ids passes and the uncovered ids are reported', () => {
  const coverage = check('- SEQ-1\n- SEL-2\n');
  assert.deepEqual(coverage.problems, []);
  assert.deepEqual(coverage.uncovered, ['SEQ-1', 'SEL-2']);
});

test('an uncovered id of any prefix that is not listed fails, naming the rules file', () => {
  const coverage = checkCoverage({
    ruleIds: RULE_IDS,
    rulesFile: 'rules.yaml',
    scenarios: [{ id: 'challenge/a', covers: ['SEL-1', 'SEL-2', 'SEQ-1'] }],
    uncovered: parseYamlList('[]', 'uncovered.yaml'),
  });
  assert.equal(
    formatCoverageProblems(coverage.problems),
    [
      'rules.yaml: EX-1 has no scenario covering it; expected a scenario with EX-1 in covers',
      'rules.yaml: LOG-1 has no scenario covering it; expected a scenario with LOG-1 in covers',
    ].join('\n'),
  );
});

test('a listed id that a scenario covers is an error at its line, so the list only shrinks', () => {
  const coverage = check('- SEQ-1\n- SEL-2\n- EX-1\n');
  assert.equal(
    formatCoverageProblems(coverage.problems),
    'uncovered.yaml:3:3: EX-1 is covered by examples/b; expected it removed from this list, which only shrinks',
  );
});

test('unknown, duplicate and malformed list items are errors at their lines', () => {
  const coverage = check('- SEQ-1\n- SEL-2\n- SEL-22\n- SEQ-1\n- { id: SEL-2 }\n');
  assert.deepEqual(
    coverage.problems.map((p) => `${p.line}:${p.col}: ${p.text}`),
    [
      '3:3: "SEL-22" is not in rules.yaml; expected a rule id from that table (did you mean "SEL-2"?)',
      '4:3: SEQ-1 is listed twice; expected each id once',
      '5:3: {"id":"SEL-2"} is not a rule id; expected one id per item, such as - SEL-3',
    ],
  );
});

test('an empty file is an empty list, and a mapping at the top level is refused', () => {
  assert.deepEqual(parseYamlList('# nothing left\n', 'uncovered.yaml').items, []);
  assert.throws(
    () => parseYamlList('SEQ-1: true\n', 'uncovered.yaml'),
    /uncovered\.yaml:1:1: expected a list \(each item starting with "-"\), or \[\] for none/,
  );
});
