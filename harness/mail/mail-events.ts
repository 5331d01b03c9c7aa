import { WebSocket } from 'undici';
import { Signal } from '../wait/signal.ts';

/** What Mailpit's websocket (`/api/events`) sends; a `new` event's data is the message's summary. */
interface MailpitEvent {
  Type?: string;
  Data?: { To?: Array<{ Address?: string }> };
}

const shared = new Map<string, MailEvents>();

/** The connection to the Mailpit at `url` this process shares. */
export function mailEventsFor(url: string): MailEvents {
  let events = shared.get(url);
  if (!events) shared.set(url, (events = new MailEvents(url)));
  return events;
}

/** How long a connection may take before the inbox is checked on an interval instead. */
const CONNECT_TIMEOUT_MS = 2_000;

/**
 * Mailpit's own news of each message it receives (its websocket), so a wait for a code wakes the moment the
 * code lands instead of on the next poll (issue 13: code latency). One connection per process and Mailpit,
 * opened on first use; while it is not open (refused, closed, still connecting), waiters check on an
 * interval as before, so a Mailpit that cannot push never makes a wait fail.
 */
export class MailEvents {
  /** How many messages to each recipient (lower case) arrived since the connection opened. */
  readonly #arrivals = new Map<string, number>();
  readonly #changed = new Signal();
  #socket: WebSocket | undefined;
  #open: Promise<boolean> | undefined;

  constructor(
    /** Mailpit's API origin, credentials included when its API asks for basic auth. */
    readonly url: string,
  ) {}

  /**
   * Runs `search` until it finds something: now, then each time a message to `to` arrives, or every
   * `fallbackMs` while there is no connection. Throws `message` after `timeoutMs`.
   */
  async until<T>(
    to: string,
    search: () => Promise<T | undefined>,
    options: { timeoutMs: number; fallbackMs: number; message: string },
  ): Promise<T> {
    const wanted = to.toLowerCase();
    const deadline = Date.now() + options.timeoutMs;
    const connected = await this.#connect();
    for (;;) {
      // Counted before the search, so a message landing during it wakes the wait that follows.
      const seen = this.#arrivals.get(wanted) ?? 0;
      const found = await search();
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(options.message);
      // Woken by an arrival, or by the connection closing under the wait (then checked on an interval).
      const live = connected && this.#isOpen();
      const woken = () => (this.#arrivals.get(wanted) ?? 0) > seen || (live && !this.#isOpen());
      await this.#changed
        .until(() => (woken() ? true : undefined), {
          timeoutMs: live ? left : Math.min(left, options.fallbackMs),
          message: options.message,
        })
        // Timing out here only means "check again"; the deadline above decides when to give up.
        .catch(() => undefined);
    }
  }

  /** Closes the connection (a test's own Mailpit; a Playwright worker simply exits). */
  close(): void {
    this.#socket?.close();
    this.#socket = undefined;
    this.#open = undefined;
  }

  #isOpen(): boolean {
    return this.#socket?.readyState === WebSocket.OPEN;
  }

  /** Opens the connection once (again after it closed); resolves whether it is open. */
  #connect(): Promise<boolean> {
    if (this.#open && this.#socket && this.#socket.readyState <= WebSocket.OPEN) return this.#open;
    const parsed = new URL(this.url);
    const headers: Record<string, string> = {};
    if (parsed.username) {
      const user = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
      headers.authorization = `Basic ${Buffer.from(user).toString('base64')}`;
    }
    const endpoint = new URL('api/events', `${parsed.origin}${parsed.pathname.replace(/\/?$/, '/')}`);
    endpoint.protocol = parsed.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(endpoint, { headers });
    this.#socket = socket;
    socket.addEventListener('message', (event) => this.#received(event.data));
    socket.addEventListener('close', () => this.#changed.notify());
    this.#open = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), CONNECT_TIMEOUT_MS);
      socket.addEventListener('open', () => (clearTimeout(timer), resolve(true)));
      socket.addEventListener('error', () => (clearTimeout(timer), resolve(false)));
    });
    return this.#open;
  }

  #received(data: unknown): void {
    let event: MailpitEvent;
    try {
      event = JSON.parse(String(data)) as MailpitEvent;
    } catch {
      return;
    }
    if (event.Type !== 'new') return;
    for (const recipient of event.Data?.To ?? []) {
      const address = recipient.Address?.toLowerCase();
      if (address) this.#arrivals.set(address, (this.#arrivals.get(address) ?? 0) + 1);
    }
    this.#changed.notify();
  }
}
