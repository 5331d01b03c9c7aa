import type { Tenant } from '../tenants/tenant.ts';
import type { User } from '../tenants/model.ts';
import { LOG_TYPES, type LogType } from './log-types.ts';

export interface LogContext {
  user?: Pick<User, 'user_id' | 'email'>;
  clientId?: string;
  ip?: string;
  userAgent?: string;
}

/** Appends one entry to the tenant's log, in Auth0's shape. */
export function writeLog(
  tenant: Tenant,
  type: LogType,
  context: LogContext,
  extra: { description?: string; details?: Record<string, unknown> } = {},
): void {
  const client = context.clientId ? tenant.clients.get(context.clientId) : undefined;
  tenant.logs.push({
    log_id: tenant.nextLogId(),
    date: new Date().toISOString(),
    type,
    description: extra.description ?? LOG_TYPES[type],
    user_id: context.user?.user_id,
    user_name: context.user?.email,
    client_id: client?.client_id,
    client_name: client?.name,
    ip: context.ip ?? '127.0.0.1',
    user_agent: context.userAgent,
    hostname: tenant.hostname,
    details: extra.details,
  });
}
