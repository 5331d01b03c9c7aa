import { field, type MockRequest } from '../../http/request.ts';
import type { MockResponse } from '../../http/response.ts';
import type { Handler } from '../../http/router.ts';
import type { MockServices } from '../../services.ts';
import { isFlow, loadFlow, type Flow } from '../../pipeline/flow.ts';
import { transactionNotFound } from '../../screens/transaction-not-found.ts';
import type { ActivePrompt } from '../../pipeline/transaction.ts';

export interface PromptFlow extends Flow {
  prompt: ActivePrompt;
  /** The form's `action` value (`default`, `resend-code`, `pick-authenticator`…). */
  action: string;
}

/**
 * Wraps a factor screen's handler: loads the flow by state, and refuses a request when no prompt is active
 * (a stale tab), the same way an unknown state is refused.
 */
export function promptRoute(
  services: MockServices,
  handler: (flow: PromptFlow, req: MockRequest) => Promise<MockResponse> | MockResponse,
): Handler {
  return async (req) => {
    const flow = await loadFlow(services, req);
    if (!isFlow(flow)) return flow;
    const prompt = flow.tx.prompt;
    if (!prompt) return transactionNotFound();
    return handler({ ...flow, prompt, action: field(req, 'action') ?? 'default' }, req);
  };
}
