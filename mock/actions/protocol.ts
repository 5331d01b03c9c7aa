/** Messages between the mock and the Actions worker. Everything crosses as plain data. */

export interface ActionJob {
  id: number;
  /** `onExecutePostLogin`, or `onContinuePostLogin` after a redirect (RED-3). */
  entry: 'onExecutePostLogin' | 'onContinuePostLogin';
  actionName: string;
  code: string;
  event: Record<string, unknown>;
  /** Modules the Action may `require`: its declared dependencies, by name, and the file each loads. */
  modules: Record<string, string>;
  /** For api.redirect: the tenant issuer, the transaction state and the /continue query. */
  redirect: { issuer: string; state: string; query: Record<string, string> };
}

/** One `api.*` call, recorded in order; effects apply when the Action ends. */
export interface ApiCall {
  path: string;
  args: unknown[];
}

export type ActionResult =
  { id: number; ok: true; calls: ApiCall[] } | { id: number; ok: false; calls: ApiCall[]; error: string };
