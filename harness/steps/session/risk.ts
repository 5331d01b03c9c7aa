import { z } from 'zod';
import { where } from '../../runner/run-context.ts';
import { defineStep } from '../define-step.ts';

const Confidence = z.enum(['low', 'medium', 'high', 'neutral']);

/** `risk`: what event.authentication.riskAssessment says for the next logins; the mock only (SEL-10). */
export default defineStep({
  name: 'risk',
  options: z
    .strictObject({
      confidence: Confidence,
      // partialRecord: a scenario names only the assessments it cares about (a plain record needs all three).
      assessments: z
        .partialRecord(
          z.enum(['NewDevice', 'ImpossibleTravel', 'UntrustedIP']),
          z.strictObject({ code: z.string(), confidence: Confidence }),
        )
        .default({}),
    })
    .describe('What event.authentication.riskAssessment says for the next login (mock only).'),
  title: (o) => `risk assessment: ${o.confidence} confidence`,
  run: async (ctx, assessment) => {
    if (ctx.target.kind !== 'mock')
      throw new Error(`${where(ctx)}: risk can only be set on the mock; mark the scenario mockOnly`);
    const response = await ctx.target.fetch(`${ctx.target.origin}/__mock/risk`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(assessment),
    });
    if (!response.ok)
      throw new Error(`${where(ctx)}: the mock refused the risk assessment: ${await response.text()}`);
  },
});
