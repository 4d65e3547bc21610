import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { ASYNC_CONTEXT_FRAME_ARGS } from './server/cli/nodeArgs.js';
import Reihenfolge from './test/support/reihenfolge.js';

// Test files run in parallel worker processes: one more than the cores on PGlite (its tests are
// CPU-bound in the worker, but the tests of server processes wait for them), two per core on
// PostgreSQL (there the workers mostly wait for the server). Measured on 2 cores: PGlite 2 workers
// 307 s, 3 workers 290 s. Vitest's own default, one less than the cores, ran the files one after the
// other on two cores.
const workers = process.env.TEST_DATABASE_URL ? availableParallelism() * 2 : availableParallelism() + 1;

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module). Node loads the CJS build for every package;
    // Vite would hand our files the ESM one, and two GraphQLError classes break instanceof checks.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    setupFiles: ['test/support/setup.ts'],
    // Each test gets its own database (test/support/testServer.ts).
    maxWorkers: workers,
    // AsyncLocalStorage as the server runs it: on async context frames (server/asyncContext.mjs).
    execArgv: [...ASYNC_CONTEXT_FRAME_ARGS],
    sequence: { sequencer: Reihenfolge },
    // A worker keeps the modules it has loaded (the schema, Prisma, PGlite) for its next file: loading
    // them again for each of the 69 files cost more CPU than some files' tests. It also keeps up to two
    // reset databases for its next file (setup.ts), and no test leaves mocks or globals behind.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
