/**
 * The official auth0 SDK against the mock over HTTPS, as a team's own tooling uses it: a child process with
 * only NODE_EXTRA_CA_CERTS set (no fetch of its own, no preload) creates users, authentication methods,
 * Guardian factors and policies, an Action with a dependency, its bindings, and reads them back with the
 * triggers and the log.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../../../../harness/repo-root.ts';
import { MOCK_CA_PEM, startMockProcess, type MockProcess } from '../../../support/mock-process.ts';

const READ_BACK = fileURLToPath(new URL('./sdk-over-https/read-back.ts', import.meta.url));

let mock: MockProcess;
before(async () => {
  mock = await startMockProcess();
});
after(() => mock.stop());

test(
  'the auth0 SDK creates and reads back users, MFA settings, Actions, bindings and logs over HTTPS',
  { timeout: 300_000 },
  async () => {
    let stdout: string;
    try {
      ({ stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', READ_BACK, mock.domain], {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_EXTRA_CA_CERTS: MOCK_CA_PEM },
        timeout: 280_000,
      }));
    } catch (error) {
      throw new Error(
        `the SDK failed against the mock:\n${(error as { stderr?: string }).stderr ?? String(error)}`,
      );
    }
    const read = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
    assert.deepEqual(read.user, { email: 'acceptance@example.test', team: 'identity', found: [read.userId] });
    assert.deepEqual(read.methods, [
      ['totp', null],
      ['phone', 'voice'],
    ]);
    assert.deepEqual(read.enrollments, ['authenticator', 'sms']);
    assert.deepEqual(read.factors, ['otp', 'sms']);
    assert.deepEqual(read.messageTypes, ['sms', 'voice']);
    assert.deepEqual(read.policies, ['all-applications']);
    assert.deepEqual(read.action, {
      status: 'built',
      secrets: ['TOKEN'],
      dependencies: [{ name: 'ms', version: '2.1.3' }],
      deployedNumber: 1,
      allChangesDeployed: true,
      versions: [[1, true]],
    });
    assert.deepEqual(read.bindings, [['acceptance', 'acceptance-action']]);
    assert.deepEqual(read.triggers, ['post-login']);
    assert.deepEqual(read.logs, { types: ['seccft'], client: 'Mock Management API client' });
  },
);
