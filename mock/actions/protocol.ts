/** Messages between the mock and a tenant's Actions worker. Everything crosses as plain data. */

export interface ActionJob {
  /** The tenant (its origin): each tenant's Actions run in a worker of their own. */
  tenant: string;
  /** `onExecutePostLogin`, or `onContinuePostLogin` after a redirect (RED-3). */
  entry: 'onExecutePostLogin' | 'onContinuePostLogin';
  actionName: string;
  code: string;
  event: Record<string, unknown>;
  /** Modules the Action may `require`: its declared dependencies, by name, and the folder each resolves from. */
  modules: Record<string, string>;
  /** For api.redirect: the tenant issuer, the transaction state and the /continue query. */
  redirect: { issuer: string; state: string; query: Record<string, string> };
  /** How far the tenant's clock is ahead of the machine's: the Action's `Date` reads the tenant's time. */
  clockOffsetMs: number;
}

/** What the worker receives: the job, its number, and the bundled source of each of its modules. */
export interface WorkerJob extends ActionJob {
  id: number;
  bundles: Record<string, string>;
}

/** What the worker says when it is ready: the /proc path of its thread, for its CPU clock. */
export interface WorkerReady {
  ready: true;
  thread: string | undefined;
}

/** One `api.*` call, recorded in order; effects apply when the Action ends. */
export interface ApiCall {
  path: string;
  args: unknown[];
}

/** One line the Action wrote with console.*, kept for the run instead of printed (docs/decisions/0060). */
export interface ConsoleLine {
  level: 'log' | 'info' | 'debug' | 'warn' | 'error';
  line: string;
}

/**
 * How a run ended. A failure may carry the thrown error's stack (its frames name the Action as
 * `action:<name>:line:col`); both carry what the Action printed, when its code ran.
 */
export type ActionResult =
  | { ok: true; calls: ApiCall[]; logs?: ConsoleLine[] }
  | { ok: false; calls: ApiCall[]; error: string; stack?: string; logs?: ConsoleLine[] };

export type WorkerResult = ActionResult & { id: number };
