// The Node options `npm start` and the CLI scripts run the TypeScript sources with (package.json):
// Node strips the types, server/resolveTs.mjs maps `./x.js` imports to `./x.ts`. Tests and
// benchmarks that start the server or a CLI as its own process use the same (test/startup.test.ts
// checks that package.json does).
import { fileURLToPath } from 'node:url';

export const RESOLVE_TS = fileURLToPath(new URL('../resolveTs.mjs', import.meta.url));

export const TS_NODE_ARGS: readonly string[] = ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', '--import', RESOLVE_TS];
