/**
 * What is wrong in a scenario file (or a catalogue file beside it), said the way a person writing one by
 * hand needs it: one line per problem, `file:line:col: <what is wrong>; expected <what was expected>`.
 * The explanations are made in explain-zod.ts (the schema's issues) and explain-step.ts (login steps);
 * the loader turns their paths into line:col.
 */
export type Path = ReadonlyArray<string | number>;

/** A problem located by path; `at: 'key'` points at the key naming the value rather than the value. */
export interface Finding {
  path: Path;
  at: 'value' | 'key';
  text: string;
}

export interface Problem {
  file: string;
  line: number;
  col: number;
  text: string;
}

/** More than this many lines per file is noise: the first ones usually explain the rest. */
export const MAX_PROBLEMS_PER_FILE = 10;

export class ScenarioError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}

function formatProblems(problems: readonly Problem[]): string {
  const lines: string[] = [];
  for (const file of new Set(problems.map((p) => p.file))) {
    const own = problems.filter((p) => p.file === file);
    for (const p of own.slice(0, MAX_PROBLEMS_PER_FILE))
      lines.push(`${p.file}:${p.line}:${p.col}: ${p.text}`);
    const hidden = own.length - MAX_PROBLEMS_PER_FILE;
    if (hidden > 0) lines.push(`${file}: ${hidden} more problem${hidden === 1 ? '' : 's'} not shown`);
  }
  return lines.join('\n');
}
