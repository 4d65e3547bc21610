// With TEST_DATABASE_URL (a PostgreSQL server, e.g. postgresql://postgres@127.0.0.1:5432/postgres),
// the suite runs on PostgreSQL: one migrated template database is made here, and every test gets
// its own copy of it (CREATE DATABASE … TEMPLATE), dropped afterwards. Without it, tests use PGlite.
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { migratePostgres } from '../../server/db/database.js';
import { adminUrl, withDatabase } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string | null;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    project.provide('pgTemplate', null);
    return;
  }
  const template = `kanzlei_test_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${template}"`);
  await migratePostgres(withDatabase(url, template));
  project.provide('pgTemplate', template);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await admin.end();
  };
}
