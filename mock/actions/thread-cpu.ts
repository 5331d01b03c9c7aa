/**
 * The CPU time a thread has used, from Linux's /proc (utime + stime of `/proc/<pid>/task/<tid>/stat`, in
 * clock ticks of 10 ms). Node 20 has no per-thread CPU clock of its own; elsewhere this answers undefined
 * and only the wall-clock limit applies.
 */
import { readFileSync } from 'node:fs';

const MS_PER_TICK = 10;

/** `thread` is what the worker read from /proc/thread-self: `<pid>/task/<tid>`. */
export function threadCpuMs(thread: string | undefined): number | undefined {
  if (!thread) return undefined;
  try {
    const stat = readFileSync(`/proc/${thread}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return undefined;
  }
}
