/** One step of a scenario as the diagram shows it: the screen it expected, the one seen, the answer given. */
export interface FlowStep {
  /** The step's name in the scenario (`mfa-otp-challenge`). */
  name: string;
  /** What the step answers or checks, as its report title says. */
  answer: string;
  /** The screen the step waits for; undefined for a check (`logs`) or a change of circumstance. */
  expected?: string;
  /** The screen the browser showed when the step looked (with a denial's reason); undefined if never reached. */
  observed?: string;
  /** The step threw: the scenario failed here. */
  failed?: boolean;
}

/**
 * The first step where what was seen differs from what was expected: a different screen, or the step that
 * failed (a wrong log, an error) when every screen matched. Undefined for a scenario that passed.
 */
export function firstDifference(steps: readonly FlowStep[]): number | undefined {
  const screen = steps.findIndex(
    (s) => s.expected !== undefined && s.observed !== undefined && s.expected !== s.observed.split(':')[0],
  );
  if (screen !== -1) return screen;
  const failed = steps.findIndex((s) => s.failed);
  return failed === -1 ? undefined : failed;
}
