import { json, type MockResponse } from '../http/response.ts';
import type { MockServices } from '../services.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { Authenticator } from '../tenants/model.ts';
import { FACTORS, FACTOR_TYPES, type AuthenticatorType } from '../../contract/factors.ts';
import { alnum } from '../tenants/ids.ts';
import { invalidBody, listResponse, notFound } from './management-errors.ts';
import { managementRoute } from './management-route.ts';
import { totpSecretProblem } from '../factors/kit/totp-secret.ts';
import { userOr404 } from './users.ts';

/**
 * The fields each creatable type requires (contract §4), from the factor table: a factor without
 * `managementFields` (push, the platform authenticator, recovery codes) cannot be created here, as on Auth0.
 * All are created confirmed.
 */
const REQUIRED = new Map<string, readonly string[]>(
  FACTOR_TYPES.flatMap((factor) => {
    const { authenticator, managementFields } = FACTORS[factor];
    return managementFields ? [[authenticator, managementFields] as const] : [];
  }),
);

export function serializeAuthenticator(a: Authenticator): Record<string, unknown> {
  return {
    id: a.id,
    type: a.type,
    confirmed: a.confirmed,
    created_at: a.created_at,
    last_auth_at: a.last_auth_at,
    name: a.name,
    phone_number: a.phone_number,
    preferred_authentication_method: a.preferred_authentication_method,
    email: a.email,
    key_id: a.key_id,
    public_key: a.public_key,
    relying_party_identifier: a.relying_party_identifier,
  };
}

export function newAuthenticatorId(type: AuthenticatorType): string {
  return `${type}|dev_${alnum(16)}`;
}

function create(tenant: Tenant, userId: string, body: Record<string, unknown>): MockResponse {
  const user = userOr404(tenant, userId);
  if (!('user_id' in user)) return user;
  const required = typeof body.type === 'string' ? REQUIRED.get(body.type) : undefined;
  if (!required) return invalidBody(`type must be one of: ${[...REQUIRED.keys()].join(', ')}`);
  // REQUIRED is keyed by the contract's authenticator types: a type it holds is one.
  const type = body.type as AuthenticatorType;
  const missing = required.find((name) => typeof body[name] !== 'string' || body[name] === '');
  if (missing) return invalidBody(`Missing required property: ${missing}`);
  const secretProblem =
    typeof body.totp_secret === 'string' ? totpSecretProblem(body.totp_secret) : undefined;
  if (type === 'totp' && secretProblem) return invalidBody(`totp_secret ${secretProblem}`);
  const str = (name: string) => (typeof body[name] === 'string' ? body[name] : undefined);
  const authenticator: Authenticator = {
    id: newAuthenticatorId(type),
    type,
    confirmed: true,
    created_at: new Date().toISOString(),
    name: str('name'),
    totp_secret: str('totp_secret'),
    phone_number: str('phone_number'),
    preferred_authentication_method:
      body.preferred_authentication_method === 'voice' ? 'voice' : type === 'phone' ? 'sms' : undefined,
    email: str('email'),
    key_id: str('key_id'),
    public_key: str('public_key'),
    relying_party_identifier:
      str('relying_party_identifier') ?? (type.startsWith('webauthn') ? tenant.hostname : undefined),
    counter: type.startsWith('webauthn') ? 0 : undefined,
  };
  user.authenticators.push(authenticator);
  return json(serializeAuthenticator(authenticator), 201);
}

function removeAll(tenant: Tenant, userId: string): MockResponse {
  const user = userOr404(tenant, userId);
  if (!('user_id' in user)) return user;
  user.authenticators = [];
  return { status: 204, headers: {}, body: '' };
}

function methodOr404(tenant: Tenant, userId: string, methodId: string): Authenticator | MockResponse {
  const user = userOr404(tenant, userId);
  if (!('user_id' in user)) return user;
  return user.authenticators.find((a) => a.id === methodId) ?? notFound('authentication method');
}

export function authenticationMethodRoutes(services: MockServices) {
  const base = '/users/:id/authentication-methods';
  return [
    managementRoute(services, 'POST', base, 'create:authentication_methods', (tenant, req, { id = '' }) =>
      create(tenant, id, req.body),
    ),
    managementRoute(services, 'GET', base, 'read:authentication_methods', (tenant, req, { id = '' }) => {
      const user = userOr404(tenant, id);
      if (!('user_id' in user)) return user;
      // The API does not list the automatic email factor (shared/seeds/000, troubleshooting). With
      // include_totals (the v7 SDK's default) the list comes as { authenticators, total, ... }.
      return listResponse('authenticators', user.authenticators.map(serializeAuthenticator), req.query);
    }),
    managementRoute(services, 'DELETE', base, 'delete:authentication_methods', (tenant, _req, { id = '' }) =>
      removeAll(tenant, id),
    ),
    // "Delete all authenticators": the older route to the same end (OTP, phone, email, push and the rest).
    managementRoute(
      services,
      'DELETE',
      '/users/:id/authenticators',
      'delete:guardian_enrollments',
      (tenant, _req, { id = '' }) => removeAll(tenant, id),
    ),
    managementRoute(
      services,
      'GET',
      `${base}/:method`,
      'read:authentication_methods',
      (tenant, _req, { id = '', method = '' }) => {
        const found = methodOr404(tenant, id, method);
        return 'type' in found ? json(serializeAuthenticator(found)) : found;
      },
    ),
    // Only its label and a phone's preferred method change; anything else is refused, as the API's schema does.
    managementRoute(
      services,
      'PATCH',
      `${base}/:method`,
      'update:authentication_methods',
      (tenant, req, { id = '', method = '' }) => {
        const found = methodOr404(tenant, id, method);
        if (!('type' in found)) return found;
        const unknown = Object.keys(req.body).find(
          (k) => k !== 'name' && k !== 'preferred_authentication_method',
        );
        if (unknown) return invalidBody(`Additional properties not allowed: ${unknown}`);
        const preferred = req.body.preferred_authentication_method;
        if (preferred !== undefined) {
          if (found.type !== 'phone' || (preferred !== 'sms' && preferred !== 'voice'))
            return invalidBody('preferred_authentication_method must be sms or voice, for a phone');
          found.preferred_authentication_method = preferred;
        }
        if (typeof req.body.name === 'string') found.name = req.body.name;
        return json(serializeAuthenticator(found));
      },
    ),
    managementRoute(
      services,
      'DELETE',
      `${base}/:method`,
      'delete:authentication_methods',
      (tenant, _req, { id = '', method = '' }) => {
        const user = userOr404(tenant, id);
        if (!('user_id' in user)) return user;
        const before = user.authenticators.length;
        user.authenticators = user.authenticators.filter((a) => a.id !== method);
        return before === user.authenticators.length
          ? notFound('authentication method')
          : { status: 204, headers: {}, body: '' };
      },
    ),
  ];
}
