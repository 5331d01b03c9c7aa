import { z } from 'zod';
import { where } from '../../runner/run-context.ts';
import { defineStep } from '../define-step.ts';

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const DURATION = /^(\d+)(s|m|h|d)$/;

/** `25h` as milliseconds. */
export function durationMs(text: string): number {
  const [, amount, unit] = DURATION.exec(text) ?? [];
  return Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
}

/**
 * `clock`: moves the tenant's time forward, so that a lifetime (RED-5's 24 h, a remembered browser's 30 days,
 * a session's idle lifetime) passes without waiting for it. The mock only: a real tenant's time cannot move.
 */
export default defineStep({
  name: 'clock',
  options: z
    .strictObject({
      advance: z
        .string()
        .regex(DURATION, 'expected a duration such as 90s, 30m, 25h or 31d')
        .describe('How far to move the tenant’s time forward: a whole number and s, m, h or d.'),
    })
    .describe('Moves the tenant’s time forward (mock only), for the logins that follow.'),
  title: (o) => `the clock moves ${o.advance} forward`,
  run: async (ctx, { advance }) => {
    if (ctx.target.kind !== 'mock')
      throw new Error(`${where(ctx)}: clock can only move the mock's time; mark the scenario mockOnly`);
    const response = await ctx.target.fetch(`${ctx.target.origin}/__mock/clock`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advance_ms: durationMs(advance) }),
    });
    if (!response.ok)
      throw new Error(`${where(ctx)}: the mock refused to move its clock: ${await response.text()}`);
    ctx.clockAheadMs += durationMs(advance);
  },
});
