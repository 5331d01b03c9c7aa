/**
 * `mfa-push-challenge` (SEL-1, SEL-7, SEL-9, LOG-2): showing the screen sends a notification to the user's
 * Guardian devices (gd_send_pn); the page polls until the device answered, then continues. Approved
 * completes the factor (gd_auth_succeed); rejected (gd_auth_rejected, written when the device answers)
 * shows the rejection on the screen. "Manually Enter Code" (`action=enter-otp-code`) asks for the app's
 * one-time code instead, unless the Action said `otpFallback: false` (SEL-9).
 */
import { html, json, redirect, type MockResponse } from '../../http/response.ts';
import { field } from '../../http/request.ts';
import { layout } from '../../screens/layout.ts';
import { actionForm, fieldError, primaryForm } from '../../screens/markup.ts';
import type { ErrorCode } from '../../screens/error-texts.ts';
import { writeLog } from '../../logs/write-log.ts';
import { completeFactor, promptUrl } from '../../pipeline/prompts.ts';
import { flowUser, logContext } from '../../pipeline/flow.ts';
import { token } from '../../tenants/ids.ts';
import { renderCodeScreen } from '../kit/code-screen.ts';
import { tryAnotherMethodLink } from '../kit/try-another-method.ts';
import type { PromptFlow } from '../kit/prompt-route.ts';
import { isMfaLocked, recordWrongCode } from '../kit/wrong-code.ts';
import { verifyTotp } from '../kit/totp-verify.ts';
import { offersOtpFallback } from '../../mfa/otp-fallback.ts';
import { CHALLENGE_KEY, type PushChallenge } from './push-state.ts';
import { POLLING_SCRIPT, wantsJson } from './polling-script.ts';

function pushDevices(flow: PromptFlow) {
  return flowUser(flow).authenticators.filter((a) => a.type === 'push' && a.confirmed);
}

/** The challenge of this prompt; the first view sends the notification. */
function challenge(flow: PromptFlow): PushChallenge {
  const existing = flow.prompt.factorState[CHALLENGE_KEY] as PushChallenge | undefined;
  if (existing) return existing;
  const created: PushChallenge = {
    notificationId: token(12),
    deviceIds: pushDevices(flow).map((a) => a.id),
    status: 'pending',
    view: 'push',
  };
  flow.prompt.factorState[CHALLENGE_KEY] = created;
  writeLog(flow.tenant, 'gd_send_pn', logContext(flow), { details: { authenticator: { type: 'push' } } });
  return created;
}

function renderCode(flow: PromptFlow, error?: ErrorCode): MockResponse {
  return renderCodeScreen(flow, {
    screen: 'mfa-push-challenge',
    title: 'Verify Your Identity',
    description: 'Enter the one-time code shown in the Guardian app.',
    error,
  });
}

export function renderPushChallenge(flow: PromptFlow): MockResponse {
  const push = challenge(flow);
  if (wantsJson(flow.req.headers.accept)) return json({ completed: push.status !== 'pending' });
  if (push.view === 'code') return renderCode(flow);
  const { state } = flow.tx;
  const rejected = push.status === 'rejected';
  const body =
    fieldError('push', rejected ? 'push-notification-rejected' : undefined) +
    primaryForm(
      state,
      `<button type="submit" name="action" value="continue" data-action-button-primary="true">I've responded on my device</button>`,
    ) +
    (offersOtpFallback(flow.prompt.current?.options)
      ? actionForm(state, 'enter-otp-code', 'Manually Enter Code')
      : '') +
    tryAnotherMethodLink(flow);
  const page = layout({
    screen: 'mfa-push-challenge',
    title: 'Verify Your Identity',
    description: "We've sent a notification to the Guardian app on your device.",
    body,
    // A rejected notification is final: nothing left to wait for.
    scripts: rejected ? '' : POLLING_SCRIPT,
  });
  return html(page, rejected ? 400 : 200);
}

async function answerCode(flow: PromptFlow): Promise<MockResponse> {
  if (isMfaLocked(flow)) return renderCode(flow, 'too-many-failures');
  const code = (field(flow.req, 'code') ?? '').trim();
  for (const device of pushDevices(flow)) {
    if (await verifyTotp(device, code)) return completeFactor(flow, 'push-notification');
  }
  return renderCode(flow, recordWrongCode(flow, 'push'));
}

export async function answerPushChallenge(flow: PromptFlow): Promise<MockResponse> {
  const push = challenge(flow);
  if (flow.action === 'enter-otp-code' && offersOtpFallback(flow.prompt.current?.options)) {
    push.view = 'code';
    return redirect(promptUrl(flow));
  }
  if (push.view === 'code') return answerCode(flow);
  if (flow.action === 'continue' && push.status === 'approved')
    return completeFactor(flow, 'push-notification');
  return renderPushChallenge(flow);
}
