// The committed migrations apply once, in order, under a lock, and are recorded like Prisma does:
// on the suite's database (PGlite, or PostgreSQL in its pass).
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { migratePostgres, pgliteSession, pgSession } from '../server/db/database.js';
import { readMigrations } from '../server/db/migrationFiles.js';
import { applyMigrations, type SqlSession } from '../server/db/migrate.js';
import { pgliteDatenbank } from './support/pgliteVorlage.js';
import { leereDatenbank, prozessDatenbank } from './support/prozessDatenbank.js';
import { withDatabase } from './support/postgres.js';

const committed = readMigrations();

const url = process.env.TEST_DATABASE_URL;

/**
 * The suite's database as a SqlSession: `leer` as a first start meets it (a new PGlite; an empty
 * PostgreSQL database), `migriert` with every committed migration applied (a database of the
 * tests' pools, as fresh as the run's template), so that only the first test pays for migrating.
 */
async function datenbank(art: 'leer' | 'migriert'): Promise<{ s: SqlSession; weg: () => Promise<void> }> {
  if (!url) {
    if (art === 'leer') {
      const db = new PGlite();
      return { s: pgliteSession(db), weg: () => db.close() };
    }
    const { pglite, freigeben } = await pgliteDatenbank(inject('pgliteVorlage'));
    return { s: pgliteSession(pglite), weg: () => freigeben(pglite) };
  }
  const { env, freigeben } = art === 'leer' ? await leereDatenbank('') : await prozessDatenbank('');
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  return { s: pgSession(client), weg: async () => { await client.end(); await freigeben(); } };
}

describe(`migrations on ${url ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('apply all committed migrations once, then nothing', async () => {
    const { s, weg } = await datenbank('leer');
    try {
      const first = await applyMigrations(s);
      expect(first).toEqual({ applied: committed.map((m) => m.name), wasEmpty: true });
      expect(await applyMigrations(s)).toEqual({ applied: [], wasEmpty: false });
      const rows = await s.query<{ migration_name: string; checksum: string }>('SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name');
      expect(rows).toEqual(committed.map((m) => ({ migration_name: m.name, checksum: m.checksum })));
    } finally {
      await weg();
    }
  }, 60_000);

  it('refuse a migration that was edited after it was applied', async () => {
    const { s, weg } = await datenbank('migriert');
    try {
      const edited = committed.map((m, i) => (i === 0 ? { ...m, checksum: 'f'.repeat(64) } : m));
      await expect(applyMigrations(s, edited)).rejects.toThrow(/was changed after it was applied/);
    } finally {
      await weg();
    }
  });

  it('roll a failing migration back whole and do not record it', async () => {
    const { s, weg } = await datenbank('migriert');
    try {
      const broken = [...committed, { name: '99999999999999_broken', sql: 'CREATE TABLE "Halb" (id int); SELECT no_such_function();', checksum: 'x' }];
      await expect(applyMigrations(s, broken)).rejects.toThrow(/99999999999999_broken failed and was rolled back/);
      expect(await s.query(`SELECT to_regclass('"Halb"') AS t`)).toEqual([{ t: null }]);
      expect(await s.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`)).toEqual([{ n: committed.length }]);
    } finally {
      await weg();
    }
  });
});


describe.runIf(url)('migrations on PostgreSQL, several instances', () => {
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
