import { test } from '@playwright/test';
import { z } from 'zod';
import { isSubsequence, UserLog, userLogsSince, type UserLogEntry } from '../../logs/user-logs.ts';
import { diagnosis } from '../../browser/diagnose-page.ts';
import { where } from '../../runner/run-context.ts';
import { explainTenantFailure } from '../../target/tenant-failure.ts';
import { pollUntil } from '../../wait/poll-until.ts';
import { defineStep } from '../define-step.ts';

/** An expected entry: its event code, or the code and its exact description (the `w`/`mfar` texts, LOG-4). */
const ExpectedLog = z.union([
  z.string().describe('A log event code.'),
  z.strictObject({
    type: z.string().describe('A log event code.'),
    description: z.string().optional().describe('The entry description, exactly (w and mfar messages).'),
  }),
]);
type ExpectedLog = z.output<typeof ExpectedLog>;

function describeLog(entry: ExpectedLog): string {
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
 * Polled until they are there, since a real tenant indexes its log with a delay; each poll reads the log on
 * from the last checkpoint, page by page (harness/logs/user-logs.ts).
 */
export default defineStep({
  name: 'logs',
  checksAfterTheFact: true,
  // `- logs: [a, b]`: the options are the list itself.
  options: z
    .array(ExpectedLog)
    .min(1)
    .describe(
      'Log event codes written for this user since the current login started, in this order (others may interleave).',
    ),
  title: (expected) => expected.map(describeLog).join(', '),
  run: async (ctx, expected) => {
    const since = ctx.login?.startedAt ?? new Date(0);
    const log = (ctx.userLog ??= new UserLog(ctx.target, ctx.user.userId));
    let observed: UserLogEntry[] = [];
    const attachLog = () =>
      test.info().attach('tenant-log.json', {
        body: JSON.stringify(observed, null, 2),
        contentType: 'application/json',
      });
    const missing = 'log entries missing';
    await pollUntil(
      async () => {
        observed = await userLogsSince(log, since);
        const entries = observed.map(({ type, description }) => ({ type, description }));
        return isSubsequence<ExpectedLog>(expected, entries, matches) ? true : undefined;
      },
      { timeoutMs: ctx.target.logDelayMs, intervalMs: 250, message: missing },
    ).catch(async (error: Error) => {
      await attachLog();
      // The log could not be read at all (a rate limit the SDK's retries did not outlast, the network).
      if (error.message !== missing)
        throw new Error(`${where(ctx)}: ${explainTenantFailure(error, ctx.target.domain)}`, { cause: error });
      const described = expected.some((e) => typeof e !== 'string');
      const shown = observed.map((e) =>
        described && e.description ? `${e.type} "${e.description}"` : e.type,
      );
      throw new Error(
        `${where(ctx)}: the tenant's log for this login does not show the expected events in order.\n` +
          `  expected (in order): ${expected.map(describeLog).join(', ')}\n` +
          `  observed: ${shown.join(', ') || '(none)'}` +
          diagnosis({ text: '', errorCodes: [], logTypes: observed.map((e) => e.type) }),
      );
    });
    // The user's entries as the Management API listed them, for the report (event, date, description).
    await attachLog();
  },
});
