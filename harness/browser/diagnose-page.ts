import type { Page } from '@playwright/test';

/** What the harness saw where a scenario failed, as the obstacles below are recognised from it. */
export interface Evidence {
  /** The text the page shows. */
  text: string;
  /** Universal Login's error keys on the page (`data-error-code`). */
  errorCodes: readonly string[];
  /** The types of the user's log entries, when the failure is a log read. */
  logTypes?: readonly string[];
  /** The screen the scenario expected and the one the browser reached, when a screen differed. */
  expected?: string;
  observed?: string;
  /** The names of the cookies the browser holds for the tenant. */
  tenantCookies?: readonly string[];
}

interface Obstacle {
  /** Page text that shows it (Auth0's default English texts, and the mock's). */
  pattern?: RegExp;
  /** Universal Login error keys that show it. */
  codes?: readonly string[];
  /** Log event types that show it. */
  logTypes?: readonly string[];
  /** Any other sign of it in the evidence. */
  shows?: (evidence: Evidence) => boolean;
  /** One sentence: what happened, and which tenant setting to change. */
  advice: string;
}

/** The MFA screens (contract §2): every one's path, so its name, starts `mfa-`. */
const isMfaScreen = (screen: string | undefined) => screen?.startsWith('mfa-') ?? false;

/**
 * A real tenant's habits that end a scenario on a page other than the expected one, each recognised from what
 * the page, the browser or the tenant's log shows, with what to change for it (one table: README, "Against a
 * real tenant"; docs/decisions/0067). Text keys and texts: Universal Login's (`user-blocked`,
 * `same-user-login`, `ip-blocked`, `invalid-captcha`, `transaction-not-found`…); log types: contract §4.
 */
const KNOWN_OBSTACLES: Obstacle[] = [
  {
    pattern: /captcha|are you a robot|not a robot|verify you are human/i,
    codes: ['invalid-captcha', 'invalid-recaptcha', 'captcha-validation-failure', 'captcha-client-failure'],
    advice:
      "the tenant shows a CAPTCHA (Bot Detection): turn Bot Detection off for the runner's IP under Security > " +
      'Attack Protection > Bot Detection (its IP allowlist), or turn it off on the test tenant',
  },
  {
    pattern: /account (has been )?blocked|limit_wc/i,
    codes: ['user-blocked'],
    logTypes: ['limit_wc'],
    advice:
      'the user is blocked by brute-force protection after too many wrong passwords (limit_wc): add the ' +
      "runner's IP to the allowlist under Security > Attack Protection > Brute-force Protection, and lift the " +
      'block (DELETE /api/v2/user-blocks/{id})',
  },
  {
    pattern: /too many (login )?attempts for this user|limit_sul/i,
    codes: ['same-user-login'],
    logTypes: ['limit_sul'],
    advice:
      "too many logins for this user from the runner's IP (limit_sul, the same-user login limit): add the " +
      "runner's IP to the allowlist under Security > Attack Protection > Brute-force Protection",
  },
  {
    pattern: /suspicious (login behavior|ip)|limit_mu/i,
    codes: ['ip-blocked'],
    logTypes: ['limit_mu'],
    advice:
      "Suspicious IP Throttling blocked the runner's IP (limit_mu): add it to the allowlist under Security > " +
      'Attack Protection > Suspicious IP Throttling',
  },
  {
    pattern:
      /couldn't find your session|could not be found\. please start again|login session has expired|transaction (has )?expired/i,
    codes: ['transaction-not-found'],
    advice:
      'the login transaction expired (Universal Login no longer knows this login, as when a screen waited ' +
      "longer than the transaction's lifetime): find what stalled the scenario (a code that never came), and set the login " +
      "application's Application Login URI (Applications > Settings) so that Auth0 starts an expired login " +
      'again instead of showing its error page',
  },
  {
    shows: (e) =>
      isMfaScreen(e.expected) &&
      e.observed === 'complete' &&
      (e.tenantCookies ?? []).some((name) => name.startsWith('auth0-mf')),
    advice:
      'the login reached the application without the expected MFA prompt because this browser is remembered ' +
      '(the auth0-mf cookie of an earlier "Remember this device"): start the login with `new-login: { session: ' +
      'new }`, turn "Remember this device" off under Security > Multi-factor Auth (or pass allowRememberBrowser: ' +
      "false to api.multifactor.enable), or invalidate the user's remembered browsers (POST " +
      '/api/v2/users/{id}/multifactor/actions/invalidate-remember-browser)',
  },
];

function shows(obstacle: Obstacle, evidence: Evidence): boolean {
  return (
    (obstacle.codes ?? []).some((code) => evidence.errorCodes.includes(code)) ||
    (obstacle.logTypes ?? []).some((type) => evidence.logTypes?.includes(type)) ||
    (obstacle.pattern?.test(evidence.text) ?? false) ||
    (obstacle.shows?.(evidence) ?? false)
  );
}

/**
 * One sentence on why a scenario did not go as expected, from what the page, the browser and the log show, as
 * a line to append to the failure; empty when they show nothing the harness knows.
 */
export function diagnosis(evidence: Evidence): string {
  const obstacle = KNOWN_OBSTACLES.find((o) => shows(o, evidence));
  if (obstacle) return `\n  ${obstacle.advice}.`;
  const codes = evidence.errorCodes;
  return codes.length > 0 ? `\n  the page shows error ${codes.join(', ')}.` : '';
}

/**
 * The diagnosis of what the browser shows: the page's text and error keys, the cookies it holds for the
 * tenant at `origin`, and the screens expected and reached.
 */
export async function diagnosePage(
  page: Page,
  at: { origin: string; expected?: string; observed?: string },
): Promise<string> {
  const text = await page
    .locator('body')
    .innerText({ timeout: 2_000 })
    .catch(() => '');
  const errorCodes = await page
    .locator('[data-error-code]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-error-code') ?? ''))
    .catch(() => []);
  const tenantCookies = (
    await page
      .context()
      .cookies(at.origin)
      .catch(() => [])
  ).map((c) => c.name);
  return diagnosis({ text, errorCodes, tenantCookies, expected: at.expected, observed: at.observed });
}
