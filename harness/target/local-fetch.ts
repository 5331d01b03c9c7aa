/**
 * The auth0 SDK always calls `https://<domain>/…`. The mock's tenants are `<name>.localhost:<port>` over
 * plain HTTP, and Node does not resolve `*.localhost` (Chromium does). This fetch sends such requests over
 * HTTP with its own lookup that answers loopback, so URL and Host header stay the tenant's: the mock tells
 * tenants apart by Host, and Node's fetch will not let a caller set Host itself.
 */
import { lookup } from 'node:dns';
import { Agent, fetch as undiciFetch } from 'undici';

function isLocal(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost');
}

const loopback = new Agent({
  connect: {
    lookup: (hostname, options, callback) => {
      if (!isLocal(hostname)) return lookup(hostname, options, callback);
      if (options.all) return callback(null, [{ address: '127.0.0.1', family: 4 }]);
      return (callback as (error: null, address: string, family: number) => void)(null, '127.0.0.1', 4);
    },
  },
});

export const localFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  if (!isLocal(url.hostname)) return fetch(request);
  url.protocol = 'http:';
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
