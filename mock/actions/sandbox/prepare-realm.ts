/**
 * A realm made ready before the run that will use it: a context of its own, with everything an Action can
 * reach built inside it by the realm's scripts, and frozen. The worker prepares the next while it is idle, so
 * that a run pays for none of it.
 */
import vm from 'node:vm';
import { compile, refuseImport } from './realm-scripts.ts';
import { errorReply } from './wire.ts';
import { freezeRealm } from './freeze-realm.ts';

/** The host's one function inside the realm: text in, text out (realm/bridge.js). */
export type HostCall = (op: unknown, payload: unknown, id: unknown) => string;

/** Functions of the realm the host calls into, taken before any Action code runs. */
export interface RealmHandles {
  run(wrapper: unknown, eventJson: string, entry: string, allowedJson: string): void;
  fire(id: number): void;
  /** How far the run's tenant's clock is ahead of the machine's (realm/clock.js). */
  setClock(offsetMs: number): void;
  settle(id: number, text: string): void;
  addDependency(name: string, factory: unknown): void;
}

export interface PreparedRealm {
  context: vm.Context;
  handles: RealmHandles;
  /** Routes the realm's host calls to the run that uses it. */
  connect(hostCall: HostCall): void;
}

export interface RealmSetup {
  scripts: Array<{ name: string; script: vm.Script }>;
  binaryLimitBytes: number;
  /** Says which run's code is about to execute, for the runner's CPU clock. */
  entering(runId: number): void;
  /** A dependency bundle compiled once per worker, to be evaluated in each run's context. */
  dependencyScript(name: string, source: string): vm.Script;
}

type Installer = (realm: unknown, ...extra: unknown[]) => void;

export function prepareRealm(setup: RealmSetup): PreparedRealm {
  let route: HostCall = () => errorReply(new Error('No Action is running in this realm'));
  const hostCall: HostCall = (op, payload, id) => route(op, payload, id);
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY, {
    codeGeneration: { strings: true, wasm: false },
    importModuleDynamically: refuseImport as never,
  });
  const realm = compile('({ __proto__: null })', 'realm').runInContext(context) as Record<string, unknown>;
  for (const { name, script } of setup.scripts) {
    const install = script.runInContext(context) as Installer;
    if (name === 'budget') install(realm, setup.binaryLimitBytes);
    else if (name === 'bridge') install(realm, hostCall);
    else install(realm);
  }
  freezeRealm(context, realm.hiddenIntrinsics as unknown[]);
  return {
    context,
    handles: realm as unknown as RealmHandles,
    connect: (next) => {
      route = next;
    },
  };
}
