import { field, type MockRequest } from '../http/request.ts';
import type { MockResponse } from '../http/response.ts';
import type { Handler } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import { offStep, type StepClaim } from './current-step.ts';
import { isFlow, loadFlowAt, type Flow } from './flow.ts';
import type { ActivePrompt } from '../tenants/transaction.ts';

/** A flow while an MFA prompt is shown: what the pickers and every factor screen work with. */
export interface PromptFlow extends Flow {
  prompt: ActivePrompt;
  /** The form's `action` value (`default`, `resend-code`, `pick-authenticator`…). */
  action: string;
}

export type PromptHandler = (flow: PromptFlow, req: MockRequest) => Promise<MockResponse> | MockResponse;

/**
 * Wraps the handler of a prompt's screen: loads the flow by state, and refuses the request unless the
 * transaction's waiting prompt is the one the screen belongs to (`claim`, current-step.ts), before the handler
 * reads anything: a stale tab and a forged form alike change nothing.
 */
export function promptHandler(services: MockServices, claim: StepClaim, handler: PromptHandler): Handler {
  return async (req) => {
    const flow = await loadFlowAt(services, req, claim);
    if (!isFlow(flow)) return flow;
    const prompt = flow.tx.prompt;
    if (!prompt) return offStep();
    return handler({ ...flow, prompt, action: field(req, 'action') ?? 'default' }, req);
  };
}
