/**
 * A tenant's Actions worker: each run gets a realm of its own (sandbox/prepare-realm.ts, run-in-realm.ts);
 * the worker lives while its tenant logs in, under the runner's memory and time limits.
 * - it tells the runner where its thread's CPU clock is, and which run it entered last, so that the runner
 *   can stop an Action by its own CPU time
 * - an unhandled rejection inside a realm is the Action's own business, not a reason to end the worker
 */
import { readlinkSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { compile, compileRealmScripts, type RealmSource } from './sandbox/realm-scripts.ts';
import { prepareRealm, type PreparedRealm, type RealmSetup } from './sandbox/prepare-realm.ts';
import { runInRealm } from './sandbox/run-in-realm.ts';
import type { WorkerJob, WorkerReady } from './protocol.ts';

const { realmSources, binaryLimitBytes, executing } = workerData as {
  realmSources: RealmSource[];
  binaryLimitBytes: number;
  executing: Int32Array;
};

const dependencyScripts = new Map<string, { source: string; script: ReturnType<typeof compile> }>();
const setup: RealmSetup = {
  scripts: compileRealmScripts(realmSources),
  binaryLimitBytes,
  entering: (id) => Atomics.store(executing, 0, id),
  dependencyScript(name, source) {
    const known = dependencyScripts.get(name);
    if (known?.source === source) return known.script;
    const script = compile(
      `(function (module, exports, require) {\n${source}\n})`,
      `node_modules/${name}`,
      -1,
    );
    dependencyScripts.set(name, { source, script });
    return script;
  },
};

process.on('unhandledRejection', () => undefined);

function threadPath(): string | undefined {
  try {
    return readlinkSync('/proc/thread-self');
  } catch {
    return undefined;
  }
}

// The next run's realm, prepared while no run is on the worker, so that neither its latency nor its CPU clock
// pays for the preparation.
let prepared: PreparedRealm | undefined = prepareRealm(setup);
let running = 0;

parentPort?.on('message', (job: WorkerJob) => {
  const realm = prepared ?? prepareRealm(setup);
  prepared = undefined;
  running += 1;
  void runInRealm(job, realm, setup).then((result) => {
    running -= 1;
    parentPort?.postMessage(result);
    setImmediate(() => {
      if (running === 0) prepared ??= prepareRealm(setup);
    });
  });
});

const ready: WorkerReady = { ready: true, thread: threadPath() };
parentPort?.postMessage(ready);
