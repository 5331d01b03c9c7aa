import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { FullConfig, FullResult, Suite } from '@playwright/test/reporter';
import ConformanceReporter from '../../../../harness/report/conformance-reporter.ts';

interface FakeTest {
  title: string;
  id: string;
  expectedStatus: 'passed' | 'failed';
  annotations: Array<{ type: string; description?: string }>;
  results: Array<{
    status: 'passed' | 'failed';
    annotations: Array<{ type: string; description?: string }>;
    error?: { message: string };
  }>;
}

const CONFIG = {
  configFile: new URL('../../../../playwright.config.ts', import.meta.url).pathname,
  reporter: [['html', { outputFolder: 'playwright-report' }]],
} as unknown as FullConfig; // only the fields the reporter reads

function run(tests: FakeTest[]): { folder: string; printed: string[] } {
  const folder = mkdtempSync(join(tmpdir(), 'conformance-'));
  const reporter = new ConformanceReporter({ outputFolder: folder });
  const suite = { allTests: () => tests } as unknown as Suite; // a suite is only asked for its tests
  const printed: string[] = [];
  const log = console.log;
  console.log = (line: string) => printed.push(line);
  try {
    reporter.onBegin(CONFIG, suite);
    reporter.onEnd({ status: 'failed', startTime: new Date('2026-11-23T05:00:00Z') } as FullResult);
  } finally {
    console.log = log;
  }
  return { folder, printed };
}

test('the reporter writes both files, a row per scenario by title, and prints the path on one line', () => {
  const { folder, printed } = run([
    {
      title: 'challenge/otp-enrolled-user',
      id: 'abc123',
      expectedStatus: 'failed',
      annotations: [],
      results: [
        {
          status: 'passed',
          annotations: [{ type: 'fail', description: 'expected failure on mock: a listed deviation' }],
        },
      ],
    },
    {
      title: 'challenge/otp-wrong-code-first',
      id: 'def456',
      expectedStatus: 'passed',
      annotations: [],
      results: [
        { status: 'failed', annotations: [], error: { message: '\u001b[31mwrong screen\u001b[39m\nmore' } },
      ],
    },
  ]);
  const md = readFileSync(join(folder, 'summary.md'), 'utf8').split('\n');
  const row = (id: string) => md.find((line) => line.startsWith(`| ${id} |`));
  assert.match(
    row('challenge/otp-enrolled-user') ?? '',
    /^\| [^|]+ \| stale expected failure: a listed deviation \|/,
  );
  assert.match(row('challenge/otp-wrong-code-first') ?? '', /^\| [^|]+ \| failed: wrong screen \|/);
  assert.match(row('challenge/email-challenge') ?? '', /^\| [^|]+ \| not run \|/);
  assert.ok(md.includes('## Errors'));
  const html = readFileSync(join(folder, 'summary.html'), 'utf8');
  assert.ok(html.includes('index.html#?testId=abc123">challenge/otp-enrolled-user</a>'));
  assert.equal(printed.length, 1);
  assert.match(
    printed[0] ?? '',
    new RegExp(`^conformance summary: ${join(folder, 'summary.html')} \\(rules: `),
  );
});

test('nothing is written when no scenario ran, as with --list', () => {
  const { folder, printed } = run([
    {
      title: 'challenge/otp-enrolled-user',
      id: 'abc',
      expectedStatus: 'passed',
      annotations: [],
      results: [],
    },
  ]);
  assert.equal(existsSync(join(folder, 'summary.md')), false);
  assert.deepEqual(printed, ['conformance summary not written: no scenario ran']);
});
