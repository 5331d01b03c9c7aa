import { json } from '../http/response.ts';
import type { MockServices } from '../services.ts';
import { GUARDIAN_FACTOR_NAMES, type GuardianFactorName } from '../mfa/guardian-factor-names.ts';
import type { GuardianPolicy } from '../tenants/model.ts';
import { invalidBody, managementError } from './management-errors.ts';
import { managementRoute } from './management-route.ts';

const POLICIES: readonly GuardianPolicy[] = ['all-applications', 'confidence-score'];

/** Guardian factors, phone message types and MFA policies (contract §4). */
export function guardianRoutes(services: MockServices) {
  return [
    managementRoute(services, 'GET', '/guardian/factors', 'read:guardian_factors', (tenant) =>
      json(
        GUARDIAN_FACTOR_NAMES.map((name) => ({
          name,
          enabled: tenant.isFactorEnabled(name),
          trial_expired: false,
        })),
      ),
    ),
    managementRoute(
      services,
      'PUT',
      '/guardian/factors/phone/message-types',
      'update:guardian_factors',
      (tenant, req) => {
        const types = req.body.message_types;
        if (!Array.isArray(types) || types.some((t) => t !== 'sms' && t !== 'voice')) {
          return invalidBody('message_types must be a list of sms and voice');
        }
        tenant.phoneMessageTypes = types as Array<'sms' | 'voice'>;
        return json({ message_types: tenant.phoneMessageTypes });
      },
    ),
    managementRoute(
      services,
      'GET',
      '/guardian/factors/phone/message-types',
      'read:guardian_factors',
      (tenant) => json({ message_types: tenant.phoneMessageTypes }),
    ),
    managementRoute(
      services,
      'PUT',
      '/guardian/factors/:name',
      'update:guardian_factors',
      (tenant, req, { name = '' }) => {
        if (!(GUARDIAN_FACTOR_NAMES as readonly string[]).includes(name)) {
          return managementError(404, `Factor ${name} does not exist.`, 'inexistent_factor');
        }
        if (typeof req.body.enabled !== 'boolean') return invalidBody('Missing required property: enabled');
        tenant.factors.set(name as GuardianFactorName, req.body.enabled);
        return json({ enabled: req.body.enabled });
      },
    ),
    managementRoute(services, 'GET', '/guardian/policies', 'read:mfa_policies', (tenant) =>
      json(tenant.policies),
    ),
    managementRoute(services, 'PUT', '/guardian/policies', 'update:mfa_policies', (tenant, req) => {
      const body: unknown = JSON.parse(req.rawBody || '[]');
      if (!Array.isArray(body) || body.some((p) => !POLICIES.includes(p as GuardianPolicy))) {
        return invalidBody(`policies must be a list of: ${POLICIES.join(', ')}`);
      }
      tenant.policies = body as GuardianPolicy[];
      return json(tenant.policies);
    }),
  ];
}
