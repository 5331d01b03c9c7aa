/**
 * `npm run selftest:tenant`: the tenant target, proven here. It starts Mailpit and the mock (HTTPS, log
 * entries indexed with a delay as a real tenant's are), writes a `.env` listing two mock tenants posing as
 * real ones, `https://localhost:<MOCK_HTTPS_PORT>` and `https://localhost:<MOCK_HTTPS_PORT + 1>` (the mock
 * serves HTTPS on both ports; an origin is a tenant; `MOCK_EXTRA_HTTPS_PORTS` names other ports), and runs
 * the catalogue with TARGET=tenant through exactly the code a real tenant gets: the official SDK with Node's
 * own fetch behind the harness's pacing (Node trusts the mock's CA through NODE_EXTRA_CA_CERTS only; each
 * tenant's Management API is rate-limited, as a real tenant's is), the `.env` checks, the sweep of every
 * tenant, the bindings restored, one worker per tenant. Then it reads from the JUnit report when
 * each test held which tenant, and fails if two tests held one at once or a tenant was left idle.
 * `--tenants 1` writes the one-tenant form of `.env` instead. `@mock-only` scenarios skip with their reason.
 * Other arguments go to `playwright test`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
import dotenv from 'dotenv';
import { Agent, fetch as undiciFetch } from 'undici';
import { harnessName } from '../harness/provision/harness-names.ts';
import { uniqueEmailAddress } from '../harness/devices/email-inbox.ts';
import { MOCK_CREDENTIALS } from '../harness/target/mock-target.ts';
import { shardOnCommandLine, tenantsOfShard } from '../harness/target/run-tenants.ts';
import { readTenantSettings, settingsSuffix } from '../harness/target/tenant-settings.ts';
import { tenantUseProblems, tenantUsesInJunit } from '../harness/target/tenant-use.ts';
import { pollUntil } from '../harness/wait/poll-until.ts';

/** The catalogue's tenant-runnable part must be what this proves, not a handful of scenarios. */
const AT_LEAST = 60;
/** Long enough that a harness reading logs without polling fails; short enough to cost little. */
const LOG_DELAY_MS = 1500;
/**
 * Each mock tenant's Management API budget, requests a second: low enough that a run's parallel provisioning
 * meets it (so the harness's pacing and the SDK's retries are what carry the run), high enough to cost little.
 */
const RATE_LIMIT = 10;

const ENV_FILE = join(REPO_ROOT, '.tools/selftest/tenant.env');
const JUNIT = join(REPO_ROOT, 'test-results/junit.xml');

/** `--tenants N` (2 by default) is this script's; the other arguments are Playwright's. */
function splitArguments(argv: string[]): { tenantCount: number; playwrightArgs: string[] } {
  const at = argv.findIndex((arg) => arg === '--tenants' || arg.startsWith('--tenants='));
  if (at < 0) return { tenantCount: 2, playwrightArgs: argv };
  const inline = argv[at]?.startsWith('--tenants=');
  const raw = inline ? argv[at]?.slice('--tenants='.length) : argv[at + 1];
  const tenantCount = Number(raw);
  if (!Number.isInteger(tenantCount) || tenantCount < 1 || tenantCount > 8)
    fail(`--tenants must be a number of tenants from 1 to 8, got "${raw ?? ''}".`);
  return { tenantCount, playwrightArgs: argv.filter((_, i) => i !== at && (inline || i !== at + 1)) };
}

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

