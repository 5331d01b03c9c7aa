// Tells the user where the HTML report is, then exits with the code it was given (Playwright's),
// so `npm run conformance` fails exactly when the tests do.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const report = fileURLToPath(new URL('../playwright-report/index.html', import.meta.url));
if (existsSync(report)) {
  console.log(`HTML report: ${report} (open with: npx playwright show-report)`);
} else {
  console.log(`No HTML report was written at ${report}; see the output above.`);
}
const code = Number(process.argv[2] ?? 0);
process.exitCode = Number.isInteger(code) ? code : 1;
