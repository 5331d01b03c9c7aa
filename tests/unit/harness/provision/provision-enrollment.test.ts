import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FACTORS, PROVISIONABLE_FACTORS } from '../../../../contract/factors.ts';
import { PROVISION } from '../../../../harness/provision/provision-enrollment.ts';

test('the devices provision exactly the factors whose rows give managementFields', () => {
  // The table is typed by ProvisionableFactor; this says the type and the runtime filter agree.
  assert.deepEqual(Object.keys(PROVISION).sort(), [...PROVISIONABLE_FACTORS].sort());
  for (const factor of PROVISIONABLE_FACTORS) assert.ok(FACTORS[factor].managementFields?.length);
});
