import { where, type RunContext } from '../runner/run-context.ts';

/**
 * `new-login`: the next steps are a second login. `session: same` keeps the browser's cookies (single sign-on,
 * recorded methods, remembered device: RED-4, RED-5); `session: new` starts from a clean browser.
 */
export async function newLogin(ctx: RunContext, options: { session?: 'same' | 'new' } = {}): Promise<void> {
  if (options.session === 'new') await ctx.page.context().clearCookies();
  ctx.login = undefined;
}

/** `risk`: what event.authentication.riskAssessment says for the next logins; the mock only (SEL-10). */
export async function risk(
  ctx: RunContext,
  assessment: { confidence: string; assessments: Record<string, unknown> },
): Promise<void> {
  if (ctx.target.kind !== 'mock')
    throw new Error(`${where(ctx)}: risk can only be set on the mock; mark the scenario mockOnly`);
  const response = await ctx.target.fetch(`${ctx.target.origin}/__mock/risk`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(assessment),
  });
  if (!response.ok)
    throw new Error(`${where(ctx)}: the mock refused the risk assessment: ${await response.text()}`);
}
