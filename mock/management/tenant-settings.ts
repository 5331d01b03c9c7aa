/**
 * GET/PATCH /api/v2/tenants/settings:
 * - PATCH takes the fields Auth0's API documents (anything else answers 400) and replaces each, except
 *   `flags`, which merge; `customize_mfa_in_postlogin_action` is the "Customize MFA Factors using Actions"
 *   toggle (SEQ-8)
 * - session lifetimes given in minutes (`session_lifetime_in_minutes`…) are kept and shown in hours, as
 *   `session_lifetime` and the others read
 */
import { json } from '../http/response.ts';
import type { MockServices } from '../services.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { invalidBody } from './management-errors.ts';
import { patchObject } from './api-collection.ts';
import { managementRoute } from './management-route.ts';

const SETTINGS_FIELDS = new Set([
  'change_password',
  'device_flow',
  'guardian_mfa_page',
  'default_audience',
  'default_directory',
  'error_page',
  'default_token_quota',
  'flags',
  'friendly_name',
  'picture_url',
  'support_email',
  'support_url',
  'allowed_logout_urls',
  'session_lifetime',
  'idle_session_lifetime',
  'ephemeral_session_lifetime',
  'idle_ephemeral_session_lifetime',
  'sandbox_version',
  'legacy_sandbox_version',
  'default_redirection_uri',
  'enabled_locales',
  'security_headers',
  'session_cookie',
  'sessions',
  'oidc_logout',
  'customize_mfa_in_postlogin_action',
  'allow_organization_name_in_authentication_api',
  'acr_values_supported',
  'mtls',
  'pushed_authorization_requests_supported',
  'authorization_response_iss_parameter_supported',
  'skip_non_verifiable_callback_uri_confirmation_prompt',
  'resource_parameter_profile',
  'client_id_metadata_document_supported',
  'enable_ai_guide',
  'phone_consolidated_experience',
  'include_session_metadata_in_tenant_logs',
  'dynamic_client_registration_security_mode',
  'country_codes',
]);

const IN_MINUTES = /^(.*_lifetime)_in_minutes$/;

function updateSettings(tenant: Tenant, body: Record<string, unknown>) {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(body)) {
    const hours = IN_MINUTES.exec(field)?.[1];
    if (hours && SETTINGS_FIELDS.has(hours) && typeof value === 'number') changes[hours] = value / 60;
    else if (SETTINGS_FIELDS.has(field)) changes[field] = value;
    else return invalidBody(`Additional properties not allowed: ${field}`);
  }
  const { customize_mfa_in_postlogin_action: toggle, friendly_name: name } = changes;
  if (toggle !== undefined && typeof toggle !== 'boolean')
    return invalidBody('customize_mfa_in_postlogin_action must be a boolean');
  if (name !== undefined && typeof name !== 'string') return invalidBody('friendly_name must be a string');
  patchObject(tenant.settings, changes, ['flags']);
  return json(tenant.settings);
}

export function tenantSettingsRoutes(services: MockServices) {
  return [
    managementRoute(services, 'GET', '/tenants/settings', 'read:tenant_settings', (tenant) =>
      json(tenant.settings),
    ),
    managementRoute(services, 'PATCH', '/tenants/settings', 'update:tenant_settings', (tenant, req) =>
      updateSettings(tenant, req.body),
    ),
  ];
}
