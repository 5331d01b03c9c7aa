/**
 * The mock's app called in-process, without sockets: `createRouter(services)` answers a MockRequest with a
 * MockResponse. A `MockBrowser` keeps cookies and follows redirects the way Chromium would, stopping at the
 * application's callback or at any page outside the tenant (a redirect Action's target), so pipeline rules
 * can be unit-tested in milliseconds.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createRouter } from '../../mock/app.ts';
import type { ActionRunner, ActionRunnerOptions } from '../../mock/actions/action-runner.ts';
import type { TenantRegistry, TenantRegistryOptions } from '../../mock/tenants/registry.ts';
import { createServices } from '../../mock/services.ts';
import type { MockResponse } from '../../mock/http/response.ts';
import type { Router } from '../../mock/http/router.ts';
import type { Tenant } from '../../mock/tenants/tenant.ts';
import type { LogEntry } from '../../mock/tenants/model.ts';
import { TotpDevice } from '../../harness/devices/totp-device.ts';

export const CALLBACK = 'http://localhost:4020/callback';

/**
 * One mock (registry, Actions runner, router) shared by the tests of a file; each test takes its own tenant.
 * A file may give its runner shorter limits (a CPU time that an endless loop reaches soon).
 */
export class InProcessMock {
  readonly runner: ActionRunner;
  readonly tenants: TenantRegistry;
  readonly router: Router;

  constructor(runnerOptions: ActionRunnerOptions = {}, registryOptions: TenantRegistryOptions = {}) {
    const services = createServices({ actions: runnerOptions, tenants: registryOptions });
    this.runner = services.actions;
    this.tenants = services.tenants;
    this.router = createRouter(services);
  }

  async send(
    host: string,
    method: string,
    url: string,
    options: {
      body?: unknown;
      form?: Record<string, string>;
      cookies?: Record<string, string>;
      token?: string;
      headers?: Record<string, string>;
      /** The client's address (default 127.0.0.1). */
      ip?: string;
    } = {},
  ): Promise<MockResponse> {
    const parsed = new URL(url, `http://${host}`);
    const rawBody = options.form
      ? new URLSearchParams(options.form).toString()
      : options.body === undefined
        ? ''
        : JSON.stringify(options.body);
    return this.router.handle({
      method,
      host,
      origin: `http://${host}`,
      path: parsed.pathname,
      query: parsed.searchParams,
      headers: {
        'content-type': options.form ? 'application/x-www-form-urlencoded' : 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        'user-agent': 'in-process-test',
        ...options.headers,
      },
      cookies: options.cookies ?? {},
      body: options.form ?? ((options.body ?? {}) as Record<string, unknown>),
      rawBody,
      ip: options.ip ?? '127.0.0.1',
    });
  }

  close(): Promise<void> {
    this.tenants.close();
    return this.runner.close();
  }
}

export interface TenantSetup {
  /** Guardian factor names to enable. */
  factors?: string[];
  /** PUT /guardian/policies body. */
  policies?: string[];
  customizeMfaWithActions?: boolean;
  /** Action code, bound in this order. */
  actions?: Array<string | { code: string; secrets?: Record<string, string> }>;
  user?: { enrollments?: Array<'otp'>; email_verified?: boolean };
}

export interface TokenResponse {
  access_token: string;
  id_token: string;
  scope: string;
}

/** Where a navigation ended: a Universal Login page (status 200/400), the callback, or a page elsewhere. */
export interface Landing {
  url: URL;
  status: number;
  body: string;
  /** The URL path on the tenant, `callback`, or `external`. */
  where: string;
}

/** A tenant provisioned through the Management API in-process, with one user and a browser to log in. */
export class TestTenant {
  readonly totp = new TotpDevice();
  readonly browser: MockBrowser;
  userId = '';
  readonly email = `u-${randomBytes(4).toString('hex')}@example.test`;
  readonly password = 'Pw-test-1234';
  #token = '';

  private constructor(
    readonly mock: InProcessMock,
    readonly host: string,
    readonly tenant: Tenant,
  ) {
    this.browser = new MockBrowser(mock, host);
  }

