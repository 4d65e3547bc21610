// npm run backup's work: a consistent backup of the whole database (every office) as one file.
// - Embedded (PGlite): an image of the data folder, copied while the database pauses (well under a
//   second for a small office; BENCHMARKS.md has 10 000 Akten), dumped in a worker thread from there.
// - PostgreSQL: a read-only REPEATABLE READ transaction exports its snapshot; the machine's pg_dump
//   reads that very snapshot (--snapshot) while the same transaction counts and checksums the rows,
//   so header and dump describe one moment, however many requests write meanwhile.
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pgSession, type Verbindung } from '../db/database.js';
import { baueSicherungsDatei, FORMAT_VERSION, type SicherungsKopf } from './datei.js';
import { PG_DUMP_OPTIONEN, type Abzug } from './pgliteAbzug.js';
import { dumpSequenzen, schemaStand, tabellenStand } from './tabellenStand.js';

/** Told what the backup is doing, for a progress line. */
export type Fortschritt = (zeile: string) => void;

export class SicherungError extends Error {
  override name = 'SicherungError';
}

export async function erstelleSicherung(quelle: Verbindung, fortschritt: Fortschritt = () => {}): Promise<{ datei: Buffer; kopf: SicherungsKopf }> {
  const abzug = quelle.kind === 'pglite' ? await abzugPglite(quelle.pglite, fortschritt) : await abzugPostgres(quelle.url, fortschritt);
  const kopf: SicherungsKopf = {
    format: FORMAT_VERSION,
    erstellt: new Date().toISOString(),
    quelle: quelle.kind,
    ...abzug.schema,
    tabellen: abzug.stand.tabellen,
    sequenzen: dumpSequenzen(abzug.sql),
  };
  return { datei: baueSicherungsDatei(kopf, abzug.sql), kopf };
}

async function abzugPglite(pglite: PGlite, fortschritt: Fortschritt): Promise<Abzug> {
  fortschritt('Abbild der Datenbank wird kopiert …');
  // A checkpoint first: the image then needs (almost) no log replay when opened, and sequences
  // keep their values (a replay moves them ahead by up to 32, as after any crash: gaps, no harm).
  await pglite.exec('CHECKPOINT');
  const abbild = await pglite.dumpDataDir('none');
  fortschritt(`Abbild kopiert (${mb(abbild.size)}); pg_dump liest es …`);
  const bytes = await abbild.arrayBuffer();
  const worker = new Worker(new URL('./abzugWorker.mjs', import.meta.url), { workerData: { abbild: bytes }, transferList: [bytes] });
  try {
    const antwort = await new Promise<{ ok?: Abzug; fehler?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new SicherungError(`Der Sicherungs-Thread endete vorzeitig (Code ${code}).`)));
    });
    if (!antwort.ok) throw new SicherungError(`pg_dump ist gescheitert: ${antwort.fehler}`);
    return antwort.ok;
  } finally {
    await worker.terminate();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The URL without its password (which goes to pg_dump in PGPASSWORD, not on its command line). */
function ohnePasswort(url: string): { url: string; passwort: string | null } {
  const u = new URL(url);
  const passwort = u.password ? decodeURIComponent(u.password) : null;
  u.password = '';
  return { url: u.toString(), passwort };
}

async function pgDumpVersion(): Promise<number> {
  const text = await new Promise<string>((resolve, reject) => {
    const p = spawn('pg_dump', ['--version']);
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new SicherungError('pg_dump fehlt auf diesem Rechner. Die PostgreSQL-Client-Programme installieren (Debian: apt install postgresql-client).') : e));
    p.on('close', () => resolve(out));
  });
  return Number(/(\d+)(?:\.\d+)?/.exec(text)?.[1] ?? 0);
}

async function abzugPostgres(url: string, fortschritt: Fortschritt): Promise<Abzug> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ server_version_num: v }] = (await client.query('SHOW server_version_num')).rows as [{ server_version_num: string }];
    const serverMajor = Math.floor(Number(v) / 10000);
    const dumpMajor = await pgDumpVersion();
    if (dumpMajor < serverMajor) {
      throw new SicherungError(`pg_dump ${dumpMajor} ist älter als der PostgreSQL-Server (${serverMajor}) und kann ihn nicht sichern. pg_dump ${serverMajor} oder neuer installieren.`);
    }
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const [{ snapshot }] = (await client.query('SELECT pg_export_snapshot() AS snapshot')).rows as [{ snapshot: string }];
    const session = pgSession(client);
    const { url: ohne, passwort } = ohnePasswort(url);
    const dump = new Promise<string>((resolve, reject) => {
      const p = spawn('pg_dump', [...PG_DUMP_OPTIONEN, `--snapshot=${snapshot}`, `--dbname=${ohne}`], {
        env: { ...process.env, ...(passwort ? { PGPASSWORD: passwort } : {}) },
      });
      const teile: Buffer[] = [];
      let bytes = 0;
      let gemeldet = 0;
      let fehler = '';
      p.stdout.on('data', (d: Buffer) => {
        teile.push(d);
        bytes += d.length;
        if (bytes - gemeldet > 4 << 20) fortschritt(`pg_dump: ${mb((gemeldet = bytes))} gelesen …`);
      });
      p.stderr.on('data', (d: Buffer) => (fehler += d.toString()));
      p.on('error', reject);
      p.on('close', (code) => (code === 0 ? resolve(Buffer.concat(teile).toString('utf8')) : reject(new SicherungError(`pg_dump ist gescheitert (Code ${code}): ${fehler.trim()}`))));
    });
    fortschritt('pg_dump liest die Datenbank …');
    dump.catch(() => {}); // awaited below; meanwhile the same snapshot is counted (one query at a time on this connection)
    const schema = await schemaStand(session);
    const stand = await tabellenStand(session);
    const sql = await dump;
    await client.query('COMMIT');
    return { sql, stand, schema };
  } finally {
    await client.end();
  }
}
