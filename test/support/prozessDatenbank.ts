// The database a program started as a process (a CLI, `npm start`) works on in a test: the suite's
// own. With TEST_DATABASE_URL, a fresh PostgreSQL database from the run's migrated template, handed
// over as DATABASE_URL, so that the PostgreSQL pass tests the programs on PostgreSQL; else an
// embedded data folder as a first start leaves it (datenordner.ts), handed over as DATA_DIR.
// On PostgreSQL this is also the cheaper start: a child that opens PGlite spends a second or more
// of CPU in PostgreSQL's own start-up (WebAssembly) before it does anything.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { mitPgSession, type DatabaseTarget } from '../../server/db/database.js';
import { migrierterDatenordner } from './datenordner.js';
import { pgDatenbank } from './pgPool.js';
import { adminUrl, withDatabase } from './postgres.js';

export interface ProzessDatenbank {
  /** The environment the child needs (both variables set: the other one emptied). */
  env: { DATA_DIR: string; DATABASE_URL: string };
  /** The same database for openDatabase in the test. */
  ziel: DatabaseTarget;
  /** Hands a PostgreSQL database back to the pool (reset for the next test); nothing for a folder. */
  freigeben: () => Promise<void>;
}

/** `dir` is the test's temporary folder: the data folder on PGlite, unused on PostgreSQL. */
export async function prozessDatenbank(dir: string): Promise<ProzessDatenbank> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const db = await pgDatenbank(url, inject('pgTemplate')!);
    return { env: { DATA_DIR: dir, DATABASE_URL: db.url }, ziel: { kind: 'postgresql', url: db.url }, freigeben: db.freigeben };
  }
  await migrierterDatenordner(dir);
  return { env: { DATA_DIR: dir, DATABASE_URL: '' }, ziel: { kind: 'pglite', dataDir: dir }, freigeben: async () => {} };
}

/**
 * A database as a first start meets it: with TEST_DATABASE_URL an empty PostgreSQL database (no
 * table yet; dropped by `freigeben`), else the empty folder `dir` (the server runs initdb in it).
 */
export async function leereDatenbank(dir: string): Promise<ProzessDatenbank> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return { env: { DATA_DIR: dir, DATABASE_URL: '' }, ziel: { kind: 'pglite', dataDir: dir }, freigeben: async () => {} };
  // Named after the run's template, so that the run's end drops it even if the test did not (globalSetup.ts).
  const name = `${inject('pgTemplate')}_leer_${randomBytes(4).toString('hex')}`;
  await mitPgSession(adminUrl(url), (s) => s.exec(`CREATE DATABASE "${name}" TEMPLATE template0`));
  const ziel = withDatabase(url, name);
  return {
    env: { DATA_DIR: dir, DATABASE_URL: ziel },
    ziel: { kind: 'postgresql', url: ziel },
    freigeben: () => mitPgSession(adminUrl(url), (s) => s.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}
