import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  EXPECTED_FAILURES_FILE,
  expectedFailureFor,
  validateExpectedFailures,
} from '../../../../harness/catalogue/expected-failures.ts';
import { parseYamlList, readYamlList } from '../../../../harness/catalogue/yaml-list.ts';
import { loadScenarios } from '../../../../harness/format/load.ts';
import { ScenarioError } from '../../../../harness/format/errors/scenario-error.ts';

const SCENARIOS = [
  { id: 'challenge/otp-enrolled-user', targets: ['mock', 'tenant'] },
  { id: 'challenge/risky-login', targets: ['mock'] },
];

function problemsOf(text: string): string[] {
  try {
    validateExpectedFailures(parseYamlList(text, 'expected.yaml'), SCENARIOS);
  } catch (error) {
    if (error instanceof ScenarioError) return error.message.split('\n');
    throw error;
  }
  return assert.fail('expected the list to be rejected');
}

test('a valid entry is found for its scenario and target only', () => {
  const entries = validateExpectedFailures(
    parseYamlList(
      "- { scenario: challenge/otp-enrolled-user, target: tenant, reason: 'the tenant logs gd_auth_succeed late' }",
      'expected.yaml',
    ),
    SCENARIOS,
  );
  assert.equal(
    expectedFailureFor(entries, 'challenge/otp-enrolled-user', 'tenant')?.reason,
    'the tenant logs gd_auth_succeed late',
  );
  assert.equal(expectedFailureFor(entries, 'challenge/otp-enrolled-user', 'mock'), undefined);
  assert.equal(expectedFailureFor(entries, 'challenge/risky-login', 'tenant'), undefined);
});

test('an unknown scenario id is an error at its value, with the closest id', () => {
  assert.deepEqual(
    problemsOf("- { scenario: challenge/otp-enroled-user, target: mock, reason: 'a known deviation' }"),
    [
      'expected.yaml:1:15: scenario "challenge/otp-enroled-user" does not exist; expected a scenario id such as challenge/otp-enrolled-user (did you mean "challenge/otp-enrolled-user"?)',
    ],
  );
});

test('a target the scenario never runs on, or a second entry for the same pair, is an error', () => {
  const text = [
    "- { scenario: challenge/risky-login, target: tenant, reason: 'the tenant cannot fake risk' }",
    "- { scenario: challenge/otp-enrolled-user, target: mock, reason: 'a known deviation' }",
    "- { scenario: challenge/otp-enrolled-user, target: mock, reason: 'the same, again' }",
  ].join('\n');
  assert.deepEqual(problemsOf(text), [
    'expected.yaml:1:46: challenge/risky-login never runs on tenant (targets: mock); expected a target it runs on',
    'expected.yaml:3:15: challenge/otp-enrolled-user is listed twice for mock; expected one entry per scenario and target',
  ]);
});

test('entries without a reason, with an unknown target or an unknown key are errors', () => {
  const text = [
    '- { scenario: challenge/otp-enrolled-user, target: mock }',
    "- { scenario: challenge/otp-enrolled-user, target: staging, reason: 'a known deviation' }",
    "- { scenario: challenge/otp-enrolled-user, target: mock, reason: 'a known deviation', until: 2027 }",
    '- challenge/otp-enrolled-user',
  ].join('\n');
  const shape = 'expected a mapping with scenario, target (mock or tenant), reason';
  assert.deepEqual(problemsOf(text), [
    `expected.yaml:1:3: reason is missing or invalid; ${shape}`,
    `expected.yaml:2:3: target is missing or invalid; ${shape}`,
    `expected.yaml:3:3: unknown key "until" in an expected failure; ${shape}`,
    `expected.yaml:4:3: an expected failure is not a mapping; ${shape}`,
  ]);
});

test('the project file exists and is valid against the project scenarios', () => {
  const loaded = loadScenarios().map(({ id, scenario }) => ({ id, targets: scenario.targets }));
  const entries = validateExpectedFailures(readYamlList(EXPECTED_FAILURES_FILE), loaded);
  assert.ok(Array.isArray(entries));
});
