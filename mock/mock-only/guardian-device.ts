/**
 * The Guardian app, played by the harness: a mock-only stand-in for the Guardian API that a phone talks
 * to. No real tenant has these routes; against a real tenant only the push's manual-code fallback can be
 * automated.
 * - POST /__mock/guardian/enrollments { enrollment_tx_id, name? } -> { id }: the app scanned the QR code
 * - GET /__mock/guardian/devices/:id/notifications -> [{ id }]: notifications waiting for this device
 * - POST /__mock/guardian/devices/:id/notifications/:notification { action: approve | reject }
 */
import { json, type MockResponse } from '../http/response.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import { writeLog } from '../logs/write-log.ts';
import { newAuthenticatorId } from '../management/authentication-methods.ts';
import { findEnrollment, pendingNotifications } from '../factors/push/push-state.ts';

export const GUARDIAN_API_PATH = '/__mock/guardian';

function problem(status: number, message: string): MockResponse {
  return json({ statusCode: status, error: status === 404 ? 'Not Found' : 'Bad Request', message }, status);
}

export function guardianDeviceRoutes(services: MockServices): Route[] {
  return [
    {
      method: 'POST',
      path: `${GUARDIAN_API_PATH}/enrollments`,
      handler: async (req) => {
        const tenant = await services.tenants.get(req.origin);
        const txId = req.body.enrollment_tx_id;
        const enrollment = typeof txId === 'string' ? findEnrollment(tenant, txId) : undefined;
        if (!enrollment) return problem(404, 'no push enrollment is waiting for this enrollment_tx_id');
        enrollment.deviceId ??= newAuthenticatorId('push');
        enrollment.deviceName = typeof req.body.name === 'string' ? req.body.name : 'mfa-conformance device';
        return json({ id: enrollment.deviceId }, 201);
      },
    },
    {
      method: 'GET',
      path: `${GUARDIAN_API_PATH}/devices/:id/notifications`,
      handler: async (req, { id = '' }) => {
        const tenant = await services.tenants.get(req.origin);
        return json(pendingNotifications(tenant, id).map(({ state }) => ({ id: state.notificationId })));
      },
    },
    {
      method: 'POST',
      path: `${GUARDIAN_API_PATH}/devices/:id/notifications/:notification`,
      handler: async (req, { id = '', notification = '' }) => {
        const tenant = await services.tenants.get(req.origin);
        const action = req.body.action;
        if (action !== 'approve' && action !== 'reject')
          return problem(400, 'action must be approve or reject');
        const found = pendingNotifications(tenant, id).find((n) => n.state.notificationId === notification);
        if (!found) return problem(404, 'no pending notification with this id for this device');
        found.state.status = action === 'approve' ? 'approved' : 'rejected';
        if (action === 'reject') {
          const { tx } = found;
          writeLog(
            tenant,
            'gd_auth_rejected',
            {
              user: tx.userId ? tenant.users.get(tx.userId) : undefined,
              clientId: tx.request.clientId,
              ip: tx.ip,
              userAgent: tx.userAgent,
            },
            { details: { authenticator: { type: 'push', id } } },
          );
        }
        return json({ id: notification, status: found.state.status });
      },
    },
  ];
}
