/**
 * Text messages and voice calls, delivered as mail to the phone number's inbox (contract/delivery.ts):
 * a text message carries the code as six digits in a row, a voice call as the script a person would hear,
 * the digits read one by one, twice; both say the code before anything else (the tenant's name may hold digits).
 */
import { phoneInbox, type PhoneChannel } from '../../contract/delivery.ts';
import { sendMail } from './send-mail.ts';

export async function sendPhoneMessage(message: {
  to: string;
  channel: PhoneChannel;
  code: string;
  tenantName: string;
}): Promise<void> {
  const spoken = message.code.split('').join(', ');
  await sendMail({
    to: phoneInbox(message.to, message.channel),
    subject: `${message.channel === 'sms' ? 'Text message' : 'Voice call'} to ${message.to}`,
    text:
      message.channel === 'sms'
        ? `${message.code} is your verification code for ${message.tenantName}. Please enter this code to verify your enrollment.`
        : `Hello. Your verification code is ${spoken}. Once again, your code is ${spoken}. This call is from ${message.tenantName}. Goodbye.`,
  });
}
