/** The `npx mfa-conformance` commands: main.ts runs them; the workflow check knows what a team may call. */
export const COMMAND_NAMES = ['init', 'setup', 'mock', 'catalogue'] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];
