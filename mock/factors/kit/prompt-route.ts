import type { Handler } from '../../http/router.ts';
import type { MockServices } from '../../services.ts';
import { promptHandler, type PromptHandler } from '../../pipeline/prompt-flow.ts';
import { tryAnotherMethod } from '../../pipeline/prompts.ts';

export type { PromptFlow } from '../../pipeline/prompt-flow.ts';

/**
 * Wraps a factor screen's handler: loads the flow by state (refusing a request when no prompt is active),
 * and answers "Try another method" (`action=pick-authenticator`, SEL-2, ENR-1) once for every screen that
 * shows the link, so a factor's handler only sees its own actions. A screen without the link (the recovery
 * code being shown) passes `{ offersAnotherMethod: false }` and gets the action like any other.
 */
export function promptRoute(
  services: MockServices,
  handler: PromptHandler,
  options: { offersAnotherMethod?: boolean } = {},
): Handler {
  const offersAnotherMethod = options.offersAnotherMethod ?? true;
  return promptHandler(services, (flow, req) =>
    offersAnotherMethod && flow.action === 'pick-authenticator' ? tryAnotherMethod(flow) : handler(flow, req),
  );
}
