import { redirect, type MockResponse } from '../../http/response.ts';
import { resumeUrl } from '../../pipeline/flow.ts';
import { tryAnotherMethod } from '../../pipeline/prompts.ts';
import { offersAnotherMethod } from '../../pipeline/current-step.ts';
import type { PromptFlow } from '../kit/prompt-route.ts';

/**
 * "Not on this device" (`action=refuse-add-device`) on a WebAuthn enrollment. Interpretation: with
 * alternatives the user picks another factor; without, the command ends unenrolled and the pipeline goes on.
 */
export function refuseDevice(flow: PromptFlow): MockResponse {
  if (offersAnotherMethod(flow.prompt)) return tryAnotherMethod(flow);
  flow.tx.prompt = undefined;
  return redirect(resumeUrl(flow));
}
