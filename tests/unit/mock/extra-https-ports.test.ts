/**
 * MOCK_EXTRA_HTTPS_PORTS: the mock serves HTTPS on more ports, and since an origin is a tenant,
 * `localhost:<port>` on each is a tenant of its own that Node reaches by name (selftest:tenant poses them as
 * several real tenants).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { ManagementClient } from 'auth0';
import { Agent, fetch as undiciFetch } from 'undici';
import { MOCK_CREDENTIALS } from '../../../harness/target/mock-target.ts';
import { MOCK_CA_PEM, startMockProcess, type MockProcess } from '../../support/mock-process.ts';

let mock: MockProcess;
before(async () => {
  mock = await startMockProcess(1);
});
after(() => mock.stop());

const dispatcher = new Agent({ connect: { ca: readFileSync(MOCK_CA_PEM, 'utf8') } });
const trustingFetch = ((url: string, init?: RequestInit) =>
  undiciFetch(url, { ...(init as object), dispatcher })) as unknown as typeof fetch;

function management(domain: string): ManagementClient {
  return new ManagementClient({
    domain,
    clientId: MOCK_CREDENTIALS.managementClientId,
    clientSecret: MOCK_CREDENTIALS.managementClientSecret,
    fetch: trustingFetch,
  });
}

test(
  'each HTTPS port is a tenant of its own: its own issuer, its own users',
  { timeout: 60_000 },
  async () => {
    const [extra] = mock.extraDomains;
    assert.ok(extra);
    const issuers = await Promise.all(
      [mock.domain, extra].map(async (domain) => {
        const response = await trustingFetch(`https://${domain}/.well-known/openid-configuration`);
        return ((await response.json()) as { issuer: string }).issuer;
      }),
    );
    assert.deepEqual(issuers, [`https://${mock.domain}/`, `https://${extra}/`]);
    const email = `extra-port-${Date.now()}@mfa-conformance.test`;
    await management(mock.domain).users.create({
      connection: MOCK_CREDENTIALS.connection,
      email,
      password: 'Pw-extra-port-123456-9a',
    });
    const found = async (domain: string) =>
      (await management(domain).users.list({ q: `email:"${email}"`, search_engine: 'v3' })).data.length;
    assert.equal(await found(mock.domain), 1);
    assert.equal(await found(extra), 0);
  },
);
