import type { Step } from './schema.ts';

/** A step as [name, options]: `- complete` leaves its options out (undefined), `- complete: {…}` gives them. */
export function stepEntry(step: Step): [string, unknown] {
  if (typeof step === 'string') return [step, undefined];
  const [name, options] = Object.entries(step)[0] ?? ['', undefined];
  return [name, options];
}
