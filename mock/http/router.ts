import type { MockRequest } from './request.ts';
import type { MockResponse } from './response.ts';
import { json, text } from './response.ts';

export type Handler = (
  req: MockRequest,
  params: Record<string, string>,
) => Promise<MockResponse> | MockResponse;

export interface Route {
  method: string;
  /** `/api/v2/users/:id` style; `:name` matches one path segment. */
  path: string;
  handler: Handler;
}

interface CompiledRoute extends Route {
  pattern: RegExp;
  names: string[];
}

/**
 * Dispatches on method and path. Anything unhandled is loud (as msw does it): the 404 names the method, the
 * path and every route that exists, so a page object or SDK call that drifted from the contract is obvious.
 */
export class Router {
  readonly #routes: CompiledRoute[] = [];

  add(...routes: Route[]): this {
    for (const route of routes) {
      const names: string[] = [];
      const source = route.path.replace(/:([a-z_]+)/gi, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      this.#routes.push({ ...route, pattern: new RegExp(`^${source}/?$`), names });
    }
    return this;
  }

  async handle(req: MockRequest): Promise<MockResponse> {
    let pathMatched = false;
    for (const route of this.#routes) {
      const match = route.pattern.exec(req.path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== req.method) continue;
      let params: Record<string, string>;
      try {
        params = Object.fromEntries(
          route.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]),
        );
      } catch {
        return this.#refused(req, 400, 'Bad Request', `${req.path} has a malformed percent-encoding.`);
      }
      return route.handler(req, params);
    }
    return this.#unhandled(req, pathMatched);
  }

  /** A request no route can take: Auth0's JSON error body for API clients, one sentence for a person. */
  #refused(req: MockRequest, status: number, error: string, message: string): MockResponse {
    return req.path.startsWith('/api/')
      ? json({ statusCode: status, error, message }, status)
      : text(`mfa-conformance mock: ${message}\n`, status);
  }

  #unhandled(req: MockRequest, pathMatched: boolean): MockResponse {
    const status = pathMatched ? 405 : 404;
    const hint = pathMatched ? 'the path exists, but not for this method' : 'no route has this path';
    const message = `mfa-conformance mock: ${req.method} ${req.path} is not handled (${hint}).`;
    // API clients (the SDKs) read Auth0's JSON error body; the routes they may call are listed with it.
    if (req.path.startsWith('/api/')) {
      const known = this.#routes
        .filter((r) => r.path.startsWith('/api/'))
        .map((r) => `${r.method} ${r.path}`);
      return json(
        {
          statusCode: status,
          error: pathMatched ? 'Method Not Allowed' : 'Not Found',
          message,
          routes: known,
        },
        status,
      );
    }
    const known = this.#routes.map((r) => `  ${r.method.padEnd(6)} ${r.path}`).join('\n');
    return text(
      `${message}\n` +
        `If a page object or Management API call expects it, the mock is missing a piece of the Auth0 contract.\n\n` +
        `Routes the mock knows:\n${known}\n`,
      status,
    );
  }
}
