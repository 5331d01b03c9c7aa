import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  overlappingUses,
  parseTenantUse,
  tenantUse,
  tenantUseProblems,
  tenantUsesInJunit,
} from '../../../../harness/target/tenant-use.ts';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 7, 10, 0, seconds));

test('a tenant use is written and read back', () => {
  const text = tenantUse('localhost:4443', at(1), at(5));
  assert.equal(text, 'localhost:4443 2026-12-07T10:00:01.000Z 2026-12-07T10:00:05.000Z');
  assert.deepEqual(parseTenantUse('x', text), {
    test: 'x',
    domain: 'localhost:4443',
    from: at(1).getTime(),
    to: at(5).getTime(),
  });
  assert.equal(parseTenantUse('x', 'localhost:4443 then'), undefined);
});

test('two tests on one tenant at once are found; on two tenants, or one after the other, they are not', () => {
  const use = (test: string, domain: string, from: number, to: number) =>
    parseTenantUse(test, tenantUse(domain, at(from), at(to)))!;
  assert.deepEqual(
    overlappingUses([use('a', 't1', 0, 4), use('b', 't2', 1, 3), use('c', 't1', 4, 6), use('d', 't2', 3, 9)]),
    [],
  );
  assert.deepEqual(overlappingUses([use('a', 't1', 0, 4), use('b', 't2', 1, 3), use('c', 't1', 2, 6)]), [
    'a and c ran on t1 at the same time',
  ]);
});

test('the uses are read from JUnit properties, skipping tests without one', () => {
  const xml = [
    '<testsuite name="x">',
    '<testcase name="skipped/one" classname="x" time="0"/>',
    '<testcase name="a/one" classname="x" time="1"><properties>',
    `<property name="summary" value="s"/><property name="tenant-use" value="${tenantUse('t1', at(0), at(1))}"/>`,
    '</properties></testcase>',
    '<testcase name="b/two" classname="x" time="1"></testcase>',
    '</testsuite>',
  ].join('\n');
  assert.deepEqual(
    tenantUsesInJunit(xml).map((u) => [u.test, u.domain, u.group]),
    [['a/one', 't1', 'x']],
  );
});

test('a run with as many groups as tenants must have used every tenant', () => {
  const use = (group: string, domain: string, from: number) => ({
    ...parseTenantUse(group, tenantUse(domain, at(from), at(from + 1)))!,
    group,
  });
  assert.deepEqual(tenantUseProblems([use('g1', 't1', 0), use('g2', 't2', 0)], ['t1', 't2']), []);
  assert.deepEqual(tenantUseProblems([use('g1', 't1', 0), use('g2', 't1', 1)], ['t1', 't2']), [
    't2 ran none of the 2 groups',
  ]);
  assert.deepEqual(tenantUseProblems([use('g1', 't1', 0), use('g1', 't1', 1)], ['t1', 't2']), []);
});
