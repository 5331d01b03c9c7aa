import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  decisionFindings,
  parseDecision,
  renderIndex,
  withIndex,
} from '../../../../harness/catalogue/decisions.ts';
import type { Rule } from '../../../../harness/catalogue/rules.ts';

const RECORD = [
  '# 0042. Something the documents leave open',
  '',
  'Status: provisional.',
  '',
  'UNSURE item: `somePath`. Rules: SEL-3, LOG-2. Code: `mock/x.ts`, `harness/y/`.',
  '',
  'See `scenarios/enrollment/*` and `/u/mfa-otp-enrollment`.',
].join('\n');

const rule = (id: string, decisions: string[], interpretation = false): Rule => ({
  id,
  rule: 'text',
  source: '000',
  interpretation,
  decisions,
});

test('a decision record gives its number, title, status, rules and the repository paths it cites', () => {
  assert.deepEqual(parseDecision('docs/decisions/0042-open.md', RECORD), {
    id: '0042',
    file: 'docs/decisions/0042-open.md',
    title: 'Something the documents leave open',
    status: 'provisional',
    rules: ['SEL-3', 'LOG-2'],
    cites: ['mock/x.ts', 'harness/y/', 'scenarios/enrollment/'],
  });
});

test('the catalogue check passes when records, rules and the index agree', () => {
  const records = [parseDecision('docs/decisions/0042-open.md', RECORD)];
  const readme = withIndex('# Decision records\n', renderIndex(records));
  const rules = [rule('SEL-3', ['0042']), rule('LOG-2', ['0042'])];
  assert.deepEqual(
    decisionFindings(records, rules, readme, () => true),
    [],
  );
});

test('the catalogue check names each broken link between records, rules and the index', () => {
  const record = parseDecision('docs/decisions/0042-open.md', RECORD.replace('Status: provisional.', ''));
  const rules = [rule('SEL-3', []), rule('LOG-2', ['0042', '0043']), rule('SEQ-8', [], true)];
  assert.deepEqual(
    decisionFindings([record], rules, '# stale', (path) => path !== 'mock/x.ts'),
    [
      'docs/decisions/0042-open.md: expected a line "Status: accepted | provisional."',
      "docs/decisions/0042-open.md names SEL-3: add '0042' to SEL-3's decisions in scenarios/rules.yaml",
      'docs/decisions/0042-open.md cites mock/x.ts, which does not exist: update the record',
      'scenarios/rules.yaml: LOG-2 names decision 0043, which has no record in docs/decisions/',
      'scenarios/rules.yaml: SEQ-8 is an interpretation rule without a decision record',
      'docs/decisions/README.md is stale: run `npm run decisions`',
    ],
  );
});
