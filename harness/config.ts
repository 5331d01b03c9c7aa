// Settings read from the environment, shared by playwright.config.ts, fixtures and scripts.
// - TARGET comes from the shell; `.env` is loaded only for TARGET=tenant, so a stray `.env` never
//   changes a mock run.
// - An empty variable counts as unset; a malformed one throws a one-sentence error at import time.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import dotenv from 'dotenv';
import { PROJECT_ROOT, REPO_ROOT } from './repo-root.ts';
import { sentenceError } from './sentence-error.ts';

export { PROJECT_ROOT, REPO_ROOT };

/** Where the Universal Login pages under test are served from. */
export type Target = 'mock' | 'tenant';

function readTarget(): Target {
  const raw = process.env.TARGET || 'mock';
  if (raw === 'mock' || raw === 'tenant') return raw;
  throw sentenceError(`TARGET must be "mock" or "tenant", got "${raw}".`);
}

function readPort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const port = Number(raw);
  if (Number.isInteger(port) && port > 0 && port < 65536) return port;
  throw sentenceError(`${name} must be a TCP port number, got "${raw}".`);
}

function readScheme(): 'http' | 'https' {
  const raw = process.env.MOCK_SCHEME || 'http';
  if (raw === 'http' || raw === 'https') return raw;
  throw sentenceError(`MOCK_SCHEME must be "http" or "https", got "${raw}".`);
}

function readWorkers(): number | string {
  const raw = process.env.WORKERS;
  // Playwright's own default is half the cores: one worker on two, while the mock, Mailpit and Chromium
  // leave a core idle between page loads. One worker per core ran the catalogue in about half the time.
  if (!raw) return availableParallelism();
  if (/^[1-9]\d*$/.test(raw)) return Number(raw);
  if (/^[1-9]\d*%$/.test(raw)) return raw;
  throw sentenceError(`WORKERS must be a positive number or a percentage such as "50%", got "${raw}".`);
}

/**
 * `mock` (default) runs against the embedded Auth0-shaped server; `tenant` against a real tenant
 * configured in `.env`.
 *
 * @example
 * if (TARGET === 'tenant') test.skip(true, 'needs the mock log API');
 */
export const TARGET: Target = readTarget();

/**
 * The settings file read for TARGET=tenant (`ENV_FILE`, default `.env` in the project): another one
 * names another tenant without touching `.env` (`npm run selftest:tenant` writes its own).
 */
export const ENV_FILE: string = resolve(PROJECT_ROOT, process.env.ENV_FILE || '.env');

if (TARGET === 'tenant') dotenv.config({ path: ENV_FILE, quiet: true });

/**
 * Port of the mock server (`MOCK_PORT`, default 4010).
 *
 * @example
 * const base = `http://localhost:${MOCK_PORT}`;
 */
export const MOCK_PORT: number = readPort('MOCK_PORT', 4010);

/**
 * Port of the mock's HTTPS listener (`MOCK_HTTPS_PORT`, default 4443), passed to the mock Playwright starts.
 *
 * @example
 * const secure = `https://localhost:${MOCK_HTTPS_PORT}`;
 */
export const MOCK_HTTPS_PORT: number = readPort('MOCK_HTTPS_PORT', 4443);

/**
 * Which of the mock's listeners the mock target uses (`MOCK_SCHEME`, `http` by default, or `https`): over
 * HTTPS the browser and the harness trust the mock's local CA, as they would a real tenant's certificate.
 *
 * @example
 * const origin = `${MOCK_SCHEME}://acme.localhost:${MOCK_SCHEME === 'https' ? MOCK_HTTPS_PORT : MOCK_PORT}`;
 */
export const MOCK_SCHEME: 'http' | 'https' = readScheme();

/** The mock's local CA certificate (`MOCK_CA_CERT`, default `.tools/mock-ca.pem`, made by `npm run setup`). */
export const MOCK_CA_CERT: string = resolve(PROJECT_ROOT, process.env.MOCK_CA_CERT || '.tools/mock-ca.pem');

/**
 * Port Mailpit accepts SMTP on (`MAILPIT_SMTP_PORT`, default 1025); the mock sends its mail there.
 *
 * @example
 * nodemailer.createTransport({ host: '127.0.0.1', port: MAILPIT_SMTP_PORT });
 */
export const MAILPIT_SMTP_PORT: number = readPort('MAILPIT_SMTP_PORT', 1025);

/**
 * Port of Mailpit's web UI and API (`MAILPIT_HTTP_PORT`, default 8025).
 *
 * @example
 * const mailpit = new MailpitClient(`http://127.0.0.1:${MAILPIT_HTTP_PORT}`);
 */
