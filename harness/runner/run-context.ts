import type { Page } from '@playwright/test';
import type { JWTPayload } from 'jose';
import type { LoadedScenario } from '../format/load.ts';
import type { TargetTenant } from '../target/target.ts';
import type { ProvisionedUser } from '../provision/provision-user.ts';
import { authorizationRequest, type AuthorizationRequest } from '../oidc/authorization-request.ts';
import {
  describeVisit,
  type ObservedScreen,
  type ScreenTracker,
  type Visit,
} from '../browser/screen-tracker.ts';
import type { Mailbox } from '../mail/mailbox.ts';
import { diagnosePage } from '../browser/diagnose-page.ts';
import type { VirtualAuthenticators } from '../browser/virtual-authenticators.ts';
import type { FlowStep } from '../flow/flow-record.ts';
import type { UserLog } from '../logs/user-logs.ts';

/** How long one screen may take to appear (a real tenant is slower than the mock). */
export const SCREEN_TIMEOUT_MS = 20_000;

export interface LoginInProgress {
  request: AuthorizationRequest;
  startedAt: Date;
  /** The last screen the browser landed on in this login. */
  current?: Visit;
  idToken?: JWTPayload;
}

/** What every step works with. */
export interface RunContext {
  page: Page;
  target: TargetTenant;
  loaded: LoadedScenario;
  user: ProvisionedUser;
  tracker: ScreenTracker;
  /** The browser's virtual WebAuthn authenticators (security key, platform). */
  authenticator: VirtualAuthenticators;
  /** Where emailed, texted and spoken codes arrive. */
  mailbox: Mailbox;
  /** Screens seen so far, for mismatch messages. */
  observed: ObservedScreen[];
  /** Each step so far: expected and observed screen, answer, failure (the flow diagram's rows). */
  flow: FlowStep[];
  /** Index of the step being run (for file:line:col). */
  stepIndex: number;
  /** How far the scenario's `clock` steps moved the tenant's time: the custom factor keeps the same time. */
  clockAheadMs: number;
  login?: LoginInProgress;
  /** The user's tenant log, read forward from a checkpoint by the `logs` steps (made by the first). */
  userLog?: UserLog;
}

/** `scenarios/x.yaml:12:5` of the current step. */
export function where(ctx: RunContext): string {
  const location = ctx.loaded.stepLocations[ctx.stepIndex];
  return location ? `${ctx.loaded.file}:${location.line}:${location.col}` : ctx.loaded.file;
}

/** The login in progress, started on first need: the harness plays the application and opens /authorize. */
export async function ensureLogin(ctx: RunContext): Promise<LoginInProgress> {
  if (ctx.login) return ctx.login;
  const login: LoginInProgress = {
    request: authorizationRequest(ctx.target, { organization: ctx.user.organizationId }),
    startedAt: new Date(),
  };
  ctx.login = login;
  await previousLoginLanded(ctx);
  // Only now: what the previous login's callback still produced while it landed is not this login's.
  ctx.tracker.skipPending();
  await navigate(ctx, login.request.url);
  return login;
}

/**
 * The previous login left for the application's callback (or a custom factor), where nothing listens: the
 * browser's error page for it commits a moment after the harness saw the request. A new login waits for it,
 * or that page would cancel the new login's first navigation.
 */
async function previousLoginLanded(ctx: RunContext): Promise<void> {
  await ctx.tracker.deadEndSettled(5_000);
}

/**
 * Opens `url` the way a link would. When the redirects it sets off end at the application's callback or at a
 * custom factor, nothing listens there and the browser reports a network error: that is where the flow is
 * meant to leave, and the screen tracker has recorded it, so only an error before such a landing counts.
 */
export async function navigate(ctx: RunContext, url: string): Promise<void> {
  const before = ctx.tracker.visits.length;
  await ctx.page.goto(url).catch((error: unknown) => {
    const left = ctx.tracker.visits
      .slice(before)
      .some((v) => v.screen === 'complete' || v.screen === 'denied' || v.screen === 'custom-factor');
    if (!left) throw error;
  });
}

/**
 * Waits for the next screen and checks it is `expected`; a different screen fails at once, with the
 * scenario's line, expected and observed side by side.
 */
export async function expectScreen(ctx: RunContext, expected: ObservedScreen): Promise<Visit> {
  const login = await ensureLogin(ctx);
  const visit = await ctx.tracker.next(SCREEN_TIMEOUT_MS).catch(async (error: Error) => {
    throw new Error(
      `${where(ctx)}: expected the ${expected} screen, but ${error.message}` +
        (await diagnosePage(ctx.page, { origin: ctx.target.origin, expected })),
    );
  });
  login.current = visit;
  ctx.observed.push(visit.screen);
  if (visit.screen !== expected) {
    throw new Error(
      `${where(ctx)}: expected the ${expected} screen, observed ${describeVisit(visit)}.\n` +
        `  observed so far: ${ctx.observed.join(' -> ')}` +
        (await diagnosePage(ctx.page, { origin: ctx.target.origin, expected, observed: visit.screen })),
    );
  }
  return visit;
}

/** The same screen again after a wrong answer (the page re-renders at the same URL with an error). */
export async function expectSameScreen(ctx: RunContext): Promise<Visit> {
  const current = ctx.login?.current?.screen;
  if (!current) throw new Error(`${where(ctx)}: no screen to stay on`);
  return expectScreen(ctx, current);
}
