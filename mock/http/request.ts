import type { IncomingMessage } from 'node:http';
import { TLSSocket } from 'node:tls';

/** What a handler sees of a request: parsed once, so handlers never touch streams. */
export interface MockRequest {
  readonly method: string;
  /** The Host header, lower-cased, port included (`acme.localhost:4010`). */
  readonly host: string;
  /** The scheme and Host the request came in on (`https://acme.localhost:4443`): it names the tenant. */
  readonly origin: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly cookies: Record<string, string>;
  /** Urlencoded forms as a flat record; JSON bodies as parsed. */
  readonly body: Record<string, unknown>;
  readonly rawBody: string;
  readonly ip: string;
}

const MAX_BODY_BYTES = 1_048_576;

/**
 * A request refused before any route sees it, with the status and JSON body Auth0's API gateway answers (a
 * body over 1 MB, malformed JSON).
 */
export class RefusedRequest extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

export async function readRequest(req: IncomingMessage): Promise<MockRequest> {
  const url = new URL(req.url ?? '/', 'http://placeholder');
  const rawBody = await readBody(req);
  const host = (req.headers.host ?? 'localhost').toLowerCase();
  const scheme = req.socket instanceof TLSSocket ? 'https' : 'http';
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    host,
    origin: `${scheme}://${host}`,
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    cookies: parseCookies(req.headers.cookie),
    body: parseBody(rawBody, req.headers['content-type']),
    rawBody,
    ip: req.socket.remoteAddress ?? '127.0.0.1',
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      throw new RefusedRequest(
        413,
        'Request Entity Too Large',
        `Payload content length greater than maximum allowed: ${MAX_BODY_BYTES}`,
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new RefusedRequest(400, 'Bad Request', 'Invalid request payload JSON format');
    }
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of header?.split(';') ?? []) {
    const eq = part.indexOf('=');
    if (eq > 0) cookies[part.slice(0, eq).trim()] = decodeLeniently(part.slice(eq + 1).trim());
  }
  return cookies;
}

/** A cookie value as a browser would keep it: percent-decoded, or as it is when it is not valid encoding. */
function decodeLeniently(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A string field of a form or JSON body, or undefined. */
export function field(req: MockRequest, name: string): string | undefined {
  const value = req.body[name];
  return typeof value === 'string' ? value : undefined;
}
