import type { Page } from '@playwright/test';

/** Pages a real tenant may show instead of the expected screen, and what to change for each. */
const KNOWN_OBSTACLES: Array<{ pattern: RegExp; advice: string }> = [
  {
    pattern: /captcha|are you a robot|verify you are human/i,
    advice:
      'the tenant shows a CAPTCHA: turn Bot Detection off for the runner (Security > Attack Protection), or allowlist its IP',
  },
  {
    pattern: /account (has been )?blocked|too many (login )?attempts|limit_wc/i,
    advice:
      'the user or IP is blocked by brute-force protection: allowlist the runner IP, or lift the block (DELETE /api/v2/user-blocks/{id})',
  },
  {
    pattern: /suspicious/i,
    advice:
      'suspicious IP throttling blocked the runner: allowlist its IP under Security > Attack Protection',
  },
];

/** One sentence on why the page is not what a scenario expected, when the page says so; empty otherwise. */
export async function diagnosePage(page: Page): Promise<string> {
  const text = await page
    .locator('body')
    .innerText({ timeout: 2_000 })
    .catch(() => '');
  const obstacle = KNOWN_OBSTACLES.find((o) => o.pattern.test(text));
  if (obstacle) return `\n  ${obstacle.advice}.`;
  const errors = await page
    .locator('[data-error-code]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-error-code')))
    .catch(() => []);
  return errors.length > 0 ? `\n  the page shows error ${errors.join(', ')}.` : '';
}
