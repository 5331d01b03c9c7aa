import { expect } from '@playwright/test';
import { z } from 'zod';
import { where } from '../../runner/run-context.ts';
import { defineStep } from '../define-step.ts';

/** `denied`: the application got `error` (and, when given, exactly this `error_description`). */
export default defineStep({
  name: 'denied',
  ends: () => true,
  screen: 'denied',
  options: z.strictObject({
    error: z.string().default('access_denied'),
    description: z.string().optional().describe('error_description, exactly.'),
  }),
  title: (o) => `the application gets ${o.error}`,
  run: (ctx, options, visit) => {
    expect(visit.url.searchParams.get('error'), `${where(ctx)}: the callback's error`).toBe(options.error);
    if (options.description !== undefined) {
      expect(
        visit.url.searchParams.get('error_description'),
        `${where(ctx)}: the callback's error_description`,
      ).toBe(options.description);
    }
  },
});
