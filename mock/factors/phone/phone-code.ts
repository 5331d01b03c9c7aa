// LOG-2
import { writeLog } from '../../logs/write-log.ts';
import { logContext } from '../../pipeline/flow.ts';
import { sendPhoneMessage } from '../../delivery/send-phone-message.ts';
import type { PhoneChannel } from '../../../contract/delivery.ts';
import { newSentCode, type SentCode } from '../kit/one-time-code.ts';
import type { PromptFlow } from '../kit/prompt-route.ts';

const SEND_LOG = { sms: 'gd_send_sms', voice: 'gd_send_voice' } as const;

/** Texts or calls a new code to `phone` (the enrolled number, or the one being enrolled) and logs it. */
export async function sendPhoneCode(
  flow: PromptFlow,
  phone: string,
  channel: PhoneChannel,
): Promise<SentCode> {
  const sent = newSentCode();
  await sendPhoneMessage({
    to: phone,
    channel,
    code: sent.code,
    tenantName: flow.tenant.settings.friendly_name,
  });
  writeLog(flow.tenant, SEND_LOG[channel], logContext(flow), {
    description: `Guardian - ${channel === 'sms' ? 'SMS sent' : 'Voice call started'} to ${phone}`,
    details: { authenticator: { type: 'phone' }, to: phone },
  });
  return sent;
}

/** A masked number, as the screens show it: the last four digits. */
export function maskedPhone(phone: string): string {
  return `XXXXXXXX${phone.slice(-4)}`;
}
