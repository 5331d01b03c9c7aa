import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleRows, ruleStatus, scenarioStatus } from '../../../../harness/report/conformance-results.ts';
import type { ScenarioRow, ScenarioStatus } from '../../../../harness/report/conformance-results.ts';

test('a scenario status is read from its last attempt against what the spec expected', () => {
  const cases: Array<[Parameters<typeof scenarioStatus>[0], ScenarioStatus]> = [
    [undefined, 'not run'],
    [{ expectedStatus: 'passed', attempts: [] }, 'not run'],
    [{ expectedStatus: 'passed', attempts: ['passed'] }, 'passed'],
    [{ expectedStatus: 'passed', attempts: ['failed', 'passed'] }, 'passed'],
    [{ expectedStatus: 'passed', attempts: ['passed', 'failed'] }, 'failed'],
    [{ expectedStatus: 'passed', attempts: ['timedOut'] }, 'failed'],
    [{ expectedStatus: 'passed', attempts: ['interrupted'] }, 'not run'],
    [{ expectedStatus: 'skipped', attempts: ['skipped'] }, 'skipped'],
    [{ expectedStatus: 'failed', attempts: ['failed'] }, 'expected failure'],
    [{ expectedStatus: 'failed', attempts: ['passed'] }, 'stale expected failure'],
    [{ expectedStatus: 'failed', attempts: ['timedOut'] }, 'failed'],
  ];
  for (const [run, expected] of cases) assert.equal(scenarioStatus(run), expected, JSON.stringify(run));
});

test('a rule fails if any scenario that ran failed, whatever the others did', () => {
  assert.equal(ruleStatus(['passed', 'failed', 'expected failure', 'not run']), 'failed');
});

test('a rule with an expected failure and no failure is an expected failure', () => {
  assert.equal(ruleStatus(['passed', 'expected failure', 'skipped']), 'expected failure');
});

test('a rule passes when its scenarios that ran passed, skipped and unselected ones aside', () => {
  assert.equal(ruleStatus(['passed', 'skipped', 'not run']), 'passed');
  assert.equal(ruleStatus(['stale expected failure']), 'passed');
});

test('a rule whose scenarios were all skipped or not selected, or that has none, was not run', () => {
  assert.equal(ruleStatus(['skipped', 'not run']), 'not run');
  assert.equal(ruleStatus([]), 'not run');
});

test('rule rows follow the table order and list the scenarios behind each rule with their status', () => {
  const rules = [
    { id: 'SEQ-1', rule: 'first', source: '000', interpretation: false },
    { id: 'SEL-2', rule: 'second', source: '001', interpretation: true },
    { id: 'EX-3', rule: 'third', source: '002', interpretation: false },
  ];
  const scenario = (id: string, status: ScenarioStatus, rules: string[]): ScenarioRow => ({
    id,
    summary: `${id} proves something`,
    status,
    rules,
    tags: [],
    targets: ['mock', 'tenant'],
  });
  const rows = ruleRows(rules, [
    scenario('a/one', 'passed', ['SEL-2', 'SEQ-1']),
    scenario('a/two', 'failed', ['SEL-2']),
    scenario('b/three', 'skipped', ['SEQ-1']),
  ]);
  assert.deepEqual(
    rows.map((r) => [r.id, r.status, r.scenarios.map((s) => `${s.id}:${s.status}`)]),
    [
      ['SEQ-1', 'passed', ['a/one:passed', 'b/three:skipped']],
      ['SEL-2', 'failed', ['a/one:passed', 'a/two:failed']],
      ['EX-3', 'not run', []],
    ],
  );
  assert.deepEqual(
    rows.map((r) => [r.statement, r.source, r.interpretation]),
    [
      ['first', '000', false],
      ['second', '001', true],
      ['third', '002', false],
    ],
  );
});
