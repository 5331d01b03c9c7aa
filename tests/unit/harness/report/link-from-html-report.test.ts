import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { failuresFirst } from '../../../../harness/report/conformance-summary.ts';
import { linkSummaryFromHtmlReport } from '../../../../harness/report/link-from-html-report.ts';

test('the HTML report links the summary once, at the top of its page, even when written twice', () => {
  const folder = mkdtempSync(join(tmpdir(), 'html-report-'));
  writeFileSync(join(folder, 'index.html'), '<html><head></head><body><div id="root"></div></body></html>');
  const summary = join(folder, 'conformance', 'summary.html');
  assert.equal(linkSummaryFromHtmlReport(folder, summary, '3 scenarios: 2 passed, 1 failed'), true);
  linkSummaryFromHtmlReport(folder, summary, '3 scenarios: 3 passed, 0 failed');
  const page = readFileSync(join(folder, 'index.html'), 'utf8');
  assert.equal(page.match(/conformance-summary-link/g)?.length, 1);
  assert.match(page, /<body><div id="conformance-summary-link"[^>]*><a href="conformance\/summary.html"/);
  assert.match(page, /3 passed, 0 failed/);
});

test('no HTML report, no link', () => {
  assert.equal(linkSummaryFromHtmlReport(mkdtempSync(join(tmpdir(), 'none-')), 'x.html', ''), false);
});

test('failures come first, then stale and expected failures, the rest in their order', () => {
  const rows = ['passed', 'expected failure', 'failed', 'skipped', 'stale expected failure', 'failed'].map(
    (status, i) => ({ status, i }),
  );
  assert.deepEqual(
    failuresFirst(rows).map((r) => r.i),
    [2, 5, 4, 1, 0, 3],
  );
});
