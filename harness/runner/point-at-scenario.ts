/** Where a scenario step is written, as Playwright's `test.step` takes it. */
export interface ScenarioLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * A step's error, made to read as the scenario's: its first line says what differed (the messages start with
 * `scenarios/x.yaml:12:5: `, which pushed that out of view in the report's Errors box, so the place moves to
 * the end, as a line and column), and its stack starts at the step's YAML line, so the report's code frame shows the scenario
 * rather than the harness (Playwright takes the code frame from the error's top stack frame). The harness's
 * frames follow, for whoever debugs the harness itself.
 */
export function pointAtScenario(
  error: unknown,
  scenarioLine: string,
  location: ScenarioLocation | undefined,
): unknown {
  if (!(error instanceof Error) || location === undefined) return error;
  const prefix = `${scenarioLine}: `;
  if (error.message.startsWith(prefix))
    // Not as `file:line:col`: Playwright would read that line as a stack frame and lose the code frame.
    error.message = `${error.message.slice(prefix.length)}\n  (scenario line ${location.line}, column ${location.column})`;
  const harnessFrames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const scenarioFrame = `    at ${location.file}:${location.line}:${location.column}`;
  error.stack = [`${error.name}: ${error.message}`, scenarioFrame, ...harnessFrames].join('\n');
  return error;
}
