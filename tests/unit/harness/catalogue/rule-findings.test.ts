import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadScenario } from '../../../../harness/format/load.ts';
import { ScenarioError } from '../../../../harness/format/errors/scenario-error.ts';
import { ruleFindings } from '../../../../harness/catalogue/rule-findings.ts';
import type { Rule } from '../../../../harness/catalogue/rules.ts';

const FIXTURES = 'tests/unit/harness/format/fixtures';

const RULES: Rule[] = [
  { id: 'SEL-1', rule: 'a rule', source: '000', interpretation: false, decisions: [] },
  { id: 'SEL-3', rule: 'a rule', source: '000', interpretation: false, decisions: [] },
  { id: 'SEQ-8', rule: 'a reading', source: '000', interpretation: true, decisions: [] },
];

function problemsOf(name: string): string[] {
  try {
    loadScenario(`${FIXTURES}/bad/${name}.yaml`, FIXTURES);
  } catch (error) {
    if (error instanceof ScenarioError) return error.message.split('\n');
    throw error;
  }
  return assert.fail(`expected ${name}.yaml to be rejected`);
}

test('an unknown covered rule id is reported where it is written, with the closest id of the table', () => {
  const file = `${FIXTURES}/bad/unknown-rule.yaml`;
  const table = 'is not in scenarios/rules.yaml; expected a rule id from that table';
  assert.deepEqual(problemsOf('unknown-rule'), [
    `${file}:2:17: rule "SEL-33" ${table} (did you mean "SEL-3"?)`,
    `${file}:2:25: rule "ENR-99" ${table} (did you mean "ENR-9"?)`,
    `${file}:2:33: rule "LOG-400" ${table}`,
  ]);
});

test('a rule id listed twice in covers is reported at the repeat', () => {
  assert.deepEqual(problemsOf('duplicate-covers'), [
    `${FIXTURES}/bad/duplicate-covers.yaml:2:24: rule "SEL-1" is listed twice in covers; expected each rule id once`,
  ]);
});

test('covering an interpretation rule without the interpretation tag is reported at tags', () => {
  assert.deepEqual(problemsOf('interpretation-untagged'), [
    `${FIXTURES}/bad/interpretation-untagged.yaml:3:1: SEQ-8 is an interpretation rule; expected the tag "interpretation" in tags`,
  ]);
});

test('leaving the tenant target out needs a mockOnly reason and the mock-only tag', () => {
  const file = `${FIXTURES}/bad/mock-only-without-reason.yaml`;
  assert.deepEqual(problemsOf('mock-only-without-reason'), [
    `${file}:3:1: targets leaves out tenant; expected the tag "mock-only" in tags`,
    `${file}:4:1: targets leaves out tenant without a reason; expected "mockOnly:" saying why a real tenant cannot run this scenario`,
  ]);
});

test('the mock-only tag or a mockOnly reason on a scenario that still targets the tenant is reported', () => {
  const file = `${FIXTURES}/bad/mock-only-but-tenant.yaml`;
  assert.deepEqual(problemsOf('mock-only-but-tenant'), [
    `${file}:3:19: the tag "mock-only" is given but targets includes tenant; expected targets: [mock]`,
    `${file}:4:1: mockOnly is given but targets includes tenant; expected targets: [mock], or no mockOnly`,
  ]);
});

test('a mock-only scenario covering an interpretation rule, tagged as both require, loads', () => {
  const { scenario } = loadScenario(`${FIXTURES}/good/mock-only.yaml`, FIXTURES);
  assert.deepEqual(scenario.targets, ['mock']);
  assert.equal(scenario.mockOnly, 'the risk assessment is set through a mock-only control');
});

test('without tags, the missing interpretation tag points at the covered id', () => {
  const findings = ruleFindings({ covers: ['SEL-1', 'SEQ-8'] }, RULES);
  assert.deepEqual(findings, [
    {
      path: ['covers', 1],
      at: 'key',
      text: 'SEQ-8 is an interpretation rule; expected the tag "interpretation" in tags',
    },
  ]);
});

test('ids the schema already rejects, and inputs that are not mappings, add no second finding', () => {
  assert.deepEqual(ruleFindings({ covers: ['sel-1', 'SEL 3', 7] }, RULES), []);
  assert.deepEqual(ruleFindings(['covers'], RULES), []);
  assert.deepEqual(ruleFindings(null, RULES), []);
});

test('a scenario that targets both by default and says nothing of mock-only has no finding', () => {
  assert.deepEqual(ruleFindings({ covers: ['SEL-1', 'SEL-3'], tags: ['challenge'] }, RULES), []);
});

test('a misspelt target is left to the schema rather than read as leaving the tenant out', () => {
  assert.deepEqual(ruleFindings({ covers: ['SEL-1'], targets: ['mock', 'tenent'] }, RULES), []);
});
