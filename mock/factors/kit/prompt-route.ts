import type { Handler } from '../../http/router.ts';
import type { MockServices } from '../../services.ts';
import { promptHandler, type PromptHandler } from '../../pipeline/prompt-flow.ts';
import { tryAnotherMethod } from '../../pipeline/prompts.ts';
import { offersAnotherMethod, offStep, type FactorScreen } from '../../pipeline/current-step.ts';

export type { PromptFlow } from '../../pipeline/prompt-flow.ts';

/**
 * Wraps a factor screen's handler: loads the flow by state and lets the request through only while the
 * transaction's prompt is answering the factor, for the kind, that the screen `serves` (a challenge screen
 * never completes an enrollment, nor one factor's screen another's), and answers "Try another method"
 * (`action=pick-authenticator`, SEL-2, ENR-1) once for every screen that shows the link, so a factor's
 * handler only sees its own actions. A screen without the link (the recovery code being shown) passes
 * `{ offersAnotherMethod: false }`; there, as where the prompt has no alternative, the action is refused.
 */
export function promptRoute(
  services: MockServices,
  serves: FactorScreen | readonly FactorScreen[],
  handler: PromptHandler,
  options: { offersAnotherMethod?: boolean } = {},
): Handler {
  const showsLink = options.offersAnotherMethod ?? true;
  const claim = { step: 'factor', serves: [serves].flat() } as const;
  return promptHandler(services, claim, (flow, req) => {
    if (flow.action !== 'pick-authenticator') return handler(flow, req);
    return showsLink && offersAnotherMethod(flow.prompt) ? tryAnotherMethod(flow) : offStep();
  });
}
