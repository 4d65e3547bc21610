// Applies the committed migrations (prisma/migrations/*/migration.sql) to one database.
// - Each migration runs in its own transaction: it lands whole or not at all.
// - The run holds Prisma's own advisory lock, so several server instances starting at once (and
//   `prisma migrate deploy`, should anyone run it) wait for each other instead of racing.
// - What ran is recorded in Prisma's `_prisma_migrations` table with Prisma's checksum, so the
//   history stays readable by Prisma's tools. An applied migration that was edited afterwards is
//   refused: the database no longer matches the files.
import { randomUUID } from 'node:crypto';
import { readMigrations, type MigrationFile } from './migrationFiles.js';

/** One database session: the same connection for every call (advisory locks are per session). */
export interface SqlSession {
  query<R>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Runs a script of several statements. */
  exec(sql: string): Promise<void>;
}

export const PRISMA_MIGRATE_LOCK = 72707369; // the key `prisma migrate` locks on

const CREATE_HISTORY = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationReport {
  applied: string[];
  /** True when the database had no migration history at all before this run. */
  wasEmpty: boolean;
}

export async function applyMigrations(db: SqlSession, migrations: MigrationFile[] = readMigrations()): Promise<MigrationReport> {
  await db.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
  try {
    const [history] = await db.query<{ exists: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`);
    await db.exec(CREATE_HISTORY);
    const done = await db.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const doneByName = new Map(done.map((r) => [r.migration_name, r.checksum]));
    for (const [name, checksum] of doneByName) {
      const file = migrations.find((m) => m.name === name);
      if (file && file.checksum !== checksum) {
        throw new Error(`Migration ${name} was changed after it was applied to this database; restore the file.`);
      }
    }
    const applied: string[] = [];
    for (const m of migrations) {
      if (doneByName.has(m.name)) continue;
      await db.exec('BEGIN');
      try {
        await db.exec(m.sql);
        await db.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await db.exec('COMMIT');
      } catch (error) {
        await db.exec('ROLLBACK');
        throw new Error(`Migration ${m.name} failed and was rolled back: ${(error as Error).message}`);
      }
      applied.push(m.name);
    }
    return { applied, wasEmpty: !history?.exists };
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]);
  }
}
