import type { TargetTenant } from '../target/target.ts';

export interface UserLogEntry {
  type: string;
  date: Date;
  description?: string;
}

/** The user's log entries since `since`, oldest first (contract §4 search syntax, `|` escaped). */
export async function userLogs(target: TargetTenant, userId: string, since: Date): Promise<UserLogEntry[]> {
  const search = `user_id:"${userId.replace(/\|/g, '\\|')}"`;
  const page = await target.management.logs.list({ search, sort: 'date:1', per_page: 100 });
  return page.data
    .map((entry) => ({
      type: String(entry.type),
      date: new Date(entry.date as string),
      description: entry.description ?? undefined,
    }))
    .filter((entry) => entry.date.getTime() >= since.getTime() - 1000)
    .sort((a, b) => a.date.getTime() - b.date.getTime());
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
