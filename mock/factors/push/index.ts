import type { FactorModule } from '../kit/factor-module.ts';
import { promptRoute } from '../kit/prompt-route.ts';
import { factorPath } from '../../pipeline/prompt-paths.ts';
import { answerPushChallenge, renderPushChallenge } from './push-challenge.ts';
import { answerPushEnrollment, renderPushEnrollment } from './push-enrollment.ts';

const ENROLL_PATH = factorPath('enroll', 'push-notification');
const CHALLENGE_PATH = factorPath('challenge', 'push-notification');
const ENROLLING = { kind: 'enroll', factor: 'push-notification' } as const;
const CHALLENGING = { kind: 'challenge', factor: 'push-notification' } as const;

/** Guardian push notification: the QR enrollment and the notification challenge, both polled by the page. */
export const push: FactorModule<'push-notification'> = {
  type: 'push-notification',
  routes: (services) => [
    { method: 'GET', path: ENROLL_PATH, handler: promptRoute(services, ENROLLING, renderPushEnrollment) },
    { method: 'POST', path: ENROLL_PATH, handler: promptRoute(services, ENROLLING, answerPushEnrollment) },
    { method: 'GET', path: CHALLENGE_PATH, handler: promptRoute(services, CHALLENGING, renderPushChallenge) },
    {
      method: 'POST',
      path: CHALLENGE_PATH,
      handler: promptRoute(services, CHALLENGING, answerPushChallenge),
    },
  ],
};
