/**
 * One Action run, in a prepared realm of its own (prepare-realm.ts). The host keeps only a closure-held
 * `hostCall` in the realm, which takes and returns text, and calls in only with numbers and text; so no
 * object of the host realm is reachable from the Action's code (docs/decisions/0044).
 * - the run ends with the realm's one `done` call, or a host failure before the Action's code started
 * - when it ends, its timers are cleared and its requests aborted; later calls from the realm are refused
 */
import { compile } from './realm-scripts.ts';
import { ASYNC_OPERATIONS, SYNC_OPERATIONS, type RunScope } from './host-operations.ts';
import { KeyTable, decodeArgs, encodeReply, errorReply } from './wire.ts';
import type { PreparedRealm, RealmSetup } from './prepare-realm.ts';
import type { ActionResult, ApiCall, WorkerJob, WorkerResult } from '../protocol.ts';

export function runInRealm(job: WorkerJob, realm: PreparedRealm, setup: RealmSetup): Promise<WorkerResult> {
  const { handles, context } = realm;
  const callRealm = (call: () => void): void => {
    setup.entering(job.id);
    try {
      call();
    } catch {
      // The realm's functions catch their own errors; anything left (a stack overflow) is dropped.
    }
  };
  return new Promise((resolve) => {
    let ended = false;
    const keys = new KeyTable();
    const end = (result: ActionResult): void => {
      if (ended) return;
      ended = true;
      for (const timer of scope.timers.values()) clearTimeout(timer);
      scope.aborter.abort();
      resolve({ ...result, logs: scope.logs, id: job.id });
    };
    const scope: RunScope = {
      job,
      timers: new Map(),
      aborter: new AbortController(),
      fire: (id) => {
        if (!ended) callRealm(() => handles.fire(id));
      },
      done: (outcome) => end(readOutcome(outcome)),
      logs: [],
    };
    realm.connect((op, payload, id) => {
      try {
        if (ended) return errorReply(new Error('The Action has already ended'));
        if (typeof op !== 'string' || typeof payload !== 'string' || typeof id !== 'number')
          return errorReply(new TypeError('The realm called the host with something other than text'));
        const args = decodeArgs(payload, keys);
        const asynchronous = ASYNC_OPERATIONS[op];
        if (asynchronous && id > 0) {
          const settle = (text: string): void => {
            if (!ended) callRealm(() => handles.settle(id, text));
          };
          Promise.resolve()
            .then(() => asynchronous(scope, ...args))
            .then(
              (value) => settle(encodeReply(value, keys)),
              (error: unknown) => settle(errorReply(error)),
            );
          return '""';
        }
        const operation = SYNC_OPERATIONS[op];
        if (!operation) return errorReply(new Error(`The mock has no operation ${op}`));
        return encodeReply(operation(scope, ...args), keys);
      } catch (error) {
        return errorReply(error);
      }
    });

    let wrapper: unknown;
    try {
      handles.setClock(job.clockOffsetMs);
      for (const name of Object.keys(job.modules)) {
        const source = job.bundles[name];
        if (source !== undefined)
          handles.addDependency(name, setup.dependencyScript(name, source).runInContext(context));
      }
      wrapper = compile(
        `(function (exports, require, module) {\n${job.code}\n})`,
        `action:${job.actionName}`,
        -1,
      ).runInContext(context);
    } catch (error) {
      // Only the host's own steps throw here, before any Action code ran (a syntax error is the compiler's).
      end({ ok: false, calls: [], error: errorMessage(error) });
      return;
    }
    // run() catches what the Action throws and ends by `done`; what escapes it is not read.
    callRealm(() =>
      handles.run(wrapper, JSON.stringify(job.event), job.entry, JSON.stringify(Object.keys(job.modules))),
    );
  });
}

function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** The realm's `done` payload, read as data and checked. */
function readOutcome(outcome: unknown): ActionResult {
  const { ok, calls, error, stack } = (outcome ?? {}) as {
    ok?: unknown;
    calls?: unknown;
    error?: unknown;
    stack?: unknown;
  };
  const recorded = Array.isArray(calls)
    ? calls.filter(
        (call): call is ApiCall =>
          typeof (call as ApiCall | null)?.path === 'string' && Array.isArray((call as ApiCall).args),
      )
    : [];
  if (ok === true) return { ok: true, calls: recorded };
  return {
    ok: false,
    calls: recorded,
    error: typeof error === 'string' ? error : 'The Action failed',
    ...(typeof stack === 'string' ? { stack } : {}),
  };
}
