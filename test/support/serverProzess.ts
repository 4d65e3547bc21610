// The server as a user runs it (`npm start`: node with the options of server/cli/nodeArgs.ts on
// server/main.ts, as a child process), for the tests that start it: serverProcess.test.ts and
// serverShutdown.test.ts. Not through npm: it would stand between the test and the server's signals.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { SERVER_NODE_ARGS } from '../../server/cli/nodeArgs.js';

export const MAIN = join(import.meta.dirname, '..', '..', 'server', 'main.ts');

export interface Started {
  proc: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

export function start(env: Record<string, string>, script = MAIN): Started {
  const proc = spawn(process.execPath, [...SERVER_NODE_ARGS, script], { cwd: join(import.meta.dirname, '..', '..'), env: { ...process.env, TEST_DATABASE_URL: '', DATABASE_URL: '', LOG_REQUESTS: 'false', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (err += d));
  const exited = once(proc, 'exit').then(([code]) => code as number | null);
  return { proc, stdout: () => out, stderr: () => err, exited };
}

/** Polls until `test` holds for the process's stdout. */
export async function waitFor(s: Started, test: (out: string) => boolean, ms = 150_000): Promise<string> {
  const until = Date.now() + ms;
  while (!test(s.stdout())) {
    if (s.proc.exitCode !== null) throw new Error(`server exited ${s.proc.exitCode}: ${s.stderr()}`);
    if (Date.now() > until) throw new Error(`timed out; stdout: ${s.stdout()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return s.stdout();
}
