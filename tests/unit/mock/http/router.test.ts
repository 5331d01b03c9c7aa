import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MockRequest } from '../../../../mock/http/request.ts';
import { json } from '../../../../mock/http/response.ts';
import { Router } from '../../../../mock/http/router.ts';

const router = new Router().add(
  { method: 'GET', path: '/api/v2/users/:id', handler: (_req, { id = '' }) => json({ user_id: id }) },
  { method: 'GET', path: '/u/login', handler: () => json({}) },
);

function request(method: string, path: string): MockRequest {
  return {
    method,
    host: 'acme.localhost:4010',
    origin: 'http://acme.localhost:4010',
    path,
    query: new URLSearchParams(),
    headers: {},
    cookies: {},
    body: {},
    rawBody: '',
    ip: '127.0.0.1',
  };
}

test('a route matches by method and path, with its parameters decoded', async () => {
  const response = await router.handle(request('GET', '/api/v2/users/auth0%7C123'));
  assert.deepEqual(JSON.parse(response.body), { user_id: 'auth0|123' });
});

test('an unhandled Management API call answers Auth0’s JSON error body, naming the API routes that exist', async () => {
  const missing = await router.handle(request('GET', '/api/v2/actions/triggers'));
  assert.equal(missing.status, 404);
  assert.deepEqual(JSON.parse(missing.body), {
    statusCode: 404,
    error: 'Not Found',
    message: 'mfa-conformance mock: GET /api/v2/actions/triggers is not handled (no route has this path).',
    routes: ['GET /api/v2/users/:id'],
  });
  const wrongMethod = await router.handle(request('DELETE', '/api/v2/users/x'));
  assert.equal(wrongMethod.status, 405);
  assert.equal((JSON.parse(wrongMethod.body) as { error: string }).error, 'Method Not Allowed');
});

test('an unhandled page answers in plain text, naming every route, for a person reading it', async () => {
  const response = await router.handle(request('GET', '/u/nowhere'));
  assert.equal(response.status, 404);
  assert.match(response.body, /GET \/u\/nowhere is not handled \(no route has this path\)/);
  assert.match(response.body, /GET {4}\/u\/login/);
});