  static async create(mock: InProcessMock, setup: TenantSetup = {}): Promise<TestTenant> {
    const host = `t-${randomBytes(5).toString('hex')}.localhost:4010`;
    const t = new TestTenant(mock, host, await mock.tenants.get(`http://${host}`));
    await t.provision(setup);
    return t;
  }

  /** A Management API call with the management client's token, whatever it answers. */
  apiResponse(method: string, path: string, body?: unknown): Promise<MockResponse> {
    return this.mock.send(this.host, method, `/api/v2${path}`, { body, token: this.#token });
  }

  /** A Management API call that must succeed. */
  async api(method: string, path: string, body?: unknown): Promise<MockResponse> {
    const response = await this.apiResponse(method, path, body);
    if (response.status >= 400) throw new Error(`${method} ${path}: ${response.status} ${response.body}`);
    return response;
  }

  /** Log entries of the user, oldest first. */
  logs(): LogEntry[] {
    return this.tenant.logs.filter((entry) => entry.user_id === this.userId);
  }

  logTypes(): string[] {
    return this.logs().map((entry) => entry.type);
  }

  /** Creates, deploys and binds more Actions after the existing ones. */
  async bindActions(actions: NonNullable<TenantSetup['actions']>): Promise<void> {
    const ids = this.tenant.bindings.map((b) => b.actionId);
    for (const action of actions) {
      const { code, secrets = {} } = typeof action === 'string' ? { code: action } : action;
      const created = await this.api('POST', '/actions/actions', {
        name: `action-${ids.length + 1}`,
        code,
        supported_triggers: [{ id: 'post-login', version: 'v3' }],
        secrets: Object.entries(secrets).map(([name, value]) => ({ name, value })),
      });
      const id = (JSON.parse(created.body) as { id: string }).id;
      await this.api('POST', `/actions/actions/${id}/deploy`);
      ids.push(id);
    }
    await this.api('PATCH', '/actions/triggers/post-login/bindings', {
      bindings: ids.map((id, i) => ({
        ref: { type: 'action_id', value: id },
        display_name: `action ${i + 1}`,
      })),
    });
  }

  async provision(setup: TenantSetup): Promise<void> {
    const token = await this.mock.send(this.host, 'POST', '/oauth/token', {
      body: {
        grant_type: 'client_credentials',
        client_id: 'mock-management-client',
        client_secret: 'mock-management-secret',
        audience: `https://${this.host}/api/v2/`,
      },
    });
    this.#token = (JSON.parse(token.body) as { access_token: string }).access_token;
    for (const name of setup.factors ?? [])
      await this.api('PUT', `/guardian/factors/${name}`, { enabled: true });
    if (setup.policies) await this.api('PUT', '/guardian/policies', setup.policies);
    if (setup.customizeMfaWithActions === false)
      await this.api('PATCH', '/tenants/settings', { customize_mfa_in_postlogin_action: false });
    const user = await this.api('POST', '/users', {
      connection: 'Username-Password-Authentication',
      email: this.email,
      password: this.password,
      email_verified: setup.user?.email_verified ?? true,
    });
    this.userId = (JSON.parse(user.body) as { user_id: string }).user_id;
    for (const enrollment of setup.user?.enrollments ?? []) {
      if (enrollment === 'otp')
        await this.api('POST', `/users/${encodeURIComponent(this.userId)}/authentication-methods`, {
          type: 'totp',
          totp_secret: this.totp.secret,
        });
    }
    await this.bindActions(setup.actions ?? []);
  }

  /** /authorize (with `extra` parameters) and the identifier: the password screen, in `browser`. */
  async passwordScreen(extra: Record<string, string> = {}, browser = this.browser): Promise<Landing> {
    const params = new URLSearchParams({
      client_id: 'mock-login-client',
      response_type: 'code',
      redirect_uri: CALLBACK,
      scope: 'openid',
      state: 'app-state',
      ...extra,
    });
    const first = await browser.go('GET', `/authorize?${params.toString()}`);
    if (!first.url.pathname.startsWith('/u/login/identifier')) return first;
    return browser.submit(first, { username: this.email, action: 'default' });
  }

  /** /authorize (with `extra` parameters), the identifier and the password; returns where the pipeline led. */
  async login(extra: Record<string, string> = {}, browser = this.browser): Promise<Landing> {
    const password = await this.passwordScreen(extra, browser);
    if (!password.url.pathname.startsWith('/u/login/password')) return password;
    return browser.submit(password, { password: this.password, action: 'default' });
  }

  /**
   * A login without MFA as the login application does it (PKCE), and the code exchanged: the tokens it gets.
   * `authorize` adds parameters (`audience`, `scope`).
   */
  async tokens(authorize: Record<string, string> = {}): Promise<TokenResponse> {
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const landing = await this.login({
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ...authorize,
    });
    const code = landing.url.searchParams.get('code');
    if (landing.where !== 'callback' || !code) throw new Error(`no code: landed on ${landing.url.href}`);
    const response = await this.mock.send(this.host, 'POST', '/oauth/token', {
      form: {
        grant_type: 'authorization_code',
        client_id: 'mock-login-client',
        code,
        code_verifier: verifier,
        redirect_uri: CALLBACK,
      },
    });
    if (response.status !== 200) throw new Error(`the exchange failed: ${response.status} ${response.body}`);
    return JSON.parse(response.body) as TokenResponse;
  }

  /** POST /oauth/token with `form` (and `headers`, for HTTP Basic): the status and the parsed JSON body. */
  async tokenRequest(
    form: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await this.mock.send(this.host, 'POST', '/oauth/token', { form, headers });
    return { status: response.status, body: JSON.parse(response.body) as Record<string, unknown> };
  }

  /** Answers the OTP challenge on `landing` with a valid (or a wrong) code. */
  async answerOtp(landing: Landing, options: { wrong?: boolean; rememberBrowser?: boolean } = {}) {
    const code = options.wrong ? await this.totp.wrongCode() : await this.totp.nextCode();
    return this.browser.submit(landing, {
      code,
      action: 'default',
      ...(options.rememberBrowser ? { rememberBrowser: 'true' } : {}),
    });
  }
}

/** Cookies and redirects, as the browser handles them. */
export class MockBrowser {
  readonly cookies: Record<string, string> = {};

  constructor(
    readonly mock: InProcessMock,
    readonly host: string,
    /** The address its requests come from. */
    readonly ip = '127.0.0.1',
  ) {}

  /** Requests `url` on the tenant and follows redirects until a page, the callback, or another site. */
  async go(method: string, url: string, form?: Record<string, string>): Promise<Landing> {
    let response = await this.mock.send(this.host, method, url, { form, cookies: this.cookies, ip: this.ip });
    let current = new URL(url, `http://${this.host}`);
    for (let hops = 0; hops < 30; hops += 1) {
      this.#keepCookies(response);
      if (response.status !== 302)
        return { url: current, status: response.status, body: response.body, where: current.pathname };
      current = new URL(String(response.headers.location), current);
      if (current.href.startsWith(CALLBACK))
        return { url: current, status: 302, body: '', where: 'callback' };
      if (current.host !== this.host) return { url: current, status: 302, body: '', where: 'external' };
      response = await this.mock.send(this.host, 'GET', current.pathname + current.search, {
        cookies: this.cookies,
        ip: this.ip,
      });
    }
    throw new Error(`more than 30 redirects from ${url}`);
  }

  /** Posts the page's form (its state plus `fields`) back to the page's URL, as Universal Login forms do. */
  submit(page: Landing, fields: Record<string, string>): Promise<Landing> {
    const state = page.url.searchParams.get('state') ?? '';
    return this.go('POST', page.url.pathname + page.url.search, { state, ...fields });
  }

  #keepCookies(response: MockResponse): void {
    const header = response.headers['set-cookie'];
    for (const line of header === undefined ? [] : Array.isArray(header) ? header : [header]) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies[pair.slice(0, eq)] = decodeURIComponent(pair.slice(eq + 1));
    }
  }
}
