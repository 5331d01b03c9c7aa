// The config preset (`import { defineConfig } from 'mfa-conformance/config'`): everything the catalogue's run
// has (the target as a project, reporters and the conformance summary, Mailpit and the mock as webServers,
// the tenant run's global setup) for a scenarios folder of the team's, plus the team's own spec files.
// - The team's paths reach the harness as environment variables, which Playwright's workers inherit.
// - Each scenario file becomes a generated spec file (generate-scenario-tests.ts), in the main process.
// The first import sets TARGET from `--project` before harness/config.ts reads it.
import './project-target.ts';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig as playwrightConfig, type PlaywrightTestConfig } from '@playwright/test';
import {
  CHROMIUM_HOME,
  CHROMIUM_PATH,
  MAILPIT_BIN,
  MAILPIT_HTTP_PORT,
  MAILPIT_SMTP_PORT,
  MOCK_HTTPS_PORT,
  MOCK_PORT,
  PROJECT_ROOT,
  TARGET,
  TRACE,
  WORKERS,
} from '../config.ts';
import { CUSTOM_FACTOR_ORIGIN } from '../devices/custom-factor.ts';
import { sentenceError } from '../sentence-error.ts';
import { GENERATED_SUFFIX, generatedDir, generateScenarioTests } from './generate-scenario-tests.ts';
import { tenantRunWorkers } from './tenant-run-workers.ts';
import { BUILT, ownModule } from './own-files.ts';

export interface ConformanceOptions {
  /** The scenarios folder, relative to the project (MFA_SCENARIOS_DIR); the package's catalogue by default. */
  scenarios?: string;
  /** Where the scenarios' Action paths resolve from (MFA_ACTIONS_DIR); the scenarios folder by default. */
  actions?: string;
  /** The auth0-deploy-cli export the tenant is configured from (MFA_DEPLOY_CLI_DIR). */
  deployCli?: string;
  /** The team's rule table (MFA_RULES_FILE). */
  rules?: string;
  /**
   * The team's own Playwright spec files, run beside the scenarios with the harness's fixtures
   * (`mfa-conformance/test`): globs, `<scenarios>/**\/*.spec.ts` by default (not the whole project, whose other
   * spec files may belong to another test runner), none without `scenarios`.
   */
  specs?: string[];
}

const PATH_OPTIONS = {
  scenarios: 'MFA_SCENARIOS_DIR',
  actions: 'MFA_ACTIONS_DIR',
  deployCli: 'MFA_DEPLOY_CLI_DIR',
  rules: 'MFA_RULES_FILE',
} as const;

/**
 * @example
 * export default defineConfig({ scenarios: 'mfa', actions: 'auth0/actions' });
 */
export function defineConfig(options: ConformanceOptions & PlaywrightTestConfig = {}): PlaywrightTestConfig {
  const { scenarios, actions, deployCli, rules, specs, ...overrides } = options;
  const teamSpecs = specs ?? (scenarios ? [join(resolve(PROJECT_ROOT, scenarios), '**', '*.spec.ts')] : []);
  process.env.MFA_PROJECT_DIR = PROJECT_ROOT;
  for (const [option, value] of Object.entries({ scenarios, actions, deployCli, rules })) {
    if (value === undefined) continue;
    const path = resolve(PROJECT_ROOT, value);
    if (!existsSync(path)) {
      throw sentenceError(`${option}: ${path} does not exist: create it, or change ${option} in the config.`);
    }
    process.env[PATH_OPTIONS[option as keyof typeof PATH_OPTIONS]] = path;
  }
  // `npx playwright merge-reports --config playwright.config.ts` (the nightly workflow's report job) needs the
  // reporters alone: no browser, no generated tests, no servers.
  const merging = process.argv.includes('merge-reports');
  if (!merging) checkChromium();
  // Workers load the config too (TEST_WORKER_INDEX is theirs): the main process has written the files.
  if (!process.env.TEST_WORKER_INDEX && !merging) generateScenarioTests();
  return playwrightConfig({
    // On the mock every scenario has a tenant of its own. A real tenant has one set of post-login bindings:
    // its scenarios take turns, a group at a time (one generated file per group, run in order by one worker),
    // with one worker per tenant of the run (tenant-run-workers.ts).
    fullyParallel: TARGET !== 'tenant',
    forbidOnly: !!process.env.CI,
    // A failing test's second run is the one that records its trace (TRACE); passing then is no pass.
    retries: TRACE.retries,
    failOnFlakyTests: true,
    workers: TARGET === 'tenant' && !merging ? tenantRunWorkers(overrides.shard) : WORKERS,
    reporter: [
      ['list'],
      ['html', { open: 'never', outputFolder: join(PROJECT_ROOT, 'playwright-report') }],
      ['junit', { outputFile: join(PROJECT_ROOT, 'test-results', 'junit.xml') }],
      [ownModule('harness/report/summary-line-reporter')],
      // After html: that reporter empties playwright-report/ when it writes, and this one writes inside it.
      [
        ownModule('harness/report/conformance-reporter'),
        { outputFolder: join(PROJECT_ROOT, 'playwright-report', 'conformance') },
      ],
    ],
    // The project's, also when the config is the package's own (`npx mfa-conformance catalogue`).
    outputDir: join(PROJECT_ROOT, 'test-results'),
    ...overrides,
    use: {
      headless: true,
      // A trace costs on every test that records one: failures only by default (MFA_TRACE, config.ts), or
      // every test with MFA_TRACE=on. The screens themselves are attached as small screenshots by the
      // harness (harness/browser/screen-evidence.ts), pass or fail.
      trace: TRACE.trace,
      screenshot: 'off',
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        // Its NSS database trusts the mock's local CA (setup), so HTTPS pages load without errors.
        // Nothing else of the run's environment: `.env` puts the tenant's client secrets there, and
        // Playwright copies launch options into the JSON and blob reports.
        env: { HOME: CHROMIUM_HOME, PATH: process.env.PATH ?? '/usr/bin:/bin' },
        args: [
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // The redirect scenarios' custom factor (harness/devices/custom-factor.ts) is a host that never
          // resolves; answering so at once saves the seconds a DNS lookup of it can stall.
          `--host-resolver-rules=MAP ${new URL(CUSTOM_FACTOR_ORIGIN).hostname} ~NOTFOUND`,
        ],
      },
      ...overrides.use,
    },
    // The target is the project: `--project mock` or `--project tenant` (project-target.ts), or TARGET.
    projects: [
      {
        name: TARGET,
        testDir: PROJECT_ROOT,
        testMatch: [join(generatedDir(), '**', `*${GENERATED_SUFFIX}`), ...teamSpecs],
        testIgnore: ['**/node_modules/**', '.tools/**', '.stryker-tmp/**'],
      },
    ],
    webServer: TARGET === 'mock' && !merging ? mockWebServers() : undefined,
    // A tenant run checks `.env`, reaches the tenant and sweeps an earlier run's leftovers once, up front.
    globalSetup: TARGET === 'tenant' ? ownModule('harness/target/tenant-run-setup') : undefined,
  });
}

