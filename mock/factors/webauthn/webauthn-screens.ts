/**
 * The WebAuthn enrollment and challenge screens (contract §2), for a security key and a platform
 * authenticator alike.
 * - GET renders fresh options (a new challenge per page view) and the ceremony script
 * - `action=default` with `response`: verified with @simplewebauthn/server; success completes the factor
 *   (gd_enrollment_complete / gd_auth_succeed, SEQ-3, LOG-2) and stores the credential or its counter
 * - a failed verification, or `action=showError::<json>` from the browser, logs
 *   gd_webauthn_enrollment_failed / gd_webauthn_challenge_failed and shows the error screen
 * - "Try another method" (SEL-2, ENR-1) is the kit's promptRoute's; `action=refuse-add-device` on the
 *   platform enrollment: the user declines this device
 */
import { html, type MockResponse } from '../../http/response.ts';
import { field } from '../../http/request.ts';
import { layout } from '../../screens/layout.ts';
import { actionForm, hidden, primaryButton, primaryForm } from '../../screens/markup.ts';
import { completeFactor } from '../../pipeline/prompts.ts';
import { flowUser } from '../../pipeline/flow.ts';
import { newAuthenticatorId } from '../../management/authentication-methods.ts';
import type { FactorModule } from '../kit/factor-module.ts';
import { tryAnotherMethodLink } from '../kit/try-another-method.ts';
import { promptRoute, type PromptFlow } from '../kit/prompt-route.ts';
import { ceremonyScript, type Ceremony } from './ceremony-script.ts';
import {
  authenticationOptions,
  registrationOptions,
  verifyAssertion,
  verifyRegistration,
} from './webauthn-ceremony.ts';
import { WEBAUTHN_KINDS, type WebauthnFactor, type WebauthnKind } from './webauthn-kinds.ts';
import { failCeremony, showErrorDetails, webauthnErrorRoutes } from './webauthn-error.ts';
import { refuseDevice } from './refuse-device.ts';

interface CeremonyState {
  challenge: string;
}

/** The challenge of the page the user is answering; taken once, so a replayed answer finds none. */
function takeChallenge(flow: PromptFlow, kind: WebauthnKind): string | undefined {
  const state = flow.prompt.factorState[kind.factor] as CeremonyState | undefined;
  flow.prompt.factorState[kind.factor] = undefined;
  return state?.challenge;
}

/** The hidden form the script posts a browser error with. */
function showErrorForm(state: string): string {
  return `<form method="POST" data-form-secondary="true" class="ulp-action-form-showError" hidden>${hidden('state', state)}${hidden('action', '')}${hidden('response', '')}</form>`;
}

async function render(flow: PromptFlow, kind: WebauthnKind, ceremony: Ceremony): Promise<MockResponse> {
  const user = flowUser(flow);
  const publicKey =
    ceremony === 'create'
      ? await registrationOptions(flow.tenant, user, kind)
      : await authenticationOptions(flow.tenant, user, kind);
  flow.prompt.factorState[kind.factor] = { challenge: publicKey.challenge } satisfies CeremonyState;
  const { state } = flow.tx;
  const enroll = ceremony === 'create';
  const body =
    primaryForm(state, hidden('response', '') + primaryButton(kind.texts.button)) +
    showErrorForm(state) +
    (enroll && kind.factor === 'webauthn-platform'
      ? actionForm(state, 'refuse-add-device', 'Not on this device')
      : '') +
    tryAnotherMethodLink(flow);
  const page = layout({
    screen: enroll ? kind.enrollScreen : kind.challengeScreen,
    title: enroll ? kind.texts.enrollTitle : kind.texts.challengeTitle,
    description: enroll ? kind.texts.enrollDescription : kind.texts.challengeDescription,
    body,
    scripts: ceremonyScript(ceremony, publicKey),
  });
  return html(page);
}

async function answerEnrollment(flow: PromptFlow, kind: WebauthnKind): Promise<MockResponse> {
  if (flow.action === 'refuse-add-device') return refuseDevice(flow);
  const challenge = takeChallenge(flow, kind);
  if (flow.action.startsWith('showError::'))
    return failCeremony(flow, kind, 'enroll', showErrorDetails(flow.action));
  if (!challenge) return failCeremony(flow, kind, 'enroll', { reason: 'no ceremony was started' });
  const verified = await verifyRegistration(flow.tenant, kind, field(flow.req, 'response') ?? '', challenge);
  if (!verified.ok) return failCeremony(flow, kind, 'enroll', { reason: verified.reason });
  flowUser(flow).authenticators.push({
    id: newAuthenticatorId(kind.factor),
    type: kind.factor,
    confirmed: true,
    created_at: new Date().toISOString(),
    relying_party_identifier: flow.tenant.hostname,
    ...verified.value,
  });
  return completeFactor(flow, kind.factor);
}

async function answerChallenge(flow: PromptFlow, kind: WebauthnKind): Promise<MockResponse> {
  const challenge = takeChallenge(flow, kind);
  if (flow.action.startsWith('showError::'))
    return failCeremony(flow, kind, 'challenge', showErrorDetails(flow.action));
  if (!challenge) return failCeremony(flow, kind, 'challenge', { reason: 'no ceremony was started' });
  const response = field(flow.req, 'response') ?? '';
  const verified = await verifyAssertion(flow.tenant, flowUser(flow), kind, response, challenge);
  if (!verified.ok) return failCeremony(flow, kind, 'challenge', { reason: verified.reason });
  verified.value.authenticator.counter = verified.value.newCounter;
  return completeFactor(flow, kind.factor);
}

/** The module of one WebAuthn factor: its enrollment and challenge screens. */
export function webauthnModule<T extends WebauthnFactor>(factor: T): FactorModule<T> {
  const kind = WEBAUTHN_KINDS[factor];
  const enrolling = { kind: 'enroll', factor } as const;
  const challenging = { kind: 'challenge', factor } as const;
  return {
    type: factor,
    routes: (services) => [
      {
        method: 'GET',
        path: kind.enrollPath,
        handler: promptRoute(services, enrolling, (f) => render(f, kind, 'create')),
      },
      {
        method: 'POST',
        path: kind.enrollPath,
        handler: promptRoute(services, enrolling, (f) => answerEnrollment(f, kind)),
      },
      {
        method: 'GET',
        path: kind.challengePath,
        handler: promptRoute(services, challenging, (f) => render(f, kind, 'get')),
      },
      {
        method: 'POST',
        path: kind.challengePath,
        handler: promptRoute(services, challenging, (f) => answerChallenge(f, kind)),
      },
      // One error screen serves both factors: the security key's routes carry it.
      ...(factor === 'webauthn-roaming' ? webauthnErrorRoutes(services) : []),
    ],
  };
}
