/**
 * A team's application, as openid-client v6 builds one, run as a child process against the mock's HTTPS
 * listener (tests/unit/mock/oauth/openid-client.test.ts starts it with NODE_EXTRA_CA_CERTS, the only way it
 * trusts the local CA: no allowInsecureRequests, no custom fetch). For each client it is given it goes
 * through discovery, the code flow with PKCE (the login itself as a person's browser would post the
 * Universal Login forms), userinfo, refresh, revocation and logout, and prints what it saw as JSON.
 *
 * Input, in the OIDC_APPLICATION variable: { issuer, callback, username, password, clients: [{ id, secret?,
 * auth: 'basic' | 'post' | 'none' }] }.
 */
import * as oidc from 'openid-client';

interface ClientSetup {
  id: string;
  secret?: string;
  auth: 'basic' | 'post' | 'none';
}

interface Setup {
  issuer: string;
  callback: string;
  username: string;
  password: string;
  clients: ClientSetup[];
}

const setup = JSON.parse(process.env.OIDC_APPLICATION ?? '{}') as Setup;

/** The browser's side of the login: cookies, and redirects followed on the tenant until the callback. */
class Browser {
  readonly #cookies = new Map<string, string>();

  async go(url: URL, form?: Record<string, string>): Promise<{ url: URL; status: number; body: string }> {
    let current = url;
    let request: RequestInit = form ? { method: 'POST', body: new URLSearchParams(form) } : { method: 'GET' };
    for (let hops = 0; hops < 20; hops += 1) {
      const response = await fetch(current, {
        ...request,
        redirect: 'manual',
        headers: { cookie: this.cookieHeader() },
      });
      this.keep(response);
      const location = response.headers.get('location');
      if (response.status !== 302 || !location)
        return { url: current, status: response.status, body: await response.text() };
      current = new URL(location, current);
      if (current.href.startsWith(setup.callback)) return { url: current, status: 302, body: '' };
      request = { method: 'GET' };
    }
    throw new Error(`more than 20 redirects from ${url.href}`);
  }

  /** Posts the page's form back to it with its state, as Universal Login's forms do. */
  submit(page: { url: URL }, fields: Record<string, string>) {
    return this.go(page.url, { state: page.url.searchParams.get('state') ?? '', ...fields });
  }

  cookieHeader(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const [name, value] = [pair.slice(0, eq), pair.slice(eq + 1)];
      if (/max-age=0/i.test(line)) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }
}

function clientAuthentication(client: ClientSetup): oidc.ClientAuth {
  if (client.auth === 'basic') return oidc.ClientSecretBasic(client.secret);
  if (client.auth === 'post') return oidc.ClientSecretPost(client.secret);
  return oidc.None();
}

/** What a refused request said, as openid-client reports it. */
async function refusal(attempt: Promise<unknown>) {
  try {
    await attempt;
    return { refused: false };
  } catch (error) {
    if (!(error instanceof oidc.ResponseBodyError)) throw error;
    return {
      refused: true,
      status: error.status,
      error: error.error,
      error_description: error.error_description,
    };
  }
}

async function journey(client: ClientSetup) {
  const browser = new Browser();
  const config = await oidc.discovery(
    new URL(setup.issuer),
    client.id,
    undefined,
    clientAuthentication(client),
  );
  oidc.enableNonRepudiationChecks(config); // id tokens verified against the JWKS, too

  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const authorizationUrl = oidc.buildAuthorizationUrl(config, {
    redirect_uri: setup.callback,
    scope: 'openid profile email offline_access',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    max_age: '3600',
  });
  const identifier = await browser.go(authorizationUrl);
  const password = await browser.submit(identifier, { username: setup.username, action: 'default' });
  const callback = await browser.submit(password, { password: setup.password, action: 'default' });
  const tokens = await oidc.authorizationCodeGrant(config, callback.url, {
    pkceCodeVerifier: verifier,
    expectedState: state,
    expectedNonce: nonce,
    maxAge: 3600,
  });
  const claims = tokens.claims();
  if (!claims || !tokens.refresh_token)
    throw new Error('the code exchange gave no id token or no refresh token');

  const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
  const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token);
  await oidc.tokenRevocation(config, tokens.refresh_token);
  const afterRevocation = await refusal(oidc.refreshTokenGrant(config, tokens.refresh_token));

  const logout = await fetch(
    oidc.buildEndSessionUrl(config, {
      post_logout_redirect_uri: setup.callback,
      id_token_hint: tokens.id_token ?? '',
      state: 'bye',
    }),
    { redirect: 'manual', headers: { cookie: browser.cookieHeader() } },
  );
  browser.keep(logout);
  const silent = await browser.go(
    oidc.buildAuthorizationUrl(config, { redirect_uri: setup.callback, scope: 'openid', prompt: 'none' }),
  );
  return {
    client: client.id,
    issuer: config.serverMetadata().issuer,
    screens: [identifier.url.pathname, password.url.pathname],
    idToken: { sub: claims.sub, email: claims.email, nonce: claims.nonce, authTime: claims.auth_time },
    scope: tokens.scope,
    userinfo,
    refreshed: {
      sub: refreshed.claims()?.sub,
      authTime: refreshed.claims()?.auth_time,
      newRefreshToken: refreshed.refresh_token !== undefined,
      userinfoSub: (await oidc.fetchUserInfo(config, refreshed.access_token, claims.sub)).sub,
    },
    afterRevocation,
    logout: { status: logout.status, location: logout.headers.get('location') },
    silentAfterLogout: Object.fromEntries(silent.url.searchParams),
  };
}

const reports = [];
for (const client of setup.clients) reports.push(await journey(client));
process.stdout.write(JSON.stringify(reports));
