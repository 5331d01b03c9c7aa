/**
 * Where the attacks start: tenants brought through the mock's own HTTP routes to a login waiting at a
 * prompt, so that each attack meets the state a real attacker would.
 */
import assert from 'node:assert/strict';
import type { InProcessMock, Landing } from '../../../support/in-process-mock.ts';
import { TestTenant } from '../../../support/in-process-mock.ts';
import { MAX_WRONG_CODES } from '../../../../mock/factors/kit/wrong-code.ts';

const action = (body: string) => `exports.onExecutePostLogin = async (event, api) => { ${body} };`;

export interface WaitingLogin {
  t: TestTenant;
  /** The screen the login waits on. */
  at: Landing;
  state: string;
}

/** Posts `fields` with the login's state to `path`, as a forged form would. */
export function forge(scene: WaitingLogin, path: string, fields: Record<string, string> = {}) {
  return scene.t.browser.go('POST', `${path}?state=${encodeURIComponent(scene.state)}`, {
    state: scene.state,
    ...fields,
  });
}

/** Opens `path` with the login's state, as a forged link would. */
export function open(scene: WaitingLogin, path: string) {
  return scene.t.browser.go('GET', `${path}?state=${encodeURIComponent(scene.state)}`);
}

function waiting(t: TestTenant, at: Landing, where: string): WaitingLogin {
  assert.equal(at.where, where, `the scene should wait on ${where}, not ${at.url.href}`);
  return { t, at, state: at.url.searchParams.get('state') ?? '' };
}

/**
 * An OTP challenge waiting for a user enrolled in OTP, on a tenant with only OTP enabled (no recovery
 * codes); `locked`: after ten wrong codes, so the user's MFA is locked; `alternatives`: email behind "Try
 * another method".
 */
export async function otpChallenge(
  mock: InProcessMock,
  options: { locked?: boolean; alternatives?: boolean } = {},
): Promise<WaitingLogin> {
  const t = await TestTenant.create(mock, {
    factors: options.alternatives ? ['otp', 'email'] : ['otp'],
    actions: [
      action(
        options.alternatives
          ? `api.authentication.challengeWith({ type: 'otp' }, { additionalFactors: [{ type: 'email' }] });`
          : `api.authentication.challengeWith({ type: 'otp' });`,
      ),
    ],
    user: { enrollments: ['otp'] },
  });
  let at = await t.login();
  for (let i = 0; options.locked && i < MAX_WRONG_CODES; i += 1) at = await t.answerOtp(at, { wrong: true });
  return waiting(t, at, '/u/mfa-otp-challenge');
}

/** The challenge picker of `challengeWithAny` over OTP and email, for a user enrolled in both. */
export async function challengePicker(mock: InProcessMock): Promise<WaitingLogin> {
  const t = await TestTenant.create(mock, {
    factors: ['otp', 'email'],
    actions: [action(`api.authentication.challengeWithAny([{ type: 'otp' }, { type: 'email' }]);`)],
    user: { enrollments: ['otp'] },
  });
  return waiting(t, await t.login(), '/u/mfa-login-options');
}

/** A redirect Action sent the user to its custom factor: the login waits for /continue. */
export async function awayOnRedirect(mock: InProcessMock): Promise<WaitingLogin> {
  const t = await TestTenant.create(mock, {
    actions: [
      `exports.onExecutePostLogin = async (event, api) => { api.redirect.sendUserTo('https://factor.example/verify'); };
exports.onContinuePostLogin = async (event, api) => { api.access.deny('the custom factor refused'); };`,
    ],
  });
  const at = await t.login();
  assert.equal(at.where, 'external', `the Action should redirect, not land on ${at.url.href}`);
  return { t, at, state: at.url.searchParams.get('state') ?? '' };
}

/** The user's wrong MFA codes in a row (ten lock MFA). */
export function mfaFailures(t: TestTenant): number {
  return t.tenant.users.get(t.userId)?.mfaFailures ?? -1;
}
