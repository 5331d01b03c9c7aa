// `npx playwright merge-reports --config merge-reports.config.ts <blob folder>`: the shards' blob reports
// (the nightly workflow, or `npm run selftest:tenant -- --shard=1/2 --reporter=blob` twice) as one HTML
// report, with the conformance summary inside it, as a single run writes them.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests',
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    ['./harness/report/summary-line-reporter.ts'],
    // After html: that reporter empties playwright-report/ when it writes, and this one writes inside it.
    ['./harness/report/conformance-reporter.ts', { outputFolder: 'playwright-report/conformance' }],
  ],
});
