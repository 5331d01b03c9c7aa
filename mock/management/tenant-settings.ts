import { json } from '../http/response.ts';
import type { MockServices } from '../services.ts';
import { managementRoute } from './management-route.ts';

/**
 * GET/PATCH /api/v2/tenants/settings. `customize_mfa_in_postlogin_action` is the "Customize MFA Factors
 * using Actions" toggle (SEQ-8).
 */
export function tenantSettingsRoutes(services: MockServices) {
  return [
    managementRoute(services, 'GET', '/tenants/settings', 'read:tenant_settings', (tenant) =>
      json(tenant.settings),
    ),
    managementRoute(services, 'PATCH', '/tenants/settings', 'update:tenant_settings', (tenant, req) => {
      const value = req.body.customize_mfa_in_postlogin_action;
      if (typeof value === 'boolean') tenant.settings.customize_mfa_in_postlogin_action = value;
      if (typeof req.body.friendly_name === 'string') tenant.settings.friendly_name = req.body.friendly_name;
      return json(tenant.settings);
    }),
  ];
}
