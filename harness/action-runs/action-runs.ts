/**
 * What the scenario's Actions did, told in the team's own files (docs/decisions/0060):
 * - the mock keeps each run's console output and, for a failure, the thrown error's stack, whose frames name
 *   the Action as deployed (`action:mfa-conformance-…-1:12:5`); the harness reads them from the mock-only
 *   GET /__mock/action-runs and maps every frame to the Action's file, line and column (keyword
 *   replacements undone: action-sources.ts);
 * - a real tenant's Management API has neither console output nor stacks: the attachment says so.
 */
import type { DeployedAction } from '../provision/provision-actions.ts';
import type { TargetTenant } from '../target/target.ts';

/** One run, as GET /__mock/action-runs answers it (mock/tenants/model.ts ActionRun). */
export interface ActionRun {
  actionName: string;
  entry: string;
  ok: boolean;
  error?: string;
  stack?: string;
  logs: Array<{ level: string; line: string }>;
}

/** The tenant's Action runs, oldest first; undefined where no such record exists (a real tenant). */
export async function readActionRuns(target: TargetTenant): Promise<ActionRun[] | undefined> {
  if (target.kind !== 'mock') return undefined;
  const response = await target.fetch(`${target.origin}/__mock/action-runs`);
  if (!response.ok) throw new Error(`GET /__mock/action-runs answered ${response.status}`);
  return (await response.json()) as ActionRun[];
}

const FRAME = /action:([^:\s()]+):(\d+):(\d+)/g;

/** `text` with every `action:<deployed name>:line:col` replaced by the team's `file:line:col`. */
export function mapFrames(text: string, deployed: readonly DeployedAction[]): string {
  return text.replace(FRAME, (whole, name: string, line: string, col: string) => {
    const action = deployed.find((d) => d.name === name);
    if (!action) return whole;
    const at = action.source.sourcePosition(Number(line), Number(col));
    return `${action.source.file}:${at.line}:${at.col}`;
  });
}

/**
 * A failed run as the team reads it: `<file>:line:col: Action <label> threw: <message>`, at the frame that
 * threw, then the stack in the team's files. Undefined when it is no run of the scenario's Actions.
 */
export function locateFailure(run: ActionRun, deployed: readonly DeployedAction[]): string | undefined {
  const action = deployed.find((d) => d.name === run.actionName);
  if (run.ok || !action) return undefined;
  const stack = run.stack ? mapFrames(run.stack, deployed) : '';
  const frame = [...(run.stack ?? '').matchAll(FRAME)].find(([, name]) => name === action.name);
  const at = frame ? `${mapFrames(frame[0], deployed)}: ` : `${action.source.file}: `;
  const frames = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  return `${at}Action ${action.source.label} (${run.entry}) threw: ${run.error ?? 'it failed'}${frames ? `\n${frames}` : ''}`;
}

/** The console output of every run, by Action and entry point, in the order they ran. */
export function consoleText(
  runs: readonly ActionRun[] | undefined,
  deployed: readonly DeployedAction[],
): string {
  if (!runs) {
    return (
      'A real tenant keeps no console output of its Actions where the harness can read it (the Management API has none): ' +
      "read it in the dashboard's Actions real-time logs, or a log stream, while the scenario runs."
    );
  }
  const ours = runs.filter((run) => deployed.some((d) => d.name === run.actionName));
  return ours
    .map((run) => {
      const action = deployed.find((d) => d.name === run.actionName);
      const head = `${action?.source.label ?? run.actionName} (${action?.source.file ?? ''}) ${run.entry}: ${run.ok ? 'ended' : `failed: ${run.error ?? ''}`}`;
      const lines = run.logs.map((l) => `  ${l.level === 'log' ? '' : `[${l.level}] `}${l.line}`);
      return [head, ...(lines.length > 0 ? lines : ['  (printed nothing)'])].join('\n');
    })
    .join('\n');
}