async function ready(name: string, url: string): Promise<void> {
  await pollUntil(async () => ((await fetch(url).catch(() => undefined))?.ok ? true : undefined), {
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

const { tenantCount, playwrightArgs } = splitArguments(process.argv.slice(2));
const extraPorts = process.env.MOCK_EXTRA_HTTPS_PORTS
  ? process.env.MOCK_EXTRA_HTTPS_PORTS.split(',').map(Number)
  : Array.from({ length: tenantCount - 1 }, (_, i) => MOCK_HTTPS_PORT + 1 + i);
if (extraPorts.length < tenantCount - 1)
  fail(
    `MOCK_EXTRA_HTTPS_PORTS lists ${extraPorts.length} port(s): give at least ${tenantCount - 1} for ${tenantCount} tenants.`,
  );
/** Each tenant a port of the mock's HTTPS listener: an origin is a tenant of its own. */
const domains = [MOCK_HTTPS_PORT, ...extraPorts].slice(0, tenantCount).map((port) => `localhost:${port}`);

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
  MOCK_EXTRA_HTTPS_PORTS: extraPorts.slice(0, tenantCount - 1).join(','),
  MOCK_LOG_DELAY_MS: String(LOG_DELAY_MS),
  MOCK_MGMT_RATE_LIMIT: String(RATE_LIMIT),
});

await ready('Mailpit', `http://127.0.0.1:${MAILPIT_HTTP_PORT}/readyz`);
await ready('The mock', `http://localhost:${MOCK_PORT}/__mock/health`);

// Each HTTPS port answers once the mock has loaded its CA, after the HTTP listener.
const trustingMock = new Agent({ connect: { ca: readFileSync(MOCK_CA_CERT, 'utf8') } });
for (const domain of domains) {
  const url = `https://${domain}/.well-known/openid-configuration`;
  await pollUntil(
    async () =>
      (await undiciFetch(url, { dispatcher: trustingMock }).catch(() => undefined))?.ok ? true : undefined,
    { timeoutMs: 30_000, intervalMs: 100, message: `The mock did not answer ${url} within 30 s` },
  ).catch((error: Error) => fail(error.message));
}

/** One tenant's settings, the variables ending in `suffix` (`` for the one-tenant form, `_A` in a list). */
function tenantLines(domain: string, suffix: string): string[] {
  return [
    `AUTH0_DOMAIN${suffix}=${domain}`,
    `AUTH0_TEST_TENANT${suffix}=yes`,
    `AUTH0_MGMT_CLIENT_ID${suffix}=${MOCK_CREDENTIALS.managementClientId}`,
    `AUTH0_MGMT_CLIENT_SECRET${suffix}=${MOCK_CREDENTIALS.managementClientSecret}`,
    `AUTH0_LOGIN_CLIENT_ID${suffix}=${MOCK_CREDENTIALS.loginClientId}`,
  ];
}

const names = domains.map((_, i) => String.fromCharCode('a'.charCodeAt(0) + i));
mkdirSync(join(REPO_ROOT, '.tools/selftest'), { recursive: true });
writeFileSync(
  ENV_FILE,
  [
    `# Written by \`npm run selftest:tenant\`: ${domains.length} mock tenant(s) at localhost, posing as real ones.`,
    'TARGET=tenant',
    ...(domains.length === 1
      ? tenantLines(domains[0] ?? '', '')
      : [
          `AUTH0_TENANTS=${names.join(',')}`,
          ...domains.flatMap((d, i) => tenantLines(d, settingsSuffix(names[i] ?? ''))),
        ]),
    `AUTH0_CONNECTION=${MOCK_CREDENTIALS.connection}`,
    `MAILPIT_HTTP_URL=http://127.0.0.1:${MAILPIT_HTTP_PORT}`,
    '',
  ].join('\n'),
);

/**
 * What a crashed run leaves (a bound Action, a user), planted through a client of this script's own: the
 * run's global setup must sweep it, and the check after the run sees that it did.
 */
function plantingClient(domain: string): ManagementClient {
  const dispatcher = trustingMock;
  return new ManagementClient({
    domain,
    clientId: MOCK_CREDENTIALS.managementClientId,
    clientSecret: MOCK_CREDENTIALS.managementClientSecret,
    fetch: ((url: string, init: RequestInit) =>
      undiciFetch(url, { ...(init as object), dispatcher })) as unknown as typeof fetch,
  });
}

/** What a crashed run left on `domain`: a bound Action and a user, to be swept by the next run. */
async function plantLeftovers(domain: string) {
  const planting = plantingClient(domain);
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
      message: `the planted leftover Action on ${domain} did not build`,
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
  return { domain, planting, leftoverAction, leftoverUser };
}

// A shard sweeps and uses its own tenants only (harness/target/run-tenants.ts): those are the ones checked.
const shardDomains = tenantsOfShard(
  readTenantSettings(dotenv.parse(readFileSync(ENV_FILE, 'utf8'))),
  shardOnCommandLine(playwrightArgs),
).tenants.map((tenant) => tenant.domain);
const planted = await Promise.all(shardDomains.map(plantLeftovers));
const started = Date.now();

const run = spawn('npx', ['playwright', 'test', ...playwrightArgs], {
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
for (const { domain, planting, leftoverAction, leftoverUser } of planted) {
  const left = (await planting.users.list({ q: `user_id:"${leftoverUser}"`, search_engine: 'v3' })).data;
  const bound = (await planting.actions.triggers.bindings.list('post-login')).data;
  if (left.length > 0 || bound.some((b) => b.action?.id === leftoverAction))
    fail(
      `the leftovers planted on ${domain} before the run (a bound Action, a user) were not swept by its global setup.`,
    );
}
let limited = 0;
for (const { planting } of planted)
  limited += (await planting.logs.list({ search: 'type:"api_limit"', per_page: 100 })).data.length;
console.log(
  `selftest:tenant: each tenant's Management API allowed ${RATE_LIMIT} requests a second and logged api_limit ` +
    `${limited} time(s) in all; every call it refused was retried, the rest kept to its budget.`,
);
// With a --reporter of the caller's (blob), JUnit may not be written by this run: the shards' own checks
// are then the merged report's business.
const junitWritten = existsSync(JUNIT) && statSync(JUNIT).mtimeMs >= started;
if (junitWritten) {
  const uses = tenantUsesInJunit(readFileSync(JUNIT, 'utf8'));
  const problems = tenantUseProblems(uses, shardDomains);
  if (problems.length > 0) fail(`the tenants did not take turns as they must: ${problems.join('; ')}.`);
  const used = [...new Set(uses.map((use) => use.domain))];
  console.log(
    `selftest:tenant: ${uses.length} scenarios held ${used.length} tenant(s) (${used.join(', ')}), never two on one at once.`,
  );
}
// With arguments (a --grep, a --shard, --reporter=blob) the count is the caller's business.
if (playwrightArgs.length === 0) {
  const count = testsRun();
  if (count < AT_LEAST)
    fail(
      `only ${count} scenarios ran under TARGET=tenant; the tenant target must carry at least ${AT_LEAST}.`,
    );
  console.log(
    `selftest:tenant: ${count} scenarios passed under TARGET=tenant against ${shardDomains.join(' and ')}.`,
  );
} else console.log(`selftest:tenant: passed under TARGET=tenant against ${shardDomains.join(' and ')}.`);
// The servers' pipes would keep this process alive: ending it stops them (the exit handler above).
process.exit(0);
