/**
 * `mfa-email-challenge` (SEL-7, SEL-11, LOG-2): a 6-digit code, valid 5 minutes, mailed to the user's own
 * address when the screen is first shown (`gd_send_email`); `action=resend-code` mails a new one, which
 * replaces it. Email needs no enrollment: a verified address is enough once the factor is enabled.
 * "Remember this device" is not offered when email is the user's only factor (contract §5).
 */
import type { MockResponse } from '../../http/response.ts';
import { field } from '../../http/request.ts';
import { writeLog } from '../../logs/write-log.ts';
import { flowUser, logContext } from '../../pipeline/flow.ts';
import { enrolledFactors } from '../../mfa/enrolled-factors.ts';
import type { ErrorCode } from '../../screens/error-texts.ts';
import { escapeHtml } from '../../screens/markup.ts';
import { sendMail } from '../../delivery/send-mail.ts';
import type { Route } from '../../http/router.ts';
import type { MockServices } from '../../services.ts';
import { factorPath } from '../../pipeline/prompt-paths.ts';
import { renderCodeScreen } from '../kit/code-screen.ts';
import { matchesSentCode, newSentCode, type SentCode } from '../kit/one-time-code.ts';
import { promptRoute, type PromptFlow } from '../kit/prompt-route.ts';
import { completeRemembering } from '../kit/remember-device.ts';
import { isMfaLocked, recordWrongCode } from '../kit/wrong-code.ts';

const CHALLENGE_PATH = factorPath('challenge', 'email');
const SERVES = { kind: 'challenge', factor: 'email' } as const;

async function sendCode(flow: PromptFlow): Promise<void> {
  const user = flowUser(flow);
  const sent = newSentCode();
  flow.prompt.factorState.email = sent;
  await sendMail({
    to: user.email,
    subject: `${flow.tenant.settings.friendly_name}: your verification code`,
    text: `Your verification code is ${sent.code}. It expires in 5 minutes.\nIf you did not try to log in, ignore this email.`,
  });
  writeLog(flow.tenant, 'gd_send_email', logContext(flow), {
    description: `Guardian - Email sent to ${user.email}`,
    details: { authenticator: { type: 'email' } },
  });
}

/** Remember browser is offered when the prompt allows it, unless email is the user's only factor. */
function offersRemember(flow: PromptFlow): boolean {
  const others = enrolledFactors(flow.tenant, flowUser(flow)).filter((f) => f.type !== 'email');
  return flow.prompt.allowRememberBrowser && others.length > 0;
}

function render(flow: PromptFlow, error?: ErrorCode): MockResponse {
  return renderCodeScreen(flow, {
    screen: 'mfa-email-challenge',
    title: 'Verify Your Identity',
    description: "We've sent an email with your code to",
    intro: `<p class="email-address">${escapeHtml(flowUser(flow).email)}</p>`,
    codeLabel: 'Enter the code',
    error,
    rememberBrowser: offersRemember(flow),
    actions: [['resend-code', 'Resend']],
  });
}

async function show(flow: PromptFlow): Promise<MockResponse> {
  if (!flow.prompt.factorState.email) await sendCode(flow);
  return render(flow);
}

async function answer(flow: PromptFlow): Promise<MockResponse> {
  if (flow.action === 'resend-code') {
    await sendCode(flow);
    return render(flow);
  }
  if (isMfaLocked(flow)) return render(flow, 'too-many-failures');
  const sent = flow.prompt.factorState.email as SentCode | undefined;
  if (matchesSentCode(sent, field(flow.req, 'code') ?? '')) {
    return completeRemembering(flow, 'email', offersRemember(flow));
  }
  return render(flow, recordWrongCode(flow, 'email'));
}

export function emailChallengeRoutes(services: MockServices): Route[] {
  return [
    { method: 'GET', path: CHALLENGE_PATH, handler: promptRoute(services, SERVES, show) },
    { method: 'POST', path: CHALLENGE_PATH, handler: promptRoute(services, SERVES, answer) },
  ];
}
