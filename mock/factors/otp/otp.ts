import { html, withCookies, cookie, type MockResponse } from '../../http/response.ts';
import { field } from '../../http/request.ts';
import { layout } from '../../screens/layout.ts';
import { checkbox, codeInput, primaryButton, primaryForm } from '../../screens/markup.ts';
import type { ErrorCode } from '../../screens/error-texts.ts';
import { completeFactor } from '../../pipeline/prompts.ts';
import { tryAnotherMethod, tryAnotherMethodLink } from '../../pipeline/pickers.ts';
import { flowUser } from '../../pipeline/flow.ts';
import {
  REMEMBER_COOKIE,
  REMEMBER_MAX_AGE_SECONDS,
  rememberBrowser,
} from '../../pipeline/remember-browser.ts';
import { token } from '../../tenants/ids.ts';
import { SCREEN_PATHS } from '../../../contract/screens.ts';
import type { FactorScreens } from '../kit/factor-module.ts';
import { promptRoute, type PromptFlow } from '../kit/prompt-route.ts';
import { isMfaLocked, recordWrongCode } from '../kit/wrong-code.ts';
import { verifyTotp } from '../kit/totp-verify.ts';
import { OTP_ENROLLMENT_PATH, otpEnrollmentRoutes } from './otp-enrollment.ts';

const CHALLENGE_PATH = SCREEN_PATHS['mfa-otp-challenge'];

function renderChallenge(flow: PromptFlow, error?: ErrorCode): MockResponse {
  const { state } = flow.tx;
  const body =
    primaryForm(
      state,
      codeInput(error) +
        (flow.prompt.allowRememberBrowser
          ? checkbox('rememberBrowser', 'Remember this device for 30 days')
          : '') +
        primaryButton('Continue'),
    ) + tryAnotherMethodLink(flow);
  const page = layout({
    screen: 'mfa-otp-challenge',
    title: 'Verify Your Identity',
    description: 'Check your preferred one-time password application for a code.',
    body,
  });
  return html(page, error ? 400 : 200);
}

async function answerChallenge(flow: PromptFlow): Promise<MockResponse> {
  if (flow.action === 'pick-authenticator') return tryAnotherMethod(flow);
  if (isMfaLocked(flow)) return renderChallenge(flow, 'too-many-failures');
  const user = flowUser(flow);
  const code = (field(flow.req, 'code') ?? '').trim();
  const authenticators = user.authenticators.filter((a) => a.type === 'totp' && a.confirmed);
  for (const authenticator of authenticators) {
    if (await verifyTotp(authenticator, code)) {
      const response = completeFactor(flow, 'otp');
      if (field(flow.req, 'rememberBrowser') !== 'true' || !flow.prompt.allowRememberBrowser) return response;
      const value = token();
      rememberBrowser(flow.tenant, user, value);
      return withCookies(response, [cookie(REMEMBER_COOKIE, value, REMEMBER_MAX_AGE_SECONDS)]);
    }
  }
  return renderChallenge(flow, recordWrongCode(flow, 'totp'));
}

export const otpScreens: FactorScreens = {
  type: 'otp',
  label: 'Google Authenticator or similar',
  challengePath: CHALLENGE_PATH,
  enrollPath: OTP_ENROLLMENT_PATH,
  routes: (services) => [
    { method: 'GET', path: CHALLENGE_PATH, handler: promptRoute(services, (flow) => renderChallenge(flow)) },
    { method: 'POST', path: CHALLENGE_PATH, handler: promptRoute(services, answerChallenge) },
    ...otpEnrollmentRoutes(services),
  ],
};
