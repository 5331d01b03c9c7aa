/**
 * Logging out: `/v2/logout?returnTo&client_id` and OIDC's `/oidc/logout?post_logout_redirect_uri&state`
 * end the tenant session (the `auth0` cookie), so the next /authorize shows the login screens again, then
 * return to the application when it names an allowed URL (the login application's callback rule), or show
 * that the user is logged out. A URL it does not allow is refused with 400, as Auth0 refuses one missing
 * from "Allowed Logout URLs". Ending a session logs `slo`. Refresh tokens outlive the session, as Auth0's do:
 * /oauth/revoke ends them.
 */
import { cookie, html, redirect, withCookies, type MockResponse } from '../http/response.ts';
import type { MockRequest } from '../http/request.ts';
import type { Route } from '../http/router.ts';
import { writeLog } from '../logs/write-log.ts';
import { SESSION_COOKIE } from '../pipeline/finish.ts';
import type { MockServices } from '../services.ts';
import { isAllowedRedirectUri } from './redirect-uris.ts';

function logout(services: MockServices, returnParameter: string) {
  return async (req: MockRequest): Promise<MockResponse> => {
    const tenant = await services.tenants.get(req.origin);
    const returnTo = req.query.get(returnParameter);
    if (returnTo && !isAllowedRedirectUri(returnTo)) {
      return html(
        `<!doctype html><title>Error</title><p>invalid_request: The "${returnParameter}" querystring parameter ` +
          'is not defined as a valid URL in "Allowed Logout URLs".</p>',
        400,
      );
    }
    const sessionId = req.cookies[SESSION_COOKIE] ?? '';
    const session = tenant.sessions.get(sessionId);
    if (session) {
      tenant.sessions.delete(sessionId);
      const clientId = req.query.get('client_id') ?? undefined;
      writeLog(tenant, 'slo', {
        user: tenant.users.get(session.userId),
        clientId,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
    }
    const cleared = [cookie(SESSION_COOKIE, '', 0)];
    if (!returnTo) {
      return withCookies(
        html('<!doctype html><title>Logged out</title><p>You have been logged out.</p>'),
        cleared,
      );
    }
    const target = new URL(returnTo);
    const state = req.query.get('state');
    if (returnParameter === 'post_logout_redirect_uri' && state) target.searchParams.set('state', state);
    return withCookies(redirect(target.toString()), cleared);
  };
}

export function logoutRoutes(services: MockServices): Route[] {
  return [
    { method: 'GET', path: '/v2/logout', handler: logout(services, 'returnTo') },
    { method: 'GET', path: '/oidc/logout', handler: logout(services, 'post_logout_redirect_uri') },
  ];
}
