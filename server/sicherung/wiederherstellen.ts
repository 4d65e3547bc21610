// npm run restore's work: a backup file into an empty database, embedded or PostgreSQL, whichever
// the backup came from. The rule: all or nothing.
// - The file is checked whole (header, final checksum, complete SQL) before anything is written.
// - PostgreSQL: the script runs in one transaction; the rows are counted and checksummed against
//   the header before COMMIT. Any failure rolls back: the target stays as it was (empty).
// - Embedded: the data folder is built beside the target and moved into place only when complete;
//   a failure removes it.
// Then the migrations this program has, and the backup did not, bring the schema up to date
// (each in its own transaction, as at every start).
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir } from '../db/dataDirLock.js';
import { migratePostgres, pgliteSession, pgSession } from '../db/database.js';
import { applyMigrations, PRISMA_MIGRATE_LOCK, type SqlSession } from '../db/migrate.js';
import { readMigrations } from '../db/migrationFiles.js';
import { leseSicherungsDatei, SicherungsDateiError, type SicherungsKopf } from './datei.js';
import type { Fortschritt } from './erstellen.js';
import { inBuendeln, setParameter, sqlAnweisungen } from './sqlSkript.js';
import { standUnterschiede, tabellenStand } from './tabellenStand.js';

/** Where a backup goes: an embedded data folder or a PostgreSQL database. */
export type Ziel = { kind: 'pglite'; dataDir: string } | { kind: 'postgresql'; url: string };

/** The target is not empty, or is in use; nothing was written. */
export class ZielError extends Error {
  override name = 'ZielError';
}

/** The backup is restored (PostgreSQL), but a migration after it failed: the database holds the backup's schema. */
export class NachzugError extends Error {
  override name = 'NachzugError';
  constructor(kopf: SicherungsKopf, cause: unknown) {
    super(`Die Sicherung ist wiederhergestellt (Schema ${kopf.schema}), aber die Migrationen danach scheiterten: ${(cause as Error).message} Mit npm run migrate erneut versuchen.`, { cause });
  }
}

export interface Wiederherstellung {
  kopf: SicherungsKopf;
  /** Migrations applied after the restore (the backup's schema was older). */
  nachgezogen: string[];
}

/** Checks a backup file and its SQL without writing anything: the header, and the statements to run. */
export function pruefeSicherung(datei: Buffer): { kopf: SicherungsKopf; anweisungen: string[] } {
  const { kopf, sql } = leseSicherungsDatei(datei);
  const bekannt = readMigrations().map((m) => m.name);
  if (kopf.schema && !bekannt.includes(kopf.schema)) {
    throw new SicherungsDateiError(
      `Die Sicherung hat den Schemastand ${kopf.schema}, den dieses Programm nicht kennt (sein neuester: ${bekannt.at(-1)}). Mit der Version wiederherstellen, die sie erstellt hat, oder einer neueren.`,
    );
  }
  let anweisungen: string[];
  try {
    anweisungen = sqlAnweisungen(sql);
  } catch (error) {
    throw new SicherungsDateiError(`Das SQL der Sicherung ist unvollständig: ${(error as Error).message}`);
  }
  return { kopf, anweisungen };
}

export async function stelleWiederHer(
  datei: Buffer, ziel: Ziel, { ueberschreiben = false, fortschritt = () => {} }: { ueberschreiben?: boolean; fortschritt?: Fortschritt } = {},
): Promise<Wiederherstellung> {
  const { kopf, anweisungen } = pruefeSicherung(datei);
  return ziel.kind === 'postgresql'
    ? nachPostgres(kopf, anweisungen, ziel.url, ueberschreiben, fortschritt)
    : nachPglite(kopf, anweisungen, resolve(ziel.dataDir), ueberschreiben, fortschritt);
}

/** Runs the statements (in batches), then compares the rows with the header; throws on any difference. */
async function spieleEin(db: SqlSession, kopf: SicherungsKopf, anweisungen: string[], fortschritt: Fortschritt): Promise<void> {
  // A dump from a newer PostgreSQL may set parameters an older server does not have
  // (PGlite's pg_dump 18 writes `SET transaction_timeout`): those settings are left out.
  const bekannt = new Set((await db.query<{ name: string }>('SELECT lower(name) AS name FROM pg_catalog.pg_settings')).map((r) => r.name));
  const laufen = anweisungen.filter((a) => {
    const p = setParameter(a);
    return p === null || bekannt.has(p);
  });
  const buendel = inBuendeln(laufen);
  let zuletzt = Date.now();
  for (const [i, b] of buendel.entries()) {
    await db.exec(b);
    if (Date.now() - zuletzt > 1000) {
      fortschritt(`Wiederherstellung: ${Math.round(((i + 1) / buendel.length) * 100)} % …`);
      zuletzt = Date.now();
    }
  }
  fortschritt('Zeilen werden gezählt und geprüft …');
  const unterschiede = standUnterschiede(kopf, await tabellenStand(db));
  if (unterschiede.length) {
    throw new SicherungsDateiError(`Die wiederhergestellten Daten stimmen nicht mit der Sicherung überein: ${unterschiede.slice(0, 5).join('; ')}`);
  }
}

