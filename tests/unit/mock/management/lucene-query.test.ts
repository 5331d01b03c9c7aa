import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LuceneQueryError, luceneQuery } from '../../../../mock/management/lucene-query.ts';

const ENTRIES = [
  {
    log_id: '1',
    type: 'gd_auth_succeed',
    user_id: 'auth0|a',
    date: '2026-12-01T10:00:00Z',
    details: { authenticator: { type: 'totp' } },
  },
  { log_id: '2', type: 'gd_auth_failed', user_id: 'auth0|a', date: '2026-12-01T11:00:00Z' },
  { log_id: '3', type: 's', user_id: 'auth0|b', date: '2026-12-02T09:00:00Z', description: 'Success Login' },
  { log_id: '4', type: 'mfar', user_id: 'auth0|b', date: '2026-12-03T09:00:00Z' },
];

const ids = (q: string) => ENTRIES.filter(luceneQuery(q)).map((e) => e.log_id);

test('log search: field terms, quoted values and escaped characters, joined by AND side by side', () => {
  assert.deepEqual(ids('type:"gd_auth_succeed" AND user_id:"auth0|a"'), ['1']);
  assert.deepEqual(ids('user_id:auth0\\|b type:s'), ['3']);
  assert.deepEqual(ids('description:"Success Login"'), ['3']);
  // As the harness writes it (harness/logs/user-logs.ts): quoted, with the pipe escaped.
  assert.deepEqual(ids('user_id:"auth0\\|a"'), ['1', '2']);
  assert.deepEqual(ids(''), ['1', '2', '3', '4']);
});

test('log search: OR, NOT, a leading minus and parentheses', () => {
  assert.deepEqual(ids('type:s OR type:mfar'), ['3', '4']);
  assert.deepEqual(ids('user_id:"auth0|a" AND NOT type:gd_auth_failed'), ['1']);
  assert.deepEqual(ids('-user_id:"auth0|a"'), ['3', '4']);
  assert.deepEqual(ids('(type:s OR type:gd_auth_failed) AND date:[2026-12-01 TO 2026-12-02]'), ['2']);
});

test('log search: wildcards, inclusive and exclusive ranges with open ends, and nested details', () => {
  assert.deepEqual(ids('type:gd_auth_*'), ['1', '2']);
  assert.deepEqual(ids('type:?'), ['3']);
  assert.deepEqual(ids('date:[2026-12-02 TO *]'), ['3', '4']);
  assert.deepEqual(ids('log_id:{1 TO 3}'), ['2']);
  assert.deepEqual(ids('log_id:[1 TO 3]'), ['1', '2', '3']);
  assert.deepEqual(ids('details.authenticator.type:totp'), ['1']);
});

test('log search: a query it cannot read is an error, not an empty result', () => {
  for (const q of ['type', '(type:s', 'date:[1 2]', 'type:s OR']) {
    assert.throws(() => luceneQuery(q), LuceneQueryError, q);
  }
});
