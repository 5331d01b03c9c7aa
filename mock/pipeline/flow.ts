import type { MockRequest } from '../http/request.ts';
import { field } from '../http/request.ts';
import type { MockResponse } from '../http/response.ts';
import type { MockServices } from '../services.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { User } from '../tenants/model.ts';
import type { Transaction } from '../tenants/transaction.ts';
import { isTransactionExpired } from '../tenants/expiry.ts';
import { transactionNotFound } from '../screens/transaction-not-found.ts';
import { acceptsStep, offStep, type StepClaim } from './current-step.ts';

/** Everything a step of the login flow works with. */
export interface Flow {
  services: MockServices;
  tenant: Tenant;
  tx: Transaction;
  req: MockRequest;
}

/** The flow named by the request's `state` (query on GET, form field on POST), or the error page. */
export async function loadFlow(services: MockServices, req: MockRequest): Promise<Flow | MockResponse> {
  const tenant = await services.tenants.get(req.origin);
  const state =
    req.method === 'POST' ? (field(req, 'state') ?? req.query.get('state')) : req.query.get('state');
  const tx = state ? tenant.transactions.get(state) : undefined;
  if (!tx) return transactionNotFound();
  if (isTransactionExpired(tx)) {
    tenant.transactions.delete(tx.state);
    return transactionNotFound();
  }
  return { services, tenant, tx, req };
}

/** The flow, when the transaction is at the step `claim` names; otherwise the refusal (current-step.ts). */
export async function loadFlowAt(
  services: MockServices,
  req: MockRequest,
  claim: StepClaim,
): Promise<Flow | MockResponse> {
  const flow = await loadFlow(services, req);
  if (!isFlow(flow)) return flow;
  return acceptsStep(flow.tx, claim) ? flow : offStep();
}

export function isFlow(value: Flow | MockResponse): value is Flow {
  return 'tx' in value;
}

/** The user of a flow that got past the password. */
export function flowUser(flow: Flow): User {
  const user = flow.tx.userId ? flow.tenant.users.get(flow.tx.userId) : undefined;
  if (!user) throw new Error(`transaction ${flow.tx.state} has no user yet`);
  return user;
}

export function logContext(flow: Flow) {
  const user = flow.tx.userId ? flow.tenant.users.get(flow.tx.userId) : undefined;
  return { user, clientId: flow.tx.request.clientId, ip: flow.tx.ip, userAgent: flow.tx.userAgent };
}

/** Gives the transaction a new state value, as Auth0 does when MFA starts; the old one stops working. */
export function rekey(flow: Flow, state: string): void {
  flow.tenant.transactions.delete(flow.tx.state);
  flow.tx.state = state;
  flow.tenant.transactions.set(state, flow.tx);
}

export function resumeUrl(flow: Flow): string {
  return `/authorize/resume?state=${encodeURIComponent(flow.tx.state)}`;
}
