/**
 * /authorize/resume: the post-login pipeline, as named steps.
 * - bound Actions run in order; each runs to its end and its api calls apply afterwards (contract §3)
 * - MFA commands pause the pipeline after their Action; each becomes a prompt; then the next Action runs (SEQ-1)
 * - at most four commands in one flow; a fifth fails the login (SEQ-4)
 * - with "Customize MFA Factors using Actions" off, commands are ignored with a `w` entry (SEQ-8)
 * - api.access.deny stops the later Actions and fails the login
 * - a redirect leaves after the Action's prompts; /continue runs its onContinuePostLogin (RED-1, RED-3);
 *   under prompt=none neither a prompt nor a redirect is shown: interaction_required at the callback
 * - after the last Action: api.multifactor.enable or the tenant policy (SEQ-5, SEQ-6, SEQ-7)
 */
import { tenantClockOffset } from '../clock.ts';
import { redirect, type MockResponse } from '../http/response.ts';
import { asString } from '../http/as-string.ts';
import { readOutcome, type ActionOutcome } from '../actions/action-outcome.ts';
import { buildEvent } from '../actions/build-event.ts';
import { allowedModules } from '../actions/allowed-modules.ts';
import { decideChallenge } from '../mfa/decide-challenge.ts';
import { decideEnrollment } from '../mfa/decide-enrollment.ts';
import { decideDefaultMfa } from '../mfa/decide-default-mfa.ts';
import { isChallenge, type MfaCommand } from '../mfa/commands.ts';
import { admitCommands } from '../mfa/admit-commands.ts';
import { isBrowserRemembered } from './remember-browser.ts';
import type { ActionRun } from '../tenants/model.ts';
import { isSilent } from '../oauth/silent-authentication.ts';
import { failLogin, failSilently, finishLogin } from './finish.ts';
import { flowUser, type Flow } from './flow.ts';
import { mfaContextOf } from './mfa-context-of.ts';
import { applyDecision, writeWarnings } from './prompts.ts';

export async function resume(flow: Flow): Promise<MockResponse> {
  const { pipeline } = flow.tx;
  for (;;) {
    const command = pipeline.queue.shift();
    if (command) {
      const response = startCommand(flow, command);
      if (response) return response;
      continue;
    }
    if (pipeline.redirect) return leaveForRedirect(flow);
    if (pipeline.next < pipeline.actionIds.length) {
      const response = await runNextAction(flow);
      if (response) return response;
      continue;
    }
    if (!pipeline.defaultMfaDone) {
      pipeline.defaultMfaDone = true;
      const response = startDefaultMfa(flow);
      if (response) return response;
    }
    return finishLogin(flow);
  }
}

/** /continue: the user is back from a redirect; onContinuePostLogin of the same Action runs (RED-3). */
export async function continueAfterRedirect(flow: Flow): Promise<MockResponse> {
  const index = flow.tx.pipeline.redirectedFrom;
  // routes.ts lets /continue in only while an Action has redirected (current-step.ts).
  if (index === undefined) throw new Error('/continue reached a transaction that no Action redirected');
  flow.tx.pipeline.redirectedFrom = undefined;
  const query: Record<string, string> = Object.fromEntries(flow.req.query);
  for (const [key, value] of Object.entries(flow.req.body)) query[key] = asString(value);
  const response = await runAction(flow, index, 'onContinuePostLogin', query);
  return response ?? resume(flow);
}

function runNextAction(flow: Flow): Promise<MockResponse | undefined> {
  const index = flow.tx.pipeline.next;
  flow.tx.pipeline.next += 1;
  return runAction(flow, index, 'onExecutePostLogin', {});
}