function checkChromium(): void {
  // Without this check a missing browser surfaces as a launch error in every test.
  if (!existsSync(CHROMIUM_PATH)) {
    throw sentenceError(
      `Chromium is not at ${CHROMIUM_PATH}: run \`npx mfa-conformance setup\` (installs Debian's chromium-headless-shell) or set CHROMIUM_PATH.`,
    );
  }
}

function mockWebServers(): PlaywrightTestConfig['webServer'] {
  checkMailpit();
  const server = ownModule('mock/server');
  return [
    {
      name: 'mailpit',
      command:
        `"${MAILPIT_BIN}" --smtp 127.0.0.1:${MAILPIT_SMTP_PORT} --listen 127.0.0.1:${MAILPIT_HTTP_PORT}` +
        ' --disable-version-check --smtp-auth-accept-any --smtp-auth-allow-insecure',
      url: `http://127.0.0.1:${MAILPIT_HTTP_PORT}/readyz`,
      reuseExistingServer: !process.env.CI,
    },
    {
      name: 'mock',
      // The built package runs with node alone; the sources here need tsx.
      // (tsx as a loader of node itself, not through npx and tsx's own launcher: a third of a second less.)
      command: BUILT ? `node "${server}"` : `node --import tsx "${server}"`,
      cwd: PROJECT_ROOT,
      env: {
        MOCK_PORT: String(MOCK_PORT),
        MOCK_HTTPS_PORT: String(MOCK_HTTPS_PORT),
        MAILPIT_SMTP_PORT: String(MAILPIT_SMTP_PORT),
        MFA_PROJECT_DIR: PROJECT_ROOT,
      },
      url: `http://localhost:${MOCK_PORT}/__mock/health`,
      reuseExistingServer: !process.env.CI,
      stdout: 'pipe',
    },
  ];
}

function checkMailpit(): void {
  // Without this check a missing binary surfaces as a webServer timeout a minute later.
  if (!existsSync(MAILPIT_BIN)) {
    throw sentenceError(
      `Mailpit is not at ${MAILPIT_BIN}: run \`npx mfa-conformance setup\` or set MAILPIT_BIN to a mailpit binary.`,
    );
  }
  // A binary that exits at once (built for another machine, truncated) would surface as Playwright's
  // generic "webServer was not able to start", naming neither the server nor the reason.
  const probe = spawnSync(MAILPIT_BIN, ['version', '--no-release-check'], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (probe.error || probe.status !== 0) {
    const why = probe.error?.message ?? (probe.stderr.trim().split('\n')[0] || `exit code ${probe.status}`);
    throw sentenceError(
      `Mailpit at ${MAILPIT_BIN} does not run (${why}): run \`npx mfa-conformance setup\` to build it again, or set MAILPIT_BIN.`,
    );
  }
}
