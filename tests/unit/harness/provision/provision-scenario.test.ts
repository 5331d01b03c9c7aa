import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { LoadedScenario } from '../../../../harness/format/load.ts';
import { Scenario } from '../../../../harness/format/schema.ts';
import { provisionScenario } from '../../../../harness/provision/provision-scenario.ts';
import { provisionTenantSettings } from '../../../../harness/provision/provision-tenant.ts';
import { UndoStack } from '../../../../harness/provision/undo-stack.ts';
import type { TargetTenant } from '../../../../harness/target/target.ts';
import { InProcessMock } from '../../../support/in-process-mock.ts';
import { inProcessFetch, inProcessTarget } from '../../../support/in-process-target.ts';

const mock = new InProcessMock();
after(() => mock.close());

const ACTIONS_DIR = mkdtempSync(join(tmpdir(), 'provision-test-'));
writeFileSync(
  join(ACTIONS_DIR, 'challenge-otp.js'),
  "exports.onExecutePostLogin = async (event, api) => { api.authentication.challengeWith({ type: 'otp' }); };\n",
);
writeFileSync(
  join(ACTIONS_DIR, 'does-not-build.js'),
  'exports.onExecutePostLogin = async (event, api) => {\n',
);

function loaded(input: Record<string, unknown>): LoadedScenario {
  const scenario = Scenario.parse({
    summary: 'provisioning',
    covers: ['SEL-1'],
    login: ['complete'],
    ...input,
  });
  return {
    file: 'tests/unit/provisioning.yaml',
    id: 'unit/provisioning',
    scenario,
    stepLocations: [],
    actions: [],
  };
}

/** What a real tenant's owner cares to get back: everything the harness may change, as the API shows it. */
async function snapshot(target: TargetTenant) {
  const { management } = target;
  const tenant = await mock.tenants.get(target.origin);
  return {
    factors: (await management.guardian.factors.list()).filter((f) => f.enabled).map((f) => f.name),
    messageTypes: (await management.guardian.factors.phone.getMessageTypes()).message_types,
    policies: await management.guardian.policies.list(),
    customize: (await management.tenants.settings.get()).customize_mfa_in_postlogin_action,
    actions: (await management.actions.list()).data.map((a) => a.name),
    bindings: (await management.actions.triggers.bindings.list('post-login')).data.map((b) => ({
      id: b.action?.id,
      name: b.display_name,
    })),
    users: (await management.users.list()).data.map((u) => u.email),
    roles: (await management.roles.list()).data.map((r) => r.name),
    organizations: [...tenant.organizations.values()].map((o) => o.name),
  };
}

/** A tenant in use before the harness came: a bound Action, its own factors, policy, settings and role. */
async function tenantInUse(): Promise<TargetTenant> {
  const target = inProcessTarget(mock);
  const { management } = target;
  const site = await management.actions.create({
    name: 'site-rule',
    code: 'exports.onExecutePostLogin = async () => {};',
    supported_triggers: [{ id: 'post-login', version: 'v3' }],
  });
  await management.actions.deploy(site.id ?? '');
  await management.actions.triggers.bindings.updateMany('post-login', {
    bindings: [{ ref: { type: 'action_id', value: site.id ?? '' }, display_name: 'site rule' }],
  });
  await management.guardian.factors.set('email', { enabled: true });
  await management.guardian.factors.phone.setMessageTypes({ message_types: ['sms', 'voice'] });
  await management.guardian.policies.set(['all-applications']);
  await management.tenants.settings.update({ customize_mfa_in_postlogin_action: false });
  await management.roles.create({ name: 'Admin' });
  return target;
}

test('cleanup deletes what provisioning made and restores the bindings and settings it found', async () => {
  const target = await tenantInUse();
  const found = await snapshot(target);
  const undo = new UndoStack();
  const user = await provisionScenario(
    target,
    loaded({
      tenant: {
        factors: ['otp', 'sms', 'webauthn-roaming'],
        phoneMessageTypes: ['sms'],
        actions: ['challenge-otp.js'],
      },
      user: {
        roles: ['Admin', 'Auditor'],
        organization: { metadata: { tier: 'gold' } },
        enrollments: ['otp', 'email', 'webauthn-roaming', { type: 'phone' }],
      },
    }),
    ACTIONS_DIR,
    undo,
  );
  assert.ok(user.totp && user.securityKey && user.phone && user.organizationId);
  // Read back through the SDK, as a team would check a user's enrollments.
  const methods = (await target.management.users.authenticationMethods.list(user.userId)).data;
  assert.deepEqual(methods.map((a) => a.type).sort(), ['email', 'phone', 'totp', 'webauthn-roaming']);
  const provisioned = await snapshot(target);
  assert.deepEqual(
    provisioned.bindings.map((b) => b.name),
    ['challenge-otp.js', 'probe (reports event.authentication.methods)'],
  );
  assert.deepEqual(provisioned.roles.sort(), ['Admin', 'Auditor']);
  // Every part of the snapshot changed, so getting `found` back below is the cleanup's doing.
  for (const key of Object.keys(found) as Array<keyof typeof found>)
    assert.notDeepEqual(provisioned[key], found[key], `provisioning changed ${key}`);
  assert.deepEqual(
    found.bindings.map((b) => b.name),
    ['site rule'],
  );

  await undo.unwind();
  assert.deepEqual(await snapshot(target), found);
});

test('a provisioning that fails half-way (an Action that does not build) is undone as far as it got', async () => {
  const target = await tenantInUse();
  const found = await snapshot(target);
  const undo = new UndoStack();
  await assert.rejects(
    provisionScenario(
      target,
      loaded({
        tenant: { factors: ['otp'], actions: ['challenge-otp.js', 'does-not-build.js'] },
        user: { enrollments: ['otp'] },
      }),
      ACTIONS_DIR,
      undo,
    ),
    /Action does-not-build\.js failed to build/,
  );
  assert.notDeepEqual(await snapshot(target), found, 'settings were changed and two Actions made');
  await undo.unwind();
  assert.deepEqual(await snapshot(target), found);
});

test('tenant settings already as the scenario needs them are neither changed nor restored', async () => {
  const writes: string[] = [];
  const counting: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    if (request.method !== 'GET') writes.push(`${request.method} ${new URL(request.url).pathname}`);
    return inProcessFetch(mock)(request);
  };
  const target = inProcessTarget(mock, counting);
  await target.management.guardian.factors.set('otp', { enabled: true });
  await target.management.guardian.factors.set('email', { enabled: true });
  await target.management.guardian.policies.set([]);
  await target.management.tenants.settings.update({ customize_mfa_in_postlogin_action: true });
  writes.length = 0;
  const undo = new UndoStack();
  await provisionTenantSettings(
    target,
    loaded({ tenant: { factors: ['otp', 'sms'], policy: 'never', customizeMfaWithActions: true } }).scenario
      .tenant,
    undo,
  );
  assert.deepEqual(
    writes.sort(),
    ['PUT /api/v2/guardian/factors/email', 'PUT /api/v2/guardian/factors/sms'],
    'only the two factors that differ are written',
  );
  writes.length = 0;
  await undo.unwind();
  assert.deepEqual(writes.sort(), ['PUT /api/v2/guardian/factors/email', 'PUT /api/v2/guardian/factors/sms']);
  const enabled = (await target.management.guardian.factors.list())
    .filter((f) => f.enabled)
    .map((f) => f.name);
  assert.deepEqual(enabled.sort(), ['email', 'otp'], 'and they are back as they were');
});
