// The PGlite databases of the tests. Making one is the suite's most expensive step: a new PGlite
// (initdb) and the migrations take seconds, a clone of a migrated one about a second. So:
// - the migrated template is made once for the whole run (globalSetup) and handed to every test
//   file as an image of its data folder, which each worker loads once;
// - a database a test has closed is reset and handed to the next test: session state discarded
//   (DISCARD ALL: settings, advisory locks, prepared statements), then the tables reset
//   (vorlageZuruecksetzen.ts). That is what a fresh copy of the template holds, for a fraction of
//   what a clone costs (≈ 1.3 s of CPU). A worker runs many files (isolate: false keeps this module's
//   state), so up to KEEP of them also wait for its next file.
// A database a test closed itself, or one that does not reset within seconds (a transaction left
// hanging), is given up and a new one loaded.
import { readFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pgliteSession } from '../../server/db/database.js';
import { applyMigrations, type MigrationReport } from '../../server/db/migrate.js';
import { readMigrations } from '../../server/db/migrationFiles.js';
import { liesVorlage, setzeZurueck, type Vorlage } from './vorlageZuruecksetzen.js';

interface PgliteVorlage extends Vorlage {
  abbild: Blob;
  migration: MigrationReport;
}

/**
 * Made once per run (globalSetup): the migrated template's image, written to `datei`, and the same
 * unpacked into the data folder `ordner` (closed cleanly, so a copy of it opens as it is); beside
 * them (`datei`.alt) the image one migration before the last.
 */
export async function schreibeVorlage(datei: string, ordner: string): Promise<void> {
  const db = new PGlite();
  const alle = readMigrations();
  const bisAufDieLetzte = await applyMigrations(pgliteSession(db), alle.slice(0, -1));
  // The schema one migration back, for the test of restoring an older backup (sicherung.test.ts).
  writeFileSync(`${datei}.alt`, Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer()));
  const letzte = await applyMigrations(pgliteSession(db), alle);
  const migration: MigrationReport = { applied: [...bisAufDieLetzte.applied, ...letzte.applied], wasEmpty: bisAufDieLetzte.wasEmpty };
  const abbild = await db.dumpDataDir('none');
  await db.close();
  writeFileSync(datei, Buffer.from(await abbild.arrayBuffer()));
  writeFileSync(`${datei}.json`, JSON.stringify(migration));
  await (await PGlite.create(ordner, { loadDataDir: abbild })).close();
}

let vorlage: Promise<PgliteVorlage> | null = null;
const frei: PGlite[] = [];

const ladeVorlage = (datei: string) =>
  (vorlage ??= (async () => {
    const abbild = new Blob([readFileSync(datei)]);
    const migration = JSON.parse(readFileSync(`${datei}.json`, 'utf8')) as MigrationReport;
    const db = await PGlite.create({ loadDataDir: abbild });
    const vorlageDaten = await liesVorlage(pgliteSession(db));
    frei.push(db); // the first database of the worker
    return { abbild, migration, ...vorlageDaten };
  })());

async function zuruecksetzen(db: PGlite, v: PgliteVorlage): Promise<void> {
  await db.exec('ROLLBACK'); // only a warning when no transaction is open
  await db.exec('DISCARD ALL');
  await db.transaction((tx) => setzeZurueck({ query: async (sql, params) => (await tx.query(sql, params)).rows as never, exec: async (sql) => void (await tx.exec(sql)) }, v));
}

const RESET_MS = 10_000;

/** A database as fresh as the migrated template, and what its test's close() does with it. */
export async function pgliteDatenbank(datei: string): Promise<{ pglite: PGlite; migration: MigrationReport; freigeben: (db: PGlite) => Promise<void> }> {
  const v = await ladeVorlage(datei);
  const pglite = frei.pop() ?? (await PGlite.create({ loadDataDir: v.abbild }));
  const freigeben = async (db: PGlite) => {
    if (db.closed) return;
    let timer: NodeJS.Timeout | undefined;
    const ok = await Promise.race([
      zuruecksetzen(db, v).then(() => true, () => false),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), RESET_MS))),
    ]);
    clearTimeout(timer);
    if (ok) frei.push(db);
    else void db.close().catch(() => {});
  };
  return { pglite, migration: v.migration, freigeben };
}

const KEEP = 2;

/** At a file's end: keeps KEEP reset databases for the worker's next file, closes the rest. */
export async function pgliteDatenbankenWeg(): Promise<void> {
  for (const db of frei.splice(KEEP)) await db.close().catch(() => {});
}
