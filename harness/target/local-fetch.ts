/**
 * The auth0 SDK always calls `https://<domain>/…`. The mock's tenants are `<name>.localhost:<port>`, over
 * plain HTTP unless MOCK_SCHEME=https, and Node does not resolve `*.localhost` (Chromium does). This fetch
 * sends such requests with its own lookup that answers loopback, so URL and Host header stay the tenant's
 * (the mock tells tenants apart by origin, and Node's fetch will not let a caller set Host itself), over
 * HTTP, or over HTTPS trusting the mock's local CA.
 */
import { lookup } from 'node:dns';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, fetch as undiciFetch } from 'undici';
import { MOCK_CA_CERT, MOCK_SCHEME } from '../config.ts';

function isLocal(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost');
}

const loopback = new Agent({
  connect: {
    ca: MOCK_SCHEME === 'https' ? localCa() : undefined,
    lookup: (hostname, options, callback) => {
      if (!isLocal(hostname)) return lookup(hostname, options, callback);
      if (options.all) return callback(null, [{ address: '127.0.0.1', family: 4 }]);
      return (callback as (error: null, address: string, family: number) => void)(null, '127.0.0.1', 4);
    },
  },
});

function localCa(): string {
  if (!existsSync(MOCK_CA_CERT)) {
    throw new Error(`MOCK_SCHEME=https needs the mock's local CA at ${MOCK_CA_CERT}: run \`npm run setup\`.`);
  }
  return readFileSync(MOCK_CA_CERT, 'utf8');
}

export const localFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  if (!isLocal(url.hostname)) return fetch(request);
  url.protocol = `${MOCK_SCHEME}:`;
  const response = await undiciFetch(url, {
    method: request.method,
    headers: Object.fromEntries(request.headers),
    body: request.body ? await request.arrayBuffer() : undefined,
    redirect: 'manual',
    signal: request.signal,
    dispatcher: loopback,
  });
  return response as unknown as Response;
};
