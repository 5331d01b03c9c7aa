import { resolve } from 'node:path';
import { test } from '@playwright/test';
import { describeVisit } from '../browser/screen-tracker.ts';
import type { FlowStep } from '../flow/flow-record.ts';
import type { Step } from '../format/schema.ts';
import { stepEntry } from '../format/step-entry.ts';
import { UniversalLoginPage } from '../pages/universal-login-page.ts';
import type { StepModule, WrittenStep } from '../steps/define-step.ts';
import { STEPS } from '../steps/index.ts';
import { expectScreen, where, type RunContext } from './run-context.ts';
import { pointAtScenario } from './point-at-scenario.ts';

/** Every step a scenario can say, by name. */
const STEP_BY_NAME = new Map<string, StepModule>(STEPS.map((step) => [step.name, step]));

/**
 * Plays one step: waits for its screen (a different one fails the step), then either follows "Try another
 * method" (`tryAnotherMethod: true`, the same on every screen that offers it) or lets the step answer.
 */
async function playStep(ctx: RunContext, step: StepModule, written: WrittenStep): Promise<void> {
  const visit = step.screen === undefined ? undefined : await expectScreen(ctx, step.screen);
  if (written.tryAnotherMethod) return new UniversalLoginPage(ctx.page).tryAnotherMethodButton.click();
  return written.run(ctx, visit);
}

/** What one step may take, and each wrong code on top (a real tenant is slower than the mock). */
const STEP_BUDGET_MS = { mock: 5_000, tenant: 30_000 } as const;
const WRONG_CODE_BUDGET_MS = { mock: 2_000, tenant: 5_000 } as const;

/**
 * The test's timeout grows with what the scenario does (three logins, ten wrong codes): one fixed timeout
 * either fails long scenarios on a busy machine or lets a stuck short one hang.
 */
function budgetMs(steps: readonly Step[], target: 'mock' | 'tenant'): number {
  const wrong = steps.reduce((sum, step) => {
    const options = stepEntry(step)[1];
    const count = typeof options === 'object' && options !== null && 'wrong' in options && options.wrong;
    return sum + (typeof count === 'number' ? count : 0);
  }, 0);
  return steps.length * STEP_BUDGET_MS[target] + wrong * WRONG_CODE_BUDGET_MS[target];
}

/** Runs the steps in order, each as a `test.step` titled after its screen, so the report reads as the flow. */
export async function runSteps(ctx: RunContext, steps: readonly Step[]): Promise<void> {
  test.setTimeout(Math.max(test.info().timeout, budgetMs(steps, ctx.target.kind)));
  for (const [index, step] of steps.entries()) {
    ctx.stepIndex = index;
    const [name, options] = stepEntry(step);
    const stepModule = STEP_BY_NAME.get(name);
    // The loader accepts only the names of STEPS, so this is a scenario that skipped it.
    if (!stepModule) throw new Error(`${ctx.loaded.file}: unknown step "${name}"`);
    const written = stepModule.read(options);
    const title = written.tryAnotherMethod ? 'try another method' : written.title;

    // The report points at the step's line in the scenario file, not at this loop.
    const at = ctx.loaded.stepLocations[index];
    const location = at && { file: resolve(ctx.loaded.file), line: at.line, column: at.col };

    const flow: FlowStep = { name, answer: title, expected: stepModule.screen };
    ctx.flow.push(flow);
    const seenBefore = ctx.tracker.visits.length;
    const scenarioLine = where(ctx);

    await test.step(
      `${name}: ${title}`,
      async () => {
        try {
          await playStep(ctx, stepModule, written);
        } catch (error) {
          flow.failed = true;
          throw pointAtScenario(error, scenarioLine, location);
        } finally {
          // The first page this step landed on is what it observed, whatever happened next.
          const visit = ctx.tracker.visits[seenBefore];
          if (stepModule.screen !== undefined && visit) flow.observed = describeVisit(visit);
        }
      },
      { location },
    );
  }
}
