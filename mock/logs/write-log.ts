import type { MockRequest } from '../http/request.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { LogEntry, User } from '../tenants/model.ts';
import { BUILT_IN } from '../tenants/built-in-objects.ts';
import { CONNECTION_LOG_TYPES, LOG_TYPES, strategyType, type LogType } from './log-types.ts';

export interface LogContext {
  user?: Pick<User, 'user_id' | 'email'>;
  clientId?: string;
  ip?: string;
  userAgent?: string;
  /** The connection's name; by default the user's, or the database connection of a login by password. */
  connection?: string;
}

/** Who made a request, as a log entry names it: the application, the address and the user agent. */
export function requestContext(req: MockRequest, clientId: string | undefined): LogContext {
  return { clientId, ip: req.ip, userAgent: req.headers['user-agent'] };
}

/** The connection fields of an entry that names its connection (CONNECTION_LOG_TYPES). */
function connectionFields(tenant: Tenant, type: LogType, context: LogContext): Partial<LogEntry> {
  if (!CONNECTION_LOG_TYPES.has(type)) return {};
  const name =
    context.connection ?? tenant.users.get(context.user?.user_id ?? '')?.connection ?? BUILT_IN.connection;
  const connection = tenant.connectionNamed(name);
  if (!connection) return { connection: name };
  return {
    connection: connection.name,
    connection_id: connection.id,
    strategy: connection.strategy,
    strategy_type: strategyType(connection.strategy),
  };
}

/**
 * Entries a tenant keeps: Auth0 keeps its log for a retention period (days, by plan); the mock keeps the newest
 * this many, far more than a scenario writes, so a long-lived tenant's log stays bounded (docs/decisions/0051).
 */
export const MAX_LOG_ENTRIES = 10_000;

/**
 * Appends one entry to the tenant's log, in Auth0's shape (the fields each type carries: decision 0042); the
 * oldest goes once there are MAX_LOG_ENTRIES.
 */
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
    ...connectionFields(tenant, type, context),
    user_id: context.user?.user_id,
    user_name: context.user?.email,
    client_id: client?.client_id ?? context.clientId,
    client_name: client?.name,
    ip: context.ip ?? '127.0.0.1',
    user_agent: context.userAgent,
    hostname: tenant.hostname,
    details: extra.details,
  });
  if (tenant.logs.length > MAX_LOG_ENTRIES) tenant.logs.splice(0, tenant.logs.length - MAX_LOG_ENTRIES);
}
