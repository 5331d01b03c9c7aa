/**
 * Escape attempts against the Actions realm: each tries to reach the host's `process` (from which an Action
 * would read files and the environment, or kill the mock for every tenant) through an object it can touch.
 * Each runs in the mock's realm, where it must reach nothing of the host; those marked `naive` also run in a
 * sandbox handed host objects (tests/support/naive-sandbox.ts), where they must succeed, so that each is
 * known to be a real escape.
 */
import { projectModules } from '../../../support/project-modules.ts';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { ActionRunner } from '../../../../mock/actions/action-runner.ts';
import { claimsInNaiveSandbox } from '../../../support/naive-sandbox.ts';

const runner = new ActionRunner();
after(() => runner.close());

interface Attempt {
  through: string;
  /** The Action's body; `report(value)` records whether value is a process. */
  attempt: string;
  modules?: string[];
  /** It escapes a sandbox handed host objects. */
  naive?: boolean;
}

const FROM = `constructor('return process')()`;

const ATTEMPTS: Attempt[] = [
  { through: 'console.log', attempt: `report(console.log.${FROM});`, naive: true },
  { through: 'the console object', attempt: `report(console.constructor.${FROM});`, naive: true },
  { through: 'require itself', attempt: `report(require.${FROM});`, naive: true },
  { through: "require('crypto')", attempt: `report(require('crypto').createHash.${FROM});`, naive: true },
  {
    through: "an object made by require('crypto')",
    attempt: `report(require('crypto').createHash('sha256').constructor.${FROM});`,
    naive: true,
  },
  {
    through: "require('node:fs'), or its refusal",
    attempt: `try { report(require('node:fs').readFileSync.${FROM}); } catch (error) { report(error.constructor.${FROM}); }`,
    naive: true,
  },
  {
    through: "require('jose')",
    attempt: `report(require('jose').SignJWT.${FROM});`,
    modules: ['jose'],
    naive: true,
  },
  {
    through: "a promise made by require('jose')",
    attempt: `const jose = require('jose');
      const signing = new jose.SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(new Uint8Array(32));
      signing.catch(() => {});
      report(signing.constructor.${FROM});`,
    modules: ['jose'],
    naive: true,
  },
  {
    through: "an error thrown by require('yaml')",
    attempt: `try { require('yaml').parse('a: ['); } catch (error) { report(error.constructor.${FROM}); }`,
    modules: ['yaml'],
    naive: true,
  },
  { through: 'event', attempt: `report(event.constructor.${FROM});`, naive: true },
  { through: 'event.user', attempt: `report(event.user.constructor.${FROM});`, naive: true },
  { through: 'api', attempt: `report(api.constructor.${FROM});`, naive: true },
  { through: 'an api function', attempt: `report(api.access.deny.${FROM});`, naive: true },
  {
    through: 'an error thrown by api.redirect.validateToken',
    attempt: `try { api.redirect.validateToken({ secret: 's' }); } catch (error) { report(error.constructor.${FROM}); }`,
    naive: true,
  },
  { through: 'globalThis.constructor', attempt: `report(globalThis.constructor.${FROM});`, naive: true },
  {
    through: 'an error thrown by URL',
    attempt: `try { new URL('not a url'); } catch (error) { report(error.constructor.${FROM}); }`,
    naive: true,
  },
  {
    through: 'an error thrown by Buffer',
    attempt: `try { Buffer.from({}); } catch (error) { report(error.constructor.${FROM}); }`,
    naive: true,
  },
  { through: 'a Buffer', attempt: `report(Buffer.from('x').constructor.${FROM});`, naive: true },
  {
    through: "TextEncoder's bytes",
    attempt: `report(new TextEncoder().encode('x').constructor.${FROM});`,
    naive: true,
  },
  {
    through: 'URL.searchParams',
    attempt: `report(new URL('http://x/?a=1').searchParams.constructor.${FROM});`,
    naive: true,
  },
  { through: 'a timer', attempt: `report(setTimeout(() => {}, 0).constructor.${FROM});`, naive: true },
  {
    through: 'a rejected fetch',
    attempt: `await fetch('http://[invalid').catch((error) => report(error.constructor.${FROM}));`,
    naive: true,
  },
  {
    through: "crypto.subtle's result",
    attempt: `report((await crypto.subtle.digest('SHA-256', new Uint8Array(1))).constructor.${FROM});`,
  },
  {
    through: 'import()',
    attempt: `await import('node:fs').catch((error) => report(error.constructor.${FROM}));`,
    naive: true,
  },
  {
    through: 'import() in code made by Function',
    attempt: `await Function("return import('node:fs')")().catch((error) => report(error.constructor.${FROM}));`,
    naive: true,
  },
  {
    through: 'Promise.prototype.then replaced, for the host to call when it awaits the Action',
    attempt: `const then = Promise.prototype.then;
      Promise.prototype.then = function (resolve, reject) {
        try { report(resolve.constructor.${FROM}); } catch {}
        return then.call(this, resolve, reject);
      };`,
  },
  {
    through: "a Symbol.species constructor, for the host's then",
    attempt: `class Evil extends Promise {
        static get [Symbol.species]() {
          return function (executor) { return new Promise((ok, fail) => executor((v) => { try { report(ok.constructor.${FROM}); } catch {} ok(v); }, fail)); };
        }
      }
      return Evil.resolve();`,
  },
  {
    through: 'Error.prepareStackTrace and the stack frames',
    attempt: `try { Error.prepareStackTrace = (error, frames) => frames; } catch {}
      const frames = new Error().stack;
      for (const frame of Array.isArray(frames) ? frames : []) {
        try { report(frame.getThis()?.process); report(frame.getFunction()?.${FROM}); } catch {}
      }`,
  },
  {
    through: 'a global Error with prepareStackTrace, from a timer callback above host frames',
    attempt: `globalThis.Error = { prepareStackTrace: (error, frames) => frames };
      await new Promise((resolve) => setTimeout(() => {
        let frames;
        try { null.x; } catch (error) { frames = error.stack; }
        for (const frame of Array.isArray(frames) ? frames : []) {
          try { report(frame.getThis()); report(frame.getThis()?.process); report(frame.getFunction()?.${FROM}); } catch {}
        }
        resolve();
      }, 0));`,
  },
  {
    through: 'arguments.callee.caller in a timer callback',
    attempt: `await new Promise((resolve) => setTimeout(function () {
        try { const caller = arguments.callee.caller; report(caller); report(caller && caller.${FROM}); } catch {}
        resolve();
      }, 0));`,
  },
  {
    through: 'arguments.callee.caller in a toJSON the api calls',
    attempt: `api.idToken.setCustomClaim('x', { toJSON: function () {
        try { const caller = arguments.callee.caller; report(caller && caller.${FROM}); } catch {}
        return 1;
      } });`,
  },
  {
    through: 'an error raised at the edge of the stack, inside a host call',
    attempt: `let caught;
      const dive = () => { try { dive(); } catch { if (!caught) { try { new URL('not a url'); } catch (error) { caught = error; } } } };
      dive();
      report(caught && caught.constructor.${FROM});`,
  },
];

