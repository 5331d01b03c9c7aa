import { actionForm } from '../../screens/markup.ts';
import { offersAnotherMethod } from '../../pipeline/current-step.ts';
import type { PromptFlow } from './prompt-route.ts';

/**
 * The "Try another method" link of a factor screen, shown when the prompt offers more than one factor
 * (SEL-2, ENR-1); promptRoute answers what it posts.
 */
export function tryAnotherMethodLink(flow: PromptFlow): string {
  return offersAnotherMethod(flow.prompt)
    ? actionForm(flow.tx.state, 'pick-authenticator', 'Try another method')
    : '';
}
