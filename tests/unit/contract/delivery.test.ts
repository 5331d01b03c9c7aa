import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phoneInbox } from '../../../contract/delivery.ts';
import { recoveryCodeIn } from '../../../harness/pages/recovery-code-enrollment-page.ts';

test('texts and calls to a number land in two inboxes named after its digits', () => {
  assert.equal(phoneInbox('+15555550123', 'sms'), '15555550123@sms.mfa-conformance.test');
  assert.equal(phoneInbox('+1 (555) 555-0123', 'voice'), '15555550123@voice.mfa-conformance.test');
});

test('a recovery code is read off the page in one piece or grouped by fours', () => {
  assert.equal(
    recoveryCodeIn('Copy this code\nABCD2345EFGH6789JKLMNPQR\nI have'),
    'ABCD2345EFGH6789JKLMNPQR',
  );
  assert.equal(recoveryCodeIn('ABCD 2345 EFGH 6789 JKLM NPQR'), 'ABCD2345EFGH6789JKLMNPQR');
  assert.equal(recoveryCodeIn('Almost There! Copy this recovery code and keep it safe.'), undefined);
});
