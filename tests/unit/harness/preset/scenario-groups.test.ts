import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCatalogue, type LoadedScenario } from '../../../../harness/format/load.ts';
import { groupScenarios, tenantKey } from '../../../../harness/preset/scenario-groups.ts';

type Tenant = LoadedScenario['scenario']['tenant'];

const tenant = (overrides: Partial<Tenant> = {}): Tenant => ({
  factors: ['otp'],
  policy: 'never',
  customizeMfaWithActions: true,
  actions: [],
  ...overrides,
});
const scenario = (file: string, section: Tenant) =>
  ({ file, id: file, scenario: { tenant: section } }) as unknown as LoadedScenario;

test('equal tenant sections give one key whatever the order of their keys and factors', () => {
  const reordered = {
    actions: [],
    customizeMfaWithActions: true,
    policy: 'never',
    factors: ['sms', 'otp'],
  } as unknown as Tenant;
  assert.equal(tenantKey(tenant({ factors: ['otp', 'sms'] })), tenantKey(reordered));
});

test('any tenant-wide difference is another group: factors, policy, the setting, Actions and their order', () => {
  const keys = [
    tenant(),
    tenant({ factors: ['otp', 'email'] }),
    tenant({ policy: 'always' }),
    tenant({ customizeMfaWithActions: false }),
    tenant({ phoneMessageTypes: ['sms'] }),
    tenant({ actions: ['actions/a.js', 'actions/b.js'] }),
    tenant({ actions: ['actions/b.js', 'actions/a.js'] }),
    tenant({ actions: [{ file: 'actions/a.js', secrets: { KEY: '1' } }] }),
  ].map(tenantKey);
  assert.equal(new Set(keys).size, keys.length);
});

test('a group holds its scenarios in file order, groups come in the order of their first file', () => {
  const groups = groupScenarios([
    scenario('s/c.yaml', tenant()),
    scenario('s/a.yaml', tenant({ policy: 'always' })),
    scenario('s/b.yaml', tenant()),
  ]);
  assert.deepEqual(
    groups.map((g) => g.files),
    [['s/a.yaml'], ['s/b.yaml', 's/c.yaml']],
  );
  assert.match(groups[0]?.name ?? '', /^[0-9a-f]{12}$/);
});

test('the catalogue: every scenario in exactly one group, and a group shares one tenant section', () => {
  const { loaded } = readCatalogue('scenarios');
  const groups = groupScenarios(loaded);
  const files = groups.flatMap((g) => g.files);
  assert.equal(files.length, loaded.length);
  assert.equal(new Set(files).size, loaded.length);
  assert.ok(groups.length < loaded.length, 'some scenarios share a tenant configuration');
  for (const group of groups) {
    const sections = group.files.map((file) =>
      tenantKey(loaded.find((entry) => entry.file === file)!.scenario.tenant),
    );
    assert.equal(new Set(sections).size, 1, `${group.files.join(', ')} share one configuration`);
  }
});
