import type { TestInfo } from '@playwright/test';
import { flowDot } from './flow-dot.ts';
import type { FlowStep } from './flow-record.ts';
import { renderSvg } from './render-svg.ts';

/**
 * Attaches the scenario's flow to its test: `flow.svg` (shown as a picture in the HTML report) and its DOT
 * source (`flow.dot`, to re-render or diff). Called whether the scenario passed or failed.
 */
export async function attachFlow(testInfo: TestInfo, steps: readonly FlowStep[]): Promise<void> {
  if (steps.length === 0) return;
  const dot = flowDot(steps);
  await testInfo.attach('flow.svg', { body: await renderSvg(dot), contentType: 'image/svg+xml' });
  await testInfo.attach('flow.dot', { body: dot, contentType: 'text/vnd.graphviz' });
}
