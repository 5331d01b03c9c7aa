import assert from 'node:assert/strict';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createListener } from '../../../../mock/app.ts';
import { json } from '../../../../mock/http/response.ts';
import { Router } from '../../../../mock/http/router.ts';

const router = new Router().add(
  { method: 'POST', path: '/api/v2/users', handler: (req) => json({ got: req.body }) },
  { method: 'GET', path: '/api/v2/users/:id', handler: (_req, { id = '' }) => json({ id }) },
  { method: 'GET', path: '/cookie', handler: (req) => json(req.cookies) },
  {
    method: 'GET',
    path: '/bug',
    handler: () => {
      throw new Error('a bug with a secret in its stack');
    },
  },
);
let server: Server;
let port: number;

before(async () => {
  server = createServer(createListener(router));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  port = (server.address() as AddressInfo).port;
});
after(() => server.close());

function send(
  method: string,
  path: string,
  options: { body?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    // The server may close while an oversized body is still being sent; its answer is what counts.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    req.end(options.body);
  });
}

test('malformed JSON is refused with 400 and Auth0’s message, not a 500', async () => {
  const response = await send('POST', '/api/v2/users', {
    body: '{"email": ',
    headers: { 'content-type': 'application/json' },
  });
  assert.equal(response.status, 400);
  assert.deepEqual(JSON.parse(response.body), {
    statusCode: 400,
    error: 'Bad Request',
    message: 'Invalid request payload JSON format',
  });
});

test('a body over 1 MB is refused with 413', async () => {
  const response = await send('POST', '/api/v2/users', {
    body: Buffer.alloc(1_048_577, 'a'),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(response.status, 413);
  assert.equal((JSON.parse(response.body) as { error: string }).error, 'Request Entity Too Large');
});

test('a malformed percent-encoding in a path parameter is a 400, and in a cookie is kept as it is', async () => {
  const path = await send('GET', '/api/v2/users/%E0%A4%A');
  assert.equal(path.status, 400);
  assert.equal((JSON.parse(path.body) as { error: string }).error, 'Bad Request');
  const cookie = await send('GET', '/cookie', { headers: { cookie: 'a=%E0%A4%A; b=ok%20too' } });
  assert.deepEqual(JSON.parse(cookie.body), { a: '%E0%A4%A', b: 'ok too' });
});

test('a bug in a handler answers 500 without its stack, and the listener keeps serving', async () => {
  const original = console.error;
  console.error = () => undefined; // the stack goes to the mock's console, which this test keeps quiet
  try {
    const response = await send('GET', '/bug');
    assert.equal(response.status, 500);
    assert.doesNotMatch(response.body, /secret|at |\.ts/);
    assert.match(response.body, /internal error while handling GET \/bug/);
  } finally {
    console.error = original;
  }
  assert.equal((await send('GET', '/api/v2/users/x')).status, 200);
});
