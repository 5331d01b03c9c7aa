/**
 * The WebAuthn error screen (`mfa-webauthn-error`), shown when the browser reports an error or the server
 * cannot verify what the authenticator signed. The failure is logged as gd_webauthn_challenge_failed or
 * gd_webauthn_enrollment_failed; the screen offers "Try again" (`action=tryagain`, back to the ceremony),
 * "Try another method" when the prompt has alternatives, and on an enrollment "No thanks"
 * (`action=refuse-add-device`), as the Universal Login SDK's error screen does.
 */
import { html, redirect, type MockResponse } from '../../http/response.ts';
import type { Route } from '../../http/router.ts';
import type { MockServices } from '../../services.ts';
import { writeLog } from '../../logs/write-log.ts';
import { logContext } from '../../pipeline/flow.ts';
import { promptUrl } from '../../pipeline/prompts.ts';
import { layout } from '../../screens/layout.ts';
import { ERROR_TEXTS } from '../../screens/error-texts.ts';
import { actionForm, escapeHtml } from '../../screens/markup.ts';
import { SCREEN_PATHS } from '../../../contract/screens.ts';
import { tryAnotherMethodLink } from '../kit/try-another-method.ts';
import { promptRoute, type PromptFlow } from '../kit/prompt-route.ts';
import { WEBAUTHN_KINDS, type WebauthnKind } from './webauthn-kinds.ts';
import { refuseDevice } from './refuse-device.ts';

const ERROR_PATH = SCREEN_PATHS['mfa-webauthn-error'];
const ERROR_STATE = 'webauthn-error';
/** Both WebAuthn factors' ceremonies, enrolling and challenging, fail onto this one screen. */
const SERVES = Object.values(WEBAUTHN_KINDS).flatMap(({ factor }) =>
  (['enroll', 'challenge'] as const).map((kind) => ({ kind, factor })),
);

interface WebauthnError {
  factor: WebauthnKind['factor'];
  mode: 'enroll' | 'challenge';
  details: Record<string, unknown>;
}

/** `action=showError::{"name":…,"message":…}` as the details of the failure. */
export function showErrorDetails(action: string): Record<string, unknown> {
  const json = action.slice('showError::'.length);
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' ? { browserError: parsed } : { browserError: json };
  } catch {
    return { browserError: json };
  }
}

/** Logs the failed ceremony and shows the error screen. */
export function failCeremony(
  flow: PromptFlow,
  kind: WebauthnKind,
  mode: WebauthnError['mode'],
  details: Record<string, unknown>,
): MockResponse {
  const type = mode === 'enroll' ? 'gd_webauthn_enrollment_failed' : 'gd_webauthn_challenge_failed';
  writeLog(flow.tenant, type, logContext(flow), {
    details: { authenticator: { type: kind.factor }, ...details },
  });
  flow.prompt.factorState[ERROR_STATE] = { factor: kind.factor, mode, details } satisfies WebauthnError;
  return redirect(`${ERROR_PATH}?state=${encodeURIComponent(flow.tx.state)}`);
}

function render(flow: PromptFlow): MockResponse {
  const error = flow.prompt.factorState[ERROR_STATE] as WebauthnError | undefined;
  const { state } = flow.tx;
  const body =
    `<p id="webauthn-error-details" data-error-code="webauthn-error">${escapeHtml(ERROR_TEXTS['webauthn-error'])}</p>` +
    actionForm(state, 'tryagain', 'Try again') +
    tryAnotherMethodLink(flow) +
    (error?.mode === 'enroll' ? actionForm(state, 'refuse-add-device', 'No thanks') : '');
  return html(layout({ screen: 'mfa-webauthn-error', title: 'Something Went Wrong', body }));
}

function answer(flow: PromptFlow): MockResponse {
  if (flow.action === 'refuse-add-device') return refuseDevice(flow);
  flow.prompt.factorState[ERROR_STATE] = undefined;
  return redirect(promptUrl(flow));
}

export function webauthnErrorRoutes(services: MockServices): Route[] {
  return [
    { method: 'GET', path: ERROR_PATH, handler: promptRoute(services, SERVES, render) },
    { method: 'POST', path: ERROR_PATH, handler: promptRoute(services, SERVES, answer) },
  ];
}
