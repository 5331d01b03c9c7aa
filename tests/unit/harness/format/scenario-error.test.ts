import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadScenario } from '../../../../harness/format/load.ts';
import { ScenarioError } from '../../../../harness/format/errors/scenario-error.ts';
import { Step } from '../../../../harness/format/schema.ts';

const FIXTURES = 'tests/unit/harness/format/fixtures';
const BAD = `${FIXTURES}/bad`;

/** The error message of loading a bad fixture, one problem a line. */
function problemsOf(name: string): string[] {
  try {
    loadScenario(`${BAD}/${name}`, FIXTURES);
  } catch (error) {
    if (error instanceof ScenarioError) return error.message.split('\n');
    throw error;
  }
  assert.fail(`${name} loaded without error`);
}

const FACTORS = 'otp, email, phone, push-notification, webauthn-roaming, webauthn-platform, recovery-code';
const GUARDIAN_FACTORS =
  'otp, sms, email, push-notification, webauthn-roaming, webauthn-platform, recovery-code';
/** Every step name, in the order the message lists them: read from the schema, which grows with each factor. */
const STEPS = [
  ...new Set(
    Step.options.flatMap((option) => ('shape' in option ? Object.keys(option.shape) : option.options)),
  ),
].join(', ');

test('an unknown key names the allowed keys and the closest one', () => {
  assert.deepEqual(problemsOf('unknown-key.yaml'), [
    `${BAD}/unknown-key.yaml:5:3: unknown key "factorz" in tenant; expected one of: factors, phoneMessageTypes, ` +
      'policy, customizeMfaWithActions, actions (did you mean "factors"?)',
  ]);
});

test('an unknown factor names the factors and the closest one', () => {
  assert.deepEqual(problemsOf('unknown-factor.yaml'), [
    `${BAD}/unknown-factor.yaml:4:18: "otpp" is not a factor; expected one of: ${GUARDIAN_FACTORS} (did you mean "otp"?)`,
  ]);
});

