// The committed migrations apply once, in order, under a lock, and are recorded like Prisma does.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migratePostgres, pgliteSession } from '../server/db/database.js';
import { readMigrations } from '../server/db/migrationFiles.js';
import { applyMigrations } from '../server/db/migrate.js';
import { withDatabase } from './support/postgres.js';

const committed = readMigrations();

describe('migrations on PGlite', () => {
  it('apply all committed migrations once, then nothing', async () => {
    const db = new PGlite();
    try {
      const first = await applyMigrations(pgliteSession(db));
      expect(first).toEqual({ applied: committed.map((m) => m.name), wasEmpty: true });
      expect(await applyMigrations(pgliteSession(db))).toEqual({ applied: [], wasEmpty: false });
      const rows = (await db.query<{ migration_name: string; checksum: string }>('SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name')).rows;
      expect(rows).toEqual(committed.map((m) => ({ migration_name: m.name, checksum: m.checksum })));
    } finally {
      await db.close();
    }
  });

  it('refuse a migration that was edited after it was applied', async () => {
    const db = new PGlite();
    try {
      await applyMigrations(pgliteSession(db));
      const edited = committed.map((m, i) => (i === 0 ? { ...m, checksum: 'f'.repeat(64) } : m));
      await expect(applyMigrations(pgliteSession(db), edited)).rejects.toThrow(/was changed after it was applied/);
    } finally {
      await db.close();
    }
  });

  it('roll a failing migration back whole and do not record it', async () => {
    const db = new PGlite();
    try {
      await applyMigrations(pgliteSession(db));
      const broken = [...committed, { name: '99999999999999_broken', sql: 'CREATE TABLE "Halb" (id int); SELECT no_such_function();', checksum: 'x' }];
      await expect(applyMigrations(pgliteSession(db), broken)).rejects.toThrow(/99999999999999_broken failed and was rolled back/);
      expect((await db.query(`SELECT to_regclass('"Halb"') AS t`)).rows).toEqual([{ t: null }]);
      expect((await db.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`)).rows).toEqual([{ n: committed.length }]);
    } finally {
      await db.close();
    }
  });
});

const url = process.env.TEST_DATABASE_URL;

describe.runIf(url)('migrations on PostgreSQL', () => {
  it('several instances migrating at once apply each migration exactly once', async () => {
    const name = `kanzlei_test_migrate_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
      const target = withDatabase(url!, name);
      const reports = await Promise.all([1, 2, 3, 4].map(() => migratePostgres(target)));
      // One instance did the work; the others waited on the lock and found nothing to do.
      expect(reports.flatMap((r) => r.applied).sort()).toEqual(committed.map((m) => m.name).sort());
      const check = new pg.Client({ connectionString: target });
      await check.connect();
      const { rows } = await check.query('SELECT count(*)::int AS n FROM "_prisma_migrations"');
      await check.end();
      expect(rows).toEqual([{ n: committed.length }]);
      // The server's own database (the URL's) got no tables of ours.
      const own = await admin.query(`SELECT to_regclass('"Akt"') AS t`);
      expect(own.rows).toEqual([{ t: null }]);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000); // four instances migrating the whole schema: over 30 s on two loaded cores
});