/** A database "holds something" when its schema public has any table, type or function. */
const INHALT_SQL = `SELECT (SELECT count(*) FROM pg_catalog.pg_class c WHERE c.relnamespace = 'public'::regnamespace)
                         + (SELECT count(*) FROM pg_catalog.pg_type t WHERE t.typnamespace = 'public'::regnamespace)
                         + (SELECT count(*) FROM pg_catalog.pg_proc p WHERE p.pronamespace = 'public'::regnamespace) AS n`;

async function nachPostgres(kopf: SicherungsKopf, anweisungen: string[], url: string, ueberschreiben: boolean, fortschritt: Fortschritt): Promise<Wiederherstellung> {
  await legeDatenbankAn(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const session = pgSession(client);
  try {
    await client.query('BEGIN');
    // The migrations' lock, until COMMIT: a second restore into the same database waits and then
    // finds it not empty; a server starting meanwhile migrates after the restore, not into it.
    await client.query('SELECT pg_advisory_xact_lock($1)', [PRISMA_MIGRATE_LOCK]);
    const [{ n }] = (await client.query(INHALT_SQL)).rows as [{ n: string }];
    if (Number(n) > 0) {
      if (!ueberschreiben) {
        throw new ZielError(`Die Zieldatenbank ${beschreibe(url)} ist nicht leer. Eine leere Datenbank angeben, oder --ueberschreiben, um ihren Inhalt zu ersetzen.`);
      }
      // Replaced in the same transaction: if the restore fails, the old content stays.
      await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    }
    await spieleEin(session, kopf, anweisungen, fortschritt);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  try {
    return { kopf, nachgezogen: (await migratePostgres(url)).applied };
  } catch (error) {
    throw new NachzugError(kopf, error);
  }
}

/** Creates the target database when it does not exist yet (connected through the maintenance database `postgres`). */
async function legeDatenbankAn(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_catalog.pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((e: { code?: string }) => {
      // Created meanwhile by someone else (a second restore at the same moment): fine.
      if (e.code !== '42P04' && e.code !== '23505') throw e;
    });
  } finally {
    await client.end();
  }
}

export const beschreibe = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
};

/**
 * A new, empty embedded cluster in `dir`. The first of a process runs initdb (seconds) and keeps an
 * image of the empty cluster; later ones load that image (under a second): repeated restores in one
 * process, as the tests make them, do not pay initdb each time.
 */
let leererCluster: Blob | null = null;
async function neuerCluster(dir: string): Promise<PGlite> {
  if (leererCluster) return PGlite.create(dir, { loadDataDir: leererCluster });
  const pglite = await PGlite.create(dir);
  leererCluster = await pglite.dumpDataDir('none');
  return pglite;
}

async function nachPglite(kopf: SicherungsKopf, anweisungen: string[], dataDir: string, ueberschreiben: boolean, fortschritt: Fortschritt): Promise<Wiederherstellung> {
  const vorhanden = existsSync(dataDir);
  if (!vorhanden) mkdirSync(dataDir, { recursive: true });
  // Taken on the target itself: a server running on it refuses the restore with its pid.
  const unlock = lockDataDir(dataDir);
  const neu = join(dirname(dataDir), `.${basename(dataDir)}.wiederherstellung-${process.pid}`);
  try {
    const inhalt = readdirSync(dataDir).filter((f) => f !== 'kanzlei.lock');
    if (inhalt.length && !ueberschreiben) {
      throw new ZielError(`Der Datenordner ${dataDir} ist nicht leer. Einen leeren oder neuen Ordner als DATA_DIR angeben, oder --ueberschreiben, um seinen Inhalt zu ersetzen.`);
    }
    rmSync(neu, { recursive: true, force: true });
    const pglite = await neuerCluster(neu);
    let nachgezogen: string[];
    try {
      const session = pgliteSession(pglite);
      await session.exec('BEGIN');
      try {
        await spieleEin(session, kopf, anweisungen, fortschritt);
        await session.exec('COMMIT');
      } catch (error) {
        await session.exec('ROLLBACK').catch(() => {});
        throw error;
      }
      await session.exec('RESET ALL'); // pg_dump's script empties search_path for its session
      nachgezogen = (await applyMigrations(session)).applied;
    } finally {
      await pglite.close();
    }
    // In place: the old content (if --ueberschreiben) goes only once the new one is complete.
    const alt = `${neu}.alt`;
    renameSync(dataDir, alt);
    renameSync(neu, dataDir);
    rmSync(alt, { recursive: true, force: true });
    return { kopf, nachgezogen };
  } catch (error) {
    rmSync(neu, { recursive: true, force: true });
    if (!vorhanden) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  } finally {
    unlock();
  }
}
