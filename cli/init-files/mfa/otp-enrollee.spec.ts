// A check a scenario file cannot express, written with the harness's fixtures: the scenario's tenant and user
// are provisioned (`provisioned`, on `target`), `run()` plays its login, and the Management API then says
// what the Action did to the user. Your own *.spec.ts files run beside the scenarios.
import { expect, scenario, test } from 'mfa-conformance/test';

test.use({ scenario: scenario('mfa/otp-enrollee-is-challenged.yaml') });

test('the Action challenges the authenticator app and enrolls nothing new', async ({
  run,
  provisioned,
  target,
}) => {
  await run();
  const methods = (await target.management.users.authenticationMethods.list(provisioned.userId)).data;
  expect(methods.map((method) => method.type)).toEqual(['totp']);
});
