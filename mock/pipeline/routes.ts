import type { MockRequest } from '../http/request.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import { redirect } from '../http/response.ts';
import { transactionNotFound } from '../screens/transaction-not-found.ts';
import { isFlow, loadFlow } from './flow.ts';
import { promptUrl } from './prompts.ts';
import { continueAfterRedirect, resume } from './resume.ts';

/** /authorize/resume and /continue: the two ways back into the pipeline. */
export function pipelineRoutes(services: MockServices): Route[] {
  const withFlow = (next: typeof resume) => async (req: MockRequest) => {
    const flow = await loadFlow(services, req);
    if (!isFlow(flow)) return flow;
    // Neither is reachable before the password, nor while a prompt waits for its answer.
    if (!flow.tx.userId) return transactionNotFound();
    if (flow.tx.prompt) return redirect(promptUrl(flow));
    return next(flow);
  };
  return [
    { method: 'GET', path: '/authorize/resume', handler: withFlow(resume) },
    { method: 'GET', path: '/continue', handler: withFlow(continueAfterRedirect) },
    { method: 'POST', path: '/continue', handler: withFlow(continueAfterRedirect) },
  ];
}
