import { WebauthnPlatformEnrollmentPage } from '../../pages/webauthn-ceremony-page.ts';
import { defineStep } from '../define-step.ts';
import {
  answerWebauthn,
  describeWebauthn,
  PLATFORM_AUTHENTICATOR,
  WebauthnEnrollAnswer,
} from './webauthn-answer.ts';

const SCREEN = 'mfa-webauthn-platform-enrollment';

/** `mfa-webauthn-platform-enrollment`: registers a credential on the browser's virtual platform authenticator. */
export default defineStep({
  name: SCREEN,
  screen: SCREEN,
  tryAnotherMethod: true,
  options: WebauthnEnrollAnswer,
  title: (o) => describeWebauthn(o, PLATFORM_AUTHENTICATOR),
  run: (ctx, options) =>
    answerWebauthn(
      ctx,
      SCREEN,
      new WebauthnPlatformEnrollmentPage(ctx.page),
      PLATFORM_AUTHENTICATOR,
      options,
    ),
});