async function runAction(
  flow: Flow,
  index: number,
  entry: 'onExecutePostLogin' | 'onContinuePostLogin',
  query: Record<string, string>,
): Promise<MockResponse | undefined> {
  const { tenant, tx } = flow;
  const action = tenant.actions.get(tx.pipeline.actionIds[index] ?? '');
  const version = action?.deployedVersion;
  if (!action || !version) return undefined;
  const user = flowUser(flow);
  const result = await flow.services.actions.run({
    tenant: tenant.origin,
    entry,
    actionName: action.name,
    code: version.code,
    event: buildEvent(tenant, tx, user, action),
    modules: allowedModules(version.dependencies),
    redirect: { issuer: tenant.origin, state: tx.state, query },
    clockOffsetMs: tenantClockOffset(tenant.origin),
  });
  recordRun(tenant, {
    at: new Date().toISOString(),
    actionId: action.id,
    actionName: action.name,
    entry,
    ok: result.ok,
    ...(result.ok ? {} : { error: result.error, ...(result.stack ? { stack: result.stack } : {}) }),
    logs: result.logs ?? [],
  });
  if (!result.ok) return failLogin(flow, `Action "${action.name}" failed: ${result.error}`);
  return applyOutcome(flow, index, readOutcome(result.calls, action.name));
}

/** The most runs a tenant keeps for GET /__mock/action-runs: a scenario's tenant needs a handful. */
const KEPT_RUNS = 100;

function recordRun(tenant: Flow['tenant'], run: ActionRun): void {
  tenant.actionRuns.push(run);
  if (tenant.actionRuns.length > KEPT_RUNS) tenant.actionRuns.shift();
}

/** An Action's effects, once it has ended. */
function applyOutcome(flow: Flow, index: number, outcome: ActionOutcome): MockResponse | undefined {
  const { tx, tenant } = flow;
  const user = flowUser(flow);
  if (outcome.invalid) return failLogin(flow, outcome.invalid);
  Object.assign(tx.idTokenClaims, outcome.idTokenClaims);
  Object.assign(tx.accessTokenClaims, outcome.accessTokenClaims);
  Object.assign(user.app_metadata, outcome.appMetadata);
  Object.assign(user.user_metadata, outcome.userMetadata);
  const now = new Date().toISOString();
  tx.methods = [...tx.methods, ...outcome.recordedMethods.map((name) => ({ name, timestamp: now }))];
  if (outcome.deny !== undefined) return failLogin(flow, outcome.deny);
  if (outcome.multifactor) tx.pipeline.multifactor = outcome.multifactor;
  if (outcome.commands.length > 0) {
    const admission = admitCommands(
      {
        customizeMfaWithActions: tenant.settings.customize_mfa_in_postlogin_action,
        issuedSoFar: tx.pipeline.commandsIssued,
      },
      outcome.commands,
    );
    if (admission.outcome === 'fail') return failLogin(flow, admission.reason, { inMfa: true });
    if (admission.outcome === 'ignore') writeWarnings(flow, admission.warnings);
    else {
      tx.pipeline.commandsIssued = admission.issued;
      tx.pipeline.usedCommands = true;
      tx.pipeline.queue.push(...admission.commands);
    }
  }
  if (outcome.redirect) tx.pipeline.redirect = { ...outcome.redirect, actionIndex: index };
  return undefined;
}

function startCommand(flow: Flow, command: MfaCommand): MockResponse | undefined {
  const context = mfaContextOf(flow);
  const decision = isChallenge(command)
    ? decideChallenge(context, command)
    : decideEnrollment(context, command);
  return applyDecision(flow, decision, { command });
}

function startDefaultMfa(flow: Flow): MockResponse | undefined {
  const { tx, tenant, req } = flow;
  const decision = decideDefaultMfa(mfaContextOf(flow), {
    usedCommands: tx.pipeline.usedCommands,
    multifactorProvider: tx.pipeline.multifactor?.provider,
    policies: tenant.policies,
    riskConfidence: tenant.risk?.confidence,
    browserRemembered: isBrowserRemembered(tenant, flowUser(flow), req),
  });
  return applyDecision(flow, decision, {
    allowRememberBrowser: tx.pipeline.multifactor?.allowRememberBrowser ?? false,
  });
}

/** RED-1: the user leaves once the redirecting Action's prompts are done, with the state to come back with. */
function leaveForRedirect(flow: Flow): MockResponse {
  const target = flow.tx.pipeline.redirect;
  if (!target) throw new Error('no redirect pending');
  if (isSilent(flow.tx.request)) return failSilently(flow, 'redirect');
  flow.tx.pipeline.redirect = undefined;
  flow.tx.pipeline.redirectedFrom = target.actionIndex;
  const url = new URL(target.url);
  url.searchParams.set('state', flow.tx.state);
  for (const [key, value] of Object.entries(target.query)) url.searchParams.set(key, String(value));
  return redirect(url.toString());
}
