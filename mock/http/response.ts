/** What a handler returns; the server writes it. Keeping responses as data makes handlers easy to test. */
export interface MockResponse {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
}

export function html(
  body: string,
  status = 200,
  headers: Record<string, string | string[]> = {},
): MockResponse {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body };
}

export function json(
  value: unknown,
  status = 200,
  headers: Record<string, string | string[]> = {},
): MockResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(value),
  };
}

export function redirect(location: string, headers: Record<string, string | string[]> = {}): MockResponse {
  return { status: 302, headers: { location, ...headers }, body: '' };
}

export function text(body: string, status = 200): MockResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body };
}

/** Adds Set-Cookie headers to a response, keeping any it already has. */
export function withCookies(response: MockResponse, cookies: string[]): MockResponse {
  const existing = response.headers['set-cookie'];
  const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [existing];
  return { ...response, headers: { ...response.headers, 'set-cookie': [...list, ...cookies] } };
}

export function cookie(name: string, value: string, maxAgeSeconds?: number): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (maxAgeSeconds !== undefined) parts.push(`Max-Age=${maxAgeSeconds}`);
  return parts.join('; ');
}
