import { WebauthnRoamingEnrollmentPage } from '../../pages/webauthn-ceremony-page.ts';
import { defineStep } from '../define-step.ts';
import { answerWebauthn, describeWebauthn, SECURITY_KEY, WebauthnEnrollAnswer } from './webauthn-answer.ts';

const SCREEN = 'mfa-webauthn-roaming-enrollment';

/** `mfa-webauthn-roaming-enrollment`: registers a credential on the browser's virtual security key. */
export default defineStep({
  name: SCREEN,
  screen: SCREEN,
  tryAnotherMethod: true,
  options: WebauthnEnrollAnswer,
  title: (o) => describeWebauthn(o, SECURITY_KEY),
  run: (ctx, options) =>
    answerWebauthn(ctx, SCREEN, new WebauthnRoamingEnrollmentPage(ctx.page), SECURITY_KEY, options),
});
