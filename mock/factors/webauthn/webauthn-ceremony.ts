/**
 * The relying party's side of WebAuthn, with @simplewebauthn/server: options for the page, and the
 * verification of what the browser answered (origin = the tenant's origin, rpID = its host name, the
 * challenge of this page view, the stored signature counter).
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import type { Tenant } from '../../tenants/tenant.ts';
import type { Authenticator, User } from '../../tenants/model.ts';
import type { WebauthnKind } from './webauthn-kinds.ts';

function credentialsOf(user: User, kind: WebauthnKind): Authenticator[] {
  return user.authenticators.filter((a) => a.type === kind.factor && a.confirmed && a.key_id);
}

export async function registrationOptions(tenant: Tenant, user: User, kind: WebauthnKind) {
  return generateRegistrationOptions({
    rpName: tenant.settings.friendly_name,
    rpID: tenant.hostname,
    userName: user.email,
    userID: new TextEncoder().encode(user.user_id),
    attestationType: 'none',
    excludeCredentials: credentialsOf(user, kind).map((a) => ({ id: a.key_id ?? '' })),
    authenticatorSelection: {
      authenticatorAttachment: kind.attachment,
      residentKey: 'discouraged',
      userVerification: kind.requireUserVerification ? 'required' : 'discouraged',
    },
    // ES256 and RS256: what security keys and platform authenticators sign with.
    supportedAlgorithmIDs: [-7, -257],
  });
}

export async function authenticationOptions(tenant: Tenant, user: User, kind: WebauthnKind) {
  return generateAuthenticationOptions({
    rpID: tenant.hostname,
    allowCredentials: credentialsOf(user, kind).map((a) => ({ id: a.key_id ?? '' })),
    userVerification: kind.requireUserVerification ? 'required' : 'discouraged',
  });
}

export type Verified<T> = { ok: true; value: T } | { ok: false; reason: string };

function parse<T>(response: string): T | undefined {
  try {
    const value: unknown = JSON.parse(response);
    return value && typeof value === 'object' ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A verified registration as the enrollment to store (key_id, COSE public key, counter). */
export async function verifyRegistration(
  tenant: Tenant,
  kind: WebauthnKind,
  response: string,
  expectedChallenge: string,
): Promise<Verified<Pick<Authenticator, 'key_id' | 'public_key' | 'counter'>>> {
  const parsed = parse<RegistrationResponseJSON>(response);
  if (!parsed) return { ok: false, reason: 'the response is not a credential in JSON' };
  try {
    const result = await verifyRegistrationResponse({
      response: parsed,
      expectedChallenge,
      expectedOrigin: tenant.origin,
      expectedRPID: tenant.hostname,
      requireUserVerification: kind.requireUserVerification,
    });
    if (!result.verified) return { ok: false, reason: 'the registration did not verify' };
    const { credential } = result.registrationInfo;
    return {
      ok: true,
      value: {
        key_id: credential.id,
        public_key: isoBase64URL.fromBuffer(credential.publicKey),
        counter: credential.counter,
      },
    };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

/** A verified assertion: which enrollment signed it, and its new signature counter. */
export async function verifyAssertion(
  tenant: Tenant,
  user: User,
  kind: WebauthnKind,
  response: string,
  expectedChallenge: string,
): Promise<Verified<{ authenticator: Authenticator; newCounter: number }>> {
  const parsed = parse<AuthenticationResponseJSON>(response);
  if (!parsed) return { ok: false, reason: 'the response is not a credential in JSON' };
  const authenticator = credentialsOf(user, kind).find((a) => a.key_id === parsed.id);
  if (!authenticator?.key_id || !authenticator.public_key)
    return { ok: false, reason: `no ${kind.factor} enrollment has the credential ${String(parsed.id)}` };
  try {
    const result = await verifyAuthenticationResponse({
      response: parsed,
      expectedChallenge,
      expectedOrigin: tenant.origin,
      expectedRPID: tenant.hostname,
      credential: {
        id: authenticator.key_id,
        publicKey: isoBase64URL.toBuffer(authenticator.public_key),
        counter: authenticator.counter ?? 0,
      },
      requireUserVerification: kind.requireUserVerification,
    });
    if (!result.verified) return { ok: false, reason: 'the signature did not verify' };
    return { ok: true, value: { authenticator, newCounter: result.authenticationInfo.newCounter } };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}
