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
  #worker: { thread: Worker; ready: Promise<void> } | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();

  async run(job: Omit<ActionJob, 'id'>): Promise<ActionResult> {
    const id = this.#nextId++;
    const worker = this.#ensureWorker();
    await worker.ready;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.#timeout(), ACTION_TIMEOUT_MS);
      this.#pending.set(id, { resolve, timer });
      worker.thread.postMessage({ ...job, id });
    });
  }

  async close(): Promise<void> {
    await this.#worker?.thread.terminate();
    this.#worker = undefined;
  }

  /** The worker, and when it is ready: its first message says it listens (a cold start is not Action time). */
  #ensureWorker(): { thread: Worker; ready: Promise<void> } {
    if (this.#worker) return this.#worker;
    const thread = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url));
    thread.unref();
    let markReady = (): void => undefined;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    thread.on('message', (result: ActionResult | { ready: true }) => {
      if ('ready' in result) return markReady();
      const pending = this.#pending.get(result.id);
      if (!pending) return;
      clearTimeout(pending.timer);
      this.#pending.delete(result.id);
      pending.resolve(result);
    });
    thread.on('error', (error) => {
      if (this.#worker?.thread === thread) this.#worker = undefined;
      markReady();
      this.#failAll(`The Actions runtime crashed: ${error.message}`);
    });
    thread.on('exit', () => {
      if (this.#worker?.thread === thread) this.#worker = undefined;
      markReady();
    });
    this.#worker = { thread, ready };
    return this.#worker;
  }

  #timeout(): void {
    void this.#worker?.thread.terminate();
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
