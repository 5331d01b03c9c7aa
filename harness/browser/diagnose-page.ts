import type { Page } from '@playwright/test';

/**
 * Pages a real tenant (or the mock) may show instead of the expected screen, recognised by their text or by
 * Universal Login's error keys (`data-error-code`), and what to change for each.
 */
const KNOWN_OBSTACLES: Array<{ pattern: RegExp; codes: string[]; advice: string }> = [
  {
    pattern: /captcha|are you a robot|verify you are human/i,
    codes: ['invalid-captcha'],
    advice:
      'the tenant shows a CAPTCHA: turn Bot Detection off for the runner (Security > Attack Protection), or allowlist its IP',
  },
  {
    pattern: /account (has been )?blocked|limit_wc/i,
    codes: ['user-blocked'],
    advice:
      'the user is blocked by brute-force protection after too many wrong passwords: lift the block (DELETE /api/v2/user-blocks/{id}), or allowlist the runner IP under Security > Attack Protection',
  },
  {
    pattern: /too many (login )?attempts/i,
    codes: ['same-user-login'],
    advice:
      'too many logins for this user from the runner IP (limit_sul): wait for the limit to reset, or allowlist the runner IP',
  },
  {
    pattern: /suspicious/i,
    codes: ['ip-blocked'],
    advice:
      'suspicious IP throttling blocked the runner: allowlist its IP under Security > Attack Protection',
  },
];

/**
 * One sentence on why a page is not what a scenario expected, from its text and error codes, as a line to
 * append to the failure; empty when the page says nothing the harness knows.
 */
export function diagnosis(text: string, errorCodes: readonly string[]): string {
  const obstacle = KNOWN_OBSTACLES.find(
    (o) => o.codes.some((code) => errorCodes.includes(code)) || o.pattern.test(text),
  );
  if (obstacle) return `\n  ${obstacle.advice}.`;
  return errorCodes.length > 0 ? `\n  the page shows error ${errorCodes.join(', ')}.` : '';
}

/** The diagnosis of the page the browser shows. */
export async function diagnosePage(page: Page): Promise<string> {
  const text = await page
    .locator('body')
    .innerText({ timeout: 2_000 })
    .catch(() => '');
  const errors = await page
    .locator('[data-error-code]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-error-code') ?? ''))
    .catch(() => []);
  return diagnosis(text, errors);
}
