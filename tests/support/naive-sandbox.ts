/**
 * The Actions sandbox as the mock had it before issue 10: a vm context handed host objects (console, timers,
 * URL, Buffer, fetch, the host's require, a host `event` and `api`). The escape tests run each attempt here
 * too, to show that it is a real escape from such a sandbox, and not a test that passes for any sandbox.
 */
import { createRequire } from 'node:module';
import vm from 'node:vm';

/** Runs `code`'s onExecutePostLogin and answers the values of its idToken.setCustomClaim calls. */
export async function claimsInNaiveSandbox(code: string): Promise<unknown[]> {
  const claims: unknown[] = [];
  const api = {
    access: { deny: () => undefined },
    idToken: { setCustomClaim: (_name: string, value: unknown) => claims.push(value) },
    redirect: {
      validateToken: () => {
        throw new Error('The session_token parameter is missing from the /continue request');
      },
    },
  };
  const context = vm.createContext({
    console,
    setTimeout,
    clearTimeout,
    URL,
    URLSearchParams,
    Buffer,
    TextEncoder,
    fetch,
  });
  const module = { exports: {} as { onExecutePostLogin?: (event: unknown, api: unknown) => Promise<void> } };
  const wrapper = vm.runInContext(`(function (exports, require, module) {\n${code}\n})`, context) as (
    ...args: unknown[]
  ) => void;
  wrapper(module.exports, createRequire(import.meta.url), module);
  try {
    await module.exports.onExecutePostLogin?.({ user: { user_id: 'u' } }, api);
  } catch {
    // An attempt that throws has reached nothing; its claims so far say what it reached.
  }
  return claims;
}
