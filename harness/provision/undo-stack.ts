/** One change provisioning made, and how to take it back. */
interface Undo {
  /** What undoing does, as the verb phrase of a sentence: "delete the user mfa-1a2b@…". */
  what: string;
  run: () => Promise<unknown>;
}

/**
 * Cleanup that could not put everything back: one sentence per undo that failed, in the order they ran, so
 * that whoever looks at a real tenant next knows what to fix by hand.
 */
export class UndoFailed extends AggregateError {
  constructor(readonly failures: ReadonlyArray<{ what: string; error: unknown }>) {
    const sentences = failures.map(({ what, error }) => `  - could not ${what}: ${messageOf(error)}`);
    super(
      failures.map(({ error }) => error),
      `cleanup left the tenant changed (${failures.length} of its undos failed):\n${sentences.join('\n')}`,
    );
    this.name = 'UndoFailed';
  }
}

/** The first line of what went wrong; for a Management API error, its status and the body's reason. */
function messageOf(error: unknown): string {
  const firstLine = (text: string) => text.trim().split('\n')[0] ?? text;
  if (!(error instanceof Error)) return firstLine(String(error));
  // The auth0 SDK's errors carry the response: its message is several lines, the reason is in the body.
  const { statusCode, body } = error as { statusCode?: unknown; body?: unknown };
  if (typeof statusCode !== 'number') return firstLine(error.message);
  const reason =
    typeof body === 'string'
      ? body
      : typeof body === 'object' && body !== null && 'message' in body
        ? String(body.message)
        : error.message;
  return `${statusCode} ${firstLine(reason)}`;
}

/**
 * What provisioning changed on the tenant, one undo pushed as each change is made (so a provisioning that
 * throws half-way leaves a stack of exactly what it did). `unwind()` takes the changes back newest first,
 * the reverse of how they were made: bindings are restored before the Actions they named are deleted.
 */
export class UndoStack {
  readonly #undos: Undo[] = [];
  #unwound = false;

  /** What each waiting undo will do, oldest first: the record of what provisioning changed. */
  get pending(): readonly string[] {
    return this.#undos.map((undo) => undo.what);
  }

  /** How many undos are waiting. */
  get size(): number {
    return this.#undos.length;
  }

  /**
   * Records how to take back a change just made (or about to be made, for a setting: restoring a value that
   * did not change yet is harmless, and a change that fails half-way is restored too).
   *
   * After `unwind()`, a provisioning that outlived its test (a timeout abandons a fixture mid-way) may still
   * make something: that is undone at once, and the push throws so that the abandoned provisioning stops.
   */
  push(what: string, run: () => Promise<unknown>): void {
    if (!this.#unwound) {
      this.#undos.push({ what, run });
      return;
    }
    run().catch((error: unknown) => {
      // Nobody awaits this any more: the test has ended, so the console is the only place left to say it.
      console.error(new UndoFailed([{ what, error }]).message);
    });
    throw new Error(`provisioning went on after its test's cleanup; undoing at once: ${what}`);
  }

  /**
   * Runs every undo, newest first, each after the previous one settled. One that throws does not stop the
   * rest; their errors are thrown together afterwards, as one UndoFailed.
   */
  async unwind(): Promise<void> {
    this.#unwound = true;
    const failures: Array<{ what: string; error: unknown }> = [];
    for (const undo of this.#undos.splice(0).reverse()) {
      try {
        await undo.run();
      } catch (error) {
        failures.push({ what: undo.what, error });
      }
    }
    if (failures.length > 0) throw new UndoFailed(failures);
  }
}
