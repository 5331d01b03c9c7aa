import { MailpitClient } from 'mailpit-api';
import { MAILPIT_API_URL } from '../config.ts';
import { mailEventsFor, type MailEvents } from './mail-events.ts';
import { codeIn } from './read-code.ts';

/** A client for `url`; credentials in the URL (`https://user:password@host`) become basic auth. */
export function mailpitClient(url: string): MailpitClient {
  const parsed = new URL(url);
  const { username, password } = parsed;
  if (!username) return new MailpitClient(url);
  parsed.username = '';
  parsed.password = '';
  return new MailpitClient(parsed.origin + parsed.pathname.replace(/\/$/, ''), {
    auth: { username: decodeURIComponent(username), password: decodeURIComponent(password) },
  });
}

/** A message as the harness reads it. */
export interface ReceivedMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
}

/** How long a message may take: a real tenant's SMTP provider or phone Action is slower than the mock. */
export const MESSAGE_TIMEOUT_MS = 60_000;

/**
 * The inbox every code arrives in (Mailpit): email codes, and text messages and voice calls delivered as
 * mail to addresses made from the phone number (phone-inbox.ts). Each scenario reads only its own
 * recipients, so parallel scenarios share one Mailpit without seeing each other's codes.
 *
 * @example
 * const code = await mailbox.nextCode(ctx.user.email);
 */
export class Mailbox {
  constructor(
    readonly client: MailpitClient = mailpitClient(MAILPIT_API_URL),
    /** Where the inbox is, for messages (the host, never the credentials). */
    readonly where: string = new URL(MAILPIT_API_URL).host,
    /** Mailpit's news of each message received (its websocket), which wakes a wait. */
    readonly events: MailEvents = mailEventsFor(MAILPIT_API_URL),
  ) {}

  /**
   * Waits (woken by Mailpit's news of each message, else checking every 250 ms, never sleeping) for a
   * message to `to`, returns the newest, and deletes it with every older one to the same recipient: they are
   * superseded, so the next wait can only see a new message.
   */
  async nextMessage(to: string, timeoutMs = MESSAGE_TIMEOUT_MS): Promise<ReceivedMessage> {
    const wanted = to.toLowerCase();
    const ids = await this.events.until(
      wanted,
      async () => {
        const found = await this.client.searchMessages({ query: `to:"${wanted}"`, limit: 50 });
        const mine = found.messages.filter((m) => m.To.some((r) => r.Address.toLowerCase() === wanted));
        return mine.length > 0 ? mine.map((m) => m.ID) : undefined;
      },
      {
        timeoutMs,
        fallbackMs: 250,
        message: `no message to ${to} reached Mailpit at ${this.where} within ${timeoutMs / 1000} s`,
      },
    );
    // Mailpit lists the newest first.
    const summary = await this.client.getMessageSummary(ids[0]);
    await this.client.deleteMessages({ IDs: ids });
    return { id: summary.ID, to, subject: summary.Subject, text: summary.Text };
  }

  /** The code in the next message to `to`. */
  async nextCode(to: string, timeoutMs = MESSAGE_TIMEOUT_MS): Promise<string> {
    const message = await this.nextMessage(to, timeoutMs);
    const code = codeIn(message.text);
    if (!code)
      throw new Error(
        `the message to ${to} ("${message.subject}") carries no 6-digit code:\n${message.text}`,
      );
    return code;
  }
}
