/**
 * The phone challenge (SEL-7, SEL-8, LOG-2): `mfa-sms-challenge` texts a code (`gd_send_sms`),
 * `mfa-voice-challenge` calls with it (`gd_send_voice`), and with two methods available (preferredMethod
 * `both`, and the tenant allowing both) `mfa-phone-challenge` asks first which one. Each code screen can
 * resend, and switch to the other method when it is available. The last code sent is the one that counts.
 *
 * The prompt enters through `/u/mfa-phone-challenge`, which goes straight on to the one method's screen
 * when there is no choice to make: the browser lands on that screen, as on a real tenant.
 */
import { html, redirect, type MockResponse } from '../../http/response.ts';
import { field } from '../../http/request.ts';
import { flowUser } from '../../pipeline/flow.ts';
import { layout } from '../../screens/layout.ts';
import { escapeHtml, primaryButton, primaryForm } from '../../screens/markup.ts';
import type { ErrorCode } from '../../screens/error-texts.ts';
import type { Authenticator } from '../../tenants/model.ts';
import { SCREEN_PATHS } from '../../../contract/screens.ts';
import type { PhoneChannel } from '../../../contract/delivery.ts';
import { renderCodeScreen } from '../kit/code-screen.ts';
import type { Route } from '../../http/router.ts';
import type { MockServices } from '../../services.ts';
import { factorPath } from '../../pipeline/prompt-paths.ts';
import { matchesSentCode, type SentCode } from '../kit/one-time-code.ts';
import { maskedPhone, sendPhoneCode } from './phone-code.ts';
import { phoneMethods } from './phone-methods.ts';
import { promptRoute, type PromptFlow } from '../kit/prompt-route.ts';
import { completeRemembering } from '../kit/remember-device.ts';
import { isMfaLocked, recordWrongCode } from '../kit/wrong-code.ts';

const CHOICE_PATH = factorPath('challenge', 'phone');
const SERVES = { kind: 'challenge', factor: 'phone' } as const;
const CODE_PATHS: Record<PhoneChannel, string> = {
  sms: SCREEN_PATHS['mfa-sms-challenge'],
  voice: SCREEN_PATHS['mfa-voice-challenge'],
};
const OTHER: Record<PhoneChannel, PhoneChannel> = { sms: 'voice', voice: 'sms' };

/** What one phone challenge remembers: the last code sent and by which method. */
interface PhoneChallengeState {
  sent?: SentCode;
  channel?: PhoneChannel;
}

function state(flow: PromptFlow): PhoneChallengeState {
  const existing = flow.prompt.factorState.phone as PhoneChallengeState | undefined;
  if (existing) return existing;
  const created: PhoneChallengeState = {};
  flow.prompt.factorState.phone = created;
  return created;
}

function enrolledPhone(flow: PromptFlow): Authenticator {
  const phone = flowUser(flow).authenticators.find((a) => a.type === 'phone' && a.confirmed);
  if (!phone?.phone_number) throw new Error('the phone challenge needs a confirmed phone enrollment');
  return phone;
}

function methods(flow: PromptFlow): PhoneChannel[] {
  return phoneMethods(
    flow.prompt.current,
    flow.tenant.phoneMessageTypes,
    enrolledPhone(flow).preferred_authentication_method,
  );
}

function renderChoice(flow: PromptFlow): MockResponse {
  const radios = methods(flow)
    .map(
      (method, i) =>
        `<div class="ulp-radio"><input type="radio" id="type-${method}" name="type" value="${method}"${i === 0 ? ' checked' : ''}><label for="type-${method}">${method === 'sms' ? 'Text message' : 'Voice call'}</label></div>`,
    )
    .join('\n');
  const body = primaryForm(
    flow.tx.state,
    `<p>We will send a code to ${escapeHtml(maskedPhone(enrolledPhone(flow).phone_number ?? ''))}. How do you want to receive it?</p>${radios}${primaryButton('Continue')}`,
  );
  return html(layout({ screen: 'mfa-phone-challenge', title: 'Verify Your Identity', body }));
}

function enter(flow: PromptFlow): MockResponse {
  const available = methods(flow);
  const [only] = available;
  if (available.length === 1 && only)
    return redirect(`${CODE_PATHS[only]}?state=${encodeURIComponent(flow.tx.state)}`);
  return renderChoice(flow);
}

function choose(flow: PromptFlow): MockResponse {
  const type = field(flow.req, 'type');
  const chosen = methods(flow).find((method) => method === type);
  if (!chosen) return renderChoice(flow);
  return redirect(`${CODE_PATHS[chosen]}?state=${encodeURIComponent(flow.tx.state)}`);
}

function renderCode(flow: PromptFlow, channel: PhoneChannel, error?: ErrorCode): MockResponse {
  const phone = maskedPhone(enrolledPhone(flow).phone_number ?? '');
  const other = OTHER[channel];
  const actions: Array<[string, string]> = [['resend-code', channel === 'sms' ? 'Resend' : 'Call again']];
  if (methods(flow).includes(other))
    actions.push([
      `switch-to-${other}`,
      other === 'voice' ? 'Get a call instead' : 'Send a text message instead',
    ]);
  return renderCodeScreen(flow, {
    screen: channel === 'sms' ? 'mfa-sms-challenge' : 'mfa-voice-challenge',
    title: 'Verify Your Identity',
    description:
      channel === 'sms'
        ? `We've sent a text message to: ${phone}`
        : `We've called ${phone}. Enter the code you heard.`,
    codeLabel: 'Enter the 6-digit code',
    error,
    rememberBrowser: flow.prompt.allowRememberBrowser,
    actions,
  });
}

async function showCode(flow: PromptFlow, channel: PhoneChannel): Promise<MockResponse> {
  const current = state(flow);
  if (!methods(flow).includes(channel)) return enter(flow);
  if (current.channel !== channel || !current.sent) {
    current.sent = await sendPhoneCode(flow, enrolledPhone(flow).phone_number ?? '', channel);
    current.channel = channel;
  }
  return renderCode(flow, channel);
}

async function answerCode(flow: PromptFlow, channel: PhoneChannel): Promise<MockResponse> {
  const current = state(flow);
  const other = OTHER[channel];
  if (flow.action === `switch-to-${other}` && methods(flow).includes(other))
    return redirect(`${CODE_PATHS[other]}?state=${encodeURIComponent(flow.tx.state)}`);
  if (flow.action === 'resend-code') {
    current.sent = await sendPhoneCode(flow, enrolledPhone(flow).phone_number ?? '', channel);
    current.channel = channel;
    return renderCode(flow, channel);
  }
  if (isMfaLocked(flow)) return renderCode(flow, channel, 'too-many-failures');
  if (matchesSentCode(current.sent, field(flow.req, 'code') ?? ''))
    return completeRemembering(flow, 'phone', flow.prompt.allowRememberBrowser);
  return renderCode(flow, channel, recordWrongCode(flow, 'phone'));
}

export function phoneChallengeRoutes(services: MockServices): Route[] {
  return [
    { method: 'GET', path: CHOICE_PATH, handler: promptRoute(services, SERVES, enter) },
    { method: 'POST', path: CHOICE_PATH, handler: promptRoute(services, SERVES, choose) },
    ...(['sms', 'voice'] as const).flatMap((channel) => [
      {
        method: 'GET',
        path: CODE_PATHS[channel],
        handler: promptRoute(services, SERVES, (flow) => showCode(flow, channel)),
      },
      {
        method: 'POST',
        path: CODE_PATHS[channel],
        handler: promptRoute(services, SERVES, (flow) => answerCode(flow, channel)),
      },
    ]),
  ];
}
