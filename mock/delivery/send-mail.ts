/**
 * The mock's outgoing mail: real SMTP to the Mailpit that Playwright starts (`MAILPIT_SMTP_PORT` in the
 * mock's environment), so the harness reads codes the way a person would, from an inbox. Email codes go to the
 * user's address; text messages and voice-call scripts go to addresses made from the phone number
 * (phone-inbox.ts), so every code ends up in the one inbox.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import { MAILPIT_SMTP_PORT } from '../config.ts';

export const MAIL_FROM = 'mfa-conformance mock <no-reply@mfa-conformance.test>';

let transport: Transporter | undefined;

function smtp(): Transporter {
  transport ??= nodemailer.createTransport({
    host: '127.0.0.1',
    port: MAILPIT_SMTP_PORT,
    secure: false,
    ignoreTLS: true,
  });
  return transport;
}

/** Sends one plain-text message; a refused or unreachable SMTP server fails the request that sent it. */
export async function sendMail(message: { to: string; subject: string; text: string }): Promise<void> {
  try {
    await smtp().sendMail({ from: MAIL_FROM, ...message });
  } catch (error) {
    throw new Error(
      `the mock could not send mail to ${message.to} through SMTP at 127.0.0.1:${MAILPIT_SMTP_PORT} (is Mailpit running?): ${(error as Error).message}`,
    );
  }
}
