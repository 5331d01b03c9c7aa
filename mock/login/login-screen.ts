import type { MockResponse } from '../http/response.ts';
import type { Handler } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import { isFlow, loadFlowAt, type Flow } from '../pipeline/flow.ts';

/**
 * Wraps a login screen's handler: the flow by state, and only before the password has been accepted
 * (pipeline/current-step.ts): once the user is known, the identifier and password screens are not the
 * current step, so a login cannot change whose it is halfway through MFA.
 */
export function loginScreen(
  services: MockServices,
  handler: (flow: Flow) => Promise<MockResponse> | MockResponse,
): Handler {
  return async (req) => {
    const flow = await loadFlowAt(services, req, { step: 'login' });
    return isFlow(flow) ? handler(flow) : flow;
  };
}
