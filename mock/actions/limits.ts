/** What one run of an Action may use, and how many tenants' workers the mock keeps (docs/decisions/0044). */
export interface ActionLimits {
  /** contract §3: an Action has 20 seconds in total. */
  timeMs: number;
  /** CPU time of the run; unlike wall time, a loaded machine does not use it up. */
  cpuMs: number;
  /** The V8 heap of the tenant's worker (resourceLimits.maxOldGenerationSizeMb). */
  heapMb: number;
  /** Binary data (ArrayBuffers) one run may allocate, which lives outside the heap. */
  binaryMb: number;
}

export const DEFAULT_LIMITS: ActionLimits = { timeMs: 20_000, cpuMs: 20_000, heapMb: 128, binaryMb: 64 };

export interface PoolLimits {
  /** Tenants whose workers may exist at once; a further tenant waits for one to be idle. */
  maxWorkers: number;
  /** A worker with nothing to run is ended after this long. */
  idleMs: number;
}

export const DEFAULT_POOL: PoolLimits = { maxWorkers: 8, idleMs: 30_000 };
