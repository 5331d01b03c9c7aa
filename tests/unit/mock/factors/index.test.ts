import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FACTORS, FACTOR_TYPES } from '../../../../contract/factors.ts';
import { FACTOR_MODULES } from '../../../../mock/factors/index.ts';
import { factorPath } from '../../../../mock/pipeline/prompt-paths.ts';
import type { MockServices } from '../../../../mock/services.ts';

// Building routes only captures the services for later requests; no request is sent here.
const services = {} as MockServices;

test('the registry holds one module per factor of the contract, each under its own type', () => {
  assert.deepEqual(Object.keys(FACTOR_MODULES).sort(), [...FACTOR_TYPES].sort());
  for (const type of FACTOR_TYPES) assert.equal(FACTOR_MODULES[type].type, type);
});

test("each factor's module serves the first screens where the pipeline sends a prompt (contract/factors.ts)", () => {
  for (const type of FACTOR_TYPES) {
    const routes = FACTOR_MODULES[type].routes(services).map((route) => `${route.method} ${route.path}`);
    const kinds = FACTORS[type].screens.enroll
      ? (['challenge', 'enroll'] as const)
      : (['challenge'] as const);
    for (const kind of kinds) {
      const path = factorPath(kind, type);
      assert.ok(routes.includes(`GET ${path}`), `${type}: no GET ${path}`);
      assert.ok(routes.includes(`POST ${path}`), `${type}: no POST ${path}`);
    }
  }
});

test('a factor the contract gives no enrollment screen cannot be prompted to enroll', () => {
  assert.throws(() => factorPath('enroll', 'email'), /^Error: the mock cannot enroll with email$/);
});
