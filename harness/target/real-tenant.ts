import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { ENV_FILE, PROJECT_ROOT } from '../config.ts';
import { sentenceError } from '../sentence-error.ts';
import { managementClient } from './management-client.ts';
import type { TargetTenant } from './target.ts';

/** One sentence per missing or malformed setting, saying what to do. */
function required(name: string, hint: string): string {
  const value = process.env[name]?.trim();
  if (value) return value;
  // `.env` inside the project, as a person names it; a file elsewhere by its own path.
  const inProject = relative(PROJECT_ROOT, ENV_FILE);
  const file = inProject.startsWith('..') ? ENV_FILE : inProject;
  if (!existsSync(ENV_FILE)) {
    throw sentenceError(
      `${name} is not set and there is no ${file}: copy .env.example to ${file} and fill it in ` +
        '(or set ENV_FILE to your settings file).',
    );
  }
  throw sentenceError(`${name} is not set: ${hint} (copy .env.example to .env and fill it in).`);
}

/**
 * The run changes the tenant (post-login bindings, users, Actions, MFA settings), so it must be declared a
 * test tenant in so many words.
 */
function requireTestTenant(domain: string): void {
  const marker = process.env.AUTH0_TEST_TENANT?.trim().toLowerCase();
  if (marker === 'yes') return;
  throw sentenceError(
    `AUTH0_TEST_TENANT is ${marker ? `"${marker}"` : 'not set'}: the harness rebinds post-login Actions, creates ` +
      `users and changes MFA settings on ${domain}, so set AUTH0_TEST_TENANT=yes in .env only if it is a ` +
      'dedicated test tenant.',
  );
}

/** The real tenant configured in `.env` (TARGET=tenant). */
export function realTenant(): TargetTenant {
  const domain = required('AUTH0_DOMAIN', 'give the tenant domain, e.g. dev-xyz.eu.auth0.com');
  if (/^https?:\/\/|\//.test(domain)) {
    throw sentenceError(
      `AUTH0_DOMAIN must be a bare host name such as dev-xyz.eu.auth0.com, got "${domain}".`,
    );
  }
  requireTestTenant(domain);
  const loginClientId = required(
    'AUTH0_LOGIN_CLIENT_ID',
    'give a login application whose callbacks allow http://localhost:4020/callback',
  );
  const { management, pacing } = managementClient({
    domain,
    clientId: required(
      'AUTH0_MGMT_CLIENT_ID',
      'give a machine-to-machine application authorized for the Management API',
    ),
    clientSecret: required('AUTH0_MGMT_CLIENT_SECRET', 'give that application’s client secret'),
  });
  return {
    kind: 'tenant',
    domain,
    origin: `https://${domain}`,
    loginClientId,
    connection: process.env.AUTH0_CONNECTION?.trim() || 'Username-Password-Authentication',
    management,
    pacing,
    fetch,
    logDelayMs: 60_000,
  };
}
