import { json, type MockResponse } from '../http/response.ts';

/** Management API errors in Auth0's shape: `{ statusCode, error, message, errorCode }` (contract §4). */
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
};

export function managementError(statusCode: number, message: string, errorCode: string): MockResponse {
  return json({ statusCode, error: STATUS_TEXT[statusCode] ?? 'Error', message, errorCode }, statusCode);
}

export const notFound = (what: string, errorCode = 'inexistent_resource') =>
  managementError(404, `The ${what} does not exist.`, errorCode);

export const invalidBody = (detail: string) =>
  managementError(400, `Payload validation error: ${detail}`, 'invalid_body');

/** Strings in a body, or a 400 naming the missing field. */
export function requireString(body: Record<string, unknown>, name: string): string | MockResponse {
  const value = body[name];
  return typeof value === 'string' && value.length > 0
    ? value
    : invalidBody(`Missing required property: ${name}`);
}

/** Lists answer as a bare array, or with totals when `include_totals=true` (the SDK's default). */
export function listResponse(key: string, items: unknown[], query: URLSearchParams): MockResponse {
  const page = Number(query.get('page') ?? 0);
  const perPage = Number(query.get('per_page') ?? 50);
  const slice = items.slice(page * perPage, page * perPage + perPage);
  if (query.get('include_totals') !== 'true') return json(slice);
  return json({
    start: page * perPage,
    limit: perPage,
    length: slice.length,
    total: items.length,
    [key]: slice,
  });
}
