import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadRules, parseRules, RULE_ID } from '../../../../harness/catalogue/rules.ts';
import { ScenarioError } from '../../../../harness/format/errors/scenario-error.ts';

test('the project rule table loads: ids unique, well formed, each with a statement and a source', () => {
  const rules = loadRules();
  assert.ok(rules.length >= 40, `only ${rules.length} rules`);
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
  for (const rule of rules) {
    assert.match(rule.id, RULE_ID);
    assert.ok(rule.rule.length > 10 && rule.source.length > 0, rule.id);
  }
  const prefixes = new Set(rules.map((r) => r.id.split('-')[0]));
  assert.deepEqual([...prefixes].sort(), ['ENR', 'EX', 'LOG', 'RED', 'SEL', 'SEQ']);
});

test('the table marks interpretation rules, and only those whose statement says so', () => {
  for (const rule of loadRules()) {
    assert.equal(rule.interpretation, /\binterpretation\b/i.test(rule.rule), rule.id);
  }
});

test('a duplicate id and an entry without a source are reported at their line', () => {
  const text = [
    '- id: SEL-1',
    '  rule: first',
    '  source: "000"',
    '- id: SEL-1',
    '  rule: again',
    '  source: "000"',
    '- id: SEL-2',
    '  rule: no source',
  ].join('\n');
  assert.throws(
    () => parseRules(text, 'rules.yaml'),
    (error: unknown) =>
      error instanceof ScenarioError &&
      error.message ===
        [
          'rules.yaml:4:7: rule SEL-1 appears twice; expected each id once',
          'rules.yaml:7:3: rule entry with a missing or invalid source; expected id (such as SEL-3), rule, source',
        ].join('\n'),
  );
});

test('a table that is not a list is rejected', () => {
  assert.throws(() => parseRules('id: SEL-1', 'rules.yaml'), /rules\.yaml:1:1: expected a list of rules/);
});
