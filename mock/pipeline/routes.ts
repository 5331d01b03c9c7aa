import type { MockRequest } from '../http/request.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import { redirect } from '../http/response.ts';
import { acceptsStep, offStep, type StepClaim } from './current-step.ts';
import { isFlow, loadFlow } from './flow.ts';
import { promptUrl } from './prompts.ts';
import { continueAfterRedirect, resume } from './resume.ts';

/**
 * /authorize/resume and /continue: the two ways back into the pipeline. While a prompt waits, either sends
 * the browser to it; otherwise each is refused unless it is the way back the transaction expects (RED-1:
 * /authorize/resume cannot skip a redirect Action's onContinuePostLogin, nor /continue run one twice).
 */
export function pipelineRoutes(services: MockServices): Route[] {
  const at = (claim: StepClaim, next: typeof resume) => async (req: MockRequest) => {
    const flow = await loadFlow(services, req);
    if (!isFlow(flow)) return flow;
    if (flow.tx.prompt) return redirect(promptUrl(flow));
    return acceptsStep(flow.tx, claim) ? next(flow) : offStep();
  };
  const back = at({ step: 'continue' }, continueAfterRedirect);
  return [
    { method: 'GET', path: '/authorize/resume', handler: at({ step: 'resume' }, resume) },
    { method: 'GET', path: '/continue', handler: back },
    { method: 'POST', path: '/continue', handler: back },
  ];
}
