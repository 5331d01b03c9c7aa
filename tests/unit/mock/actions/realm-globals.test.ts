/**
 * What Actions use still works inside their realm, where every global is built in the Action's own context:
 * Node's Buffer, URL, TextEncoder, timers, node:crypto and Web Crypto, structuredClone, and the npm modules
 * the mock allows (each bundled and evaluated in the realm).
 */
import { projectModules } from '../../../support/project-modules.ts';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import { ActionRunner } from '../../../../mock/actions/action-runner.ts';

const runner = new ActionRunner();
after(() => runner.close());

/** The value of the claim `value` that `body` sets, or the run's error. */
async function valueOf(body: string, modules: string[] = []): Promise<unknown> {
  const result = await runner.run({
    tenant: 'http://globals.localhost',
    entry: 'onExecutePostLogin',
    actionName: 'globals',
    code: `exports.onExecutePostLogin = async (event, api) => { ${body} };`,
    event: { user: { user_id: 'auth0|1' } },
    modules: projectModules(modules),
    redirect: { issuer: 'http://globals.localhost/', state: 'state', query: {} },
    clockOffsetMs: 0,
  });
  if (!result.ok) return `error: ${result.error}`;
  return result.calls.find((call) => call.path === 'idToken.setCustomClaim')?.args[1];
}

const claim = (expression: string): string => `api.idToken.setCustomClaim('value', ${expression});`;

test('Buffer converts as Node does: utf8, hex, base64, base64url, concat, integers', async () => {
  assert.deepEqual(
    await valueOf(
      claim(`[Buffer.from('héllo').toString('hex'), Buffer.from('aGk=', 'base64').toString(),
        Buffer.from([251, 255]).toString('base64url'), Buffer.concat([Buffer.from('a'), Buffer.from('b')]).toString(),
        Buffer.from([0, 0, 1, 0]).readUInt32BE(0), Buffer.isBuffer(Buffer.alloc(2)), Buffer.from('x').toJSON()]`),
    ),
    ['68c3a96c6c6f', 'hi', '-_8', 'ab', 256, true, { type: 'Buffer', data: [120] }],
  );
});

test('URL and URLSearchParams parse and serialize as WHATWG says', async () => {
  assert.deepEqual(
    await valueOf(
      claim(`(() => { const url = new URL('/cb?a=1&b=x%20y#h', 'https://app.example:8443');
        url.searchParams.append('c', 'd e'); url.pathname = '/next';
        return [url.href, url.origin, url.searchParams.get('b'), new URLSearchParams({ q: 'a&b' }).toString(), URL.canParse('nope')]; })()`),
    ),
    ['https://app.example:8443/next?a=1&b=x+y&c=d+e#h', 'https://app.example:8443', 'x y', 'q=a%26b', false],
  );
});

test("node:crypto's hashes, HMACs and random values", async () => {
  assert.deepEqual(
    await valueOf(
      claim(`(() => { const crypto = require('node:crypto');
        return [crypto.createHash('sha256').update('abc').digest('hex'),
          crypto.createHmac('sha256', 'key').update('data').digest('base64'),
          crypto.randomBytes(16).length, crypto.randomUUID().length,
          crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('a'))]; })()`),
    ),
    [
      createHash('sha256').update('abc').digest('hex'),
      createHmac('sha256', 'key').update('data').digest('base64'),
      16,
      36,
      true,
    ],
  );
});

test('TextEncoder, TextDecoder, atob, btoa and structuredClone', async () => {
  assert.deepEqual(
    await valueOf(
      claim(`[Array.from(new TextEncoder().encode('é')), new TextDecoder().decode(new Uint8Array([104, 105])),
        btoa('hi'), atob('aGk='), (() => { const a = { d: new Date(0), m: new Map([[1, 2]]) }; a.self = a;
          const b = structuredClone(a); return [b.self === b, b.d.getTime(), b.m.get(1), b !== a]; })()]`),
    ),
    [[195, 169], 'hi', 'aGk=', 'hi', [true, 0, 2, true]],
  );
});

test('timers run their callbacks, and clearTimeout cancels one', async () => {
  assert.deepEqual(
    await valueOf(`const seen = [];
      const cancelled = setTimeout(() => seen.push('cancelled'), 0);
      clearTimeout(cancelled);
      await new Promise((resolve) => setTimeout(() => { seen.push('timeout'); resolve(); }, 1));
      await new Promise((resolve) => queueMicrotask(() => { seen.push('microtask'); resolve(); }));
      ${claim('seen')}`),
    ['timeout', 'microtask'],
  );
});

test('jose signs and verifies in the realm, with Web Crypto keys that stay on the host', async () => {
  assert.deepEqual(
    await valueOf(
      `const jose = require('jose');
      const secret = new TextEncoder().encode('s'.repeat(32));
      const hs = await new jose.SignJWT({ sub: event.user.user_id }).setProtectedHeader({ alg: 'HS256' }).sign(secret);
      const { publicKey, privateKey } = await jose.generateKeyPair('ES256');
      const es = await new jose.SignJWT({ n: 1 }).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);
      ${claim(`[(await jose.jwtVerify(hs, secret)).payload.sub, (await jose.jwtVerify(es, publicKey)).payload.n,
        publicKey instanceof CryptoKey, (await jose.exportJWK(publicKey)).kty]`)}`,
      ['jose'],
    ),
    ['auth0|1', 1, true, 'EC'],
  );
});

test('yaml, zod and otplib load in the realm', async () => {
  assert.deepEqual(
    await valueOf(
      claim(`[require('yaml').parse('a: [1, 2]'), require('zod').z.object({ a: require('zod').z.string() }).safeParse({ a: 1 }).success,
        require('otplib').generateSync({ secret: require('otplib').generateSecret() }).length]`),
      ['yaml', 'zod', 'otplib'],
    ),
    [{ a: [1, 2] }, false, 6],
  );
});

test('a module the Action did not declare is refused by name', async () => {
  assert.equal(
    await valueOf(`require('jose');`),
    "error: Cannot find module 'jose': declare it in the Action's dependencies (the mock allows: none)",
  );
});
