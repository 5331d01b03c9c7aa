/**
 * `npm run memory`: proves the mock gives back what abandoned logins and short-lived tenants took (issue 10).
 * It starts the mock in this process on an ephemeral port, measures the heap after a full GC, then over HTTP:
 * - 100,000 abandoned logins: GET /authorize on one tenant, never finished (each leaves a transaction)
 * - 1,000 short-lived tenants: a distinct Host each, with a little state (a login left at the password
 *   screen, the discovery document; every 50th also a Management API token, a user and a wrong password)
 * then moves the mock's clock (mock/clock.ts) past the transactions' 5 minutes and sweeps, and past the idle
 * time of a tenant and sweeps: no real waiting. It fails unless the heap ends within 50 MB of the start.
 * Run with `node --expose-gc` (the npm script does): without a GC the figures would be noise.
 */
import { createServer, request, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createListener, createRouter } from '../mock/app.ts';
import { advanceClock } from '../mock/clock.ts';
import { createServices } from '../mock/services.ts';
import { signingKeys } from '../mock/tenants/signing-keys.ts';
import { TRANSACTION_TTL_MS } from '../mock/tenants/transaction.ts';

const LOGINS = Number(process.env.MEMORY_LOGINS ?? 100_000);
const TENANTS = Number(process.env.MEMORY_TENANTS ?? 1_000);
const LIMIT_MB = 50;
const PARALLEL = 32;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error(
    'memory-check: run it with node --expose-gc (npm run memory does), or the figures mean nothing.',
  );
  process.exit(2);
}

const services = createServices({ tenants: { sweepEveryMs: 0 } });
const server = createServer(createListener(createRouter(services)));
await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
const port = (server.address() as AddressInfo).port;
const agent = new Agent({ keepAlive: true, maxSockets: PARALLEL });

interface Answer {
  status: number;
  location?: string;
  body: string;
}

function send(host: string, method: string, path: string, body?: string, type?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host };
    if (body !== undefined) headers['content-type'] = type ?? 'application/json';
    const req = request({ port, method, path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          location: res.headers.location,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const AUTHORIZE = `/authorize?${new URLSearchParams({
  client_id: 'mock-login-client',
  response_type: 'code',
  redirect_uri: 'http://localhost:4020/callback',
  scope: 'openid',
  state: 'app-state',
}).toString()}`;

async function abandonedLogin(host: string): Promise<string> {
  const answer = await send(host, 'GET', AUTHORIZE);
  if (answer.status !== 302 || !answer.location) throw new Error(`/authorize answered ${answer.status}`);
  return new URL(answer.location, 'http://x').searchParams.get('state') ?? '';
}

/** Runs `count` tasks, PARALLEL at a time. */
async function inParallel(count: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

async function shortLivedTenant(i: number): Promise<void> {
  const host = `short-${i}.localhost:${port}`;
  const state = await abandonedLogin(host);
  const form = 'application/x-www-form-urlencoded';
  const email = `user-${i}@memory.test`;
  const identifier = new URLSearchParams({ state, username: email, action: 'default' }).toString();
  await send(host, 'POST', `/u/login/identifier?state=${state}`, identifier, form);
  await send(host, 'GET', '/.well-known/openid-configuration');
  if (i % 50 !== 0) return;
  const tokenBody = JSON.stringify({
    grant_type: 'client_credentials',
    client_id: 'mock-management-client',
    client_secret: 'mock-management-secret',
    audience: `https://${host}/api/v2/`,
  });
  const token = JSON.parse((await send(host, 'POST', '/oauth/token', tokenBody)).body) as {
    access_token: string;
  };
  const user = JSON.stringify({
    connection: 'Username-Password-Authentication',
    email,
    password: 'Memory-check-1234',
  });
  await new Promise<void>((resolve, reject) => {
    const req = request(
      {
        port,
        method: 'POST',
        path: '/api/v2/users',
        agent,
        headers: { host, 'content-type': 'application/json', authorization: `Bearer ${token.access_token}` },
      },
      (res) => res.resume().on('end', resolve),
    );
    req.on('error', reject);
    req.end(user);
  });
  const password = new URLSearchParams({ state, password: 'wrong', action: 'default' }).toString();
  await send(host, 'POST', `/u/login/password?state=${state}`, password, form);
}

interface Figures {
  heapMb: number;
  rssMb: number;
}

function measure(): Figures {
  for (let i = 0; i < 3; i++) gc?.();
  const usage = process.memoryUsage();
  return {
    heapMb: (usage.heapUsed + usage.external + usage.arrayBuffers) / 2 ** 20,
    rssMb: usage.rss / 2 ** 20,
  };
}

function line(label: string, figures: Figures, start?: Figures): string {
  const delta = start
    ? ` (${figures.heapMb - start.heapMb >= 0 ? '+' : ''}${(figures.heapMb - start.heapMb).toFixed(1)} MB)`
    : '';
  return `${label.padEnd(44)} heap ${figures.heapMb.toFixed(1).padStart(7)} MB${delta.padEnd(14)} rss ${figures.rssMb.toFixed(1).padStart(7)} MB`;
}

// Warm-up: the code paths compiled and the key pool full, so the start figure is the mock at rest.
await signingKeys.filled();
await inParallel(200, () => abandonedLogin(`localhost:${port}`));
await shortLivedTenant(0);
advanceClock(services.tenants.idleMs + 1);
services.tenants.sweep();
await signingKeys.filled();

const started = performance.now();
const start = measure();
console.log(line('start', start));

await inParallel(LOGINS, () => abandonedLogin(`localhost:${port}`));
const loginsSeconds = (performance.now() - started) / 1000;
console.log(line(`after ${LOGINS} abandoned logins (${loginsSeconds.toFixed(0)} s)`, measure(), start));

await inParallel(TENANTS, (i) => shortLivedTenant(i + 1));
const peak = measure();
console.log(line(`after ${TENANTS} short-lived tenants (${services.tenants.size} live)`, peak, start));

advanceClock(TRANSACTION_TTL_MS + 1);
services.tenants.sweep();
console.log(line('transactions expired and swept', measure(), start));

advanceClock(services.tenants.idleMs + 1);
services.tenants.sweep();
const end = measure();
console.log(line(`idle tenants freed (${services.tenants.size} live)`, end, start));

agent.destroy();
server.close();
services.tenants.close();
await services.actions.close();

const grew = end.heapMb - start.heapMb;
const seconds = ((performance.now() - started) / 1000).toFixed(0);
if (grew > LIMIT_MB) {
  console.error(
    `memory-check: FAILED: the heap ends ${grew.toFixed(1)} MB above the start (limit ${LIMIT_MB} MB).`,
  );
  process.exit(1);
}
console.log(
  `memory-check: passed: peak +${(peak.heapMb - start.heapMb).toFixed(0)} MB, end ${grew >= 0 ? '+' : ''}${grew.toFixed(1)} MB of the start (limit ${LIMIT_MB} MB), in ${seconds} s.`,
);
