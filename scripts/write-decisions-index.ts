// npm run decisions: writes the index of docs/decisions/README.md from the records themselves (title,
// status, rules), so the index cannot drift; npm test's catalogue check fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECISIONS_INDEX, readDecisions, renderIndex, withIndex } from '../harness/catalogue/decisions.ts';
import { REPO_ROOT } from '../harness/repo-root.ts';

const path = join(REPO_ROOT, DECISIONS_INDEX);
const records = readDecisions();
writeFileSync(path, withIndex(readFileSync(path, 'utf8'), renderIndex(records)));
console.log(`decisions: ${DECISIONS_INDEX} indexes ${records.length} records`);
