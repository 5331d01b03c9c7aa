// `--project mock` / `--project tenant` choose the target as TARGET does. Imported by the preset before
// anything reads TARGET (harness/config.ts reads it once, at import): it sets TARGET from the command line,
// and Playwright's workers inherit it with the rest of the environment.
import { sentenceError } from '../sentence-error.ts';

const TARGETS = ['mock', 'tenant'];

function projectsOnCommandLine(argv: readonly string[]): string[] {
  const named: string[] = [];
  argv.forEach((arg, i) => {
    if (arg === '--project' && argv[i + 1] !== undefined) named.push(argv[i + 1] ?? '');
    else if (arg.startsWith('--project=')) named.push(arg.slice('--project='.length));
  });
  return named;
}

const asked = [...new Set(projectsOnCommandLine(process.argv))];
if (asked.length > 0) {
  const unknown = asked.find((name) => !TARGETS.includes(name));
  if (unknown !== undefined) {
    throw sentenceError(`--project ${unknown} is not a target: use --project mock or --project tenant.`);
  }
  if (asked.length > 1) {
    throw sentenceError('--project mock and --project tenant were both given: choose one target per run.');
  }
  const [project] = asked;
  if (process.env.TARGET && process.env.TARGET !== project) {
    throw sentenceError(
      `TARGET is ${process.env.TARGET} but --project is ${project}: drop one, or make them agree.`,
    );
  }
  process.env.TARGET = project;
}
