/** A mock server of the bench's own, so that its memory and its logins per second are read from one process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { REPO_ROOT } from '../../harness/config.ts';
import { pollUntil } from '../../harness/wait/poll-until.ts';

export class SpawnedMock {
  private constructor(
    readonly child: ChildProcess,
    readonly origin: string,
  ) {}

  /** Starts `mock/server.ts` in a Node process of its own (no npx or tsx wrapper: its pid is the mock's). */
  static async start(env: NodeJS.ProcessEnv, port: number): Promise<SpawnedMock> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'mock/server.ts'], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const origin = `http://localhost:${port}`;
    await pollUntil(
      () =>
        fetch(`${origin}/__mock/health`).then(
          (r) => (r.ok ? true : undefined),
          () => undefined,
        ),
      {
        timeoutMs: 60_000,
        intervalMs: 100,
        message: `the bench's mock did not answer on ${origin} within 60 s`,
      },
    );
    return new SpawnedMock(child, origin);
  }

  /** The mock process's resident memory in MB (Linux: /proc; elsewhere undefined). */
  rssMb(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
      return kb === undefined ? undefined : Number(kb) / 1024;
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.child.kill('SIGTERM');
    await once(this.child, 'exit');
  }
}
