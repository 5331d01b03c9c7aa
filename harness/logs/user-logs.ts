import type { TargetTenant } from '../target/target.ts';
import { readLogFrom, type TenantLogEntry } from './log-checkpoint.ts';

export interface UserLogEntry {
  type: string;
  date: Date;
  description?: string;
}

function asUserLogEntry(entry: TenantLogEntry): UserLogEntry {
  return {
    type: String(entry.type),
    date: new Date(entry.date),
    description: entry.description ?? undefined,
  };
}

/**
 * One user's log entries as the tenant indexes them, read forward with checkpoints: the first read finds the
 * user's oldest indexed entry by search (contract §4 search syntax, `|` escaped) and takes it as the
 * checkpoint; every read then pages the tenant's log on from the last entry read, to the end (each page up to
 * 100 entries), and keeps the user's entries. A read never waits: polling it until the expected entries are
 * there is the caller's condition (a real tenant indexes its log with a delay), and each poll reads only what
 * is new since the last.
 */
export class UserLog {
  readonly #entries: UserLogEntry[] = [];
  #checkpoint: string | undefined;

  constructor(
    readonly target: TargetTenant,
    readonly userId: string,
  ) {}

  /** Every entry of the user indexed so far, oldest first. */
  async read(): Promise<UserLogEntry[]> {
    if (this.#checkpoint === undefined) {
      const anchor = await this.#oldestEntry();
      if (!anchor) return [];
      this.#checkpoint = anchor.log_id;
      this.#entries.push(asUserLogEntry(anchor));
    }
    const { entries, checkpoint } = await readLogFrom(this.target.management, this.#checkpoint);
    this.#checkpoint = checkpoint;
    this.#entries.push(...entries.filter((e) => e.user_id === this.userId).map(asUserLogEntry));
    // Log id order is index order; a person reads a log by date (a stable sort keeps ties in id order).
    return [...this.#entries].sort((a, b) => a.date.getTime() - b.date.getTime());
  }

  /** The user's oldest entry the tenant has indexed, found by search; undefined while it has none. */
  async #oldestEntry(): Promise<TenantLogEntry | undefined> {
    const search = `user_id:"${this.userId.replace(/\|/g, '\\|')}"`;
    const page = await this.target.management.logs.list({ search, sort: 'date:1', per_page: 1 });
    const [oldest] = page.data as TenantLogEntry[];
    return oldest;
  }
}

/** The user's entries since `since` (a second's leeway for clocks), oldest first. */
export async function userLogsSince(log: UserLog, since: Date): Promise<UserLogEntry[]> {
  return (await log.read()).filter((entry) => entry.date.getTime() >= since.getTime() - 1000);
}

/** Whether `expected` occurs in `observed` in order (other entries may come in between). */
export function isSubsequence<T>(
  expected: readonly T[],
  observed: readonly T[],
  same: (a: T, b: T) => boolean = Object.is,
): boolean {
  let i = 0;
  for (const item of observed) {
    if (i < expected.length && same(expected.at(i) as T, item)) i += 1;
  }
  return i === expected.length;
}
