// With TEST_DATABASE_URL (a PostgreSQL server, e.g. postgresql://postgres@127.0.0.1:5432/postgres),
// the suite runs on PostgreSQL: one migrated template database is made here, and every test gets
// its own copy of it (CREATE DATABASE … TEMPLATE), dropped afterwards. Without it, tests use PGlite:
// the migrated template is made here once, and every test file loads its image
// (test/support/pgliteVorlage.ts).
import type { TestProject } from 'vitest/node';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { schreibeVorlage } from './pgliteVorlage.js';
import { migratePostgres } from '../../server/db/database.js';
import { adminUrl, withDatabase } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
    /** The migrated PGlite template's image (test/support/pgliteVorlage.ts). */
    pgliteVorlage: string;
    /** The same template as a data folder on disk, to copy (test/support/datenordner.ts). */
    pgliteDatenordner: string;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  // Also in the PostgreSQL run: the tests of server and CLI processes start from copies of it
  // (test/support/datenordner.ts).
  const dir = mkdtempSync(join(tmpdir(), 'kanzlei-test-vorlage-'));
  await schreibeVorlage(join(dir, 'vorlage.tar'), join(dir, 'datenordner'));
  project.provide('pgliteVorlage', join(dir, 'vorlage.tar'));
  project.provide('pgliteDatenordner', join(dir, 'datenordner'));
  const vorlageWeg = () => rmSync(dir, { recursive: true, force: true });
  if (!url) {
    project.provide('pgTemplate', null);
    return vorlageWeg;
  }
  const template = `kanzlei_test_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${template}"`);
  await migratePostgres(withDatabase(url, template));
  project.provide('pgTemplate', template);
  return async () => {
    // The test files drop their databases; any a crashed worker left carry the template's name.
    const reste = await admin.query<{ n: string }>(`SELECT datname AS n FROM pg_database WHERE starts_with(datname, $1)`, [`${template}_`]);
    for (const { n } of reste.rows) await admin.query(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await admin.end();
    vorlageWeg();
  };
}
