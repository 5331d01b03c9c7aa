/**
 * What the realm may ask of the host, one operation per name (realm/bridge.js sends them). Arguments arrive
 * decoded from JSON, so they are plain data; each operation checks what it reads. A thrown error is
 * answered as data and thrown again inside the realm as its own.
 */
import { createHash, createHmac, randomBytes, randomUUID, webcrypto } from 'node:crypto';
import { format } from 'node:util';
import { signToken, verifyToken } from '../redirect-token.ts';
import type { ConsoleLine, WorkerJob } from '../protocol.ts';

/** One run, as the operations see it. */
export interface RunScope {
  job: WorkerJob;
  /** Timers the realm set, so that they end with the run. */
  timers: Map<number, NodeJS.Timeout>;
  /** Aborts the run's requests when it ends. */
  aborter: AbortController;
  fire(id: number): void;
  done(outcome: unknown): void;
  /** What the Action printed, in order: the run's result carries it, nothing reaches the terminal. */
  logs: ConsoleLine[];
}

type Operation = (scope: RunScope, ...args: unknown[]) => unknown;

const text = (value: unknown, what: string): string => {
  if (typeof value !== 'string') throw new TypeError(`${what} must be a string`);
  return value;
};
const bytes = (value: unknown, what: string): Uint8Array => {
  if (!(value instanceof Uint8Array)) throw new TypeError(`${what} must be bytes`);
  return value;
};
const options = (value: unknown, what: string): Record<string, unknown> => {
  if (value === null || typeof value !== 'object') throw new TypeError(`${what} expects an options object`);
  return value as Record<string, unknown>;
};

const URL_FIELDS = [
  'href',
  'origin',
  'protocol',
  'username',
  'password',
  'host',
  'hostname',
  'port',
] as const;
const SETTABLE_FIELDS = [...URL_FIELDS.filter((f) => f !== 'origin'), 'pathname', 'search', 'hash'] as const;
const urlParts = (url: URL): Record<string, string> =>
  Object.fromEntries([...URL_FIELDS, 'pathname', 'search', 'hash'].map((f) => [f, String(url[f as 'href'])]));

const CONSOLE_LEVELS = new Set<string>(['log', 'info', 'debug', 'warn', 'error']);
/** The most console output one run keeps; an Action that prints in a loop must not fill the mock's heap. */
const MAX_CONSOLE_CHARS = 256 * 1024;
/** The largest random or fetched body handed to a realm, well under its heap. */
const MAX_BYTES = 16 * 1024 * 1024;

