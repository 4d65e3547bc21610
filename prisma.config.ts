// Prisma 7 CLI configuration. Only `prisma generate` is run through the CLI here: its migrate
// commands need a native engine that cannot be downloaded on these machines, so migrations are
// created and applied by our own scripts (server/db/migrations.ts, server/cli/*).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
