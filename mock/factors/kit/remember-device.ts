import { cookie, withCookies, type MockResponse } from '../../http/response.ts';
import { field } from '../../http/request.ts';
import { completeFactor } from '../../pipeline/prompts.ts';
import { flowUser } from '../../pipeline/flow.ts';
import {
  REMEMBER_COOKIE,
  REMEMBER_MAX_AGE_SECONDS,
  rememberBrowser,
} from '../../pipeline/remember-browser.ts';
import { token } from '../../tenants/ids.ts';
import type { FactorType } from '../../../contract/factors.ts';
import type { PromptFlow } from './prompt-route.ts';

/**
 * Completes `factor`, and when the user ticked "Remember this device" on a screen that offered it, sets the
 * `auth0-mf` cookie (contract §5). A posted `rememberBrowser` the screen did not offer is ignored.
 */
export function completeRemembering(flow: PromptFlow, factor: FactorType, offered: boolean): MockResponse {
  const response = completeFactor(flow, factor);
  if (!offered || field(flow.req, 'rememberBrowser') !== 'true') return response;
  const value = token();
  rememberBrowser(flow.tenant, flowUser(flow), value);
  return withCookies(response, [cookie(REMEMBER_COOKIE, value, REMEMBER_MAX_AGE_SECONDS)]);
}
