import type { FactorModule } from '../kit/factor-module.ts';
import { promptRoute } from '../kit/prompt-route.ts';
import { factorPath } from '../../pipeline/prompt-paths.ts';
import { answerPushChallenge, renderPushChallenge } from './push-challenge.ts';
import { answerPushEnrollment, renderPushEnrollment } from './push-enrollment.ts';

const ENROLL_PATH = factorPath('enroll', 'push-notification');
const CHALLENGE_PATH = factorPath('challenge', 'push-notification');

/** Guardian push notification: the QR enrollment and the notification challenge, both polled by the page. */
export const push: FactorModule<'push-notification'> = {
  type: 'push-notification',
  routes: (services) => [
    { method: 'GET', path: ENROLL_PATH, handler: promptRoute(services, renderPushEnrollment) },
    { method: 'POST', path: ENROLL_PATH, handler: promptRoute(services, answerPushEnrollment) },
    { method: 'GET', path: CHALLENGE_PATH, handler: promptRoute(services, renderPushChallenge) },
    { method: 'POST', path: CHALLENGE_PATH, handler: promptRoute(services, answerPushChallenge) },
  ],
};
