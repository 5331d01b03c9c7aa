/**
 * One tenant's Actions worker: a thread of its own, with a heap limit and an empty environment, running that
 * tenant's Actions only.
 * - a run that overruns its wall time or its CPU time ends this worker: the run fails with the time message,
 *   the tenant's other runs on it with a message naming the Action that overran; no other tenant notices
 * - a heap exhausted ends this worker the same way, each of its runs failing with the memory message
 */
import { Worker } from 'node:worker_threads';
import { threadCpuMs } from './thread-cpu.ts';
import { RUNTIME_FAILURES } from './runtime-failures.ts';
import type { ActionLimits } from './limits.ts';
import type { ActionResult, WorkerJob, WorkerReady, WorkerResult } from './protocol.ts';
import type { RealmSource } from './sandbox/realm-scripts.ts';

interface Running {
  job: WorkerJob;
  resolve: (result: ActionResult) => void;
  /** CPU time of the thread while this run was the one executing. */
  cpuMs: number;
  timer: NodeJS.Timeout;
}

export interface TenantWorkerEvents {
  /** The worker has no run left (the pool may end it later). */
  idle(worker: TenantWorker): void;
  /** The worker has ended, for whatever reason. */
  exit(worker: TenantWorker): void;
}

export class TenantWorker {
  readonly #thread: Worker;
  readonly #ready: Promise<string | undefined>;
  readonly #runs = new Map<number, Running>();
  /** Written by the worker: the id of the run whose code it entered last (its CPU time is that run's). */
  readonly #executing = new Int32Array(new SharedArrayBuffer(4));
  #reserved = 0;
  #watch: NodeJS.Timeout | undefined;
  #ended = false;
  lastUsed = Date.now();

  constructor(
    code: string,
    realmSources: readonly RealmSource[],
    readonly limits: ActionLimits,
    readonly events: TenantWorkerEvents,
  ) {
    this.#thread = new Worker(code, {
      eval: true,
      workerData: {
        realmSources,
        binaryLimitBytes: limits.binaryMb * 1024 * 1024,
        executing: this.#executing,
      },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
      // Nothing of the mock's environment (secrets, paths) is there to read, even by a runtime bug.
      env: {},
      argv: [],
      // Routes import() in every realm to the refusal of sandbox/realm-scripts.ts, instead of Node's loader.
      execArgv: ['--experimental-vm-modules', '--no-warnings'],
    });
    this.#thread.unref();
    let markReady: (thread: string | undefined) => void = () => undefined;
    this.#ready = new Promise((resolve) => (markReady = resolve));
    this.#thread.on('message', (message: WorkerReady | WorkerResult) => {
      if ('ready' in message) markReady(message.thread);
      else this.#finish(message.id, message);
    });
    this.#thread.on('error', (error: Error & { code?: string }) => {
      const running = [...this.#runs.values()].map((run) => run.job.actionName);
      this.#end(() =>
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? RUNTIME_FAILURES.memory(limits.heapMb, running)
          : RUNTIME_FAILURES.crashed(error.message),
      );
      markReady(undefined);
    });
    this.#thread.on('exit', () => {
      this.#end(() => RUNTIME_FAILURES.crashed('the worker exited'));
      markReady(undefined);
    });
  }

  get busy(): boolean {
    return this.#runs.size + this.#reserved > 0;
  }

  get ended(): boolean {
    return this.#ended;
  }

  async run(job: WorkerJob): Promise<ActionResult> {
    this.lastUsed = Date.now();
    this.#reserved += 1;
    const thread = await this.#ready;
    this.#reserved -= 1;
    if (this.#ended) return { ok: false, calls: [], error: RUNTIME_FAILURES.crashed('the worker had ended') };
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => this.#overrun(job.id, RUNTIME_FAILURES.time(this.limits.timeMs)),
        this.limits.timeMs,
      );
      this.#runs.set(job.id, { job, resolve, cpuMs: 0, timer });
      this.#watchCpu(thread);
      this.#thread.postMessage(job);
    });
  }

  terminate(): Promise<number> {
    this.#end(() => RUNTIME_FAILURES.crashed('the mock stopped'));
    return this.#thread.terminate();
  }

  #finish(id: number, result: ActionResult): void {
    const run = this.#runs.get(id);
    if (!run) return;
    clearTimeout(run.timer);
    this.#runs.delete(id);
    const { logs } = result;
    run.resolve(
      result.ok
        ? { ok: true, calls: result.calls, logs }
        : { ok: false, calls: result.calls, error: result.error, stack: result.stack, logs },
    );
    this.lastUsed = Date.now();
    if (this.#runs.size === 0) {
      clearInterval(this.#watch);
      this.#watch = undefined;
      this.events.idle(this);
    }
  }

  /**
   * Samples the thread's CPU clock while runs are on it (10 ms ticks, so a few samples per limit), and charges
   * each interval to the run the worker last entered: a run waiting on a request uses none of it.
   */
  #watchCpu(thread: string | undefined): void {
    let last = threadCpuMs(thread);
    if (this.#watch || last === undefined) return;
    const every = Math.max(20, Math.min(250, this.limits.cpuMs / 4));
    this.#watch = setInterval(() => {
      const now = threadCpuMs(thread) ?? last ?? 0;
      const run = this.#runs.get(Atomics.load(this.#executing, 0));
      if (run) run.cpuMs += now - (last ?? now);
      last = now;
      if (run && run.cpuMs > this.limits.cpuMs)
        this.#overrun(run.job.id, RUNTIME_FAILURES.cpu(this.limits.cpuMs));
    }, every);
    this.#watch.unref();
  }

  #overrun(id: number, message: string): void {
    const culprit = this.#runs.get(id)?.job.actionName ?? 'unknown';
    this.#end((run) => (run.job.id === id ? message : RUNTIME_FAILURES.restarted(culprit)));
    void this.#thread.terminate();
  }

  /** Ends the worker's life as the pool sees it, failing each run still on it with its message. */
  #end(messageFor: (run: Running) => string): void {
    const runs = [...this.#runs.values()];
    this.#runs.clear();
    clearInterval(this.#watch);
    this.#watch = undefined;
    for (const run of runs) {
      clearTimeout(run.timer);
      run.resolve({ ok: false, calls: [], error: messageFor(run) });
    }
    if (this.#ended) return;
    this.#ended = true;
    this.events.exit(this);
  }
}
