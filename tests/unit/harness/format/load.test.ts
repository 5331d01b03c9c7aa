import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { loadScenario, loadScenarios, readCatalogue } from '../../../../harness/format/load.ts';
import { ScenarioError } from '../../../../harness/format/errors/scenario-error.ts';

const FIXTURES = 'tests/unit/harness/format/fixtures';

test('a minimal scenario parses with every default applied', () => {
  const loaded = loadScenario(`${FIXTURES}/good/minimal.yaml`, FIXTURES);
  assert.equal(loaded.file, `${FIXTURES}/good/minimal.yaml`);
  assert.equal(loaded.id, 'good/minimal');
  assert.deepEqual(loaded.scenario, {
    summary: 'The smallest scenario that validates, so that every default shows.',
    covers: ['SEQ-1'],
    tags: [],
    targets: ['mock', 'tenant'],
    tenant: { factors: [], policy: 'never', customizeMfaWithActions: true, actions: [] },
    user: { email_verified: true, app_metadata: {}, user_metadata: {}, roles: [], enrollments: [] },
    login: ['login-id', 'login-password', 'complete'],
  });
});

test('each login step is located at the line and column where it starts', () => {
  const loaded = loadScenario(`${FIXTURES}/good/minimal.yaml`, FIXTURES);
  assert.deepEqual(loaded.stepLocations, [
    { line: 4, col: 5 },
    { line: 5, col: 5 },
    { line: 6, col: 5 },
  ]);
});

test('an Action with secrets, a phone enrollment and step options parse with their defaults', () => {
  const { scenario } = loadScenario(`${FIXTURES}/good/action-with-secrets.yaml`, FIXTURES);
  assert.deepEqual(scenario.tenant.actions, [
    { file: 'actions/challenge-with-otp.js', secrets: { TIER: 'gold' } },
  ]);
  assert.deepEqual(scenario.user.enrollments, [
    'otp',
    { type: 'phone', phone_number: '+15555550123', method: 'sms' },
  ]);
  assert.deepEqual(scenario.login[2], { 'mfa-otp-challenge': { wrong: 2 } });
  assert.deepEqual(scenario.login[3], {
    risk: { confidence: 'low', assessments: { NewDevice: { code: 'match', confidence: 'high' } } },
  });
});

test('the project scenarios load cleanly, sorted by path, with ids relative to scenarios/', () => {
  const loaded = loadScenarios();
  const ids = loaded.map((l) => l.id);
  assert.ok(ids.includes('challenge/otp-enrolled-user'));
  assert.ok(ids.includes('challenge/otp-wrong-code-first'));
  assert.deepEqual(ids, [...ids].sort());
  const wrongCode = loaded.find((l) => l.id === 'challenge/otp-wrong-code-first');
  assert.equal(wrongCode?.file, 'scenarios/challenge/otp-wrong-code-first.yaml');
  assert.deepEqual(wrongCode?.scenario.login[2], { 'mfa-otp-challenge': { wrong: 1 } });
});

test('loading a folder reports the problems of every bad file at once, and skips none in silence', () => {
  const error = captureError(() => loadScenarios(FIXTURES));
  const files = [...new Set(error.problems.map((p) => p.file))];
  const bad = readdirSync(new URL('fixtures/bad/', import.meta.url))
    .sort()
    .map((name) => `${FIXTURES}/bad/${name}`);
  assert.deepEqual(files, bad);
});

test('reading a catalogue keeps the bad files apart, each with its own problems, so the good ones still run', () => {
  const { loaded, broken } = readCatalogue(FIXTURES);
  assert.ok(loaded.length > 0);
  assert.ok(loaded.every((l) => l.id.startsWith('good/')));
  const names = readdirSync(new URL('fixtures/bad/', import.meta.url)).sort();
  assert.deepEqual(
    broken.map((b) => b.id),
    names.map((name) => `bad/${name.replace(/\.ya?ml$/, '')}`),
  );
  for (const { file, error } of broken) assert.ok(error.problems.every((p) => p.file === file));
});

test('a .yml file is reported rather than skipped', () => {
  const error = captureError(() => loadScenarios(FIXTURES));
  assert.ok(
    error.message.includes(
      `${FIXTURES}/bad/wrong-extension.yml:1:1: scenario files end in .yaml; expected wrong-extension.yaml`,
    ),
  );
});

function captureError(load: () => unknown): ScenarioError {
  try {
    load();
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  assert.fail('expected a ScenarioError');
}
