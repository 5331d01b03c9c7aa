import { WebauthnPlatformChallengePage } from '../../pages/webauthn-ceremony-page.ts';
import { defineStep } from '../define-step.ts';
import {
  answerWebauthn,
  describeWebauthn,
  PLATFORM_AUTHENTICATOR,
  WebauthnAnswer,
} from './webauthn-answer.ts';

const SCREEN = 'mfa-webauthn-platform-challenge';

/** `mfa-webauthn-platform-challenge`: the browser's virtual platform authenticator signs the challenge. */
export default defineStep({
  name: SCREEN,
  screen: SCREEN,
  tryAnotherMethod: true,
  options: WebauthnAnswer,
  title: (o) => describeWebauthn(o, PLATFORM_AUTHENTICATOR),
  run: (ctx, options) =>
    answerWebauthn(ctx, SCREEN, new WebauthnPlatformChallengePage(ctx.page), PLATFORM_AUTHENTICATOR, options),
});
