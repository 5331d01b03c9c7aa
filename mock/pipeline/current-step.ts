/**
 * Where a login transaction is, and which screens and entry points it accepts there (docs/decisions/0045):
 * - before the password: the login screens only
 * - while a prompt waits: the picker of its kind (while it is shown, or when "Try another method" leads to
 *   it) and the screens of the factor it is answering, for its kind; a screen of another factor, of the other
 *   kind or of nothing offered is not the current step
 * - between two steps: only /authorize/resume; sent away by a redirect Action: only /continue
 * Anything else is refused before its handler reads the request, so a forged form changes nothing.
 */
import type { MockResponse } from '../http/response.ts';
import { errorPage } from '../screens/error-page.ts';
import type { FactorType } from '../../contract/factors.ts';
import { UNSURE } from '../../contract/unsure.ts';
import type { ActivePrompt, Transaction } from '../tenants/transaction.ts';

export type PromptKind = ActivePrompt['kind'];

/** A factor screen serves one kind of prompt for one factor: `{ kind: 'challenge', factor: 'otp' }`. */
export interface FactorScreen {
  kind: PromptKind;
  factor: FactorType;
}

/** What a route is: a login screen, a pipeline entry point, a picker, or a factor's screen. */
export type StepClaim =
  | { step: 'login' }
  | { step: 'resume' }
  | { step: 'continue' }
  | { step: 'picker'; kind: PromptKind }
  | { step: 'factor'; serves: readonly FactorScreen[] };

/** "Try another method" is on the screen: the prompt offers alternatives, and no enrollment is finishing. */
export function offersAnotherMethod(prompt: ActivePrompt): boolean {
  return prompt.offered.length > 1 && prompt.recoveryCodeAfter === undefined;
}

/** Whether the transaction, where it is now, accepts a request to the route `claim` describes. */
export function acceptsStep(tx: Transaction, claim: StepClaim): boolean {
  const { prompt } = tx;
  switch (claim.step) {
    case 'login':
      return tx.userId === undefined;
    case 'resume':
      return tx.userId !== undefined && !prompt && tx.pipeline.redirectedFrom === undefined;
    case 'continue':
      return tx.userId !== undefined && !prompt && tx.pipeline.redirectedFrom !== undefined;
    case 'picker':
      return prompt?.kind === claim.kind && (prompt.current === undefined || offersAnotherMethod(prompt));
    case 'factor':
      return claim.serves.some(
        (screen) => prompt?.kind === screen.kind && prompt.current?.type === screen.factor,
      );
  }
}

/** What the refusal says; the same for every screen, so it tells an attacker nothing about the login. */
export const OFF_STEP_DESCRIPTION =
  'The request does not belong to the current step of this login transaction.';

/** The refusal: the error page with `invalid_request`, 400; nothing is logged and the login is unchanged. */
export function offStep(): MockResponse {
  return errorPage(OFF_STEP_DESCRIPTION, UNSURE.offStepError);
}
