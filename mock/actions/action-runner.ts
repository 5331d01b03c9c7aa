import { Worker } from 'node:worker_threads';
import type { ActionJob, ActionResult } from './protocol.ts';

/** contract §3: an Action has 20 seconds in total. Tests may shorten it. */
export const ACTION_TIMEOUT_MS = Number(process.env.MOCK_ACTION_TIMEOUT_MS ?? 20_000);

interface Pending {
  resolve: (result: ActionResult) => void;
  timer: NodeJS.Timeout;
}

/**
 * Runs Actions in a worker thread so that no Action code (a throw, an endless loop, a bad require) can
 * take the mock down. An Action that overruns its time is answered with a timeout and the worker is
 * replaced; Actions running on it at that moment fail the same way.
 */
export class ActionRunner {
  #worker: Worker | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();

  run(job: Omit<ActionJob, 'id'>): Promise<ActionResult> {
    const id = this.#nextId++;
    const worker = this.#ensureWorker();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.#timeout(), ACTION_TIMEOUT_MS);
      this.#pending.set(id, { resolve, timer });
      worker.postMessage({ ...job, id });
    });
  }

  async close(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = undefined;
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url));
    worker.unref();
    worker.on('message', (result: ActionResult) => {
      const pending = this.#pending.get(result.id);
      if (!pending) return;
      clearTimeout(pending.timer);
      this.#pending.delete(result.id);
      pending.resolve(result);
    });
    worker.on('error', (error) => {
      this.#worker = undefined;
      this.#failAll(`The Actions runtime crashed: ${error.message}`);
    });
    worker.on('exit', () => {
      if (this.#worker === worker) this.#worker = undefined;
    });
    this.#worker = worker;
    return worker;
  }

  #timeout(): void {
    void this.#worker?.terminate();
    this.#worker = undefined;
    this.#failAll(`Script execution time exceeded (${ACTION_TIMEOUT_MS / 1000} s)`);
  }

  #failAll(error: string): void {
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.resolve({ id, ok: false, calls: [], error });
    }
    this.#pending.clear();
  }
}