export const MAILPIT_HTTP_PORT: number = readPort('MAILPIT_HTTP_PORT', 8025);

/**
 * Chromium executable Playwright launches (`CHROMIUM_PATH`, default `/usr/bin/chromium-headless-shell`: the
 * same build as Debian's chromium in the old headless mode, which costs far less per page). For `--headed`
 * debugging set `CHROMIUM_PATH=/usr/bin/chromium`.
 *
 * @example
 * chromium.launch({ executablePath: CHROMIUM_PATH });
 */
export const CHROMIUM_PATH: string = process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell';

/**
 * Absolute path of the Mailpit binary (`MAILPIT_BIN`, default `.tools/bin/mailpit`, built by
 * `npm run setup`); relative values are taken from the project (PROJECT_ROOT).
 *
 * @example
 * spawn(MAILPIT_BIN, ['--smtp', `127.0.0.1:${MAILPIT_SMTP_PORT}`]);
 */
export const MAILPIT_BIN: string = resolve(PROJECT_ROOT, process.env.MAILPIT_BIN || '.tools/bin/mailpit');

/**
 * The HOME Chromium runs with (`.tools/chromium-home`): its NSS database trusts the mock's local CA, so the
 * mock's HTTPS pages load without certificate errors (WebAuthn refuses those).
 */
export const CHROMIUM_HOME: string = resolve(PROJECT_ROOT, '.tools/chromium-home');

/** What Playwright records and how often a failing test runs again, from `MFA_TRACE`. */
export interface TracePolicy {
  trace: 'on' | 'off' | 'on-first-retry' | 'retain-on-first-failure';
  retries: number;
}

function readTrace(): TracePolicy {
  const raw = process.env.MFA_TRACE || 'on-failure';
  if (raw === 'on' || raw === 'off') return { trace: raw, retries: 0 };
  if (raw !== 'on-failure')
    throw sentenceError(`MFA_TRACE must be "on-failure" (the default), "on" or "off", got "${raw}".`);
  // The mock is deterministic: a failing scenario fails again, so its trace is recorded on that second run
  // and no passing scenario pays for one. A real tenant's failure may not repeat: its first run records.
  return TARGET === 'mock'
    ? { trace: 'on-first-retry', retries: 1 }
    : { trace: 'retain-on-first-failure', retries: 0 };
}

/**
 * What Playwright records (`MFA_TRACE`): `on-failure` (default) gives every failing test a trace and no
 * passing one. On the mock a trace costs about a sixth of the catalogue's CPU, so a test records none on its
 * first run and a failing one runs once more with the trace on (a test that passes then is flaky, and
 * `failOnFlakyTests` still fails the run); on a real tenant the first run records and keeps its trace only if
 * it fails. `on` records and keeps one for every test; `off` records none.
 */
export const TRACE: TracePolicy = readTrace();

/**
 * Playwright worker count against the mock (`WORKERS`: a number or a percentage of CPU cores; one per core
 * by default).
 *
 * @example
 * export default defineConfig({ workers: WORKERS });
 */
export const WORKERS: number | string = readWorkers();

/**
 * Base URL of the Mailpit API the harness reads codes from: `MAILPIT_HTTP_URL` (a Mailpit the tenant's SMTP
 * provider and phone Action deliver to), or the local one on `MAILPIT_HTTP_PORT`.
 *
 * @example
 * const mailpit = new MailpitClient(MAILPIT_API_URL);
 */
export const MAILPIT_API_URL: string =
  process.env.MAILPIT_HTTP_URL?.trim() || `http://127.0.0.1:${MAILPIT_HTTP_PORT}`;

/**
 * The scenarios folder (`MFA_SCENARIOS_DIR`, set by the config preset from its `scenarios` option; relative to
 * the project), the package's own catalogue by default. Read when called: the preset sets it after import.
 *
 * @example readCatalogue(scenariosDir()).loaded.length
 */
export function scenariosDir(): string {
  const raw = process.env.MFA_SCENARIOS_DIR;
  return raw ? resolve(PROJECT_ROOT, raw) : resolve(REPO_ROOT, 'scenarios');
}

/**
 * Where the Action paths of scenarios resolve from (`MFA_ACTIONS_DIR`, from the preset's `actions` option),
 * the scenarios folder by default (the catalogue's `actions/<name>.js`).
 *
 * @example readFileSync(join(actionsDir(), 'challenge-with-otp.js'), 'utf8')
 */
export function actionsDir(): string {
  const raw = process.env.MFA_ACTIONS_DIR;
  return raw ? resolve(PROJECT_ROOT, raw) : scenariosDir();
}
