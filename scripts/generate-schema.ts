/**
 * Writes schema/scenario.schema.json from the zod schema, for editor completion and hover text in scenario
 * files; `--check` fails when the committed file is stale instead of writing it.
 * - io 'input': the file describes what people write, so fields with defaults are optional;
 * - draft-07: the draft yaml-language-server and VS Code validate fully.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Scenario } from '../harness/format/schema.ts';

const OUTPUT = 'schema/scenario.schema.json';
const path = fileURLToPath(new URL(`../${OUTPUT}`, import.meta.url));

const { $schema, ...body } = z.toJSONSchema(Scenario, { io: 'input', target: 'draft-07' });
const text = `${JSON.stringify(
  {
    $schema,
    $id: 'urn:mfa-conformance:scenario',
    title: 'mfa-conformance scenario',
    description: "A user, the tenant's Actions and settings, and the prompts the login must show in order.",
    ...body,
  },
  null,
  2,
)}\n`;

if (process.argv.includes('--check')) {
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
    console.error(`${OUTPUT} is stale: run npm run schema`);
    process.exit(1);
  }
  console.log('schema up to date');
} else {
  writeFileSync(path, text);
  console.log(`wrote ${OUTPUT}`);
}
