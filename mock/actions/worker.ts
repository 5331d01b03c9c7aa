/**
 * Runs post-login Actions. Each run gets a fresh vm context and a fresh module, so Actions share nothing;
 * the worker itself is long-lived so that a run costs microseconds, and is replaced if an Action times out.
 * - an Action runs to its end; its api calls are only recorded here (contract §3: effects apply afterwards)
 * - api.redirect.encodeToken / validateToken are computed here, because Actions use their results
 */
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { signToken, verifyToken } from './redirect-token.ts';
import type { ActionJob, ActionResult, ApiCall } from './protocol.ts';

const hostRequire = createRequire(import.meta.url);
const BUILTINS = new Set([
  'crypto',
  'node:crypto',
  'url',
  'node:url',
  'util',
  'node:util',
  'buffer',
  'node:buffer',
  'querystring',
]);

function sandboxRequire(allowed: Record<string, string>): (name: string) => unknown {
  return (name: string) => {
    if (BUILTINS.has(name)) return hostRequire(name) as unknown;
    if (Object.hasOwn(allowed, name)) return hostRequire(allowed[name] ?? name) as unknown;
    throw new Error(
      `Cannot find module '${name}': declare it in the Action's dependencies (it declares: ${Object.keys(allowed).join(', ') || 'none'})`,
    );
  };
}

function buildApi(job: ActionJob, calls: ApiCall[]): Record<string, unknown> {
  const record =
    (path: string) =>
    (...args: unknown[]): void => {
      calls.push({ path, args: JSON.parse(JSON.stringify(args ?? [])) as unknown[] });
    };
  const onContinue = job.entry === 'onContinuePostLogin';
  return {
    access: { deny: record('access.deny') },
    authentication: {
      challengeWith: (factor: unknown, options?: { additionalFactors?: unknown[] }) =>
        record('authentication.challengeWith')(factor, options ?? {}),
      challengeWithAny: record('authentication.challengeWithAny'),
      enrollWith: (factor: unknown, options?: { additionalFactors?: unknown[] }) =>
        record('authentication.enrollWith')(factor, options ?? {}),
      enrollWithAny: record('authentication.enrollWithAny'),
      recordMethod: (url: unknown) => {
        // RED-4: only onContinuePostLogin may record a method.
        if (!onContinue)
          throw new Error('api.authentication.recordMethod can only be called in onContinuePostLogin');
        record('authentication.recordMethod')(url);
      },
      setPrimaryUser: record('authentication.setPrimaryUser'),
    },
    multifactor: { enable: record('multifactor.enable') },
    idToken: { setCustomClaim: record('idToken.setCustomClaim') },
    accessToken: {
      setCustomClaim: record('accessToken.setCustomClaim'),
      addScope: record('accessToken.addScope'),
    },
    user: {
      setAppMetadata: record('user.setAppMetadata'),
      setUserMetadata: record('user.setUserMetadata'),
    },
    redirect: {
      sendUserTo: record('redirect.sendUserTo'),
      encodeToken: (options: {
        secret: string;
        payload?: Record<string, unknown>;
        expiresInSeconds?: number;
      }) => signToken({ ...options, issuer: job.redirect.issuer, state: job.redirect.state }),
      validateToken: (options: { secret: string; tokenParameterName?: string }) => {
        const name = options.tokenParameterName ?? 'session_token';
        const token = job.redirect.query[name];
        if (!token) throw new Error(`The ${name} parameter is missing from the /continue request`);
        return verifyToken(token, { secret: options.secret, state: job.redirect.state });
      },
    },
  };
}

async function run(job: ActionJob): Promise<ActionResult> {
  const calls: ApiCall[] = [];
  try {
    const module = { exports: {} as Record<string, unknown> };
    const context = vm.createContext({
      console,
      setTimeout,
      clearTimeout,
      URL,
      URLSearchParams,
      Buffer,
      TextEncoder,
      TextDecoder,
      fetch,
    });
    const wrapper = vm.runInContext(`(function (exports, require, module) {\n${job.code}\n})`, context, {
      filename: `action:${job.actionName}`,
      lineOffset: -1,
    }) as (exports: unknown, require: unknown, module: unknown) => void;
    wrapper(module.exports, sandboxRequire(job.modules), module);
    const entry =
      module.exports[job.entry] ??
      (module.exports as { default?: Record<string, unknown> }).default?.[job.entry];
    if (typeof entry === 'function') {
      await (entry as (event: unknown, api: unknown) => unknown)(job.event, buildApi(job, calls));
    } else if (job.entry === 'onContinuePostLogin') {
      throw new Error(`The Action redirected but exports no onContinuePostLogin`);
    }
    return { id: job.id, ok: true, calls };
  } catch (error) {
    // Errors thrown inside the vm context come from another realm: instanceof Error is false for them.
    const message = (error as { message?: unknown } | null)?.message;
    return { id: job.id, ok: false, calls, error: typeof message === 'string' ? message : String(error) };
  }
}

parentPort?.on('message', (job: ActionJob) => {
  void run(job).then((result) => parentPort?.postMessage(result));
});

// The runner starts an Action's clock only now: loading the worker is not the Action's time.
parentPort?.postMessage({ ready: true });