const probe = (attempt: string): string => `exports.onExecutePostLogin = async (event, api) => {
  const report = (value) => {
    let what;
    try {
      what = value !== null && typeof value === 'object' && typeof value.pid === 'number' && typeof value.kill === 'function' ? 'host process' : typeof value;
    } catch { what = 'unreadable'; }
    api.idToken.setCustomClaim('reached', what);
  };
  ${attempt}
};`;

for (const { through, attempt, modules = [], naive } of ATTEMPTS) {
  test(`the Actions realm: no host process through ${through}`, async () => {
    const result = await runner.run({
      tenant: 'http://escapes.localhost',
      entry: 'onExecutePostLogin',
      actionName: 'escape',
      code: probe(attempt),
      event: { user: { user_id: 'u' } },
      modules: projectModules(modules),
      redirect: { issuer: 'http://escapes.localhost/', state: 'state', query: {} },
      clockOffsetMs: 0,
    });
    const reached = result.calls
      .filter((call) => call.path === 'idToken.setCustomClaim')
      .map((call) => call.args[1]);
    assert.ok(!reached.includes('host process'), `reached: ${JSON.stringify(result)}`);
    if (naive)
      assert.ok((await claimsInNaiveSandbox(probe(attempt))).includes('host process'), 'a real escape');
  });
}

test('the Actions realm: after every attempt, Actions still run', async () => {
  const result = await runner.run({
    tenant: 'http://escapes.localhost',
    entry: 'onExecutePostLogin',
    actionName: 'after-escapes',
    code: `exports.onExecutePostLogin = async (event, api) => { api.idToken.setCustomClaim('ok', typeof process); };`,
    event: {},
    modules: {},
    redirect: { issuer: 'http://escapes.localhost/', state: 'state', query: {} },
    clockOffsetMs: 0,
  });
  assert.deepEqual(result, {
    ok: true,
    calls: [{ path: 'idToken.setCustomClaim', args: ['ok', 'undefined'] }],
    logs: [],
  });
});
