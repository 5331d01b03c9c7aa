/**
 * `npm run selftest:tenant`: the tenant target, proven here. It starts Mailpit and the mock (HTTPS, log
 * entries indexed with a delay as a real tenant's are), writes a `.env` for the mock tenant
 * `https://localhost:<MOCK_HTTPS_PORT>` posing as a real one (its Management API rate-limited, as a real
 * tenant's is), and runs the catalogue with TARGET=tenant
 * through exactly the code a real tenant gets: the official SDK with Node's own fetch behind the harness's
 * pacing (Node trusts the mock's CA through NODE_EXTRA_CA_CERTS only), the `.env` checks, the sweep, the
 * bindings restored.
 * `@mock-only` scenarios skip with their reason. Extra arguments go to `playwright test`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MAILPIT_BIN,
  MAILPIT_HTTP_PORT,
  MAILPIT_SMTP_PORT,
  MOCK_CA_CERT,
  MOCK_HTTPS_PORT,
  MOCK_PORT,
  REPO_ROOT,
} from '../harness/config.ts';
import { ManagementClient } from 'auth0';
import { Agent, fetch as undiciFetch } from 'undici';
import { harnessName } from '../harness/provision/harness-names.ts';
import { uniqueEmailAddress } from '../harness/devices/email-inbox.ts';
import { MOCK_CREDENTIALS } from '../harness/target/mock-target.ts';
import { pollUntil } from '../harness/wait/poll-until.ts';

/** The catalogue's tenant-runnable part must be what this proves, not a handful of scenarios. */
const AT_LEAST = 60;
/** Long enough that a harness reading logs without polling fails; short enough to cost little. */
const LOG_DELAY_MS = 1500;
/**
 * The mock tenant's Management API budget, requests a second: low enough that a run's parallel provisioning
 * meets it (so the harness's pacing and the SDK's retries are what carry the run), high enough to cost little.
 */
const RATE_LIMIT = 10;

const ENV_FILE = join(REPO_ROOT, '.tools/selftest/tenant.env');
const JUNIT = join(REPO_ROOT, 'test-results/junit.xml');

/** The servers this run started; stopped however the script ends (a failure, an exception, Ctrl-C). */
const servers: ChildProcess[] = [];
let stopping = false;
process.on('exit', () => {
  stopping = true;
  for (const server of servers)
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
});
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

function fail(sentence: string): never {
  console.error(`selftest:tenant: ${sentence}`);
  process.exit(1);
}

function start(name: string, command: string, args: string[], env: Record<string, string>): ChildProcess {
  // Its own process group, so that stopping it reaches what npx and tsx start beneath it.
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: 'pipe',
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('exit', (code) => {
    if (!stopping) fail(`${name} exited (code ${code}) before the run ended:\n${output.trim()}`);
  });
  servers.push(child);
  return child;
}

/** This script's own requests to the mock's HTTPS listener trust its local CA (read once it is known to exist). */
let trusting: Agent | undefined;
function trustingMockCa(): Agent {
  trusting ??= new Agent({ connect: { ca: readFileSync(MOCK_CA_CERT, 'utf8') } });
  return trusting;
}

async function ready(name: string, url: string): Promise<void> {
  const answered = async () =>
    (await undiciFetch(url, { dispatcher: trustingMockCa() }).catch(() => undefined))?.ok ? true : undefined;
  await pollUntil(answered, {
    timeoutMs: 30_000,
    intervalMs: 100,
    message: `${name} did not answer ${url} within 30 s`,
  }).catch((error: Error) => fail(error.message));
}

function testsRun(): number {
  const head = readFileSync(JUNIT, 'utf8').match(/<testsuites\b[^>]*>/)?.[0] ?? '';
  const count = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(head)?.[1] ?? 0);
  return count('tests') - count('skipped');
}

if (!existsSync(MOCK_CA_CERT)) fail(`the mock's local CA is not at ${MOCK_CA_CERT}: run \`npm run setup\`.`);
if (!existsSync(MAILPIT_BIN)) fail(`Mailpit is not at ${MAILPIT_BIN}: run \`npm run setup\`.`);

start(
  'Mailpit',
  MAILPIT_BIN,
  [
    '--smtp',
    `127.0.0.1:${MAILPIT_SMTP_PORT}`,
    '--listen',
    `127.0.0.1:${MAILPIT_HTTP_PORT}`,
    '--disable-version-check',
    '--smtp-auth-accept-any',
    '--smtp-auth-allow-insecure',
  ],
  {},
);
start('The mock', 'npx', ['tsx', 'mock/server.ts'], {
  MOCK_PORT: String(MOCK_PORT),
  MOCK_HTTPS_PORT: String(MOCK_HTTPS_PORT),
  MAILPIT_SMTP_PORT: String(MAILPIT_SMTP_PORT),
  MOCK_LOG_DELAY_MS: String(LOG_DELAY_MS),
  MOCK_MGMT_RATE_LIMIT: String(RATE_LIMIT),
});

await ready('Mailpit', `http://127.0.0.1:${MAILPIT_HTTP_PORT}/readyz`);
await ready('The mock', `http://localhost:${MOCK_PORT}/__mock/health`);
// Its HTTPS listener starts a moment after the HTTP one (the tenant the run uses is there).
await ready('The mock over HTTPS', `https://localhost:${MOCK_HTTPS_PORT}/__mock/health`);

