import { PHONE_INBOX_DOMAIN, type PhoneChannel } from '../../contract/delivery.ts';

/**
 * Test annotations that carry what a scenario cost, for `npm run bench` to read from the JSON report
 * (scripts/benchmark.ts): they measure, and no check depends on them.
 */

/** How many pages the scenario's browser landed on (the screens and the dead ends), as a number. */
export const PAGE_LOADS = 'page-loads';

/**
 * How long a delivered code took: from the navigation that had it sent to the moment the harness held it,
 * as `<channel> <milliseconds>` (`email 84`, `sms 97`, `voice 90`).
 */
export const CODE_LATENCY = 'code-latency';

/** The channel an inbox address belongs to (contract/delivery.ts names texts and calls by their domain). */
export function channelOf(inbox: string): 'email' | PhoneChannel {
  for (const channel of ['sms', 'voice'] as const)
    if (inbox.endsWith(`@${channel}.${PHONE_INBOX_DOMAIN}`)) return channel;
  return 'email';
}
