import { json } from '../http/response.ts';
import type { Route } from '../http/router.ts';
import type { MockServices } from '../services.ts';
import type { RiskAssessment } from '../tenants/model.ts';
import { guardianDeviceRoutes } from './guardian-device.ts';
import { advanceTenantClock, now } from '../clock.ts';

const CONFIDENCE = ['low', 'medium', 'high', 'neutral'];

/**
 * Controls no real tenant has, under /__mock/ so that nobody mistakes them for Auth0's. The tenant target
 * refuses scenarios that need them.
 * - PUT /__mock/risk: what event.authentication.riskAssessment says for the next logins (SEL-10)
 * - PUT /__mock/clock `{ advance_ms }`: moves this tenant's time forward (mock/clock.ts), other tenants' not
 * - GET /__mock/action-runs: the tenant's latest Action runs, their console output and how each ended
 */
export function mockOnlyRoutes(services: MockServices): Route[] {
  return [
    ...guardianDeviceRoutes(services),
    {
      method: 'GET',
      path: '/__mock/health',
      handler: () => json({ ok: true, tenants: services.tenants.size }),
    },
    {
      // The tenant's latest Action runs: what each printed and how it ended, its stack included
      // (docs/decisions/0060). Auth0's Management API has no such record of console output.
      method: 'GET',
      path: '/__mock/action-runs',
      handler: async (req) => json((await services.tenants.get(req.origin)).actionRuns),
    },
    {
      method: 'PUT',
      path: '/__mock/clock',
      handler: (req) => {
        const { advance_ms: advance } = (req.body ?? {}) as { advance_ms?: unknown };
        if (typeof advance !== 'number' || !Number.isSafeInteger(advance) || advance < 0) {
          const message = 'advance_ms must be a whole number of milliseconds, 0 or more';
          return json({ statusCode: 400, error: 'Bad Request', message }, 400);
        }
        advanceTenantClock(req.origin, advance);
        return json({ now: new Date(now()).toISOString() });
      },
    },
    {
      method: 'PUT',
      path: '/__mock/risk',
      handler: async (req) => {
        const tenant = await services.tenants.get(req.origin);
        const { confidence, assessments } = req.body as Partial<RiskAssessment>;
        if (!CONFIDENCE.includes(String(confidence))) {
          return json(
            {
              statusCode: 400,
              error: 'Bad Request',
              message: `confidence must be one of ${CONFIDENCE.join(', ')}`,
            },
            400,
          );
        }
        tenant.risk = {
          confidence: confidence as RiskAssessment['confidence'],
          version: '1',
          assessments: assessments ?? {},
        };
        return json(tenant.risk);
      },
    },
  ];
}
