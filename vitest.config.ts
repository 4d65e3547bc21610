import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module). Node loads the CJS build for every package;
    // Vite would hand our files the ESM one, and two GraphQLError classes break instanceof checks.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    // Each test gets its own database; files run in parallel workers.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
