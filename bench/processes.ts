// Starts a server under test (bench/serverProcess.ts) as a child process and talks to it.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ASYNC_CONTEXT_FRAME_ARGS, TS_NODE_ARGS } from '../server/cli/nodeArgs.js';
import type { FromServer, ServerKind, ToServer } from './serverProcess.js';

export interface ServerUnderTest {
  kind: ServerKind;
  pid: number;
  base: string;
  /** SQL statements, requests and CPU time so far, and memory (after a full GC with 'gc'). */
  stats(message?: ToServer['type']): Promise<Extract<FromServer, { type: 'stats' }>>;
  stop(): Promise<void>;
}

/**
 * As `npm start` runs the server: a young generation of 32 MiB semi-spaces, so that a GraphQL
 * request's short-lived objects (~ 60 KiB answer, thousands of field results) die in fewer, cheaper
 * scavenges (BENCHMARKS.md: ≈ 10 % less CPU per dashboard page); and AsyncLocalStorage on async
 * context frames, which `npm start` gets on Node 22 by starting again in place with the flag
 * (server/asyncContext.mjs; a forked child with its IPC channel is given the flag directly).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=32', ...ASYNC_CONTEXT_FRAME_ARGS].join(' ');

/**
 * NODE_ENV=production, as the server runs in production (it also turns off plugin-prisma's
 * development check for unused queries). BENCH_CPU_PROF=1 writes V8 CPU profiles of each server
 * into $BENCH_PROFILE_DIR (default: <tmp>/kanzlei-bench-profiles)/<kind>-<time>/ when it stops
 * (summarise with bench/profileSummary.ts).
 */
export async function startServer(kind: ServerKind, url: string): Promise<ServerUnderTest> {
  // Both servers run with the V8 flags `npm start` gives the API (package.json); BENCH_NODE_FLAGS
  // replaces them ("" for none, or e.g. "--max-semi-space-size=64").
  const flags = process.env.BENCH_NODE_FLAGS ?? SERVER_NODE_FLAGS;
  // The TypeScript sources as `npm start` loads them (Node strips the types; tsx's transform adds a
  // call per named function it creates, 2 % of the one-Akt server's CPU).
  const execArgv = [...TS_NODE_ARGS, '--expose-gc', ...flags.split(' ').filter(Boolean)];
  if (process.env.BENCH_CPU_PROF === '1') {
    // One folder per server: Node writes a profile per thread (tsx's loader has its own); the
    // main thread's is the big one.
    const dir = join(process.env.BENCH_PROFILE_DIR ?? join(tmpdir(), 'kanzlei-bench-profiles'), `${kind}-${Date.now()}`);
    mkdirSync(dir, { recursive: true });
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${dir}`);
  }
  const child: ChildProcess = fork(new URL('./serverProcess.ts', import.meta.url).pathname, [kind], {
    execArgv,
    env: { ...process.env, NODE_ENV: 'production', BENCH_URL: url },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (): Promise<FromServer> =>
    new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${kind} server exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (m: FromServer) => {
        child.off('exit', onExit);
        resolve(m);
      });
    });
  const ready = await next();
  if (ready.type !== 'ready') throw new Error(`${kind} server: unexpected ${ready.type}`);
  // One request at a time over the channel: replies come back in order.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    kind,
    pid: child.pid!,
    base: `http://127.0.0.1:${ready.port}`,
    stats: (type = 'stats') => {
      const p = queue.then(async () => {
        const reply = next();
        child.send({ type } satisfies ToServer);
        const m = await reply;
        if (m.type !== 'stats') throw new Error(`${kind} server: unexpected ${m.type}`);
        return m;
      });
      queue = p.catch(() => {});
      return p;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        // SIGINT lets Node write the CPU profile; the child exits on disconnect otherwise.
        child.kill('SIGINT');
      }),
  };
}
