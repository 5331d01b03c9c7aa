import { SCREEN_PATHS } from '../../../contract/screens.ts';
import type { FactorScreens } from '../kit/factor-module.ts';
import { promptRoute } from '../kit/prompt-route.ts';
import { answerPushChallenge, renderPushChallenge } from './push-challenge.ts';
import { answerPushEnrollment, renderPushEnrollment } from './push-enrollment.ts';

const ENROLL_PATH = SCREEN_PATHS['mfa-push-enrollment'];
const CHALLENGE_PATH = SCREEN_PATHS['mfa-push-challenge'];

/** Guardian push notification: the QR enrollment and the notification challenge, both polled by the page. */
export const pushScreens: FactorScreens = {
  type: 'push-notification',
  label: 'Notification via Auth0 Guardian app',
  enrollPath: ENROLL_PATH,
  challengePath: CHALLENGE_PATH,
  routes: (services) => [
    { method: 'GET', path: ENROLL_PATH, handler: promptRoute(services, renderPushEnrollment) },
    { method: 'POST', path: ENROLL_PATH, handler: promptRoute(services, answerPushEnrollment) },
    { method: 'GET', path: CHALLENGE_PATH, handler: promptRoute(services, renderPushChallenge) },
    { method: 'POST', path: CHALLENGE_PATH, handler: promptRoute(services, answerPushChallenge) },
  ],
};
