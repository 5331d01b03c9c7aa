import type { IncomingMessage, ServerResponse } from 'node:http';
import { readRequest } from './http/request.ts';
import { Router } from './http/router.ts';
import type { MockServices } from './services.ts';
import { authorizeRoute } from './oauth/authorize.ts';
import { tokenRoute } from './oauth/token-endpoint.ts';
import { discoveryRoutes } from './oauth/discovery.ts';
import { logoutRoutes } from './oauth/logout.ts';
import { userinfoRoutes } from './oauth/userinfo.ts';
import { identifierRoutes } from './login/identifier.ts';
import { passwordRoutes } from './login/password.ts';
import { pipelineRoutes } from './pipeline/routes.ts';
import { pickerRoutes } from './pipeline/pickers.ts';
import { factorRoutes } from './factors/index.ts';
import { managementRoutes } from './management/routes.ts';
import { mockOnlyRoutes } from './mock-only/routes.ts';

/** Every route of the mock, in one table. */
export function createRouter(services: MockServices): Router {
  return new Router().add(
    { method: 'GET', path: '/authorize', handler: authorizeRoute(services) },
    { method: 'POST', path: '/oauth/token', handler: tokenRoute(services) },
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

/** The node:http listener: a bug in a handler answers 500 with its message, and the mock keeps running. */
export function createListener(router: Router) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    void (async () => {
      try {
        const request = await readRequest(req);
        const response = await router.handle(request);
        res.writeHead(response.status, response.headers);
        res.end(response.body);
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        console.error(`mock: ${req.method} ${req.url} failed:`, message);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(
          `mfa-conformance mock: internal error while handling ${req.method} ${req.url}:\n${message}\n`,
        );
      }
    })();
  };
}
