import { randomUUID } from 'node:crypto';
import { now } from '../clock.ts';
import { cookie, withCookies, type MockResponse } from '../http/response.ts';
import { errorPage } from '../screens/error-page.ts';
import { writeLog } from '../logs/write-log.ts';
import { UNSURE } from '../../contract/unsure.ts';
import { authorizationResponse } from '../oauth/authorization-response.ts';
import { issueCode } from '../oauth/issue-code.ts';
import { isSilent, silentFailure, type SilentFailure } from '../oauth/silent-authentication.ts';
import { flowUser, logContext, type Flow } from './flow.ts';

export const SESSION_COOKIE = 'auth0';

/**
 * The login succeeded: the session remembers who logged in and with which methods (RED-4), `s` is logged
 * (LOG-1; `ssa` for prompt=none), and the application gets its code, the way its response_mode asks.
 */
export function finishLogin(flow: Flow): MockResponse {
  const { tenant, tx } = flow;
  const user = flowUser(flow);
  const continued = tx.sessionId ? tenant.sessions.get(tx.sessionId) : undefined;
  const sessionId = continued?.id ?? randomUUID();
  const at = now();
  tenant.sessions.set(sessionId, {
    id: sessionId,
    userId: user.user_id,
    methods: tx.methods,
    // A login that continues a session keeps its start: session_lifetime counts from the first login.
    created_at: continued?.created_at ?? new Date(at).toISOString(),
    lastUsedAt: at,
  });
  const usedMfa = tx.methods.some(
    (m) => m.name === 'mfa' && tx.challengedWith.length + tx.enrolledNow.length > 0,
  );
  const code = issueCode(tenant, tx, {
    userId: user.user_id,
    sessionId,
    amr: usedMfa && UNSURE.amrAfterActionsMfa ? ['mfa'] : [],
  });
  tenant.transactions.delete(tx.state);
  writeLog(tenant, isSilent(tx.request) ? 'ssa' : 's', logContext(flow), {
    details: {
      initiatedAt: tx.createdAt,
      completedAt: at,
      elapsedTime: at - tx.createdAt,
      session_id: sessionId,
      stats: { loginsCount: user.logins_count },
    },
  });
  return withCookies(authorizationResponse(tx.request, { code }), [cookie(SESSION_COOKIE, sessionId)]);
}

/** prompt=none, and the login would show a screen: the application hears so instead (docs/decisions/0035). */
export function failSilently(flow: Flow, why: SilentFailure): MockResponse {
  flow.tenant.transactions.delete(flow.tx.state);
  return silentFailure(flow.tenant, flow.tx.request, logContext(flow), why);
}

/**
 * The login failed: `f` is logged with the reason (LOG-1) and the application gets error=access_denied
 * (contract §1.6). A failure in MFA lands there too while UNSURE.mfaFailureEndsAtCallback holds
 * (docs/decisions/0016); otherwise it shows an error page, as a real tenant may.
 */
export function failLogin(flow: Flow, reason: string, options: { inMfa?: boolean } = {}): MockResponse {
  flow.tenant.transactions.delete(flow.tx.state);
  writeLog(flow.tenant, 'f', logContext(flow), { description: reason });
  if (options.inMfa && !UNSURE.mfaFailureEndsAtCallback) return errorPage(reason);
  return authorizationResponse(flow.tx.request, { error: 'access_denied', error_description: reason });
}
