import { WebauthnRoamingChallengePage } from '../../pages/webauthn-ceremony-page.ts';
import { defineStep } from '../define-step.ts';
import { answerWebauthn, describeWebauthn, SECURITY_KEY, WebauthnAnswer } from './webauthn-answer.ts';

const SCREEN = 'mfa-webauthn-roaming-challenge';

/** `mfa-webauthn-roaming-challenge`: the browser's virtual security key signs the challenge. */
export default defineStep({
  name: SCREEN,
  screen: SCREEN,
  tryAnotherMethod: true,
  options: WebauthnAnswer,
  title: (o) => describeWebauthn(o, SECURITY_KEY),
  run: (ctx, options) =>
    answerWebauthn(ctx, SCREEN, new WebauthnRoamingChallengePage(ctx.page), SECURITY_KEY, options),
});
