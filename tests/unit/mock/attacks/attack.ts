/**
 * One row of the attack suite: what an attacker does against the in-process mock, and how Auth0 refuses it
 * (status, error code, the log entries the attempt writes), then what must still hold afterwards for the
 * refusal to stay one (the login still waits where it was, nothing was created or deleted).
 */
import type { MockResponse } from '../../../../mock/http/response.ts';
import type { Landing, TestTenant } from '../../../support/in-process-mock.ts';

export interface Refusal {
  status: number;
  /** `errorCode` (Management API), `error` (OAuth) or the page's first `data-error-code`. */
  error: string;
  /** The exact message, where Auth0's wording matters (`message` or `error_description`). */
  message?: string;
  /** Types of the log entries the whole attempt wrote, in order. */
  log: string[];
}

/** A row as the suite plays it: set up, attack, then check that nothing changed. */
export interface AttackRow {
  name: string;
  refused: Refusal;
  play: () => Promise<{
    t: TestTenant;
    /** How many entries the tenant's log held before the attack. */
    logBefore: number;
    response: MockResponse | Landing;
    afterwards: () => Promise<void> | void;
  }>;
}

/**
 * A row: `setup` brings a tenant to where the attack starts (an OTP challenge waiting, a locked user…) and
 * returns what the attack and the checks need; `afterwards` checks that the refusal changed nothing.
 */
export function attack<Scene extends { t: TestTenant }>(row: {
  name: string;
  setup: () => Promise<Scene>;
  attack: (scene: Scene) => Promise<MockResponse | Landing>;
  refused: Refusal;
  afterwards?: (scene: Scene) => Promise<void> | void;
}): AttackRow {
  return {
    name: row.name,
    refused: row.refused,
    play: async () => {
      const scene = await row.setup();
      const logBefore = scene.t.tenant.logs.length;
      const response = await row.attack(scene);
      return { t: scene.t, logBefore, response, afterwards: () => row.afterwards?.(scene) };
    },
  };
}

/** The error code and message a refusal carries, read as the client that got it would. */
export function readRefusal(response: MockResponse | Landing): { error: string; message?: string } {
  if (response.body.trimStart().startsWith('{')) {
    const body = JSON.parse(response.body) as Record<string, unknown>;
    const error = body.errorCode ?? body.error;
    const message = body.message ?? body.error_description;
    return {
      error: typeof error === 'string' ? error : '',
      ...(typeof message === 'string' ? { message } : {}),
    };
  }
  const error = /data-error-code="([^"]+)"/.exec(response.body)?.[1] ?? '';
  const description = /id="error-description">([^<]*)</.exec(response.body)?.[1];
  return { error, ...(description === undefined ? {} : { message: description }) };
}
