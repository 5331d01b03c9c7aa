import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** A security key (roaming: CTAP2 over USB) or the device's own authenticator (platform: internal). */
export type AuthenticatorKind = 'security-key' | 'platform';

/** A credential to place on an authenticator, in the encodings the harness keeps (base64url id). */
export interface VirtualCredential {
  /** base64url, as WebAuthn's `credential.id` */
  credentialId: string;
  /** PKCS#8 DER, base64 */
  privateKey: string;
  rpId: string;
  signCount: number;
}

/** What the Chromium DevTools Protocol reports of a credential (WebAuthn.getCredentials). */
export interface StoredCredential {
  credentialId: string;
  rpId?: string;
  signCount: number;
}

/** Both answer user verification explicitly, so a ceremony never waits for a person. */
const OPTIONS = {
  'security-key': { transport: 'usb', hasResidentKey: true },
  platform: { transport: 'internal', hasResidentKey: true },
} as const;

const toBase64 = (base64url: string) => Buffer.from(base64url, 'base64url').toString('base64');

/**
 * Chromium virtual authenticators (CDP `WebAuthn.*`) on every page of a browser context: the ones installed
 * are added to each open page and to every page opened later, with the credentials placed on them, so a
 * scenario's key follows it from tab to tab. WebAuthn needs a host name such as `x.localhost`, never an IP.
 */
export class VirtualAuthenticators {
  readonly #pages = new Map<Page, { session: CDPSession; ids: Map<AuthenticatorKind, string> }>();
  readonly #installed = new Set<AuthenticatorKind>();
  readonly #credentials: Array<{ kind: AuthenticatorKind; credential: VirtualCredential }> = [];
  #attaching: Promise<unknown> = Promise.resolve();

  private constructor(readonly context: BrowserContext) {
    context.on('page', (page) => {
      this.#attaching = Promise.all([this.#attaching, this.#attach(page)]);
    });
  }

  static async forContext(context: BrowserContext): Promise<VirtualAuthenticators> {
    const authenticators = new VirtualAuthenticators(context);
    await Promise.all(context.pages().map((page) => authenticators.#attach(page)));
    return authenticators;
  }

  /** Adds these authenticators to every page; call before the first page that detects capabilities. */
  async install(kinds: readonly AuthenticatorKind[]): Promise<void> {
    await this.#attaching;
    for (const kind of kinds) {
      this.#installed.add(kind);
      for (const page of this.#pages.keys()) await this.#add(page, kind);
    }
  }

  /** Whether an authenticator of `kind` is installed (and not unplugged). */
  has(kind: AuthenticatorKind): boolean {
    return this.#installed.has(kind);
  }

  /** Places a credential (a pre-enrolled key) on the authenticator of `kind`, on every page. */
  async addCredential(kind: AuthenticatorKind, credential: VirtualCredential): Promise<void> {
    if (!this.#installed.has(kind)) await this.install([kind]);
    this.#credentials.push({ kind, credential });
    for (const { session, ids } of this.#pages.values())
      await this.#place(session, ids.get(kind) ?? '', credential);
  }

  /**
   * Unplugs the authenticator of `kind` (and the credentials on it) and plugs in a blank one: the user's key is
   * missing. A blank authenticator makes the browser fail at once with NotAllowedError, as a person cancelling
   * does; with none at all, Chromium's virtual environment would wait out the ceremony's whole timeout.
   */
  async unplugCredentials(kind: AuthenticatorKind): Promise<void> {
    await this.#attaching;
    this.#credentials.splice(
      0,
      this.#credentials.length,
      ...this.#credentials.filter((c) => c.kind !== kind),
    );
    for (const [page, { session, ids }] of this.#pages) {
      const id = ids.get(kind);
      if (id) await session.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: id });
      ids.delete(kind);
      if (this.#installed.has(kind)) await this.#add(page, kind);
    }
  }

  /** The credentials on `page`'s authenticator of `kind` (sign counts grow with each assertion). */
  async credentials(page: Page, kind: AuthenticatorKind): Promise<StoredCredential[]> {
    const entry = this.#pages.get(page);
    const id = entry?.ids.get(kind);
    if (!entry || !id) return [];
    const { credentials } = await entry.session.send('WebAuthn.getCredentials', { authenticatorId: id });
    return credentials.map((c) => ({
      credentialId: Buffer.from(c.credentialId, 'base64').toString('base64url'),
      rpId: c.rpId,
      signCount: c.signCount,
    }));
  }

  async #attach(page: Page): Promise<void> {
    const session = await page.context().newCDPSession(page);
    await session.send('WebAuthn.enable', { enableUI: false });
    const entry = { session, ids: new Map<AuthenticatorKind, string>() };
    this.#pages.set(page, entry);
    page.on('close', () => this.#pages.delete(page));
    for (const kind of this.#installed) await this.#add(page, kind);
  }

  async #add(page: Page, kind: AuthenticatorKind): Promise<void> {
    const entry = this.#pages.get(page);
    if (!entry || entry.ids.has(kind)) return;
    const { authenticatorId } = await entry.session.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        ...OPTIONS[kind],
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    entry.ids.set(kind, authenticatorId);
    for (const placed of this.#credentials.filter((c) => c.kind === kind))
      await this.#place(entry.session, authenticatorId, placed.credential);
  }

  async #place(session: CDPSession, authenticatorId: string, credential: VirtualCredential): Promise<void> {
    await session.send('WebAuthn.addCredential', {
      authenticatorId,
      credential: {
        credentialId: toBase64(credential.credentialId),
        isResidentCredential: false,
        rpId: credential.rpId,
        privateKey: credential.privateKey,
        signCount: credential.signCount,
      },
    });
  }
}
