/**
 * Phone enrollment (ENR-1, ENR-5, SEL-8, LOG-2): `mfa-phone-enrollment` takes the number and, when more than
 * one method is available, text message or voice call (`type`); the code goes out at once and
 * `mfa-sms-enrollment-verify` takes it back. The right code makes a confirmed `phone` enrollment with that
 * method as its preferred one and logs `gd_enrollment_complete`.
 */
import { html, redirect, type MockResponse } from '../../http/response.ts';
import { field } from '../../http/request.ts';
import type { Route } from '../../http/router.ts';
import type { MockServices } from '../../services.ts';
import { flowUser } from '../../pipeline/flow.ts';
import { completeFactor } from '../../pipeline/prompts.ts';
import { layout } from '../../screens/layout.ts';
import { escapeHtml, hidden, primaryButton, primaryForm, textInput } from '../../screens/markup.ts';
import type { ErrorCode } from '../../screens/error-texts.ts';
import { newAuthenticatorId } from '../../management/authentication-methods.ts';
import { SCREEN_PATHS } from '../../../contract/screens.ts';
import { factorPath } from '../../pipeline/prompt-paths.ts';
import type { PhoneChannel } from '../../../contract/delivery.ts';
import { renderCodeScreen } from '../kit/code-screen.ts';
import { matchesSentCode, type SentCode } from '../kit/one-time-code.ts';
import { maskedPhone, sendPhoneCode } from './phone-code.ts';
import { phoneMethods } from './phone-methods.ts';
import { tryAnotherMethodLink } from '../kit/try-another-method.ts';
import { promptRoute, type PromptFlow } from '../kit/prompt-route.ts';
import { E164 } from '../../../contract/syntax.ts';
import { isMfaLocked, recordWrongCode } from '../kit/wrong-code.ts';

const ENROLL_PATH = factorPath('enroll', 'phone');
const SERVES = { kind: 'enroll', factor: 'phone' } as const;
const VERIFY_PATH = SCREEN_PATHS['mfa-sms-enrollment-verify'];

interface PendingPhone {
  phone: string;
  channel: PhoneChannel;
  sent: SentCode;
}

function methods(flow: PromptFlow): PhoneChannel[] {
  return phoneMethods(flow.prompt.current, flow.tenant.phoneMessageTypes);
}

function pending(flow: PromptFlow): PendingPhone | undefined {
  return flow.prompt.factorState['phone-enrollment'] as PendingPhone | undefined;
}

function renderNumber(flow: PromptFlow, error?: ErrorCode, phone?: string): MockResponse {
  const available = methods(flow);
  const [only] = available;
  const choice =
    available.length === 1 && only
      ? hidden('type', only)
      : available
          .map(
            (method, i) =>
              `<div class="ulp-radio"><input type="radio" id="type-${method}" name="type" value="${method}"${i === 0 ? ' checked' : ''}><label for="type-${method}">${method === 'sms' ? 'Text message' : 'Voice call'}</label></div>`,
          )
          .join('\n');
  const { state } = flow.tx;
  const body =
    primaryForm(
      state,
      textInput({ name: 'phone', label: 'Enter your phone number', type: 'tel', value: phone, error }) +
        choice +
        primaryButton('Continue'),
    ) + tryAnotherMethodLink(flow);
  const page = layout({
    screen: 'mfa-phone-enrollment',
    title: 'Secure Your Account',
    description: 'Enter your country code and phone number to which we can send a 6-digit code:',
    body,
  });
  return html(page, error ? 400 : 200);
}

async function takeNumber(flow: PromptFlow): Promise<MockResponse> {
  const phone = (field(flow.req, 'phone') ?? '').replace(/[\s()-]/g, '');
  if (!E164.test(phone)) return renderNumber(flow, 'invalid-phone', phone);
  const channel = methods(flow).find((method) => method === field(flow.req, 'type'));
  if (!channel) return renderNumber(flow, undefined, phone);
  const sent = await sendPhoneCode(flow, phone, channel);
  flow.prompt.factorState['phone-enrollment'] = { phone, channel, sent } satisfies PendingPhone;
  return redirect(`${VERIFY_PATH}?state=${encodeURIComponent(flow.tx.state)}`);
}

function renderVerify(flow: PromptFlow, enrolling: PendingPhone, error?: ErrorCode): MockResponse {
  return renderCodeScreen(flow, {
    screen: 'mfa-sms-enrollment-verify',
    title: 'Verify Your Identity',
    description:
      enrolling.channel === 'sms'
        ? `We've sent a text message to: ${maskedPhone(enrolling.phone)}`
        : `We've called ${maskedPhone(enrolling.phone)}. Enter the code you heard.`,
    intro: `<p class="phone-number">${escapeHtml(enrolling.phone)}</p>`,
    codeLabel: 'Enter the 6-digit code',
    error,
    actions: [['resend-code', enrolling.channel === 'sms' ? 'Resend' : 'Call again']],
  });
}

async function verify(flow: PromptFlow): Promise<MockResponse> {
  const enrolling = pending(flow);
  if (!enrolling) return redirect(`${ENROLL_PATH}?state=${encodeURIComponent(flow.tx.state)}`);
  if (flow.action === 'resend-code') {
    enrolling.sent = await sendPhoneCode(flow, enrolling.phone, enrolling.channel);
    return renderVerify(flow, enrolling);
  }
  if (isMfaLocked(flow)) return renderVerify(flow, enrolling, 'too-many-failures');
  if (!matchesSentCode(enrolling.sent, field(flow.req, 'code') ?? ''))
    return renderVerify(flow, enrolling, recordWrongCode(flow, 'phone'));
  flowUser(flow).authenticators.push({
    id: newAuthenticatorId('phone'),
    type: 'phone',
    confirmed: true,
    created_at: new Date().toISOString(),
    phone_number: enrolling.phone,
    preferred_authentication_method: enrolling.channel,
  });
  return completeFactor(flow, 'phone');
}

export function phoneEnrollmentRoutes(services: MockServices): Route[] {
  return [
    {
      method: 'GET',
      path: ENROLL_PATH,
      handler: promptRoute(services, SERVES, (flow) => renderNumber(flow)),
    },
    { method: 'POST', path: ENROLL_PATH, handler: promptRoute(services, SERVES, takeNumber) },
    {
      method: 'GET',
      path: VERIFY_PATH,
      handler: promptRoute(services, SERVES, (flow) => {
        const enrolling = pending(flow);
        return enrolling
          ? renderVerify(flow, enrolling)
          : redirect(`${ENROLL_PATH}?state=${encodeURIComponent(flow.tx.state)}`);
      }),
    },
    { method: 'POST', path: VERIFY_PATH, handler: promptRoute(services, SERVES, verify) },
  ];
}
