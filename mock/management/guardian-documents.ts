/**
 * Guardian's phone settings and push provider as the Management API keeps them: each a small document read
 * with GET and replaced with PUT (the phone and the older sms paths alike). The mock sends every text and
 * call to Mailpit, and every push to its device simulator, whatever they say; a team's tooling
 * (auth0-deploy-cli among others) reads and writes them, so they are stored and returned, never dropped. A
 * field the document does not have, or a value outside its list, is refused with 400.
 */
import { json, type MockResponse } from '../http/response.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { invalidBody } from './management-errors.ts';
import { managementRoute } from './management-route.ts';

/** A document's fields: a list of allowed values, or `string` for free text. */
type Fields = Record<string, readonly string[] | 'string'>;

interface GuardianDocument {
  defaults: Record<string, string>;
  fields: Fields;
}

const PROVIDER: GuardianDocument = {
  defaults: { provider: 'auth0' },
  fields: { provider: ['auth0', 'twilio', 'phone-message-hook'] },
};
const TEMPLATES: GuardianDocument = {
  defaults: {
    enrollment_message:
      '{{code}} is your verification code for {{tenant.friendly_name}}. Please enter this code to verify your enrollment.',
    verification_message: '{{code}} is your verification code for {{tenant.friendly_name}}',
  },
  fields: { enrollment_message: 'string', verification_message: 'string' },
};
const TWILIO: GuardianDocument = {
  defaults: {},
  fields: { from: 'string', messaging_service_sid: 'string', auth_token: 'string', sid: 'string' },
};
const SNS: GuardianDocument = {
  defaults: {},
  fields: {
    aws_access_key_id: 'string',
    aws_secret_access_key: 'string',
    aws_region: 'string',
    sns_apns_platform_application_arn: 'string',
    sns_gcm_platform_application_arn: 'string',
  },
};

const DOCUMENTS: Record<string, GuardianDocument> = {
  '/guardian/factors/phone/selected-provider': PROVIDER,
  '/guardian/factors/sms/selected-provider': PROVIDER,
  '/guardian/factors/phone/templates': TEMPLATES,
  '/guardian/factors/sms/templates': TEMPLATES,
  '/guardian/factors/phone/providers/twilio': TWILIO,
  '/guardian/factors/sms/providers/twilio': TWILIO,
  '/guardian/factors/push-notification/providers/sns': SNS,
};

function replace(
  tenant: Tenant,
  path: string,
  document: GuardianDocument,
  body: Record<string, unknown>,
): MockResponse {
  for (const [name, value] of Object.entries(body)) {
    const allowed = document.fields[name];
    if (!allowed) return invalidBody(`Additional properties not allowed: ${name}`);
    if (typeof value !== 'string') return invalidBody(`${name} must be a string`);
    if (allowed !== 'string' && !allowed.includes(value)) {
      return invalidBody(`${name} must be one of: ${allowed.join(', ')}`);
    }
  }
  const stored = { ...document.defaults, ...body };
  tenant.guardianDocuments.set(path, stored);
  return json(stored);
}

export function guardianDocumentRoutes(services: MockServices): Route[] {
  return Object.entries(DOCUMENTS).flatMap(([path, document]) => [
    managementRoute(services, 'GET', path, 'read:guardian_factors', (tenant) =>
      json(tenant.guardianDocuments.get(path) ?? document.defaults),
    ),
    managementRoute(services, 'PUT', path, 'update:guardian_factors', (tenant, req) =>
      replace(tenant, path, document, req.body),
    ),
  ]);
}
