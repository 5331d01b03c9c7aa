/**
 * Run in a child process by sdk-over-https.test.ts, with only NODE_EXTRA_CA_CERTS set: the official auth0
 * SDK, as a team's tooling creates it (no fetch of its own), writes to the mock tenant named by argv[2] and
 * prints, as one JSON line, what it reads back.
 */
import { ManagementClient } from 'auth0';
import { setTimeout as nextCheck } from 'node:timers/promises';

const management = new ManagementClient({
  domain: process.argv[2] ?? '',
  clientId: 'mock-management-client',
  clientSecret: 'mock-management-secret',
});

async function built(id: string) {
  for (let check = 0; check < 600; check += 1) {
    const action = await management.actions.get(id);
    if (action.status === 'built' || action.status === 'failed') return action;
    await nextCheck(100);
  }
  throw new Error(`the Action ${id} did not finish building`);
}

const user = await management.users.create({
  connection: 'Username-Password-Authentication',
  email: 'acceptance@example.test',
  password: 'Pw-acceptance-1234',
  user_metadata: { team: 'identity' },
});
const userId = user.user_id ?? '';
await management.users.authenticationMethods.create(userId, {
  type: 'totp',
  totp_secret: 'JBSWY3DPEHPK3PXP',
});
await management.users.authenticationMethods.create(userId, {
  type: 'phone',
  phone_number: '+15555550142',
  preferred_authentication_method: 'voice',
});
await management.guardian.factors.set('otp', { enabled: true });
await management.guardian.factors.set('sms', { enabled: true });
await management.guardian.factors.phone.setMessageTypes({ message_types: ['sms', 'voice'] });
await management.guardian.policies.set(['all-applications']);

const created = await management.actions.create({
  name: 'acceptance-action',
  code: "exports.onExecutePostLogin = async (event, api) => { api.idToken.setCustomClaim('ms', require('ms')('1h')); };",
  supported_triggers: [{ id: 'post-login', version: 'v3' }],
  runtime: 'node22',
  dependencies: [{ name: 'ms', version: '2.1.3' }],
  secrets: [{ name: 'TOKEN', value: 'secret' }],
});
const actionId = created.id ?? '';
const build = await built(actionId);
const deployed = await management.actions.deploy(actionId);
await management.actions.triggers.bindings.updateMany('post-login', {
  bindings: [{ ref: { type: 'action_id', value: actionId }, display_name: 'acceptance' }],
});

const readUser = await management.users.get(userId);
const found = await management.users.list({ q: 'email:"acceptance@example.test"' });
const methods = await management.users.authenticationMethods.list(userId);
const enrollments = await management.users.enrollments.get(userId);
const factors = await management.guardian.factors.list();
const versions = await management.actions.versions.list(actionId);
const bindings = await management.actions.triggers.bindings.list('post-login');
const triggers = await management.actions.triggers.list();
const logs = await management.logs.list({ search: 'type:"seccft"', sort: 'date:-1' });
const oneLog = await management.logs.get(logs.data[0]?.log_id ?? '');

console.log(
  JSON.stringify({
    user: {
      email: readUser.email,
      team: readUser.user_metadata?.team,
      found: found.data.map((u) => u.user_id),
    },
    userId,
    methods: methods.data.map((m) => [m.type, m.preferred_authentication_method ?? null]),
    enrollments: enrollments.map((e) => e.type),
    factors: factors.filter((f) => f.enabled).map((f) => f.name),
    messageTypes: (await management.guardian.factors.phone.getMessageTypes()).message_types,
    policies: await management.guardian.policies.list(),
    action: {
      status: build.status,
      secrets: build.secrets?.map((s) => s.name),
      dependencies: build.dependencies,
      deployedNumber: deployed.number,
      allChangesDeployed: (await management.actions.get(actionId)).all_changes_deployed,
      versions: versions.data.map((v) => [v.number, v.deployed]),
    },
    bindings: bindings.data.map((b) => [b.display_name, b.action?.name]),
    triggers: triggers.triggers?.map((t) => t.id),
    logs: { types: [...new Set(logs.data.map((e) => e.type))], client: oneLog.client_name },
  }),
);
