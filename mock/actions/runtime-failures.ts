/**
 * Why a run failed when its worker, not its code, ended it: the texts, in one table. The pipeline puts
 * `Action "<name>" failed: ` before each, so every message names the Action it failed.
 */
export const RUNTIME_FAILURES = {
  time: (limitMs: number) => `Script execution time exceeded (${limitMs / 1000} s)`,
  cpu: (limitMs: number) => `Script execution time exceeded (${limitMs / 1000} s of CPU)`,
  restarted: (culprit: string) =>
    `The tenant's Actions runtime was restarted because Action "${culprit}" exceeded its time limit`,
  memory: (heapMb: number, running: readonly string[]) =>
    `Out of memory: the tenant's Actions may use ${heapMb} MB, exceeded while running ${running.map((name) => `"${name}"`).join(', ')}`,
  crashed: (message: string) => `The Actions runtime crashed: ${message}`,
  dependency: (name: string, message: string) => `Dependency ${name} could not be loaded: ${message}`,
};
