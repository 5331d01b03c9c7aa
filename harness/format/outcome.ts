import { STEPS } from '../steps/index.ts';
import type { Finding } from './errors/scenario-error.ts';
import type { Step } from './schema.ts';
import { stepEntry } from './step-entry.ts';

const STEP_BY_NAME = new Map(STEPS.map((step) => [step.name, step]));

/** Steps that end a login, as a person writing a scenario reads them. */
const OUTCOMES =
  'complete, denied, mfa-webauthn-error, a code screen answered with wrong: 10, a push the device rejects, or login-password with blocked: true';

/**
 * A scenario must end in an outcome (checks of what happened, `logs`, may follow it): one that stops after a
 * prompt passes whatever the login does next, and so proves less than it reads.
 */
export function outcomeFindings(login: readonly Step[]): Finding[] {
  let last = login.length - 1;
  while (last > 0 && STEP_BY_NAME.get(stepEntry(login[last])[0])?.checksAfterTheFact) last -= 1;
  const [name, options] = stepEntry(login[last]);
  if (STEP_BY_NAME.get(name)?.endsLogin(options)) return [];
  return [
    {
      path: ['login', last],
      at: 'value',
      text: `the login stops after "${name}" without an outcome; expected it to end in one: ${OUTCOMES}`,
    },
  ];
}
