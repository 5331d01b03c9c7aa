// mfa-conformance: your scenarios (mfa/) against the embedded Auth0-shaped mock, or a real test tenant
// (`npx playwright test --project tenant`, settings in .env). Options: see the README of mfa-conformance.
import { defineConfig } from 'mfa-conformance/config';

export default defineConfig({
  // Scenario files (YAML), one Playwright test each, located at the file.
  scenarios: 'mfa',
  // Where the scenarios' Action paths resolve from.
  actions: 'auth0/actions',
  // Your rule ids (MFA-1, ...), which scenarios name in `covers:`.
  rules: 'mfa/rules.yaml',
});
