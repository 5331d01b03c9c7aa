import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { InProcessMock, TestTenant } from '../../../support/in-process-mock.ts';
import { writeLog } from '../../../../mock/logs/write-log.ts';
import { compareLogIds } from '../../../../mock/logs/log-ids.ts';

const mock = new InProcessMock();
after(() => mock.close());

/** A tenant whose log holds `count` entries (client credentials exchanges, as a tool's calls leave). */
async function tenantWithEntries(count: number): Promise<TestTenant> {
  const t = await TestTenant.create(mock);
  for (let i = 0; i < count; i += 1) writeLog(t.tenant, 'seccft', { clientId: 'mock-management-client' });
  return t;
}

async function page(t: TestTenant, query: string) {
  const response = await t.api('GET', `/logs?${query}`);
  return {
    ids: (JSON.parse(response.body) as Array<{ log_id: string }>).map((e) => e.log_id),
    link: String(response.headers.link),
  };
}

test('a checkpoint gives the entries after `from`, oldest first, and a Link to the page after them', async () => {
  const t = await tenantWithEntries(5);
  const ids = t.tenant.logs.map((e) => e.log_id);
  const first = ids[0] ?? '';
  // Other parameters are ignored, as Auth0 ignores them beside `from`.
  const { ids: got, link } = await page(t, `from=${first}&take=3&sort=date:-1&q=type:s&per_page=1`);
  assert.deepEqual(got, ids.slice(1, 4));
  assert.equal(link, `<${t.tenant.origin}/api/v2/logs?from=${ids[3] ?? ''}&take=3>; rel="next"`);
});

test('take gives 50 entries without it and 100 at most', async () => {
  const t = await tenantWithEntries(160);
  const first = t.tenant.logs[0]?.log_id ?? '';
  assert.equal((await page(t, `from=${first}`)).ids.length, 50);
  const { ids, link } = await page(t, `from=${first}&take=500`);
  assert.equal(ids.length, 100);
  assert.match(link, /&take=100>; rel="next"$/);
});

test('the last page is short, and an empty page links to itself', async () => {
  const t = await tenantWithEntries(3);
  const ids = t.tenant.logs.map((e) => e.log_id);
  const last = ids.at(-1) ?? '';
  const { ids: got, link } = await page(t, `from=${last}&take=100`);
  assert.deepEqual(got, []);
  assert.equal(link, `<${t.tenant.origin}/api/v2/logs?from=${last}&take=100>; rel="next"`);
});

test('a take that is not a whole number from 1 is refused with a query validation error', async () => {
  const t = await tenantWithEntries(1);
  for (const take of ['0', 'ten', '2.5']) {
    const response = await t.apiResponse('GET', `/logs?from=1&take=${take}`);
    assert.equal(response.status, 400);
    assert.deepEqual(JSON.parse(response.body), {
      statusCode: 400,
      error: 'Bad Request',
      message: `Query validation error: take must be a whole number from 1 to 100, got "${take}".`,
      errorCode: 'invalid_query_string',
    });
  }
});

test('log ids compare as numbers, whatever their length', () => {
  assert.ok(
    compareLogIds('90020211201185132572079310688835925971249535794074878050', '90000000000000000001') > 0,
  );
  assert.ok(compareLogIds('900000000000000000010', '90000000000000000009') > 0);
  assert.ok(compareLogIds('0009', '10') < 0);
  assert.equal(compareLogIds('90000000000000000001', '90000000000000000001'), 0);
  const t = { ids: ['90000000000000000002', '90000000000000000010'] };
  assert.deepEqual([...t.ids].sort(compareLogIds), t.ids);
});
