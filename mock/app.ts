import type { IncomingMessage, ServerResponse } from 'node:http';
import { readRequest, RefusedRequest } from './http/request.ts';
import { Router } from './http/router.ts';
import type { MockServices } from './services.ts';
import { authorizeRoute } from './oauth/authorize.ts';
import { tokenRoute } from './oauth/token-endpoint.ts';
import { discoveryRoutes } from './oauth/discovery.ts';
import { logoutRoutes } from './oauth/logout.ts';
import { revocationRoutes } from './oauth/revocation.ts';
import { userinfoRoutes } from './oauth/userinfo.ts';
import { identifierRoutes } from './login/identifier.ts';
import { passwordRoutes } from './login/password.ts';
import { pipelineRoutes } from './pipeline/routes.ts';
import { pickerRoutes } from './pipeline/pickers.ts';
import { factorRoutes } from './factors/index.ts';
import { managementRoutes } from './management/routes.ts';
import { mockOnlyRoutes } from './mock-only/routes.ts';
import { inTenantTime } from './clock.ts';

/** Every route of the mock, in one table. */
export function createRouter(services: MockServices): Router {
  return new Router().add(
    { method: 'GET', path: '/authorize', handler: authorizeRoute(services) },
    { method: 'POST', path: '/oauth/token', handler: tokenRoute(services) },
    ...revocationRoutes(services),
    ...discoveryRoutes(services),
    ...userinfoRoutes(services),
    ...logoutRoutes(services),
    ...identifierRoutes(services),
    ...passwordRoutes(services),
    ...pipelineRoutes(services),
    ...pickerRoutes(services),
    ...factorRoutes(services),
    ...managementRoutes(services),
    ...mockOnlyRoutes(services),
  );
}

/**
 * The node:http listener. A request refused before routing (too large, malformed JSON) gets Auth0's status
 * and JSON body; a bug in a handler answers 500 without its stack, which goes to the mock's console, and the
 * mock keeps running.
 */
export function createListener(router: Router) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    void (async () => {
      try {
        const request = await readRequest(req);
        const response = await inTenantTime(request.origin, () => router.handle(request));
        res.writeHead(response.status, response.headers);
        res.end(response.body);
      } catch (error) {
        if (res.headersSent) return void res.end();
        if (error instanceof RefusedRequest) {
          const body = { statusCode: error.status, error: error.error, message: error.message };
          // The rest of an oversized body is not read: close, so the client is not left sending it.
          res.writeHead(error.status, { 'content-type': 'application/json', connection: 'close' });
          return void res.end(JSON.stringify(body));
        }
        console.error(`mock: ${req.method} ${req.url} failed:`, error instanceof Error ? error.stack : error);
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(
          `mfa-conformance mock: internal error while handling ${req.method} ${req.url}; its console says why.\n`,
        );
      }
    })();
  };
}
