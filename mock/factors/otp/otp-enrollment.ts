/**
 * `mfa-otp-enrollment` (ENR-1, ENR-5, LOG-2): a QR code of the otpauth URI, or after "Trouble Scanning?"
 * (`action=toggle-view`) the base32 secret as text; the user proves the app works with a code, which makes
 * a confirmed `totp` enrollment and logs `gd_enrollment_complete`. The secret lives in the prompt, so a
 * reload shows the same one, and the code that confirmed it cannot be replayed at the next challenge.
 */
import QRCode from 'qrcode';
import { generateSecret, generateURI } from 'otplib';
import type { MockResponse } from '../../http/response.ts';
import { field } from '../../http/request.ts';
import type { Route } from '../../http/router.ts';
import type { MockServices } from '../../services.ts';
import { escapeHtml } from '../../screens/markup.ts';
import type { ErrorCode } from '../../screens/error-texts.ts';
import { completeFactor } from '../../pipeline/prompts.ts';
import { flowUser } from '../../pipeline/flow.ts';
import { newAuthenticatorId } from '../../management/authentication-methods.ts';
import type { Authenticator } from '../../tenants/model.ts';
import { factorPath } from '../../pipeline/prompt-paths.ts';
import { renderCodeScreen } from '../kit/code-screen.ts';
import { promptRoute, type PromptFlow } from '../kit/prompt-route.ts';
import { isMfaLocked, recordWrongCode } from '../kit/wrong-code.ts';
import { verifyTotp } from '../kit/totp-verify.ts';

const ENROLLMENT_PATH = factorPath('enroll', 'otp');
const SERVES = { kind: 'enroll', factor: 'otp' } as const;

interface PendingOtp {
  secret: string;
  view: 'qr' | 'code';
}

function pending(flow: PromptFlow): PendingOtp {
  const existing = flow.prompt.factorState['otp-enrollment'] as PendingOtp | undefined;
  if (existing) return existing;
  const created: PendingOtp = { secret: generateSecret(), view: 'qr' };
  flow.prompt.factorState['otp-enrollment'] = created;
  return created;
}

async function render(flow: PromptFlow, error?: ErrorCode): Promise<MockResponse> {
  const otp = pending(flow);
  const user = flowUser(flow);
  const uri = generateURI({
    issuer: flow.tenant.settings.friendly_name,
    label: user.email,
    secret: otp.secret,
  });
  const intro =
    otp.view === 'qr'
      ? `<div class="qr-code" data-otpauth-qr="true"><img alt="QR Code" src="${await QRCode.toDataURL(uri)}" width="200" height="200"></div>`
      : `<div class="otp-secret"><code id="otp-secret">${escapeHtml(otp.secret)}</code></div>`;
  return renderCodeScreen(flow, {
    screen: 'mfa-otp-enrollment',
    title: 'Secure Your Account',
    description:
      otp.view === 'qr'
        ? 'Scan the QR Code below using your preferred authenticator app and then enter the provided one-time code below.'
        : 'Manually enter the following code into your preferred authenticator app and then enter the provided one-time code below.',
    intro,
    error,
    actions: [['toggle-view', otp.view === 'qr' ? 'Trouble Scanning?' : 'Scan a QR code instead']],
  });
}

async function answer(flow: PromptFlow): Promise<MockResponse> {
  const otp = pending(flow);
  if (flow.action === 'toggle-view') {
    otp.view = otp.view === 'qr' ? 'code' : 'qr';
    return render(flow);
  }
  if (isMfaLocked(flow)) return render(flow, 'too-many-failures');
  const code = (field(flow.req, 'code') ?? '').trim();
  const authenticator: Authenticator = {
    id: newAuthenticatorId('totp'),
    type: 'totp',
    confirmed: true,
    created_at: new Date().toISOString(),
    totp_secret: otp.secret,
  };
  if (!(await verifyTotp(authenticator, code))) return render(flow, recordWrongCode(flow, 'totp'));
  flowUser(flow).authenticators.push(authenticator);
  return completeFactor(flow, 'otp');
}

export function otpEnrollmentRoutes(services: MockServices): Route[] {
  return [
    { method: 'GET', path: ENROLLMENT_PATH, handler: promptRoute(services, SERVES, (flow) => render(flow)) },
    { method: 'POST', path: ENROLLMENT_PATH, handler: promptRoute(services, SERVES, answer) },
  ];
}
