/**
 * Recovery codes (ENR-5, ENR-9, SEL-7, LOG-2): 24 characters, single use (contract §5).
 * - a user's first enrollment, on a tenant with recovery codes enabled, is followed by
 *   `mfa-recovery-code-enrollment`: the code shown once, kept only when the user ticks `saved`
 *   (`no-confirmation` otherwise); so is `enrollWith({ type: 'recovery-code' })`
 * - `mfa-recovery-code-challenge` takes the code (`gd_recovery_succeed`; a wrong one `gd_recovery_failed`,
 *   ten lock MFA), replaces it at once, and shows the new one once (`mfa-recovery-code-challenge-new-code`)
 */
import { html, redirect, type MockResponse } from '../../http/response.ts';
import { field } from '../../http/request.ts';
import type { Route } from '../../http/router.ts';
import type { MockServices } from '../../services.ts';
import type { FactorType } from '../../../contract/factors.ts';
import { flowUser, resumeUrl, type Flow } from '../../pipeline/flow.ts';
import { factorPath } from '../../pipeline/prompt-paths.ts';
import { completeFactor } from '../../pipeline/prompts.ts';
import { layout } from '../../screens/layout.ts';
import { escapeHtml, fieldError, primaryButton, primaryForm } from '../../screens/markup.ts';
import type { ErrorCode } from '../../screens/error-texts.ts';
import { newAuthenticatorId } from '../../management/authentication-methods.ts';
import { alnum } from '../../tenants/ids.ts';
import type { User } from '../../tenants/model.ts';
import { SCREEN_PATHS } from '../../../contract/screens.ts';
import { renderCodeScreen } from '../kit/code-screen.ts';
import { promptRoute, type PromptFlow } from '../kit/prompt-route.ts';
import { isMfaLocked, recordWrongCode } from '../kit/wrong-code.ts';

const ENROLL_PATH = factorPath('enroll', 'recovery-code');
const CHALLENGE_PATH = factorPath('challenge', 'recovery-code');
const NEW_CODE_PATH = SCREEN_PATHS['mfa-recovery-code-challenge-new-code'];
const RECOVERY_CODE_LENGTH = 24;
const ENROLLING = { kind: 'enroll', factor: 'recovery-code' } as const;
const CHALLENGING = { kind: 'challenge', factor: 'recovery-code' } as const;

/** The code being shown, and the enrollment it follows (ENR-9) when it was not asked for itself. */
interface ShownCode {
  code: string;
  after?: FactorType;
}

function at(path: string, flow: Flow): string {
  return `${path}?state=${encodeURIComponent(flow.tx.state)}`;
}

/** The user's one recovery code, replaced in place: a new one makes the old one useless. */
function storeCode(user: User, code: string): void {
  const existing = user.authenticators.find((a) => a.type === 'recovery-code');
  if (existing) {
    existing.recovery_code = code;
    return;
  }
  user.authenticators.push({
    id: newAuthenticatorId('recovery-code'),
    type: 'recovery-code',
    confirmed: true,
    created_at: new Date().toISOString(),
    recovery_code: code,
  });
}

function renderShown(
  flow: PromptFlow,
  screen: 'enroll' | 'new-code',
  code: string,
  error?: ErrorCode,
): MockResponse {
  const saved = `<div class="ulp-checkbox"><input type="checkbox" id="saved" name="saved"><label for="saved">I have safely recorded this code</label>${fieldError('saved', error)}</div>`;
  const body = primaryForm(
    flow.tx.state,
    `<div class="recovery-code"><code id="recovery-code" data-recovery-code="true">${escapeHtml(code)}</code></div>${saved}${primaryButton('Continue')}`,
  );
  const page = layout({
    screen: screen === 'enroll' ? 'mfa-recovery-code-enrollment' : 'mfa-recovery-code-challenge-new-code',
    title: screen === 'enroll' ? 'Almost There!' : 'Save Your New Recovery Code',
    description:
      screen === 'enroll'
        ? "Copy this recovery code and keep it somewhere safe. You'll need it if you ever need to log in without your device."
        : 'Your recovery code was used and replaced. Copy this new one and keep it somewhere safe.',
    body,
  });
  return html(page, error ? 400 : 200);
}

