import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flowDot } from '../../../../harness/flow/flow-dot.ts';
import { firstDifference, type FlowStep } from '../../../../harness/flow/flow-record.ts';
import { renderSvg } from '../../../../harness/flow/render-svg.ts';

const PASSED: FlowStep[] = [
  { name: 'login-id', answer: 'enter the email', expected: 'login-id', observed: 'login-id' },
  { name: 'complete', answer: 'the application gets a code', expected: 'complete', observed: 'complete' },
  { name: 'logs', answer: 's' },
];
const DENIED: FlowStep[] = [
  { name: 'login-id', answer: 'enter the email', expected: 'login-id', observed: 'login-id' },
  {
    name: 'mfa-otp-challenge',
    answer: 'the right code',
    expected: 'mfa-otp-challenge',
    observed: 'denied: access_denied - Logins are closed',
    failed: true,
  },
  { name: 'complete', answer: 'the application gets a code', expected: 'complete' },
];

test('a passing flow has no difference and nothing red', () => {
  assert.equal(firstDifference(PASSED), undefined);
  assert.doesNotMatch(flowDot(PASSED), /#cf222e/);
});

test('the first different screen is the difference, red on both sides, and the run stops there', () => {
  assert.equal(firstDifference(DENIED), 1);
  const dot = flowDot(DENIED);
  assert.match(dot, /e1 \[label="mfa-otp-challenge"[^\]]*#cf222e/);
  assert.match(dot, /o1 \[label="denied: access_denied - Logins are closed"[^\]]*#cf222e/);
  assert.doesNotMatch(dot, /o2 \[/, 'a step never reached has no observed box');
  assert.match(dot, /e0 -> e1 \[label="enter the email"\]/);
});

test('with every screen as expected, the step that failed is the difference', () => {
  const logs: FlowStep[] = [...PASSED.slice(0, 2), { name: 'logs', answer: 's', failed: true }];
  assert.equal(firstDifference(logs), 2);
  assert.match(flowDot(logs), /o2 \[label="logs: failed"/);
});

test('Graphviz renders the flow to an SVG holding both columns', async () => {
  const svg = await renderSvg(flowDot(DENIED));
  assert.match(svg, /^<\?xml/);
  assert.match(svg, /<svg /);
  assert.match(svg, />expected</);
  assert.match(svg, />observed</);
  // Graphviz writes a hyphen as a character reference.
  assert.match(svg, /denied: access_denied (-|&#45;) Logins are closed/);
});
