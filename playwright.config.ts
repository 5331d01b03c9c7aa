// One project, `conformance`, running the scenario catalogue against TARGET (mock by default).
// - For the mock target Playwright starts Mailpit and the mock itself, and reuses running ones
//   outside CI.
// - The tenant target needs nothing local but Chromium; its settings come from `.env`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import {
  CHROMIUM_HOME,
  CHROMIUM_PATH,
  MAILPIT_BIN,
  MAILPIT_HTTP_PORT,
  MAILPIT_SMTP_PORT,
  MOCK_HTTPS_PORT,
  MOCK_PORT,
  TARGET,
  WORKERS,
} from './harness/config.ts';
import { sentenceError } from './harness/sentence-error.ts';

function mockWebServers(): PlaywrightTestConfig['webServer'] {
  // Without this check a missing binary surfaces as a webServer timeout a minute later.
  if (!existsSync(MAILPIT_BIN)) {
    throw sentenceError(
      `Mailpit is not at ${MAILPIT_BIN}: run \`npm run setup\` or set MAILPIT_BIN to a mailpit binary.`,
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
      `Mailpit at ${MAILPIT_BIN} does not run (${why}): run \`npm run setup\` to build it again, or set MAILPIT_BIN.`,
    );
  }
  return [
    {
      name: 'mailpit',
      command:
        `${MAILPIT_BIN} --smtp 127.0.0.1:${MAILPIT_SMTP_PORT} --listen 127.0.0.1:${MAILPIT_HTTP_PORT}` +
        ' --disable-version-check --smtp-auth-accept-any --smtp-auth-allow-insecure',
      url: `http://127.0.0.1:${MAILPIT_HTTP_PORT}/readyz`,
      reuseExistingServer: !process.env.CI,
    },
    {
      name: 'mock',
      command: 'npx tsx mock/server.ts',
      env: {
        MOCK_PORT: String(MOCK_PORT),
        MOCK_HTTPS_PORT: String(MOCK_HTTPS_PORT),
        MAILPIT_SMTP_PORT: String(MAILPIT_SMTP_PORT),
      },
      url: `http://localhost:${MOCK_PORT}/__mock/health`,
      reuseExistingServer: !process.env.CI,
      stdout: 'pipe',
    },
  ];
}

// Without this check a missing browser surfaces as a launch error in every test.
if (!existsSync(CHROMIUM_PATH)) {
  throw sentenceError(
    `Chromium is not at ${CHROMIUM_PATH}: run \`npm run setup\` (installs Debian's chromium-headless-shell) or set CHROMIUM_PATH.`,
  );
}

export default defineConfig({
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // A real tenant has one set of post-login bindings: its scenarios must take turns.
  workers: TARGET === 'tenant' ? 1 : WORKERS,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    ['junit', { outputFile: 'test-results/junit.xml' }],
    ['./harness/report/summary-line-reporter.ts'],
    // After html: that reporter empties playwright-report/ when it writes, and this one writes inside it.
    ['./harness/report/conformance-reporter.ts', { outputFolder: 'playwright-report/conformance' }],
  ],
  use: {
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      // Its NSS database trusts the mock's local CA (npm run setup), so HTTPS pages load without errors.
      // Nothing else of the run's environment: `.env` puts the tenant's client secrets there, and
      // Playwright copies launch options into the JSON and blob reports.
      env: { HOME: CHROMIUM_HOME, PATH: process.env.PATH ?? '/usr/bin:/bin' },
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'conformance', testDir: 'tests', testMatch: 'conformance.spec.ts' }],
  webServer: TARGET === 'mock' ? mockWebServers() : undefined,
  // A tenant run checks `.env`, reaches the tenant and sweeps an earlier run's leftovers once, up front.
  globalSetup: TARGET === 'tenant' ? './harness/target/tenant-run-setup.ts' : undefined,
});
