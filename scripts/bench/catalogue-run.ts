/** One run of the scenario catalogue through Playwright's JSON reporter, read back as what each scenario cost. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_LATENCY, PAGE_LOADS } from '../../harness/report/timing-annotations.ts';

interface JsonResult {
  status: string;
  duration: number;
  error?: { message?: string };
  annotations?: Array<{ type: string; description?: string }>;
}
interface JsonSpec {
  title: string;
  tests: Array<{ results: JsonResult[]; annotations?: Array<{ type: string; description?: string }> }>;
}
interface JsonSuite {
  specs?: JsonSpec[];
  suites?: JsonSuite[];
}

export interface ScenarioRun {
  title: string;
  status: string;
  seconds: number;
  /** Pages the browser landed on (the harness's page-loads annotation); undefined when the run failed. */
  pageLoads?: number;
  /** `channel` → milliseconds, from the code-latency annotations. */
  codeLatencies: Array<{ channel: string; ms: number }>;
  error?: string;
}

export interface CatalogueRun {
  workers: number;
  wallSeconds: number;
  exitCode: number | null;
  scenarios: ScenarioRun[];
}

function specs(suite: JsonSuite): JsonSpec[] {
  return [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(specs)];
}

/** The scenarios of a Playwright JSON report, one entry per result (a repeated run gives several). */
export function readReport(file: string): ScenarioRun[] {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { suites: JsonSuite[] };
  return json.suites.flatMap(specs).flatMap((spec) =>
    spec.tests.flatMap((t) =>
      t.results.map((result) => {
        const annotations = [...(result.annotations ?? []), ...(t.annotations ?? [])];
        const loads = annotations.find((a) => a.type === PAGE_LOADS)?.description;
        return {
          title: spec.title,
          status: result.status,
          seconds: result.duration / 1000,
          ...(loads === undefined ? {} : { pageLoads: Number(loads) }),
          codeLatencies: annotations
            .filter((a) => a.type === CODE_LATENCY)
            .map((a) => {
              const [channel = '', ms = ''] = (a.description ?? '').split(' ');
              return { channel, ms: Number(ms) };
            }),
          ...(result.error?.message ? { error: result.error.message.split('\n')[0] } : {}),
        };
      }),
    ),
  );
}

/**
 * Runs the catalogue (or `extraArgs`' part of it) with `workers` and times it from the command to its exit,
 * start-up included (Playwright starts Mailpit and the mock itself when `env.CI` is set).
 */
export function runCatalogue(options: {
  workers: number;
  outDir: string;
  env: NodeJS.ProcessEnv;
  extraArgs?: string[];
}): CatalogueRun {
  const report = join(options.outDir, `report-${options.workers}-${Date.now()}.json`);
  const started = performance.now();
  const run = spawnSync(
    'npx',
    ['playwright', 'test', '--reporter=json', `--workers=${options.workers}`, ...(options.extraArgs ?? [])],
    {
      env: { ...options.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const wallSeconds = (performance.now() - started) / 1000;
  return { workers: options.workers, wallSeconds, exitCode: run.status, scenarios: readReport(report) };
}
