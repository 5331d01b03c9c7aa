#!/usr/bin/env node
// `npx mfa-conformance <command>`: scaffold a team's repository, set the machine up, start the mock, run the
// built-in catalogue. Each problem is one sentence saying what to do; no stack traces.
import type { CommandName } from './command-names.ts';
import { init } from './init.ts';
import { startMock } from './mock.ts';
import { runCatalogue, runSetup } from './run.ts';

const HELP = `Usage: npx mfa-conformance <command> [options]

Commands:
  init        scaffold this folder: playwright.config.ts, mfa/ with two example scenarios for the example
              Action in auth0/actions/, .env.example, a pull-request and a nightly workflow, .gitignore lines
              (never overwrites a file)
  setup       install Chromium (Debian's chromium-headless-shell) and build Mailpit into .tools/
  mock        start the mock and Mailpit, to try them with a browser (MOCK_PORT, MAILPIT_HTTP_PORT); Ctrl-C stops
  catalogue   run the package's own scenario catalogue (extra options go to \`playwright test\`, e.g.
              --project tenant, -g @otp)

Then \`npx playwright test\` runs your scenarios (\`--project mock\` or \`--project tenant\`).`;

const COMMANDS: Record<CommandName, (args: string[]) => Promise<number> | number> = {
  init: () => init(process.cwd()),
  setup: () => runSetup(),
  mock: () => startMock(),
  catalogue: (args) => runCatalogue(args),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return command === undefined ? 2 : 0;
  }
  // Own keys only: `toString` is no command.
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command as CommandName] : undefined;
  if (!run) {
    console.error(
      `mfa-conformance: "${command}" is not a command; use one of ${Object.keys(COMMANDS).join(', ')} (npx mfa-conformance --help).`,
    );
    return 2;
  }
  return run(args);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Settings errors (harness/config.ts) are sentences already; anything else is a bug worth its message.
  console.error(`mfa-conformance: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
