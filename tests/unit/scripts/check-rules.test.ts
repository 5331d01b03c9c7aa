import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idsInTitle, idsWithoutUnitTest, ruleIds, unitTestTitles } from '../../../scripts/check-rules.ts';

test('the rules check reads the SEQ, SEL, ENR, RED and LOG ids of scenarios/rules.yaml, not the EX ones', () => {
  const ids = ruleIds();
  assert.ok(ids.includes('SEQ-1') && ids.includes('LOG-4') && ids.includes('RED-5'));
  assert.ok(!ids.some((id) => id.startsWith('EX-')));
});

test('the rules check finds ids anywhere in a title, and only whole ids', () => {
  assert.deepEqual(idsInTitle('SEL-4: one usable factor (see also SEL-3)'), ['SEL-4', 'SEL-3']);
  assert.deepEqual(idsInTitle('SEL-40 is not XSEL-4'), ['SEL-40']);
});

test('the rules check reports every id no title names, in catalogue order', () => {
  const titles = [{ file: 'a.test.ts', title: 'SEQ-2: snapshots' }];
  assert.deepEqual(idsWithoutUnitTest(['SEQ-1', 'SEQ-2', 'SEQ-3'], titles), ['SEQ-1', 'SEQ-3']);
});

test('the rules check reads quoted and template titles from the unit test files', () => {
  const titles = unitTestTitles('tests/unit/scripts');
  assert.ok(titles.some((t) => t.title.startsWith('the rules check reads quoted')));
  assert.ok(titles.every((t) => t.file.startsWith('tests/unit/scripts/')));
  assert.ok(titles.some((t) => t.file === 'tests/unit/scripts/check-rules.test.ts'));
});