test('a factor named in the other vocabulary is bridged to its name here, with the reason', () => {
  const [factors, picker] = problemsOf('factor-vocabulary.yaml');
  assert.equal(
    factors,
    `${BAD}/factor-vocabulary.yaml:4:18: "phone" is not a factor; expected one of: ${GUARDIAN_FACTORS} ` +
      '(did you mean "sms"? tenant.factors takes the Guardian Management API\'s names, and Guardian\'s sms ' +
      "factor is the Actions API's phone, with text messages and voice calls both; phoneMessageTypes chooses " +
      'between them)',
  );
  assert.match(
    picker ?? '',
    /:8:40: "sms" is not a factor; expected one of: otp, email, phone, .*\(did you mean "phone"\? pickers and complete\.methods take the Actions API's names/,
  );
});

test('an unknown step, bare or as a key, names the steps and the closest one', () => {
  assert.deepEqual(problemsOf('unknown-step.yaml'), [
    `${BAD}/unknown-step.yaml:5:5: unknown step "mfa-otp-challange"; expected one of: ${STEPS} ` +
      '(did you mean "mfa-otp-challenge"?)',
    `${BAD}/unknown-step.yaml:6:5: unknown step "mfa-emial-challenge"; expected one of: ${STEPS} ` +
      '(did you mean "mfa-email-challenge"?)',
  ]);
});

test('bad options of a known step are reported inside the step, where they are', () => {
  assert.deepEqual(problemsOf('step-options.yaml'), [
    `${BAD}/step-options.yaml:5:33: login[1].mfa-otp-challenge.wrong is 11; expected a whole number from 0 to 10`,
    `${BAD}/step-options.yaml:5:37: unknown key "rememberBrowsr" in login[1].mfa-otp-challenge; expected one of: ` +
      'wrong, expectError, rememberBrowser, offersRememberBrowser, resend, tryAnotherMethod (did you mean "rememberBrowser"?)',
    `${BAD}/step-options.yaml:6:40: "sms" is not a factor; expected one of: ${FACTORS} (did you mean "phone"? ` +
      "pickers and complete.methods take the Actions API's names, and sms is one way a phone factor delivers " +
      'its code; the Guardian name sms belongs in tenant.factors)',
  ]);
});

test('steps in shapes that are not steps say which shape is expected', () => {
  assert.deepEqual(problemsOf('step-shapes.yaml'), [
    `${BAD}/step-shapes.yaml:4:5: step "logs" needs options; expected "logs:" followed by a non-empty list`,
    `${BAD}/step-shapes.yaml:5:5: step "login-id" takes no options; expected "- login-id" without a colon`,
    `${BAD}/step-shapes.yaml:6:5: step "complete" has an empty value; expected options after the colon, ` +
      'or "- complete" without it',
    `${BAD}/step-shapes.yaml:7:5: a step has exactly one key, found 2 keys (login-id, complete); ` +
      'expected one step per list item, each starting with "-"',
    `${BAD}/step-shapes.yaml:8:5: login[4] is a number; expected a step name, or a mapping whose one key is a step name`,
    `${BAD}/step-shapes.yaml:9:5: login[5].logs is empty; expected a non-empty list`,
    `${BAD}/step-shapes.yaml:10:37: unknown key "descripton" in login[6].denied; expected one of: error, description ` +
      '(did you mean "description"?)',
  ]);
});

test('a value of the wrong type is named by its type', () => {
  assert.deepEqual(problemsOf('wrong-type.yaml'), [
    `${BAD}/wrong-type.yaml:2:9: covers is a string; expected a non-empty list, each a rule id such as SEL-3`,
    `${BAD}/wrong-type.yaml:4:12: tenant.factors is a string; expected a list, each one of: ${GUARDIAN_FACTORS}`,
    `${BAD}/wrong-type.yaml:5:28: tenant.customizeMfaWithActions is a string; expected true or false`,
  ]);
});

test('a missing field is reported at the mapping that lacks it', () => {
  assert.deepEqual(problemsOf('missing-summary.yaml'), [
    `${BAD}/missing-summary.yaml:1:1: missing "summary"; expected a one-sentence string`,
    `${BAD}/missing-summary.yaml:3:24: missing "expect" in login[0].mfa-login-options; expected a list, each one of: ${FACTORS}`,
  ]);
});

test('every problem of a file is reported, in file order', () => {
  assert.deepEqual(problemsOf('many-problems.yaml'), [
    `${BAD}/many-problems.yaml:1:10: summary is too short (5 characters); ` +
      'expected a one-sentence string of at least 10 characters',
    `${BAD}/many-problems.yaml:2:10: "sel-1" has the wrong format; expected a rule id such as SEL-3`,
    `${BAD}/many-problems.yaml:3:8: "@otp" has the wrong format; expected a lower-case tag without @`,
    `${BAD}/many-problems.yaml:4:17: "tenent" is not a target; expected one of: mock, tenant (did you mean "tenant"?)`,
    `${BAD}/many-problems.yaml:6:11: "sometimes" is not an MFA policy; expected one of: never, always, adaptive`,
    `${BAD}/many-problems.yaml:8:17: "sms" is not an enrollment; expected one of: otp, email, webauthn-roaming, ` +
      'or a mapping with type: phone',
    `${BAD}/many-problems.yaml:8:51: "555" has the wrong format; expected an E.164 number such as +15555550123`,
    `${BAD}/many-problems.yaml:9:8: login is an empty list; expected a non-empty list of steps`,
  ]);
});

test('an enrollment the Management API cannot create is refused at load time, saying what can be', () => {
  const expected = 'expected one of: otp, email, webauthn-roaming, or a mapping with type: phone';
  assert.deepEqual(problemsOf('enrollment-not-provisionable.yaml'), [
    `${BAD}/enrollment-not-provisionable.yaml:6:22: "recovery-code" is not an enrollment; ${expected} ` +
      '(the Management API cannot create a recovery-code enrollment: enroll it during a first login of the ' +
      'scenario, then start the login that needs it with new-login)',
    `${BAD}/enrollment-not-provisionable.yaml:6:37: "phone" is not an enrollment; ${expected} ` +
      '(write it as a mapping: { type: phone })',
  ]);
});

test('beyond ten problems in a file, the rest are counted rather than listed', () => {
  const lines = problemsOf('too-many-problems.yaml');
  assert.equal(lines.length, 11);
  assert.equal(
    lines[0],
    `${BAD}/too-many-problems.yaml:2:10: "a1" has the wrong format; expected a rule id such as SEL-3`,
  );
  assert.equal(lines[10], `${BAD}/too-many-problems.yaml: 2 more problems not shown`);
});

test('an Action file that does not exist is reported where it is named, with the closest file', () => {
  assert.deepEqual(problemsOf('missing-action.yaml'), [
    `${BAD}/missing-action.yaml:6:7: Action file "challenge-with-otp.js" does not exist; ` +
      `expected a path relative to ${FIXTURES}/ (did you mean "actions/challenge-with-otp.js"?)`,
    `${BAD}/missing-action.yaml:7:13: Action file "actions/challenge-with-opt.js" does not exist; ` +
      `expected a path relative to ${FIXTURES}/ (did you mean "actions/challenge-with-otp.js"?)`,
  ]);
});

test('an Action path outside the scenarios folder is refused where it is named', () => {
  assert.deepEqual(problemsOf('action-outside.yaml'), [
    `${BAD}/action-outside.yaml:5:7: Action file "../../../../../../package.json" is outside ${FIXTURES}/; ` +
      'expected a path inside it, such as actions/<name>.js',
  ]);
});

test('a scenario that does not end in an outcome is refused at its last prompt', () => {
  assert.deepEqual(problemsOf('no-outcome.yaml'), [
    `${BAD}/no-outcome.yaml:6:5: the login stops after "mfa-otp-challenge" without an outcome; expected it to ` +
      'end in one: complete, denied, mfa-webauthn-error, a code screen answered with wrong: 10, a push the ' +
      'device rejects, or login-password with blocked: true',
  ]);
});

test('a YAML alias bomb is refused at the file, without expanding it', () => {
  assert.deepEqual(problemsOf('alias-bomb.yaml'), [
    `${BAD}/alias-bomb.yaml:1:1: Excessive alias count indicates a resource exhaustion attack; ` +
      'expected a scenario whose aliases expand to a small document',
  ]);
});

test('a YAML syntax error is reported alone, at its position', () => {
  assert.deepEqual(problemsOf('syntax-error.yaml'), [
    `${BAD}/syntax-error.yaml:3:1: YAML syntax error: flow sequence in block collection must be sufficiently ` +
      'indented and end with a ]; expected valid YAML',
  ]);
});

test('a key given twice is reported at its second occurrence', () => {
  assert.deepEqual(problemsOf('duplicate-key.yaml'), [
    `${BAD}/duplicate-key.yaml:5:1: key "covers" appears twice in this mapping; expected each key once`,
  ]);
});

test('an empty file names the keys a scenario needs', () => {
  assert.deepEqual(problemsOf('empty.yaml'), [
    `${BAD}/empty.yaml:1:1: the file is empty; expected a mapping with summary, login`,
  ]);
});

test('mistakes inside an Action or enrollment mapping are reported in that mapping', () => {
  assert.deepEqual(problemsOf('union-branches.yaml'), [
    `${BAD}/union-branches.yaml:4:13: "OTP" is not a factor; expected one of: ${GUARDIAN_FACTORS} (did you mean "otp"?)`,
    `${BAD}/union-branches.yaml:7:7: unknown key "secret" in tenant.actions[0]; expected one of: file, secrets, ` +
      'dependencies (did you mean "secrets"?)',
    `${BAD}/union-branches.yaml:9:17: missing "type" in user.enrollments[0]; expected "phone"`,
    `${BAD}/union-branches.yaml:9:19: unknown key "typ" in user.enrollments[0]; expected one of: type, ` +
      'phone_number, method (did you mean "type"?)',
  ]);
});
