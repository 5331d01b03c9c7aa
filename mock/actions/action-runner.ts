/**
 * Runs post-login Actions, each tenant's in a worker of its own (tenant-worker.ts), so that no Action code (a
 * throw, an endless loop, a prototype polluted, a heap exhausted, an escape attempt) reaches another tenant
 * or the mock (docs/decisions/0044).
 * - a worker per tenant origin, started on its first Action, ended when idle; at most `maxWorkers` at once,
 *   a further tenant taking the place of the longest idle one, or waiting for one to become idle
 * - one spare worker, started once Actions run, that the next new tenant takes: a worker needs a moment to
 *   start, which a login should not wait for (no Action has run in a spare, and it is nobody's until taken)
 * - limits (wall time, CPU time, heap, binary data) per runner, so a test can shorten them for its own mock
 * - declared dependencies are bundled here (dependency-bundles.ts) and evaluated inside the Action's realm
 */
import { DEFAULT_LIMITS, DEFAULT_POOL, type ActionLimits, type PoolLimits } from './limits.ts';
import { DependencyBundles } from './dependency-bundles.ts';
import { RUNTIME_FAILURES } from './runtime-failures.ts';
import { TenantWorker } from './tenant-worker.ts';
import { realmSources, workerCode } from './worker-code.ts';
import type { ActionJob, ActionResult, WorkerJob } from './protocol.ts';

export interface ActionRunnerOptions {
  limits?: Partial<ActionLimits>;
  pool?: Partial<PoolLimits>;
}

export class ActionRunner {
  readonly limits: ActionLimits;
  readonly pool: PoolLimits;
  readonly #dependencies: DependencyBundles;
  readonly #workers = new Map<string, TenantWorker>();
  readonly #idleTimers = new Map<TenantWorker, NodeJS.Timeout>();
  #spare: TenantWorker | undefined;
  #waiting: Array<() => void> = [];
  #nextId = 1;

  constructor(options: ActionRunnerOptions = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.pool = { ...DEFAULT_POOL, ...options.pool };
    this.#dependencies = new DependencyBundles();
  }

  async run(job: ActionJob): Promise<ActionResult> {
    const bundles: Record<string, string> = {};
    for (const [name, dir] of Object.entries(job.modules)) {
      try {
        bundles[name] = await this.#dependencies.bundle(name, dir);
      } catch (error) {
        return { ok: false, calls: [], error: RUNTIME_FAILURES.dependency(name, (error as Error).message) };
      }
    }
    return this.#runOnWorker({ ...job, id: this.#nextId++, bundles });
  }

  /** How many tenants have a worker now. */
  get workerCount(): number {
    return this.#workers.size;
  }

  /** Ends the worker of a tenant that is gone (freed for idleness); its spare place goes to the next tenant. */
  async release(tenant: string): Promise<void> {
    const worker = this.#workers.get(tenant);
    if (worker) await worker.terminate();
  }

  async close(): Promise<void> {
    const workers = [...this.#workers.values(), ...(this.#spare ? [this.#spare] : [])];
    this.#workers.clear();
    this.#spare = undefined;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  /** Runs the job on its tenant's worker, started if need be; the run is on it before anything else can evict it. */
  async #runOnWorker(job: WorkerJob): Promise<ActionResult> {
    const code = await workerCode();
    for (;;) {
      const existing = this.#workers.get(job.tenant);
      if (existing && !existing.ended) {
        clearTimeout(this.#idleTimers.get(existing));
        return existing.run(job);
      }
      if (this.#workers.size < this.pool.maxWorkers) return this.#assign(job.tenant, code).run(job);
      const idlest = [...this.#workers.values()]
        .filter((worker) => !worker.busy)
        .sort((a, b) => a.lastUsed - b.lastUsed)[0];
      if (idlest) await idlest.terminate();
      else await new Promise<void>((wake) => this.#waiting.push(wake));
    }
  }

  /** The spare (or a new worker) becomes the tenant's; a new spare starts if there is room for it. */
  #assign(tenant: string, code: string): TenantWorker {
    const worker = this.#spare && !this.#spare.ended ? this.#spare : this.#start(code);
    this.#spare = undefined;
    this.#workers.set(tenant, worker);
    if (this.#workers.size < this.pool.maxWorkers) this.#spare = this.#start(code);
    return worker;
  }

  #start(code: string): TenantWorker {
    return new TenantWorker(code, realmSources(), this.limits, {
      idle: (idle) => {
        const timer = setTimeout(() => void idle.terminate(), this.pool.idleMs);
        timer.unref();
        this.#idleTimers.set(idle, timer);
        this.#wake();
      },
      exit: (ended) => {
        clearTimeout(this.#idleTimers.get(ended));
        this.#idleTimers.delete(ended);
        for (const [tenant, worker] of this.#workers) if (worker === ended) this.#workers.delete(tenant);
        if (this.#spare === ended) this.#spare = undefined;
        this.#wake();
      },
    });
  }

  #wake(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const wake of waiting) wake();
  }
}
