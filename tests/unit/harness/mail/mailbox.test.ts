import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import nodemailer from 'nodemailer';
import { MAILPIT_BIN } from '../../../../harness/config.ts';
import { Mailbox, mailpitClient } from '../../../../harness/mail/mailbox.ts';
import { MailEvents } from '../../../../harness/mail/mail-events.ts';
import { pollUntil } from '../../../../harness/wait/poll-until.ts';

// A Mailpit of its own, on free ports, so this test never reads a running catalogue's inbox.
let mailpit: ChildProcess;
let mailbox: Mailbox;
let smtpPort: number;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function send(to: string, text: string): Promise<unknown> {
  return nodemailer
    .createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true })
    .sendMail({ from: 'test@mfa-conformance.test', to, subject: 'code', text });
}

before(async () => {
  if (!existsSync(MAILPIT_BIN)) throw new Error(`Mailpit is not at ${MAILPIT_BIN}: run npm run setup`);
  smtpPort = await freePort();
  const httpPort = await freePort();
  mailpit = spawn(
    MAILPIT_BIN,
    ['--smtp', `127.0.0.1:${smtpPort}`, '--listen', `127.0.0.1:${httpPort}`, '--disable-version-check'],
    {
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${httpPort}`;
  mailbox = new Mailbox(mailpitClient(url), `127.0.0.1:${httpPort}`, new MailEvents(url));
  await pollUntil(
    () =>
      mailbox.client.getInfo().then(
        () => true,
        () => undefined,
      ),
    {
      timeoutMs: 10_000,
      message: `Mailpit (${MAILPIT_BIN}) did not start: run npm run setup`,
    },
  );
});

after(() => {
  mailbox.events.close();
  mailpit.kill();
});

test('reads the newest message to a recipient, and deletes it with the older ones', async () => {
  await send('reader@mfa-conformance.test', 'Your verification code is 111111.');
  await send('reader@mfa-conformance.test', 'Your verification code is 222222.');
  await send('someone-else@mfa-conformance.test', 'Your verification code is 333333.');
  // Both of the reader's messages must be in before reading, or "newest" means nothing.
  await pollUntil(
    async () =>
      (await mailbox.client.searchMessages({ query: 'to:"reader@mfa-conformance.test"' })).messages.length ===
      2
        ? true
        : undefined,
    { timeoutMs: 5000, message: 'the two messages never arrived' },
  );
  assert.equal(await mailbox.nextCode('reader@mfa-conformance.test'), '222222');
  const left = await mailbox.client.searchMessages({ query: 'to:"reader@mfa-conformance.test"' });
  assert.equal(left.messages.length, 0, 'what was read, and what it superseded, is gone');
  assert.equal(
    await mailbox.nextCode('someone-else@mfa-conformance.test'),
    '333333',
    'other recipients untouched',
  );
});

test('waits for a message that has not arrived yet', async () => {
  const code = mailbox.nextCode('later@mfa-conformance.test', 5000);
  await send('later@mfa-conformance.test', 'Your code is 4, 5, 6, 7, 8, 9.');
  assert.equal(await code, '456789');
});

test('a wait wakes when Mailpit announces the message, not on the next check', async () => {
  // A fallback interval longer than the test's own limit: only the websocket's news can end this wait.
  const events = new MailEvents(mailbox.events.url);
  let searches = 0;
  let firstSearchDone: () => void = () => undefined;
  const searched = new Promise<void>((resolve) => (firstSearchDone = resolve));
  try {
    const found = events.until(
      'news@mfa-conformance.test',
      async () => {
        const { messages } = await mailbox.client.searchMessages({ query: 'to:"news@mfa-conformance.test"' });
        searches += 1;
        firstSearchDone();
        return messages[0]?.ID;
      },
      { timeoutMs: 5000, fallbackMs: 60_000, message: 'no news' },
    );
    await searched;
    const sent = performance.now();
    await send('news@mfa-conformance.test', 'Your code is 101010.');
    assert.ok(await found);
    assert.ok(searches >= 2, 'the first check found nothing: the message came after it');
    assert.ok(performance.now() - sent < 2000, 'woken by the arrival, not the 60 s interval');
  } finally {
    events.close();
  }
});

test('a message that never comes fails with a sentence naming the recipient', async () => {
  await assert.rejects(
    mailbox.nextCode('nobody@mfa-conformance.test', 600),
    /no message to nobody@mfa-conformance\.test reached Mailpit/,
  );
});
