/**
 * Universal Login screens that do not belong to the transaction's current prompt (docs/decisions/0045):
 * each is refused with Auth0's error page (400 `invalid_request`) and writes nothing; the login still waits
 * where it was, the failure counter unchanged.
 */
import assert from 'node:assert/strict';
import type { InProcessMock } from '../../../support/in-process-mock.ts';
import { MAX_WRONG_CODES } from '../../../../mock/factors/kit/wrong-code.ts';
import { attack, type AttackRow } from './attack.ts';
import {
  awayOnRedirect,
  challengePicker,
  forge,
  mfaFailures,
  open,
  otpChallenge,
  type WaitingLogin,
} from './scenes.ts';

const REFUSED = { status: 400, error: 'invalid_request', log: [] };

/** The challenge still waits: the user's own code completes it. */
async function challengeStillCompletes({ t, at }: WaitingLogin): Promise<void> {
  assert.equal((await t.answerOtp(at)).where, 'callback');
}

/** A locked user stays locked: the counter is still at ten and the real code is refused. */
async function stillLocked(scene: WaitingLogin): Promise<void> {
  assert.equal(mfaFailures(scene.t), MAX_WRONG_CODES);
  const answer = await scene.t.answerOtp(scene.at);
  assert.match(answer.body, /data-error-code="too-many-failures"/);
}

function onlyTheOwnOtp({ t }: WaitingLogin): void {
  const authenticators = t.tenant.users.get(t.userId)?.authenticators ?? [];
  assert.deepEqual(
    authenticators.map((a) => a.type),
    ['totp'],
  );
}

const ownCode = '123456';

export function screenAttacks(mock: InProcessMock): AttackRow[] {
  const recoveryCodeConfirmed = (scene: WaitingLogin) =>
    forge(scene, '/u/mfa-recovery-code-enrollment', { saved: 'on', action: 'default' });
  const otpEnrollmentAnswered = (scene: WaitingLogin) =>
    forge(scene, '/u/mfa-otp-enrollment', { code: ownCode, action: 'default' });
  return [
    attack({
      name: 'the recovery-code enrollment confirmed during an OTP challenge, on a tenant without recovery codes',
      setup: () => otpChallenge(mock),
      attack: recoveryCodeConfirmed,
      refused: REFUSED,
      afterwards: challengeStillCompletes,
    }),
    attack({
      name: 'the recovery-code enrollment confirmed for a locked user',
      setup: () => otpChallenge(mock, { locked: true }),
      attack: recoveryCodeConfirmed,
      refused: REFUSED,
      afterwards: stillLocked,
    }),
    attack({
      name: "the OTP enrollment answered during an OTP challenge, with the attacker's own authenticator",
      setup: () => otpChallenge(mock),
      attack: otpEnrollmentAnswered,
      refused: REFUSED,
      afterwards: async (scene) => {
        onlyTheOwnOtp(scene);
        await challengeStillCompletes(scene);
      },
    }),
    attack({
      name: 'the OTP enrollment answered for a locked user, to reset the failure counter',
      setup: () => otpChallenge(mock, { locked: true }),
      attack: otpEnrollmentAnswered,
      refused: REFUSED,
      afterwards: async (scene) => {
        onlyTheOwnOtp(scene);
        await stillLocked(scene);
      },
    }),
    attack({
      name: 'the email challenge opened during an OTP challenge that does not offer email',
      setup: () => otpChallenge(mock),
      attack: (scene) => open(scene, '/u/mfa-email-challenge'),
      refused: REFUSED,
      afterwards: challengeStillCompletes,
    }),
    attack({
      name: 'the phone enrollment opened during an OTP challenge',
      setup: () => otpChallenge(mock),
      attack: (scene) => open(scene, '/u/mfa-phone-enrollment'),
      refused: REFUSED,
      afterwards: challengeStillCompletes,
    }),
    attack({
      name: 'the challenge picker opened when the challenge offers no other method',
      setup: () => otpChallenge(mock),
      attack: (scene) => open(scene, '/u/mfa-login-options'),
      refused: REFUSED,
      afterwards: challengeStillCompletes,
    }),
    attack({
      name: '"Try another method" posted on a challenge that offers no other method',
      setup: () => otpChallenge(mock),
      attack: (scene) => forge(scene, '/u/mfa-otp-challenge', { action: 'pick-authenticator' }),
      refused: REFUSED,
      afterwards: challengeStillCompletes,
    }),
    attack({
      name: 'a factor the picker does not offer, picked by a forged form',
      setup: () => challengePicker(mock),
      attack: (scene) => forge(scene, '/u/mfa-login-options', { action: 'recovery-code::0' }),
      refused: REFUSED,
      afterwards: async ({ t, at }) => {
        assert.equal((await t.browser.submit(at, { action: 'otp::0' })).where, '/u/mfa-otp-challenge');
      },
    }),
    attack({
      name: '"Go back" posted on a challengeWithAny picker, which has none',
      setup: () => challengePicker(mock),
      attack: (scene) => forge(scene, '/u/mfa-login-options', { action: 'back-action' }),
      refused: REFUSED,
    }),
    attack({
      name: 'the password screen posted halfway through MFA, with another user’s password',
      setup: async () => {
        const scene = await otpChallenge(mock);
        const other = { email: `other-${scene.t.email}`, password: 'Other-pw-1234' };
        await scene.t.api('POST', '/users', { connection: 'Username-Password-Authentication', ...other });
        return { ...scene, other };
      },
      attack: (scene) =>
        forge(scene, '/u/login/password', { password: scene.other.password, action: 'default' }),
      refused: REFUSED,
      afterwards: async (scene) => {
        assert.equal(scene.t.tenant.transactions.get(scene.state)?.userId, scene.t.userId);
        await challengeStillCompletes(scene);
      },
    }),
    attack({
      name: '/authorize/resume while a redirect Action waits for /continue (skipping its onContinuePostLogin)',
      setup: () => awayOnRedirect(mock),
      attack: (scene) => open(scene, '/authorize/resume'),
      refused: REFUSED,
      afterwards: async (scene) => {
        const back = await open(scene, '/continue');
        assert.equal(back.url.searchParams.get('error_description'), 'the custom factor refused');
      },
    }),
  ];
}
