// The Node options `npm start` and the CLI scripts run the TypeScript sources with (package.json):
// Node strips the types, server/resolveTs.mjs maps `./x.js` imports to `./x.ts`. Tests and
// benchmarks that start the server or a CLI as its own process use the same (test/nodeStart.test.ts
// checks that package.json does).
import { fileURLToPath } from 'node:url';

export const RESOLVE_TS = fileURLToPath(new URL('../resolveTs.mjs', import.meta.url));
export const ASYNC_CONTEXT = fileURLToPath(new URL('../asyncContext.mjs', import.meta.url));

export const TS_NODE_ARGS: readonly string[] = ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', '--import', RESOLVE_TS];

/**
 * The server's (`npm start`): a larger young generation (fewer scavenges of a request's garbage,
 * BENCHMARKS.md) and AsyncLocalStorage without a promise hook on Node 22 (server/asyncContext.mjs,
 * preloaded first).
 */
export const SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=32', ...TS_NODE_ARGS.slice(0, 2), '--import', ASYNC_CONTEXT, ...TS_NODE_ARGS.slice(2)];
