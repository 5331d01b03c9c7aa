/**
 * `mfa-push-enrollment` (ENR-1, ENR-5, LOG-2): a QR code of the Guardian enrollment URI
 * (`otpauth://totp/…?enrollment_tx_id&secret&base_url`). The page polls until a device enrolled through
 * the Guardian API (in the mock: the device simulator under /__mock/guardian), then continues; that makes a
 * confirmed `push` enrollment, with the TOTP secret the app shares for the manual-code fallback.
 */
import QRCode from 'qrcode';
import { generateSecret } from 'otplib';
import { html, json, type MockResponse } from '../../http/response.ts';
import { layout } from '../../screens/layout.ts';
import { escapeHtml, primaryForm } from '../../screens/markup.ts';
import { completeFactor } from '../../pipeline/prompts.ts';
import { flowUser } from '../../pipeline/flow.ts';
import { token } from '../../tenants/ids.ts';
import { tryAnotherMethodLink } from '../kit/try-another-method.ts';
import type { PromptFlow } from '../kit/prompt-route.ts';
import { GUARDIAN_API_PATH } from '../../mock-only/guardian-device.ts';
import { ENROLLMENT_KEY, type PushEnrollment } from './push-state.ts';
import { POLLING_SCRIPT, wantsJson } from './polling-script.ts';

function pending(flow: PromptFlow): PushEnrollment {
  const existing = flow.prompt.factorState[ENROLLMENT_KEY] as PushEnrollment | undefined;
  if (existing) return existing;
  const created: PushEnrollment = { enrollmentTxId: token(18), secret: generateSecret() };
  flow.prompt.factorState[ENROLLMENT_KEY] = created;
  return created;
}

/** The URI the Guardian app scans: where to enroll (base_url), which enrollment, and the shared secret. */
function enrollmentUri(flow: PromptFlow, enrollment: PushEnrollment): string {
  const issuer = flow.tenant.settings.friendly_name;
  const query = new URLSearchParams({
    enrollment_tx_id: enrollment.enrollmentTxId,
    secret: enrollment.secret,
    issuer,
    base_url: `${flow.tenant.origin}${GUARDIAN_API_PATH}/`,
  });
  return `otpauth://totp/${encodeURIComponent(`${issuer}:${flowUser(flow).email}`)}?${query.toString()}`;
}

export async function renderPushEnrollment(flow: PromptFlow): Promise<MockResponse> {
  const enrollment = pending(flow);
  if (wantsJson(flow.req.headers.accept)) return json({ completed: enrollment.deviceId !== undefined });
  const { state } = flow.tx;
  const qr = await QRCode.toDataURL(enrollmentUri(flow, enrollment));
  const body =
    `<div class="qr-code" data-guardian-qr="true"><img alt="QR Code" src="${escapeHtml(qr)}" width="200" height="200"></div>` +
    primaryForm(state, '<button type="submit" name="action" value="continue" hidden>Continue</button>') +
    tryAnotherMethodLink(flow);
  const page = layout({
    screen: 'mfa-push-enrollment',
    title: 'Secure Your Account',
    description: 'Scan the QR Code below using the Auth0 Guardian app on your mobile device.',
    body,
    scripts: POLLING_SCRIPT,
  });
  return html(page);
}

export async function answerPushEnrollment(flow: PromptFlow): Promise<MockResponse> {
  const enrollment = pending(flow);
  if (!enrollment.deviceId) return renderPushEnrollment(flow);
  flowUser(flow).authenticators.push({
    id: enrollment.deviceId,
    type: 'push',
    confirmed: true,
    created_at: new Date().toISOString(),
    name: enrollment.deviceName,
    totp_secret: enrollment.secret,
  });
  return completeFactor(flow, 'push-notification');
}
