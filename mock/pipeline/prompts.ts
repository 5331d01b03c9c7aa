/**
 * Showing an MFA prompt and finishing one. A prompt is one command (or the default MFA); the user answers
 * one factor of it, possibly after the picker or "Try another method".
 * - a completed challenge or enrollment adds { name: 'mfa', type, timestamp } to the methods (SEQ-3)
 * - completing one factor satisfies the command (SEL-2); the pipeline then resumes (SEQ-1)
 * - under prompt=none no prompt is shown: the application hears interaction_required instead
 */
import { redirect, type MockResponse } from '../http/response.ts';
import { writeLog } from '../logs/write-log.ts';
import { token } from '../tenants/ids.ts';
import { FACTORS, type FactorType } from '../../contract/factors.ts';
import type { MfaCommand } from '../mfa/commands.ts';
import type { PromptDecision } from '../mfa/prompt-decision.ts';
import { showsRecoveryCode } from '../mfa/decide-recovery-code.ts';
import { isSilent } from '../oauth/silent-authentication.ts';
import { failLogin, failSilently } from './finish.ts';
import { flowUser, logContext, rekey, resumeUrl, type Flow } from './flow.ts';
import { mfaContextOf } from './mfa-context-of.ts';
import { factorPath, PICKER_PATHS } from './prompt-paths.ts';
import type { ActivePrompt } from '../tenants/transaction.ts';

export function writeWarnings(flow: Flow, warnings: readonly string[]): void {
  for (const description of warnings) writeLog(flow.tenant, 'w', logContext(flow), { description });
}

/** `mfar` then `f` (LOG-4, LOG-1): the user cannot complete MFA. */
export function failMfa(flow: Flow, reason: string): MockResponse {
  writeLog(flow.tenant, 'mfar', logContext(flow), { description: reason });
  return failLogin(flow, reason, { inMfa: true });
}

/**
 * Applies a decision: writes its warnings, and returns the response that shows the prompt, fails the
 * login, or undefined when the flow goes on without a prompt (ENR-4, or no MFA due).
 */
export function applyDecision(
  flow: Flow,
  decision: PromptDecision,
  options: { command?: MfaCommand; allowRememberBrowser?: boolean } = {},
): MockResponse | undefined {
  writeWarnings(flow, decision.warnings);
  if (decision.outcome === 'fail') return failMfa(flow, decision.reason);
  if (decision.outcome !== 'prompt') return undefined;
  if (isSilent(flow.tx.request)) return failSilently(flow, 'mfa');
  rekey(flow, token());
  flow.tx.prompt = {
    kind: decision.kind,
    command: options.command,
    offered: decision.offered,
    current: decision.first === 'picker' ? undefined : decision.first,
    allowRememberBrowser: options.allowRememberBrowser ?? false,
    factorState: {},
  };
  return redirect(promptUrl(flow));
}

/** The URL of the screen the active prompt is on: the picker, or the current factor's first screen. */
export function promptUrl(flow: Flow): string {
  const prompt = activePrompt(flow);
  const state = `?state=${encodeURIComponent(flow.tx.state)}`;
  if (!prompt.current) return PICKER_PATHS[prompt.kind] + state;
  return factorPath(prompt.kind, prompt.current.type) + state;
}

/** Leaves a factor's screen for the picker ("Try another method", SEL-2, ENR-1). */
export function tryAnotherMethod(flow: Flow): MockResponse {
  activePrompt(flow).current = undefined;
  return redirect(promptUrl(flow));
}

export function activePrompt(flow: Flow): ActivePrompt {
  if (!flow.tx.prompt) throw new Error('no MFA prompt is active in this transaction');
  return flow.tx.prompt;
}

/** The user answered `factor`: record it (SEQ-3), log it (LOG-2), and go back to the pipeline. */
export function completeFactor(flow: Flow, factor: FactorType): MockResponse {
  const prompt = activePrompt(flow);
  const user = flowUser(flow);
  const timestamp = new Date().toISOString();
  const authenticator = FACTORS[factor].authenticator;
  user.mfaFailures = 0;
  flow.tx.methods = [...flow.tx.methods, { name: 'mfa', type: factor, timestamp }];
  if (prompt.kind === 'challenge') {
    flow.tx.challengedWith.push(factor);
    const used = user.authenticators.find((a) => a.type === authenticator);
    if (used) used.last_auth_at = timestamp;
    // A recovery code has its own entry (contract §4).
    if (factor === 'recovery-code') writeLog(flow.tenant, 'gd_recovery_succeed', logContext(flow));
    else
      writeLog(flow.tenant, 'gd_auth_succeed', logContext(flow), {
        description: `Guardian - Second factor authentication succeed (${authenticator})`,
        details: { authenticator: { type: authenticator } },
      });
  } else {
    flow.tx.enrolledNow.push(factor);
    writeLog(flow.tenant, 'gd_enrollment_complete', logContext(flow), {
      description: `Guardian - Enrollment complete (${authenticator})`,
      details: { authenticator: { type: authenticator } },
    });
    // ENR-9: a first enrollment shows the recovery code before the pipeline goes on.
    if (showsRecoveryCode(mfaContextOf(flow), factor)) {
      prompt.current = { type: 'recovery-code' };
      prompt.recoveryCodeAfter = factor;
      return redirect(promptUrl(flow));
    }
  }
  flow.tx.prompt = undefined;
  return redirect(resumeUrl(flow));
}
