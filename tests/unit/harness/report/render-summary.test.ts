import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleRows } from '../../../../harness/report/conformance-results.ts';
import type { ScenarioRow } from '../../../../harness/report/conformance-results.ts';
import type { ConformanceSummary } from '../../../../harness/report/conformance-summary.ts';
import { ruleCounts, scenarioCounts, summaryErrors } from '../../../../harness/report/conformance-summary.ts';
import { renderSummaryHtml } from '../../../../harness/report/render-summary-html.ts';
import { renderSummaryMarkdown } from '../../../../harness/report/render-summary-markdown.ts';

const SCENARIOS: ScenarioRow[] = [
  {
    id: 'challenge/pipe',
    summary: 'A summary with a | pipe and <b>markup</b>.',
    status: 'passed',
    rules: ['SEL-1'],
    tags: ['challenge', 'otp'],
    targets: ['mock', 'tenant'],
  },
  {
    id: 'challenge/known-gap',
    summary: 'A deviation the tenant is known for.',
    status: 'expected failure',
    detail: 'expected failure on mock: the log lags',
    rules: ['SEL-1', 'LOG-2'],
    tags: ['logs'],
    targets: ['mock', 'tenant'],
  },
  {
    id: 'challenge/stale',
    summary: 'Listed as failing but passes now.',
    status: 'stale expected failure',
    rules: ['LOG-2'],
    tags: [],
    targets: ['mock'],
  },
];

function summary(): ConformanceSummary {
  const rules = [
    { id: 'SEL-1', rule: 'Shows `mfa-otp-challenge` directly.', source: '000', interpretation: false },
    { id: 'LOG-2', rule: 'Writes gd_auth_succeed.', source: 'contract', interpretation: true },
    { id: 'RED-9', rule: 'Nobody covers this.', source: '004', interpretation: false },
  ];
  return {
    target: 'mock',
    startedAt: new Date('2026-11-23T05:00:00Z'),
    rules: ruleRows(rules, SCENARIOS),
    scenarios: SCENARIOS,
    reportLinks: new Map([['challenge/pipe', '../index.html#?testId=abc']]),
  };
}

test('the counts name every rule status and the scenario statuses that occur', () => {
  assert.equal(ruleCounts(summary()), '3 rules: 0 passed, 0 failed, 2 expected failure, 1 not run');
  assert.equal(
    scenarioCounts(summary()),
    '3 scenarios: 1 passed, 0 failed, 1 expected failure, 1 stale expected failure',
  );
});

test('a stale expected failure is an error telling to remove the entry', () => {
  assert.deepEqual(summaryErrors(summary()), [
    'challenge/stale passed on mock but is listed in scenarios/expected-failures.yaml: stale expected failure, remove it',
  ]);
});

test('the Markdown has one row per rule, then one per scenario, with pipes escaped', () => {
  const md = renderSummaryMarkdown(summary());
  const lines = md.split('\n');
  assert.ok(lines.includes('## Errors'));
  assert.ok(
    lines.includes(
      '| SEL-1 | expected failure | Shows `mfa-otp-challenge` directly. | 000 | challenge/pipe (passed), challenge/known-gap (expected failure) |',
    ),
  );
  assert.ok(
    lines.includes(
      '| LOG-2 (interpretation) | expected failure | Writes gd_auth_succeed. | contract | challenge/known-gap (expected failure), challenge/stale (stale expected failure) |',
    ),
  );
  assert.ok(lines.includes('| RED-9 | not run | Nobody covers this. | 004 | — |'));
  assert.ok(
    lines.includes(
      '| challenge/pipe | passed | A summary with a \\| pipe and <b>markup</b>. | SEL-1 | challenge, otp | mock, tenant |',
    ),
  );
  assert.ok(
    lines.includes(
      '| challenge/known-gap | expected failure: expected failure on mock: the log lags | A deviation the tenant is known for. | SEL-1, LOG-2 | logs | mock, tenant |',
    ),
  );
  assert.ok(lines.indexOf('## Rules') < lines.indexOf('## Scenarios'));
});

test('the HTML escapes text, shows each status distinctly, and links scenarios to the HTML report', () => {
  const html = renderSummaryHtml(summary());
  assert.ok(html.includes('A summary with a | pipe and &lt;b&gt;markup&lt;/b&gt;.'));
  assert.ok(!html.includes('<b>markup</b>'));
  assert.ok(html.includes('<code>mfa-otp-challenge</code>'));
  assert.ok(html.includes('<a href="../index.html#?testId=abc">challenge/pipe</a>'));
  assert.ok(html.includes('<span class="status expected-failure">expected failure</span>'));
  assert.ok(html.includes('<span class="status stale-expected-failure">stale expected failure</span>'));
  assert.ok(html.includes('<tr id="rule-RED-9">'));
  assert.equal(html.match(/<tr id="rule-/g)?.length, 3);
  assert.equal(html.match(/<tr id="scenario-/g)?.length, 3);
  assert.ok(!/<script|<link|src=/.test(html), 'self-contained: no scripts, stylesheets or images to fetch');
});