mkdirSync(join(REPO_ROOT, '.tools/selftest'), { recursive: true });
writeFileSync(
  ENV_FILE,
  [
    '# Written by `npm run selftest:tenant`: the mock tenant at localhost, posing as a real one.',
    'TARGET=tenant',
    `AUTH0_DOMAIN=localhost:${MOCK_HTTPS_PORT}`,
    'AUTH0_TEST_TENANT=yes',
    `AUTH0_MGMT_CLIENT_ID=${MOCK_CREDENTIALS.managementClientId}`,
    `AUTH0_MGMT_CLIENT_SECRET=${MOCK_CREDENTIALS.managementClientSecret}`,
    `AUTH0_LOGIN_CLIENT_ID=${MOCK_CREDENTIALS.loginClientId}`,
    `AUTH0_CONNECTION=${MOCK_CREDENTIALS.connection}`,
    `MAILPIT_HTTP_URL=http://127.0.0.1:${MAILPIT_HTTP_PORT}`,
    '',
  ].join('\n'),
);

/**
 * What a crashed run leaves (a bound Action, a user), planted through a client of this script's own: the
 * run's global setup must sweep it, and the check after the run sees that it did.
 */
function plantingClient(): ManagementClient {
  const dispatcher = trustingMockCa();
  return new ManagementClient({
    domain: `localhost:${MOCK_HTTPS_PORT}`,
    clientId: MOCK_CREDENTIALS.managementClientId,
    clientSecret: MOCK_CREDENTIALS.managementClientSecret,
    fetch: ((url: string, init: RequestInit) =>
      undiciFetch(url, { ...(init as object), dispatcher })) as unknown as typeof fetch,
  });
}

const planting = plantingClient();
const leftoverAction =
  (
    await planting.actions.create({
      name: harnessName(),
      code: 'exports.onExecutePostLogin = async (event, api) => { api.access.deny("left by a crashed run"); };',
      supported_triggers: [{ id: 'post-login', version: 'v3' }],
    })
  ).id ?? '';
await pollUntil(
  async () => ((await planting.actions.get(leftoverAction)).status === 'built' ? true : undefined),
  {
    timeoutMs: 30_000,
    intervalMs: 100,
    message: 'the planted leftover Action did not build',
  },
);
await planting.actions.deploy(leftoverAction);
await planting.actions.triggers.bindings.updateMany('post-login', {
  bindings: [{ ref: { type: 'action_id', value: leftoverAction }, display_name: 'left by a crashed run' }],
});
const leftoverUser = (
  await planting.users.create({
    connection: MOCK_CREDENTIALS.connection,
    email: uniqueEmailAddress(),
    password: 'Pw-left-behind-123456-9a',
  })
).user_id;

const run = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  cwd: REPO_ROOT,
  stdio: 'inherit',
  env: { ...process.env, TARGET: 'tenant', ENV_FILE, NODE_EXTRA_CA_CERTS: MOCK_CA_CERT },
});
const code = await new Promise<number>((exited) => run.on('exit', (c) => exited(c ?? 1)));
// Whatever the outcome, the run's reports, traces and blobs must not hold the tenant's secrets.
const scan = spawn('npx', ['tsx', 'scripts/scan-secrets.ts', '--env-file', ENV_FILE], {
  cwd: REPO_ROOT,
  stdio: 'inherit',
});
const scanCode = await new Promise<number>((exited) => scan.on('exit', (c) => exited(c ?? 1)));
if (code !== 0) process.exit(code);
if (scanCode !== 0) fail("the run's reports hold a secret of the tenant (see above).");
const left = (await planting.users.list({ q: `user_id:"${leftoverUser}"`, search_engine: 'v3' })).data;
const bound = (await planting.actions.triggers.bindings.list('post-login')).data;
if (left.length > 0 || bound.some((b) => b.action?.id === leftoverAction))
  fail('the leftovers planted before the run (a bound Action, a user) were not swept by its global setup.');
const limited = (await planting.logs.list({ search: 'type:"api_limit"', per_page: 100 })).data.length;
console.log(
  `selftest:tenant: the tenant's Management API allowed ${RATE_LIMIT} requests a second and logged api_limit ` +
    `${limited} time(s); every call it refused was retried, the rest kept to its budget.`,
);
// With arguments (a --grep, a --shard, --reporter=blob) the count is the caller's business, and JUnit may
// not even be written.
if (process.argv.length <= 2) {
  const count = testsRun();
  if (count < AT_LEAST)
    fail(
      `only ${count} scenarios ran under TARGET=tenant; the tenant target must carry at least ${AT_LEAST}.`,
    );
  console.log(
    `selftest:tenant: ${count} scenarios passed under TARGET=tenant against https://localhost:${MOCK_HTTPS_PORT}.`,
  );
} else
  console.log(`selftest:tenant: passed under TARGET=tenant against https://localhost:${MOCK_HTTPS_PORT}.`);
// The servers' pipes would keep this process alive: ending it stops them (the exit handler above).
process.exit(0);
