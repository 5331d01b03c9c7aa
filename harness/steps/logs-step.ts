import { userLogs, isSubsequence, type UserLogEntry } from '../logs/user-logs.ts';
import { pollUntil } from '../wait/poll-until.ts';
import { where, type RunContext } from '../runner/run-context.ts';

/** An expected entry: its event code, or the code and its exact description (the `w`/`mfar` texts, LOG-4). */
export type ExpectedLog = string | { type: string; description?: string };

export function describeLog(entry: ExpectedLog): string {
  if (typeof entry === 'string') return entry;
  return entry.description === undefined ? entry.type : `${entry.type} "${entry.description}"`;
}

function matches(expected: ExpectedLog, observed: ExpectedLog): boolean {
  const entry = typeof observed === 'string' ? { type: observed } : observed;
  if (typeof expected === 'string') return expected === entry.type;
  return (
    expected.type === entry.type &&
    (expected.description === undefined || expected.description === entry.description)
  );
}

/**
 * `logs`: these entries were written for the user since the current login started, in this order (others
 * may come in between); an entry given as `{ type, description }` must carry exactly that description.
 * Polled, since a real tenant writes logs with a delay.
 */
export async function logs(ctx: RunContext, expected: ExpectedLog[]): Promise<void> {
  // `- logs: [a, b]` arrives as the list itself.
  const since = ctx.login?.startedAt ?? new Date(0);
  let observed: UserLogEntry[] = [];
  await pollUntil(
    async () => {
      observed = await userLogs(ctx.target, ctx.user.userId, since);
      const entries = observed.map(({ type, description }) => ({ type, description }));
      return isSubsequence<ExpectedLog>(expected, entries, matches) ? true : undefined;
    },
    { timeoutMs: ctx.target.logDelayMs, intervalMs: 250, message: 'log entries missing' },
  ).catch(() => {
    const described = expected.some((e) => typeof e !== 'string');
    const shown = observed.map((e) => (described && e.description ? `${e.type} "${e.description}"` : e.type));
    throw new Error(
      `${where(ctx)}: the tenant's log for this login does not show the expected events in order.\n` +
        `  expected (in order): ${expected.map(describeLog).join(', ')}\n` +
        `  observed: ${shown.join(', ') || '(none)'}`,
    );
  });
}
