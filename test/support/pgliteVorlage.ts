// The PGlite databases of the tests. Making one is the suite's most expensive step: a new PGlite
// (initdb) and the migrations take seconds, a clone of a migrated one about a second. So:
// - the migrated template is made once for the whole run (globalSetup) and handed to every test
//   file as an image of its data folder, which each file loads once;
// - a database a test has closed is reset and handed to the next test of the same file: every table
//   it wrote to emptied, every sequence restarted, the rows the migrations themselves wrote put back
//   (the court register), session state discarded (DISCARD ALL: settings, advisory locks, prepared
//   statements). That is what a fresh copy of the template holds, for a fraction of a clone's second.
// A database a test closed itself, or one that does not reset within seconds (a transaction left
// hanging), is given up and a new one loaded.
import { readFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pgliteSession } from '../../server/db/database.js';
import { applyMigrations, type MigrationReport } from '../../server/db/migrate.js';

interface Vorlage {
  abbild: Blob;
  migration: MigrationReport;
  /** The rows the migrations wrote, per table, as JSON. */
  zeilen: { tabelle: string; json: string }[];
  /** Every sequence, qualified. */
  sequenzen: string[];
  /** A query naming the tables without template rows that hold rows now. */
  nichtLeer: string;
}

/** Made once per run (globalSetup): the migrated template's image, written to `datei`. */
export async function schreibeVorlage(datei: string): Promise<void> {
  const db = new PGlite();
  const migration = await applyMigrations(pgliteSession(db));
  const abbild = await db.dumpDataDir('none');
  await db.close();
  writeFileSync(datei, Buffer.from(await abbild.arrayBuffer()));
  writeFileSync(`${datei}.json`, JSON.stringify(migration));
}

let vorlage: Promise<Vorlage> | null = null;
const frei: PGlite[] = [];

const ladeVorlage = (datei: string) =>
  (vorlage ??= (async () => {
    const abbild = new Blob([readFileSync(datei)]);
    const migration = JSON.parse(readFileSync(`${datei}.json`, 'utf8')) as MigrationReport;
    const db = await PGlite.create({ loadDataDir: abbild });
    const namen = (await db.query<{ n: string }>(
      `SELECT relname AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> '_prisma_migrations' ORDER BY relname`,
    )).rows.map((r) => r.n);
    const zeilen: Vorlage['zeilen'] = [];
    for (const tabelle of namen) {
      const [r] = (await db.query<{ j: string | null }>(`SELECT json_agg(t)::text AS j FROM "${tabelle}" t`)).rows;
      if (r?.j) zeilen.push({ tabelle: `"${tabelle}"`, json: r.j });
    }
    const sequenzen = (await db.query<{ s: string }>(`SELECT format('%I.%I', schemaname, sequencename) AS s FROM pg_sequences WHERE schemaname = 'public'`)).rows.map((r) => r.s);
    frei.push(db); // the first database of the file
    const mitVorlage = new Set(zeilen.map((z) => z.tabelle));
    // The tables a test may have written to: those with rows now (the register is always reset).
    const nichtLeer = namen.map((n) => `"${n}"`).filter((t) => !mitVorlage.has(t)).map((t) => `SELECT '${t}' AS t WHERE EXISTS (SELECT 1 FROM ${t})`).join(' UNION ALL ');
    return { abbild, migration, zeilen, sequenzen, nichtLeer };
  })());

async function zuruecksetzen(db: PGlite, v: Vorlage): Promise<void> {
  await db.exec('ROLLBACK'); // only a warning when no transaction is open
  await db.exec('DISCARD ALL');
  await db.transaction(async (tx) => {
    // Only the tables the test wrote to are emptied (a test touches a dozen of the 36, and each
    // TRUNCATE makes new files), and those the migrations filled are filled again; every sequence
    // starts again (a rolled-back insert moves one on, too).
    const leeren = [...(await tx.query<{ t: string }>(v.nichtLeer)).rows.map((r) => r.t), ...v.zeilen.map((z) => z.tabelle)];
    // Replica role: the triggers (the append-only audit trail among them) stay out of the way.
    await tx.exec(`SET LOCAL session_replication_role = replica; TRUNCATE ${leeren.join(', ')} CASCADE; ${v.sequenzen.map((q) => `ALTER SEQUENCE ${q} RESTART;`).join(' ')}`);
    for (const { tabelle, json } of v.zeilen) await tx.query(`INSERT INTO ${tabelle} SELECT * FROM json_populate_recordset(NULL::${tabelle}, $1::json)`, [json]);
  });
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

/** Closes the file's databases (at its end: a worker runs many files). */
export async function pgliteDatenbankenWeg(): Promise<void> {
  for (const db of frei.splice(0)) await db.close().catch(() => {});
}
