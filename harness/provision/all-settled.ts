/**
 * Awaits every one of `work`, then throws the first failure, if any: unlike Promise.all, nothing is still
 * running when the caller reacts to a failure (provisioning that went on would race the undo stack).
 */
export async function allSettledOrThrow<T extends readonly unknown[]>(work: {
  [K in keyof T]: Promise<T[K]>;
}): Promise<T> {
  const settled = await Promise.allSettled(work);
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  // Every outcome is fulfilled here; allSettled keeps the order of `work`.
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
