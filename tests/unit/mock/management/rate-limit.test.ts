import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { ManagementRateLimit } from '../../../../mock/management/rate-limit.ts';
import { InProcessMock } from '../../../support/in-process-mock.ts';

const mock = new InProcessMock({}, { managementRateLimit: 2 });
after(() => mock.close());

async function managementToken(host: string): Promise<string> {
  const response = await mock.send(host, 'POST', '/oauth/token', {
    body: {
      grant_type: 'client_credentials',
      client_id: 'mock-management-client',
      client_secret: 'mock-management-secret',
      audience: `https://${host}/api/v2/`,
    },
  });
  return (JSON.parse(response.body) as { access_token: string }).access_token;
}

test("over the tenant's limit the Management API answers Auth0's 429, with its headers, and logs api_limit once", async () => {
  const host = 'rate-limited.localhost:4010';
  const token = await managementToken(host);
  const call = () => mock.send(host, 'GET', '/api/v2/users', { token });
  const answers = [await call(), await call(), await call(), await call()];
  assert.deepEqual(
    answers.map((a) => a.status),
    [200, 200, 429, 429],
  );
  const [first, , refused] = answers;
  assert.equal(first?.headers['x-ratelimit-limit'], '2');
  assert.equal(first?.headers['x-ratelimit-remaining'], '1');
  assert.deepEqual(JSON.parse(refused?.body ?? ''), {
    statusCode: 429,
    error: 'Too Many Requests',
    message: 'Global limit has been reached',
    errorCode: 'too_many_requests',
  });
  assert.equal(refused?.headers['x-ratelimit-remaining'], '0');
  const reset = Number(refused?.headers['x-ratelimit-reset']) * 1000;
  assert.ok(reset > Date.now() - 1000 && reset <= Date.now() + 2000, 'the reset is a UNIX second, soon');
  const tenant = await mock.tenants.get(`http://${host}`);
  assert.deepEqual(
    tenant.logs.filter((e) => e.type === 'api_limit').map((e) => e.description),
    ['The maximum number of requests to the Authentication or Management APIs in given time was reached'],
  );
});

test('the bucket refills at the limit a second, up to the limit; refusals log again after a minute', () => {
  let now = 1_000_000;
  const limit = new ManagementRateLimit(3, () => now);
  const take = () => limit.take();
  assert.deepEqual(
    [take(), take(), take()].map((t) => t.headers['x-ratelimit-remaining']),
    ['2', '1', '0'],
  );
  const refused = take();
  assert.equal(refused.allowed, false);
  assert.equal(refused.log, true);
  assert.equal(refused.headers['x-ratelimit-reset'], String(Math.ceil((now + 1000) / 1000)));
  assert.equal(take().log, false, 'one api_limit entry per minute of refusals');
  now += 400;
  assert.equal(take().allowed, true, 'a third of a second gives one request back');
  now += 10_000;
  assert.equal(take().headers['x-ratelimit-remaining'], '2', 'never more than the limit');
  for (let i = 0; i < 3; i += 1) take();
  now += 50_000;
  for (let i = 0; i < 3; i += 1) take();
  assert.equal(take().log, true, 'refused again a minute after the last entry: logged again');
});
