// npm run imports:check: the repository's import boundaries and cycles, which lint cannot see whole.
// - contract/ imports nothing else in the repository; the mock imports only itself and contract/; the harness
//   likewise (ESLint's no-restricted-imports says the same file by file, this says it for the tree)
// - no import cycle among runtime imports (`import type` is erased, so it cannot make one)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../harness/repo-root.ts';

const ROOTS = ['contract', 'mock', 'harness', 'cli', 'tests', 'scripts'];

/** Where each top-level folder may import from, besides itself. */
const MAY_IMPORT: Record<string, string[]> = { contract: [], mock: ['contract'], harness: ['contract'] };

export interface ImportEdge {
  from: string;
  to: string;
  typeOnly: boolean;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The relative imports of one source file, resolved to repository paths. */
export function importsOf(file: string, source: string): ImportEdge[] {
  return [...source.matchAll(IMPORT)].map((match) => ({
    from: file,
    to: relative(REPO_ROOT, resolve(REPO_ROOT, dirname(file), match[3] ?? ''))
      .split(sep)
      .join('/'),
    typeOnly: match[2] !== undefined,
  }));
}

function sourceFiles(): string[] {
  return ROOTS.flatMap((root) =>
    readdirSync(join(REPO_ROOT, root), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|mjs)$/.test(name) && !name.split(sep).includes('fixtures'))
      .map((name) => `${root}/${name.split(sep).join('/')}`),
  );
}

/** Imports that cross a boundary of MAY_IMPORT, as `from -> to` lines. */
export function boundaryViolations(edges: readonly ImportEdge[]): string[] {
  return edges
    .filter(({ from, to }) => {
      const [fromTop = '', toTop = ''] = [from.split('/')[0], to.split('/')[0]];
      const allowed = MAY_IMPORT[fromTop];
      return allowed !== undefined && toTop !== fromTop && !allowed.includes(toTop);
    })
    .map(({ from, to }) => `${from} imports ${to}`);
}

/** Every import cycle among runtime imports (Tarjan's strongly connected components), each as its files. */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to, typeOnly } of edges) {
    if (!typeOnly) next.set(from, [...(next.get(from) ?? []), to]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || next.get(node)?.includes(node)) cycles.push(component.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

function main(): number {
  const edges = sourceFiles().flatMap((file) => importsOf(file, readFileSync(join(REPO_ROOT, file), 'utf8')));
  const problems = [
    ...boundaryViolations(edges),
    ...importCycles(edges).map((files) => `an import cycle of ${files.length} files: ${files.join(', ')}`),
  ];
  for (const problem of problems) console.error(`imports: ${problem}`);
  if (problems.length > 0) return 1;
  console.log(`imports: ${edges.length} imports, no boundary crossed, no cycle`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
