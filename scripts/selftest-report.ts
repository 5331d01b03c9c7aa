/**
 * `npm run selftest:report`: the morning read, proven. Writes a deliberately failing scenario into a temporary
 * folder (an Action denies the login where the scenario expects the OTP challenge), plays it against the mock
 * as a team's folder (MFA_SCENARIOS_DIR), and checks what its report says: the first line names the
 * expected and the observed screen with the denial's reason, the code frame is the scenario's YAML line, and
 * the flow diagram shows both sequences with the first difference in red, and a trace of it was kept. A
 * passing scenario beside it must carry a screenshot of each screen it passed through, in order, and a flow
 * diagram, and no trace. Fails with one sentence otherwise.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/repo-root.ts';

/** An OTP enrollee's login that expects the OTP challenge, with `action` bound. */
const otpScenario = (summary: string, action: string) => `summary: ${summary}
tags: [otp]
tenant:
  factors: [otp]
  actions: [actions/${action}]
user:
  enrollments: [otp]
login:
  - login-id
  - login-password
  - mfa-otp-challenge
  - complete
`;
const SCENARIO = otpScenario(
  "Wrong on purpose (the report's self-test) - an Action denies the login where the OTP challenge is expected.",
  'deny-everyone.js',
);
const PASSING = otpScenario(
  "Right on purpose (the report's self-test) - an OTP enrollee is challenged with OTP.",
  'challenge-with-otp.js',
);
/** The screens PASSING shows before the callback, each of which must have its screenshot. */
const PASSING_SCREENS = ['login-id', 'login-password', 'mfa-otp-challenge'];
const FIRST_LINE =
  'expected the mfa-otp-challenge screen, observed denied: access_denied - Logins are closed for maintenance.';

function fail(sentence: string): never {
  console.error(`selftest:report: ${sentence}`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'mfa-conformance-report-'));
mkdirSync(join(dir, 'scenarios/actions'), { recursive: true });
mkdirSync(join(dir, 'scenarios/demo'));
for (const action of ['deny-everyone.js', 'challenge-with-otp.js'])
  copyFileSync(join(REPO_ROOT, 'scenarios/actions', action), join(dir, 'scenarios/actions', action));
writeFileSync(join(dir, 'scenarios/demo/denied-instead-of-otp.yaml'), SCENARIO);
writeFileSync(join(dir, 'scenarios/demo/otp-as-expected.yaml'), PASSING);
const results = join(dir, 'results.json');

const run = spawn('npx', ['playwright', 'test', '--reporter=json', '--output', join(dir, 'test-results')], {
  cwd: REPO_ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, MFA_SCENARIOS_DIR: join(dir, 'scenarios'), PLAYWRIGHT_JSON_OUTPUT_FILE: results },
});
await new Promise((exited) => run.on('exit', exited));

interface Attachment {
  name: string;
  path?: string;
  /** An attachment made from a body is inlined, base64. */
  body?: string;
}
interface Result {
  status: string;
  errors: Array<{ message?: string; location?: { file: string; line: number } }>;
  attachments: Attachment[];
}
interface Suite {
  suites?: Suite[];
  specs?: Array<{ title: string; tests: Array<{ results: Result[] }> }>;
}
const report = JSON.parse(readFileSync(results, 'utf8')) as { suites: Suite[] };
/** The runs of the scenario titled `title`. */
const runsOf = (title: string) => {
  const all = (suite: Suite): Result[] => [
    ...(suite.specs ?? []).filter((s) => s.title === title).flatMap((s) => s.tests.flatMap((t) => t.results)),
    ...(suite.suites ?? []).flatMap(all),
  ];
  return report.suites.flatMap(all);
};
/** An attachment's bytes, inlined or in a file. */
const bytesOf = (a: Attachment): Buffer =>
  a.path ? readFileSync(a.path) : Buffer.from(a.body ?? '', 'base64');
const hasTrace = (r: Result) => r.attachments.some((a) => a.name === 'trace');

const [passed] = runsOf('demo/otp-as-expected');
if (passed?.status !== 'passed') fail(`the passing scenario ended ${passed?.status ?? 'without running'}.`);
const shots = passed.attachments.filter((a) => a.name.startsWith('screen '));
const wanted = PASSING_SCREENS.map((screen, i) => `screen ${String(i + 1).padStart(2, '0')} ${screen}`);
if (shots.map((a) => a.name).join(', ') !== wanted.join(', '))
  fail(
    `the passing scenario's screenshots are [${shots.map((a) => a.name).join(', ')}], not [${wanted.join(', ')}].`,
  );
for (const shot of shots)
  if (bytesOf(shot).subarray(0, 2).toString('hex') !== 'ffd8')
    fail(`the passing scenario's "${shot.name}" is not a JPEG image.`);
if (!passed.attachments.some((a) => a.name === 'flow.svg')) fail('the passing scenario has no flow.svg.');
if (!process.env.MFA_TRACE && hasTrace(passed)) fail('the passing scenario kept a trace.');

const attempts = runsOf('demo/denied-instead-of-otp');
const [result] = attempts;
if (!result) fail('the deliberately failing scenario did not run.');
// No trace is recorded on a first run; the failing scenario's run again records one (MFA_TRACE, config.ts).
if (!process.env.MFA_TRACE && !attempts.some(hasTrace))
  fail(`it has no trace: none of its ${attempts.length} runs kept one.`);
if (result.status !== 'failed') fail(`the deliberately failing scenario ended ${result.status}, not failed.`);
const [error] = result.errors;
const message = (error?.message ?? '').replace(/\x1b\[[0-9;]*m/g, '');
const first = message.replace(/^Error: /, '').split('\n')[0];
if (first !== FIRST_LINE) fail(`its error's first line is "${first ?? ''}", not "${FIRST_LINE}".`);
// The step that fails: its line in SCENARIO, counted from 1.
const FAILING_LINE = SCENARIO.split('\n').indexOf('  - mfa-otp-challenge') + 1;
if (!error?.location?.file.endsWith('denied-instead-of-otp.yaml') || error.location.line !== FAILING_LINE)
  fail(`its code frame is at ${JSON.stringify(error?.location)}, not the scenario's line ${FAILING_LINE}.`);
if (!new RegExp(`> ${FAILING_LINE} \\|\\s+- mfa-otp-challenge`).test(message))
  fail("its code frame does not show the scenario's YAML line.");
const flow = result.attachments.find((a) => a.name === 'flow.svg');
if (!flow?.path && !flow?.body) fail('it has no flow.svg attachment.');
const svg = bytesOf(flow).toString('utf8');
for (const [what, needle] of [
  ['the expected column', '>expected<'],
  ['the observed column', '>observed<'],
  ['the denial with its reason', 'denied: access_denied &#45; Logins are closed for maintenance'],
  ['the first difference in red', '#cf222e'],
])
  if (!svg.includes(needle)) fail(`its flow diagram lacks ${what}.`);
console.log(`selftest:report: a failing and a passing scenario's reports read right (${dir}).`);
