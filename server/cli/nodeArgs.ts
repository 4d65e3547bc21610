// The Node options `npm start` and the CLI scripts run the TypeScript sources with (package.json):
// Node strips the types, server/resolveTs.mjs maps `./x.js` imports to `./x.ts`. Tests and
// benchmarks that start the server or a CLI as its own process use the same (test/nodeStart.test.ts
// checks that package.json does).
import { fileURLToPath } from 'node:url';

export const RESOLVE_TS = fileURLToPath(new URL('../resolveTs.mjs', import.meta.url));
export const ASYNC_CONTEXT = fileURLToPath(new URL('../asyncContext.mjs', import.meta.url));

export const TS_NODE_ARGS: readonly string[] = ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', '--import', RESOLVE_TS];

/**
 * AsyncLocalStorage on async context frames, given directly where a process cannot start again in
 * place (the test workers, the benchmark's forked servers): Node 22 has them behind this flag, Node 24
 * always (and refuses the flag). `npm start` gets it from server/asyncContext.mjs.
 */
export const ASYNC_CONTEXT_FRAME_ARGS: readonly string[] = process.allowedNodeEnvironmentFlags.has('--experimental-async-context-frame')
  ? ['--experimental-async-context-frame']
  : [];

/**
 * The server's (`npm start`): a larger young generation (fewer scavenges of a request's garbage,
 * BENCHMARKS.md) and AsyncLocalStorage without a promise hook on Node 22 (server/asyncContext.mjs,
 * preloaded first).
 */
export const SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=32', ...TS_NODE_ARGS.slice(0, 2), '--import', ASYNC_CONTEXT, ...TS_NODE_ARGS.slice(2)];
