import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pointAtScenario } from '../../../../harness/runner/point-at-scenario.ts';

const LINE = 'scenarios/challenge/x.yaml:12:5';
const LOCATION = { file: '/repo/scenarios/challenge/x.yaml', line: 12, column: 5 };

test('the message starts with what differed, and the stack with the scenario line', () => {
  const error = new Error(
    `${LINE}: expected the mfa-otp-challenge screen, observed denied: access_denied - no.`,
  );
  pointAtScenario(error, LINE, LOCATION);
  assert.equal(
    error.message.split('\n')[0],
    'expected the mfa-otp-challenge screen, observed denied: access_denied - no.',
  );
  assert.match(error.message, /\(scenario line 12, column 5\)$/);
  const frames = (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l));
  assert.equal(frames[0], '    at /repo/scenarios/challenge/x.yaml:12:5');
  assert.ok(frames.length > 1, 'the harness frames follow, for debugging');
});

test('what is not an Error, or has no location, passes through untouched', () => {
  assert.equal(pointAtScenario('text', LINE, LOCATION), 'text');
  const error = new Error('x');
  const stack = error.stack;
  pointAtScenario(error, LINE, undefined);
  assert.equal(error.stack, stack);
});
