import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundaryViolations, importCycles, importsOf } from '../../../scripts/check-imports.ts';

test('the imports check resolves relative imports and tells type-only ones apart', () => {
  const source = [
    "import { a } from './a.ts';",
    "import type { B } from '../kit/b.ts';",
    'import {\n  c,\n  d,\n} from "../../../contract/c.ts";',
    "export { e } from './e.ts';",
    "import { z } from 'zod';",
  ].join('\n');
  assert.deepEqual(importsOf('mock/factors/otp/x.ts', source), [
    { from: 'mock/factors/otp/x.ts', to: 'mock/factors/otp/a.ts', typeOnly: false },
    { from: 'mock/factors/otp/x.ts', to: 'mock/factors/kit/b.ts', typeOnly: true },
    { from: 'mock/factors/otp/x.ts', to: 'contract/c.ts', typeOnly: false },
    { from: 'mock/factors/otp/x.ts', to: 'mock/factors/otp/e.ts', typeOnly: false },
  ]);
});

test('the imports check refuses the mock importing the harness, and contract/ importing either side', () => {
  const edge = (from: string, to: string) => ({ from, to, typeOnly: true });
  assert.deepEqual(
    boundaryViolations([
      edge('mock/a.ts', 'contract/factors.ts'),
      edge('mock/a.ts', 'harness/config.ts'),
      edge('harness/a.ts', 'mock/app.ts'),
      edge('contract/a.ts', 'mock/b.ts'),
      edge('tests/a.ts', 'mock/b.ts'),
    ]),
    [
      'mock/a.ts imports harness/config.ts',
      'harness/a.ts imports mock/app.ts',
      'contract/a.ts imports mock/b.ts',
    ],
  );
});

test('the imports check finds a cycle of runtime imports, and none through a type-only import', () => {
  const edge = (from: string, to: string, typeOnly = false) => ({ from, to, typeOnly });
  assert.deepEqual(importCycles([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd')]), [
    ['a', 'b', 'c'],
  ]);
  assert.deepEqual(importCycles([edge('a', 'b'), edge('b', 'a', true)]), []);
});
