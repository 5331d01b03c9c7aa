import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { InProcessMock } from '../../../support/in-process-mock.ts';
import { inProcessTarget } from '../../../support/in-process-target.ts';

const mock = new InProcessMock();
after(() => mock.close());

test('the phone provider, its templates and its Twilio settings are stored and read back through the SDK', async () => {
  const { phone } = inProcessTarget(mock).management.guardian.factors;
  assert.equal((await phone.getSelectedProvider()).provider, 'auth0');
  await phone.setProvider({ provider: 'phone-message-hook' });
  assert.equal((await phone.getSelectedProvider()).provider, 'phone-message-hook');

  const templates = { enrollment_message: 'Enroll: {{code}}', verification_message: 'Code: {{code}}' };
  await phone.setTemplates(templates);
  assert.deepEqual(await phone.getTemplates(), templates);

  await phone.setTwilioProvider({ from: '+15555550100', sid: 'AC123', auth_token: 'secret' });
  assert.equal((await phone.getTwilioProvider()).sid, 'AC123');
});

test('a provider outside Auth0’s list, or a field the document lacks, is refused with 400', async () => {
  const { phone } = inProcessTarget(mock).management.guardian.factors;
  await assert.rejects(phone.setProvider({ provider: 'carrier-pigeon' as 'auth0' }), { statusCode: 400 });
  await assert.rejects(
    phone.setTemplates(
      // A field the SDK's type would not let a caller write, as a hand-made request could.
      { enrollment_message: 'x', verification_message: 'y', extra: 'z' } as Parameters<
        typeof phone.setTemplates
      >[0],
    ),
    { statusCode: 400 },
  );
});
