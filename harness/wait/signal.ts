/**
 * A condition that event handlers make true: `until(probe)` resolves as soon as `probe` returns a value,
 * checked now and again each time `notify()` is called, so a wait costs nothing between events (no
 * interval, unlike pollUntil, for conditions only this process can change). On timeout it throws `message`.
 */
export class Signal {
  readonly #waiters = new Set<() => void>();

  /** Something the waiters' probes read has changed. */
  notify(): void {
    for (const wake of [...this.#waiters]) wake();
  }

  until<T>(probe: () => T | undefined, options: { timeoutMs: number; message: string }): Promise<T> {
    const ready = probe();
    if (ready !== undefined) return Promise.resolve(ready);
    return new Promise<T>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(check);
      };
      const check = () => {
        const value = probe();
        if (value === undefined) return;
        done();
        resolve(value);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(options.message));
      }, options.timeoutMs);
      this.#waiters.add(check);
    });
  }
}
