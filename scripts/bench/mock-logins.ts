/**
 * The mock alone: logins per second over HTTP against a mock this process spawns (one Node process, so one
 * core for its event loop), with no browser. A login is what the identifier-first flow costs a tenant:
 * /authorize, the identifier and password posts, and the redirects to the application's callback with a
 * code, each login with cookies of its own; `concurrency` of them are in flight at once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { CALLBACK_URL } from '../../harness/oidc/authorization-request.ts';

interface Jar {
  cookies: Map<string, string>;
}

async function request(jar: Jar, url: URL, form?: Record<string, string>): Promise<Response> {
  const response = await fetch(url, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      cookie: [...jar.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    ...(form ? { body: new URLSearchParams(form).toString() } : {}),
  });
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const eq = pair.indexOf('=');
    jar.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return response;
}

/** Follows redirects from `url` (a GET, or a POST of `form`) to a page of the tenant, or to the callback. */
async function land(jar: Jar, url: URL, form?: Record<string, string>): Promise<URL> {
  let current = url;
  let response = await request(jar, current, form);
  for (let hops = 0; response.status === 302 || response.status === 303; hops += 1) {
    if (hops > 20) throw new Error(`more than 20 redirects from ${url.href}`);
    current = new URL(response.headers.get('location') ?? '', current);
    await response.arrayBuffer();
    if (current.href.startsWith(CALLBACK_URL)) return current;
    response = await request(jar, current);
  }
  if (response.status !== 200) throw new Error(`${current.pathname} answered ${response.status}`);
  await response.arrayBuffer();
  return current;
}

async function management(origin: string): Promise<string> {
  const response = await fetch(`${origin}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: 'mock-management-client',
      client_secret: 'mock-management-secret',
      // The Management API's audience is https://<tenant host>/api/v2/ whatever the scheme (contract §4).
      audience: `https://${new URL(origin).host}/api/v2/`,
    }),
  });
  const { access_token: token } = (await response.json()) as { access_token: string };
  return token;
}

async function createUser(origin: string, token: string): Promise<{ email: string; password: string }> {
  const user = {
    email: `bench-${randomBytes(4).toString('hex')}@mfa-conformance.test`,
    password: 'Bench-pass-123!',
  };
  const response = await fetch(`${origin}/api/v2/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ connection: 'Username-Password-Authentication', ...user }),
  });
  if (response.status !== 201) throw new Error(`creating the bench user answered ${response.status}`);
  return user;
}

async function oneLogin(origin: string, user: { email: string; password: string }): Promise<void> {
  const jar: Jar = { cookies: new Map() };
  const verifier = randomBytes(32).toString('base64url');
  const authorize = new URL('/authorize', origin);
  authorize.search = new URLSearchParams({
    client_id: 'mock-login-client',
    response_type: 'code',
    redirect_uri: CALLBACK_URL,
    scope: 'openid',
    state: 'bench',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  const identifier = await land(jar, authorize);
  const state = identifier.searchParams.get('state') ?? '';
  const password = await land(jar, identifier, { state, username: user.email, action: 'default' });
  const callback = await land(jar, password, { state, password: user.password, action: 'default' });
  if (!callback.href.startsWith(CALLBACK_URL) || !callback.searchParams.get('code'))
    throw new Error(`a bench login ended at ${callback.pathname}, not at the callback with a code`);
}

/** Logins per second the mock at `origin` completes, over `logins` logins after a warm-up. */
export async function mockLoginsPerSecond(origin: string, logins = 300, concurrency = 8): Promise<number> {
  const user = await createUser(origin, await management(origin));
  for (let i = 0; i < 10; i += 1) await oneLogin(origin, user);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < logins) {
        next += 1;
        await oneLogin(origin, user);
      }
    }),
  );
  return logins / ((performance.now() - started) / 1000);
}