export const SYNC_OPERATIONS: Record<string, Operation> = {
  done: (scope, outcome) => scope.done(outcome),
  console: (scope, level, line) => {
    const given = text(line, 'a console line');
    const used = scope.logs.reduce((sum, l) => sum + l.line.length, 0);
    if (used >= MAX_CONSOLE_CHARS) return;
    const kept =
      used + given.length > MAX_CONSOLE_CHARS
        ? `${given.slice(0, MAX_CONSOLE_CHARS - used)} [console output cut at ${MAX_CONSOLE_CHARS} characters]`
        : given;
    const levelName = String(level);
    scope.logs.push({
      level: CONSOLE_LEVELS.has(levelName) ? (levelName as ConsoleLine['level']) : 'log',
      line: kept,
    });
  },
  format: (_, parts) => format(...(Array.isArray(parts) ? parts.map(String) : [])),
  'timer.set': (scope, id, delay, repeat) => {
    const schedule = repeat === true ? setInterval : setTimeout;
    scope.timers.set(
      Number(id),
      schedule(() => scope.fire(Number(id)), Number(delay)),
    );
  },
  'timer.clear': (scope, id) => {
    clearTimeout(scope.timers.get(Number(id)));
    scope.timers.delete(Number(id));
  },
  'text.encode': (_, value) => Buffer.from(text(value, 'The input'), 'utf8'),
  'text.label': (_, label) => new TextDecoder(text(label, 'The label')).encoding,
  'text.decode': (_, input, label, fatal, ignoreBOM) =>
    new TextDecoder(text(label, 'The label'), {
      fatal: fatal === true,
      ignoreBOM: ignoreBOM === true,
    }).decode(bytes(input, 'The input')),
  'buffer.encode': (_, value, encoding) => Buffer.from(text(value, 'The string'), encoding as BufferEncoding),
  'buffer.decode': (_, input, encoding) =>
    Buffer.from(bytes(input, 'The buffer')).toString(encoding as BufferEncoding),
  'url.parse': (_, input, base) =>
    urlParts(new URL(text(input, 'The URL'), base === null ? undefined : text(base, 'The base URL'))),
  'url.set': (_, href, field, value) => {
    const url = new URL(text(href, 'The URL'));
    const name = text(field, 'The field');
    if (!(SETTABLE_FIELDS as readonly string[]).includes(name))
      throw new TypeError(`URL.${name} cannot be set`);
    (url as unknown as Record<string, string>)[name] = text(value, 'The value');
    return urlParts(url);
  },
  'search.parse': (_, query) => [...new URLSearchParams(text(query, 'The query'))],
  'search.stringify': (_, pairs) =>
    new URLSearchParams((Array.isArray(pairs) ? pairs : []) as string[][]).toString(),
  'crypto.hash': (_, algorithm, _key, data) =>
    createHash(text(algorithm, 'The algorithm')).update(bytes(data, 'The data')).digest(),
  'crypto.hmac': (_, algorithm, key, data) =>
    createHmac(text(algorithm, 'The algorithm'), bytes(key, 'The key'))
      .update(bytes(data, 'The data'))
      .digest(),
  'crypto.random': (_, size) => {
    const count = Number(size);
    if (!(count >= 0 && count <= MAX_BYTES))
      throw new RangeError(`The size must be between 0 and ${MAX_BYTES}`);
    return randomBytes(count);
  },
  'crypto.uuid': () => randomUUID(),
  // RED-2, RED-3: computed here because the Action uses what they return.
  'token.encode': (scope, value) => {
    const given = options(value, 'api.redirect.encodeToken');
    return signToken({
      secret: text(given.secret, 'api.redirect.encodeToken: secret'),
      payload: given.payload as Record<string, unknown> | undefined,
      expiresInSeconds: given.expiresInSeconds === undefined ? undefined : Number(given.expiresInSeconds),
      issuer: scope.job.redirect.issuer,
      state: scope.job.redirect.state,
      at: Date.now() + scope.job.clockOffsetMs,
    });
  },
  'token.validate': (scope, value) => {
    const given = options(value, 'api.redirect.validateToken');
    const name =
      given.tokenParameterName === undefined
        ? 'session_token'
        : text(given.tokenParameterName, 'tokenParameterName');
    const token = scope.job.redirect.query[name];
    if (!token) throw new Error(`The ${name} parameter is missing from the /continue request`);
    return verifyToken(token, {
      secret: text(given.secret, 'api.redirect.validateToken: secret'),
      state: scope.job.redirect.state,
      at: Date.now() + scope.job.clockOffsetMs,
    });
  },
};

export const ASYNC_OPERATIONS: Record<string, Operation> = {
  fetch: async (scope, url, request) => {
    const given = options(request, 'fetch');
    let response: Response;
    try {
      response = await fetch(text(url, 'The URL'), {
        method: text(given.method, 'The method'),
        headers: Array.isArray(given.headers) ? (given.headers as [string, string][]) : [],
        body: given.body instanceof Uint8Array && given.body.length > 0 ? Buffer.from(given.body) : undefined,
        redirect: given.redirect as RequestRedirect,
        signal: scope.aborter.signal,
      });
    } catch (error) {
      const cause = (error as { cause?: { message?: unknown } }).cause?.message;
      throw new TypeError(typeof cause === 'string' ? `fetch failed: ${cause}` : 'fetch failed');
    }
    const body = new Uint8Array(await response.arrayBuffer());
    if (body.length > MAX_BYTES) throw new RangeError(`The response is larger than ${MAX_BYTES} bytes`);
    return {
      status: response.status,
      statusText: response.statusText,
      url: response.url,
      redirected: response.redirected,
      headers: [...response.headers],
      body,
    };
  },
  subtle: (_, method, args) => {
    const name = text(method, 'The method');
    const subtle = webcrypto.subtle as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    if (typeof subtle[name] !== 'function') throw new TypeError(`crypto.subtle.${name} is not a function`);
    return subtle[name](...(Array.isArray(args) ? (args as unknown[]) : []));
  },
};
