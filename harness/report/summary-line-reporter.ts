// Ends the run with one line CI can read: `scenarios: N passed, N failed, N skipped`.
// - Each test counts once, by its final outcome: flaky (passed on retry) counts as passed.
// - A test that never ran (interrupted, or stopped by maxFailures) counts as skipped.
import type { FullConfig, Reporter, Suite } from '@playwright/test/reporter';

export default class SummaryLineReporter implements Reporter {
  private suite: Suite | undefined;

  onBegin(_config: FullConfig, suite: Suite): void {
    this.suite = suite;
  }

  onEnd(): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const test of this.suite?.allTests() ?? []) {
      const outcome = test.outcome();
      if (outcome === 'expected' || outcome === 'flaky') counts.passed++;
      else if (outcome === 'unexpected') counts.failed++;
      else counts.skipped++;
    }
    console.log(`scenarios: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