/**
 * The code this prompt shows: one per prompt, and a new one when the screen starts to follow an enrollment
 * (ENR-9: the pipeline set `recoveryCodeAfter` when that enrollment completed).
 */
function shownCode(flow: PromptFlow): ShownCode {
  const existing = flow.prompt.factorState['recovery-code'] as ShownCode | undefined;
  const after = flow.prompt.recoveryCodeAfter;
  if (existing && existing.after === after) return existing;
  const created: ShownCode = after
    ? { code: alnum(RECOVERY_CODE_LENGTH), after }
    : { code: alnum(RECOVERY_CODE_LENGTH) };
  flow.prompt.factorState['recovery-code'] = created;
  return created;
}

function confirmEnrollment(flow: PromptFlow): MockResponse {
  const shown = shownCode(flow);
  if (field(flow.req, 'saved') === undefined)
    return renderShown(flow, 'enroll', shown.code, 'no-confirmation');
  storeCode(flowUser(flow), shown.code);
  if (shown.after === undefined) return completeFactor(flow, 'recovery-code');
  // The enrollment it follows is complete and logged already: back to the pipeline.
  flow.tx.prompt = undefined;
  return redirect(resumeUrl(flow));
}

function renderChallenge(flow: PromptFlow, error?: ErrorCode): MockResponse {
  return renderCodeScreen(flow, {
    screen: 'mfa-recovery-code-challenge',
    title: 'Verify Your Identity',
    description: 'Enter the recovery code you were provided during your initial enrollment.',
    codeLabel: 'Enter your recovery code',
    error,
  });
}

function answerChallenge(flow: PromptFlow): MockResponse {
  if (isMfaLocked(flow)) return renderChallenge(flow, 'too-many-failures');
  const user = flowUser(flow);
  const answer = (field(flow.req, 'code') ?? '').replace(/[\s-]/g, '').toUpperCase();
  const stored = user.authenticators.find((a) => a.type === 'recovery-code' && a.confirmed)?.recovery_code;
  if (!stored || answer !== stored) return renderChallenge(flow, recordWrongCode(flow, 'recovery-code'));
  const replacement = alnum(RECOVERY_CODE_LENGTH);
  storeCode(user, replacement);
  flow.prompt.factorState['recovery-code-new'] = replacement;
  return redirect(at(NEW_CODE_PATH, flow));
}

function newCode(flow: PromptFlow): string | undefined {
  return flow.prompt.factorState['recovery-code-new'] as string | undefined;
}

function confirmNewCode(flow: PromptFlow): MockResponse {
  const code = newCode(flow);
  if (!code) return redirect(at(CHALLENGE_PATH, flow));
  if (field(flow.req, 'saved') === undefined) return renderShown(flow, 'new-code', code, 'no-confirmation');
  return completeFactor(flow, 'recovery-code');
}

export function recoveryCodeRoutes(services: MockServices): Route[] {
  return [
    {
      method: 'GET',
      path: ENROLL_PATH,
      handler: promptRoute(services, ENROLLING, (flow) => renderShown(flow, 'enroll', shownCode(flow).code)),
    },
    // The code being shown offers no "Try another method": the user saves it first.
    {
      method: 'POST',
      path: ENROLL_PATH,
      handler: promptRoute(services, ENROLLING, confirmEnrollment, { offersAnotherMethod: false }),
    },
    {
      method: 'GET',
      path: CHALLENGE_PATH,
      handler: promptRoute(services, CHALLENGING, (flow) => renderChallenge(flow)),
    },
    { method: 'POST', path: CHALLENGE_PATH, handler: promptRoute(services, CHALLENGING, answerChallenge) },
    {
      method: 'GET',
      path: NEW_CODE_PATH,
      handler: promptRoute(services, CHALLENGING, (flow) => {
        const code = newCode(flow);
        return code ? renderShown(flow, 'new-code', code) : redirect(at(CHALLENGE_PATH, flow));
      }),
    },
    {
      method: 'POST',
      path: NEW_CODE_PATH,
      handler: promptRoute(services, CHALLENGING, confirmNewCode, { offersAnotherMethod: false }),
    },
  ];
}
