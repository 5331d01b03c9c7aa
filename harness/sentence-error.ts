/**
 * An error Playwright prints as its sentence alone. For a problem in the user's setup (`.env`, a missing
 * Chromium, a scenario file) a stack would point into the harness, away from what the user must change.
 *
 * @example throw sentenceError('Chromium is not at /usr/bin/chromium: run `npm run setup`.');
 */
export function sentenceError(message: string, name = 'Error'): Error {
  const error = new Error(message);
  error.name = name;
  error.stack = `${name}: ${message}`;
  return error;
}
