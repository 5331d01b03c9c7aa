/**
 * A custom phone provider for a staging tenant: instead of texting or calling, it delivers each MFA message
 * as mail to the harness's Mailpit, through Mailpit's send API (POST /api/v1/send), so a conformance run
 * reads SMS and voice codes the same way as on the mock.
 *
 * Where it goes (contract/delivery.ts, repeated here because an Action cannot import it): the digits
 * of the number at sms.mfa-conformance.test for a text message, at voice.mfa-conformance.test for a call.
 *
 * Set up (README, "Codes by email, text message and voice call"): a `send-phone-message` Action with this
 * code, secrets MAILPIT_URL (the Mailpit's public https origin) and, when its send API requires basic auth,
 * MAILPIT_SEND_USER and MAILPIT_SEND_PASSWORD; then Security > Multi-factor Auth > Phone Message > Custom.
 */
exports.onExecuteSendPhoneMessage = async (event) => {
  const { recipient, text, code, action } = event.message_options;
  const channel = event.message_options.message_type === 'voice' ? 'voice' : 'sms';
  const to = `${String(recipient).replace(/\D/g, '')}@${channel}.mfa-conformance.test`;
  // A call is heard, not read: add the code digit by digit, as a voice provider would speak it.
  const spoken = code ? `\nThe code, read out: ${String(code).split('').join(', ')}.` : '';
  const headers = { 'content-type': 'application/json' };
  const { MAILPIT_URL, MAILPIT_SEND_USER, MAILPIT_SEND_PASSWORD } = event.secrets;
  if (MAILPIT_SEND_USER) {
    const credentials = Buffer.from(`${MAILPIT_SEND_USER}:${MAILPIT_SEND_PASSWORD ?? ''}`).toString('base64');
    headers.authorization = `Basic ${credentials}`;
  }
  const response = await fetch(new URL('/api/v1/send', MAILPIT_URL), {
    method: 'POST',
    headers,
    body: JSON.stringify({
      From: { Email: 'phone-provider@mfa-conformance.test', Name: 'Auth0 phone provider' },
      To: [{ Email: to }],
      Subject: `${channel === 'sms' ? 'Text message' : 'Voice call'} to ${recipient} (${action})`,
      Text: channel === 'voice' ? `${text}${spoken}` : text,
    }),
  });
  // A failed delivery must fail the MFA step loudly, not leave the harness waiting for a code.
  if (!response.ok) {
    throw new Error(
      `Mailpit refused the ${channel} message to ${recipient}: ${response.status} ${await response.text()}`,
    );
  }
};
