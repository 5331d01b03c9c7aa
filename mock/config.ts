// The mock's own settings, read from its environment (no `.env`, no TARGET: the mock is the same server
// whoever starts it). An empty variable counts as unset; a malformed one stops the mock with one sentence.

function readPort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const port = Number(raw);
  if (Number.isInteger(port) && port > 0 && port < 65536) return port;
  throw new Error(`${name} must be a TCP port number, got "${raw}".`);
}

/** Port the mock listens on (`MOCK_PORT`, default 4010). */
export const MOCK_PORT: number = readPort('MOCK_PORT', 4010);

/** Port of the SMTP server the mock sends its mail to (`MAILPIT_SMTP_PORT`, default 1025: Mailpit's). */
export const MAILPIT_SMTP_PORT: number = readPort('MAILPIT_SMTP_PORT', 1025);
