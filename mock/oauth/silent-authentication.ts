/**
 * prompt=none, OIDC's silent authentication (docs/decisions/0035): the login completes without showing a
 * single screen (`ssa`), or the application hears why not at its callback, with `fsa` carrying the reason:
 * - no session, or one older than max_age: login_required "Login required"
 * - the login would show MFA, or an Action would redirect: interaction_required, with
 *   UNSURE.silentInteractionRequired's description
 */
import { UNSURE } from '../../contract/unsure.ts';
import type { MockResponse } from '../http/response.ts';
import { writeLog, type LogContext } from '../logs/write-log.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { AuthorizeRequest } from '../tenants/transaction.ts';
import { authorizationResponse } from './authorization-response.ts';

export type SilentFailure = 'login' | keyof typeof UNSURE.silentInteractionRequired;

const ANSWERS: Record<SilentFailure, { error: string; error_description: string }> = {
  login: { error: 'login_required', error_description: 'Login required' },
  mfa: { error: 'interaction_required', error_description: UNSURE.silentInteractionRequired.mfa },
  redirect: { error: 'interaction_required', error_description: UNSURE.silentInteractionRequired.redirect },
};

export function isSilent(request: AuthorizeRequest): boolean {
  return request.prompt === 'none';
}

export function silentFailure(
  tenant: Tenant,
  request: AuthorizeRequest,
  context: LogContext,
  why: SilentFailure,
): MockResponse {
  const answer = ANSWERS[why];
  writeLog(tenant, 'fsa', context, { description: answer.error_description });
  return authorizationResponse(request, { ...answer });
}
