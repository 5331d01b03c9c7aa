import { userLogs, isSubsequence, type UserLogEntry } from '../../logs/user-logs.ts';
import { pollUntil } from '../../wait/poll-until.ts';
import { where, type RunContext } from '../run-context.ts';

/**
 * `logs`: these event codes were written for the user since the current login started, in this order
 * (others may come in between). Polled, since a real tenant writes logs with a delay.
 */
export async function logs(ctx: RunContext, expected: string[]): Promise<void> {
  // `- logs: [a, b]` arrives as the list itself.
  const since = ctx.login?.startedAt ?? new Date(0);
  let observed: UserLogEntry[] = [];
  await pollUntil(
    async () => {
      observed = await userLogs(ctx.target, ctx.user.userId, since);
      return isSubsequence(
        expected,
        observed.map((e) => e.type),
      )
        ? true
        : undefined;
    },
    { timeoutMs: ctx.target.logDelayMs, intervalMs: 250, message: 'log entries missing' },
  ).catch(() => {
    throw new Error(
      `${where(ctx)}: the tenant's log for this login does not show the expected events in order.\n` +
        `  expected (in order): ${expected.join(', ')}\n` +
        `  observed: ${observed.map((e) => e.type).join(', ') || '(none)'}`,
    );
  });
}
