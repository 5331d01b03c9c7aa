import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { decodeJwt } from 'jose';

/** A secret found where a report, a trace or a log put it: the file (and the entry inside a zip), and what. */
export interface SecretFinding {
  where: string;
  what: string;
}

/** A value to look for, and how to name it without printing it. */
export interface Secret {
  name: string;
  value: string;
}

const JWT = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/g;

/**
 * The secrets in one text: each value as written or base64-encoded (traces keep bodies in base64), and any
 * JWT whose audience is a Management API (`…/api/v2/`): an access token to the tenant itself.
 */
export function scanText(text: string, secrets: readonly Secret[]): string[] {
  const found: string[] = [];
  for (const { name, value } of secrets) {
    const encoded = [value, Buffer.from(value).toString('base64'), Buffer.from(value).toString('base64url')];
    if (encoded.some((v) => text.includes(v))) found.push(name);
  }
  for (const token of text.match(JWT) ?? []) {
    let audience: unknown;
    try {
      audience = decodeJwt(token).aud;
    } catch {
      continue; // Not a JWT after all: three base64url parts by chance.
    }
    const audiences = Array.isArray(audience) ? audience : [audience];
    if (audiences.some((a) => typeof a === 'string' && a.endsWith('/api/v2/')))
      found.push('a Management API access token');
  }
  return found;
}

function scanBytes(where: string, bytes: Uint8Array, secrets: readonly Secret[]): SecretFinding[] {
  // A zip (trace, blob report) is read entry by entry: its compressed bytes would hide everything.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes);
    } catch {
      entries = {};
    }
    return Object.entries(entries).flatMap(([name, entry]) => scanBytes(`${where}!${name}`, entry, secrets));
  }
  return scanText(Buffer.from(bytes).toString('latin1'), secrets).map((what) => ({ where, what }));
}

/** Every file under `dirs` (zips opened), with the secrets each holds; a missing folder holds none. */
export function scanDirectories(
  dirs: readonly string[],
  secrets: readonly Secret[],
  root: string,
): SecretFinding[] {
  const findings: SecretFinding[] = [];
  const walk = (path: string) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return;
    }
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else findings.push(...scanBytes(relative(root, path), readFileSync(path), secrets));
  };
  for (const dir of dirs) walk(dir);
  return findings;
}

/** The secret values of a `.env`: every variable named like a secret, token or password. */
export function secretsOfEnv(env: Readonly<Record<string, string>>): Secret[] {
  return Object.entries(env)
    .filter(([name, value]) => /SECRET|TOKEN|PASSWORD/.test(name) && value.length >= 8)
    .map(([name, value]) => ({ name, value }));
}
