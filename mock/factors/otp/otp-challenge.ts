/**
 * `mfa-otp-challenge` (SEL-7, LOG-2): the code of any of the user's confirmed `totp` enrollments, on the
 * kit's code screen; "Remember this device" when the prompt allows it (contract §5).
 */
import type { MockResponse } from '../../http/response.ts';
import { field } from '../../http/request.ts';
import type { Route } from '../../http/router.ts';
import type { MockServices } from '../../services.ts';
import type { ErrorCode } from '../../screens/error-texts.ts';
import { flowUser } from '../../pipeline/flow.ts';
import { factorPath } from '../../pipeline/prompt-paths.ts';
import { renderCodeScreen } from '../kit/code-screen.ts';
import { promptRoute, type PromptFlow } from '../kit/prompt-route.ts';
import { completeRemembering } from '../kit/remember-device.ts';
import { isMfaLocked, recordWrongCode } from '../kit/wrong-code.ts';
import { verifyTotp } from '../kit/totp-verify.ts';

const CHALLENGE_PATH = factorPath('challenge', 'otp');
const SERVES = { kind: 'challenge', factor: 'otp' } as const;

function render(flow: PromptFlow, error?: ErrorCode): MockResponse {
  return renderCodeScreen(flow, {
    screen: 'mfa-otp-challenge',
    title: 'Verify Your Identity',
    description: 'Check your preferred one-time password application for a code.',
    error,
    rememberBrowser: flow.prompt.allowRememberBrowser,
  });
}

async function answer(flow: PromptFlow): Promise<MockResponse> {
  if (isMfaLocked(flow)) return render(flow, 'too-many-failures');
  const code = (field(flow.req, 'code') ?? '').trim();
  const authenticators = flowUser(flow).authenticators.filter((a) => a.type === 'totp' && a.confirmed);
  for (const authenticator of authenticators) {
    if (await verifyTotp(authenticator, code))
      return completeRemembering(flow, 'otp', flow.prompt.allowRememberBrowser);
  }
  return render(flow, recordWrongCode(flow, 'totp'));
}

export function otpChallengeRoutes(services: MockServices): Route[] {
  return [
    { method: 'GET', path: CHALLENGE_PATH, handler: promptRoute(services, SERVES, (flow) => render(flow)) },
    { method: 'POST', path: CHALLENGE_PATH, handler: promptRoute(services, SERVES, answer) },
  ];
}
