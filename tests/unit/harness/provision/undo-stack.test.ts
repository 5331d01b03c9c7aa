import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UndoFailed, UndoStack } from '../../../../harness/provision/undo-stack.ts';

test('unwinding takes the changes back newest first, each after the previous one settled', async () => {
  const undo = new UndoStack();
  const order: string[] = [];
  for (const name of ['settings', 'action', 'bindings', 'user']) {
    undo.push(`undo ${name}`, async () => {
      await Promise.resolve();
      order.push(name);
    });
  }
  await undo.unwind();
  assert.deepEqual(order, ['user', 'bindings', 'action', 'settings']);
  assert.equal(undo.size, 0);
});

test('an undo that throws does not stop the others, and every failure is reported in one sentence each', async () => {
  const undo = new UndoStack();
  const ran: string[] = [];
  undo.push('restore the MFA policies [all-applications]', () => {
    ran.push('policies');
    return Promise.reject(new Error('429 Too Many Requests\nretry later'));
  });
  undo.push('delete the Action mfa-conformance-1', () => Promise.resolve(ran.push('action')));
  undo.push('delete the user mfa-1@mfa-conformance.test', () => {
    ran.push('user');
    return Promise.reject(new Error('403 Forbidden'));
  });

  const failed = await undo.unwind().then(
    () => assert.fail('unwind should throw'),
    (error: unknown) => error,
  );
  assert.deepEqual(ran, ['user', 'action', 'policies']);
  assert.ok(failed instanceof UndoFailed);
  assert.equal(failed.errors.length, 2);
  assert.deepEqual(failed.message.split('\n'), [
    'cleanup left the tenant changed (2 of its undos failed):',
    '  - could not delete the user mfa-1@mfa-conformance.test: 403 Forbidden',
    '  - could not restore the MFA policies [all-applications]: 429 Too Many Requests',
  ]);
});

test("a Management API error is told by its status and the body's reason", async () => {
  const undo = new UndoStack();
  const error = Object.assign(new Error('NotFoundError\nStatus code: 404\nBody: …'), {
    statusCode: 404,
    body: { statusCode: 404, error: 'Not Found', message: 'The organization does not exist.' },
  });
  undo.push('delete the organization mfa-1', () => Promise.reject(error));
  await assert.rejects(undo.unwind(), {
    message: /could not delete the organization mfa-1: 404 The organization does not exist\.$/,
  });
});

test('a provisioning that throws half-way leaves on the stack exactly what it made', async () => {
  const undo = new UndoStack();
  const tenant = new Set<string>();
  const make = (name: string) => {
    tenant.add(name);
    undo.push(`delete ${name}`, () => Promise.resolve(tenant.delete(name)));
  };
  const provisioning = (async () => {
    make('action-1');
    make('action-2');
    await Promise.resolve();
    throw new Error('Action action-3 failed to build');
  })();
  await assert.rejects(provisioning, /failed to build/);
  assert.equal(undo.size, 2);
  await undo.unwind();
  assert.deepEqual([...tenant], []);
});

test('a change made after unwinding (a provisioning that outlived its test) is undone at once', async () => {
  const undo = new UndoStack();
  await undo.unwind();
  let undone = false;
  assert.throws(
    () =>
      undo.push('delete the user late@mfa-conformance.test', () => {
        undone = true;
        return Promise.resolve();
      }),
    /provisioning went on after its test's cleanup; undoing at once: delete the user late/,
  );
  assert.equal(undone, true);
  assert.equal(undo.size, 0);
});
