import { test } from 'node:test';
import assert from 'node:assert/strict';
import { otherCode } from '../../../../../harness/steps/code/other-code.ts';

test('a wrong numeric code has the same length and differs from the right one', async () => {
  for (const code of ['000000', '499999', '999999', '123456']) {
    const wrong = await otherCode(code);
    assert.match(wrong, /^\d{6}$/);
    assert.notEqual(wrong, code);
  }
});

test('a wrong recovery code has the same length and differs from the right one', async () => {
  for (const code of ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'BCDEFGHJKLMNPQRSTUVWXYZ2']) {
    const wrong = await otherCode(code);
    assert.equal(wrong.length, code.length);
    assert.notEqual(wrong, code);
  }
});
