import { setTimeout as nextCheck } from 'node:timers/promises';

/**
 * Polls `probe` until it returns a value other than undefined, and returns it. This waits for a
 * condition, not a duration: the interval only spaces the checks. On timeout it throws `message`, so a
 * wait that cannot succeed says what it was waiting for instead of timing out the whole test.
 */
export async function pollUntil<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  options: { timeoutMs: number; intervalMs?: number; message: string },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) throw new Error(options.message);
    await nextCheck(options.intervalMs ?? 200);
  }
}
