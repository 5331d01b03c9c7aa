import { field, type MockRequest } from '../http/request.ts';
import type { MockResponse } from '../http/response.ts';
import type { Handler } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import { transactionNotFound } from '../screens/transaction-not-found.ts';
import { isFlow, loadFlow, type Flow } from './flow.ts';
import type { ActivePrompt } from '../tenants/transaction.ts';

/** A flow while an MFA prompt is shown: what the pickers and every factor screen work with. */
export interface PromptFlow extends Flow {
  prompt: ActivePrompt;
  /** The form's `action` value (`default`, `resend-code`, `pick-authenticator`…). */
  action: string;
}

export type PromptHandler = (flow: PromptFlow, req: MockRequest) => Promise<MockResponse> | MockResponse;

/**
 * Wraps the handler of a prompt's screen: loads the flow by state, and refuses a request when no prompt is
 * active (a stale tab), the same way an unknown state is refused.
 */
export function promptHandler(services: MockServices, handler: PromptHandler): Handler {
  return async (req) => {
    const flow = await loadFlow(services, req);
    if (!isFlow(flow)) return flow;
    const prompt = flow.tx.prompt;
    if (!prompt) return transactionNotFound();
    return handler({ ...flow, prompt, action: field(req, 'action') ?? 'default' }, req);
  };
}
