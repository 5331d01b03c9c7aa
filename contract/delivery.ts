/**
 * Where a text message or a voice call to a phone number is delivered, as mail, so that every code the
 * harness reads arrives in the one Mailpit inbox: `<digits>@sms.mfa-conformance.test` for text messages,
 * `<digits>@voice.mfa-conformance.test` for voice-call scripts (digits of the E.164 number, without `+`).
 * The mock delivers there, and so does the tenant's phone Action template
 * (docs/tenant-setup/send-phone-message-to-mailpit.js, which repeats this rule in plain JS).
 */
export type PhoneChannel = 'sms' | 'voice';

export const PHONE_INBOX_DOMAIN = 'mfa-conformance.test';

export function phoneInbox(phoneNumber: string, channel: PhoneChannel): string {
  return `${phoneNumber.replace(/\D/g, '')}@${channel}.${PHONE_INBOX_DOMAIN}`;
}
