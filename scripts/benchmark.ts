/**
 * `npm run bench`: runs the scenario catalogue against the mock once per worker count and prints what it
 * cost — wall time, scenarios per minute, per-scenario p50/p95, and the slowest scenarios — so that speed
 * is measured, not guessed. `npm run bench -- --workers 1,2,4 --grep @otp`
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface JsonResult {
  status: string;
  duration: number;
  error?: { message?: string };
}
interface JsonSpec {
  title: string;
  tests: Array<{ results: JsonResult[] }>;
}
interface JsonSuite {
  specs?: JsonSpec[];
  suites?: JsonSuite[];
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

function specs(suite: JsonSuite): JsonSpec[] {
  return [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(specs)];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const workerCounts = option('workers', '1,2').split(',').map(Number);
const grep = option('grep', '');
const outDir = mkdtempSync(join(tmpdir(), 'mfa-bench-'));

for (const workers of workerCounts) {
  const report = join(outDir, `report-${workers}.json`);
  const started = Date.now();
  const run = spawnSync(
    'npx',
    ['playwright', 'test', '--reporter=json', `--workers=${workers}`, ...(grep ? ['-g', grep] : [])],
    {
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const wallSeconds = (Date.now() - started) / 1000;
  const json = JSON.parse(readFileSync(report, 'utf8')) as { suites: JsonSuite[] };
  const runs = json.suites.flatMap(specs).map((spec) => ({
    title: spec.title,
    result: spec.tests[0]?.results.at(-1),
  }));
  const durations = runs.map((r) => (r.result?.duration ?? 0) / 1000).sort((a, b) => a - b);
  const failed = runs.filter((r) => r.result?.status !== 'passed' && r.result?.status !== 'skipped').length;
  console.log(
    `workers ${workers}: ${runs.length} scenarios in ${wallSeconds.toFixed(1)} s wall ` +
      `(${((runs.length / wallSeconds) * 60).toFixed(1)}/min), per scenario p50 ${percentile(durations, 50).toFixed(1)} s, ` +
      `p95 ${percentile(durations, 95).toFixed(1)} s, ${failed} not passed (exit ${run.status})`,
  );
  for (const r of runs.filter((r) => r.result?.status === 'failed' || r.result?.status === 'timedOut')) {
    const reason = r.result?.error?.message?.split('\n')[0] ?? r.result?.status;
    console.log(`  not passed: ${r.title}: ${reason}`);
  }
  const slowest = [...runs].sort((a, b) => (b.result?.duration ?? 0) - (a.result?.duration ?? 0)).slice(0, 5);
  for (const r of slowest) console.log(`  ${((r.result?.duration ?? 0) / 1000).toFixed(1)} s  ${r.title}`);
}
