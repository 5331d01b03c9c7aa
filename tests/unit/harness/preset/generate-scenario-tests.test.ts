import assert from 'node:assert/strict';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { test } from 'node:test';
import { specSource } from '../../../../harness/preset/generate-scenario-tests.ts';

test("a group's file maps each scenario's line to that scenario's file, at line 1, column 1", () => {
  const files = ['/p/mfa/a.yaml', '/p/mfa/sub/b.yaml', '/p/mfa/c.yaml'];
  const source = specSource(files, '/p/.mfa-conformance/tests/otp-never.0123456789ab.spec.js');
  const lines = source.split('\n');
  const encoded = /base64,(.*)$/.exec(lines.at(-2) ?? '')?.[1] ?? '';
  const map = new SourceMap(JSON.parse(Buffer.from(encoded, 'base64').toString()) as SourceMapPayload);
  files.forEach((file, i) => {
    const line = lines.findIndex((text) => text.includes(JSON.stringify(file)));
    assert.ok(
      line > 0 && lines[line]?.includes('s.test(s.title'),
      `${file} is declared on a line of its own`,
    );
    const entry = map.findEntry(line, 0) as { originalSource?: string; originalLine?: number };
    assert.equal(entry.originalSource, ['../../mfa/a.yaml', '../../mfa/sub/b.yaml', '../../mfa/c.yaml'][i]);
    assert.equal(entry.originalLine, 0);
  });
});
