import { resolve } from 'node:path';

// The mock's own settings, read from its environment (no `.env`, no TARGET: the mock is the same server
// whoever starts it). An empty variable counts as unset; a malformed one stops the mock with one sentence.

function isPort(value: number): boolean {
  return Number.isInteger(value) && value > 0 && value < 65536;
}

function readPort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const port = Number(raw);
  if (isPort(port)) return port;
  throw new Error(`${name} must be a TCP port number, got "${raw}".`);
}

/** Port the mock listens on (`MOCK_PORT`, default 4010). */
export const MOCK_PORT: number = readPort('MOCK_PORT', 4010);

/** Port of the SMTP server the mock sends its mail to (`MAILPIT_SMTP_PORT`, default 1025: Mailpit's). */
export const MAILPIT_SMTP_PORT: number = readPort('MAILPIT_SMTP_PORT', 1025);

/** Port of the mock's HTTPS listener (`MOCK_HTTPS_PORT`, default 4443); its origins are tenants of their own. */
export const MOCK_HTTPS_PORT: number = readPort('MOCK_HTTPS_PORT', 4443);

/**
 * More ports the HTTPS listener serves (`MOCK_EXTRA_HTTPS_PORTS`, a comma-separated list, none by default).
 * An origin is a tenant, so `localhost:<port>` on each is a tenant of its own that Node reaches without
 * `*.localhost` names: `npm run selftest:tenant -- --tenants 2` poses them as several real tenants.
 */
export const MOCK_EXTRA_HTTPS_PORTS: number[] = (process.env.MOCK_EXTRA_HTTPS_PORTS ?? '')
  .split(',')
  .map((port) => port.trim())
  .filter(Boolean)
  .map((port) => {
    const value = Number(port);
    if (isPort(value)) return value;
    throw new Error(
      `MOCK_EXTRA_HTTPS_PORTS must list TCP port numbers separated by commas, got "${process.env.MOCK_EXTRA_HTTPS_PORTS}".`,
    );
  });

/**
 * Relative paths are taken from the project, as the harness takes them: `MFA_PROJECT_DIR` (the config preset
 * passes it), else the current directory (this repository's root for its own scripts).
 */
const ROOT = resolve(process.env.MFA_PROJECT_DIR || process.cwd());

/** The local CA's certificate (`MOCK_CA_CERT`, default `.tools/mock-ca.pem`, made by `npm run setup`). */
export const MOCK_CA_CERT: string = resolve(ROOT, process.env.MOCK_CA_CERT || '.tools/mock-ca.pem');

/** The local CA's private key (`MOCK_CA_KEY`, default `.tools/mock-ca-key.pem`). */
export const MOCK_CA_KEY: string = resolve(ROOT, process.env.MOCK_CA_KEY || '.tools/mock-ca-key.pem');

/**
 * RSA signing keys generated once per machine by setup (`MOCK_SIGNING_KEYS`, default
 * `.tools/mock-signing-keys.json`, ignored by git): tenants take these before any key is generated
 * (docs/decisions/0075).
 */
export const MOCK_SIGNING_KEYS: string = resolve(
  ROOT,
  process.env.MOCK_SIGNING_KEYS || '.tools/mock-signing-keys.json',
);

function readCount(name: string): number {
  const raw = process.env[name];
  if (!raw) return 0;
  if (/^\d+$/.test(raw)) return Number(raw);
  throw new Error(`${name} must be a whole number of requests a second (0 for none), got "${raw}".`);
}

function readMilliseconds(name: string, fallback = 0): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  if (/^\d+$/.test(raw)) return Number(raw);
  throw new Error(`${name} must be a number of milliseconds, got "${raw}".`);
}

/**
 * How long a log entry takes to show in `GET /api/v2/logs` (`MOCK_LOG_DELAY_MS`, default 0): a real tenant
 * indexes its logs with a delay, and `npm run selftest:tenant` sets one to prove the harness polls for them.
 */
export const MOCK_LOG_DELAY_MS: number = readMilliseconds('MOCK_LOG_DELAY_MS');

/**
 * Each tenant's Management API rate limit, in requests a second (`MOCK_MGMT_RATE_LIMIT`, default 0: none): over
 * it a request answers 429 as Auth0's does (management/rate-limit.ts). Off by default, so a catalogue run is
 * never slowed; on, it proves that the harness paces its calls and the SDK retries what is refused.
 */
export const MOCK_MGMT_RATE_LIMIT: number = readCount('MOCK_MGMT_RATE_LIMIT');

/**
 * How long a tenant nobody sends a request to is kept (`MOCK_TENANT_IDLE_MS`, default 12 hours): then it is
 * freed, with its Actions worker, and its origin gets a fresh tenant on its next request
 * (docs/decisions/0052). Long enough for a nightly run or an afternoon of poking with a browser.
 */
export const MOCK_TENANT_IDLE_MS: number = readMilliseconds('MOCK_TENANT_IDLE_MS', 12 * 3_600_000);
/**
 * Where Actions' npm dependencies are installed, one folder per `<name>@<version>`
 * (`MOCK_ACTION_MODULES_DIR`, default `.tools/action-modules`, ignored by git).
 */
export const MOCK_ACTION_MODULES_DIR: string = resolve(
  ROOT,
  process.env.MOCK_ACTION_MODULES_DIR || '.tools/action-modules',
);
