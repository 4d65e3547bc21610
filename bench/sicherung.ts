// npm run bench:sicherung — backup, restore and the move to PostgreSQL at 10 000 Akten (issue 19).
// The data: the HTTP benchmark's PostgreSQL database (bench/seed.ts: one office, BENCH_AKTEN Akten,
// each with a Klient, 2 Gegner, 5 Forderungen, 3 Leistungen, 1 Titel). Steps, each timed:
// 1. backup of PostgreSQL (pg_dump from an exported snapshot, rows counted and checksummed);
// 2. that file restored into an embedded data folder;
// 3. backup of the embedded database while "requests" run: a query every 20 ms against the same
//    PGlite, whose longest wait is the pause the server's users would notice;
// 4. that file restored into a new PostgreSQL database;
// 5. migrate-to-postgres of the embedded folder into another new database (backup, restore, row
//    checks, and the API compared: every dashboard page of 50 Akten on both sides).
// The databases this creates are dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../server/db/database.js';
import { erstelleSicherung } from '../server/sicherung/erstellen.js';
import { zieheNachPostgres } from '../server/sicherung/umzug.js';
import { stelleWiederHer } from '../server/sicherung/wiederherstellen.js';
import { machine, mib, table } from './report.js';
import { ensureBenchDatabase } from './seed.js';
import { ADMIN_URL } from './setup.js';

const withDb = (name: string) => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
};

const bench = await ensureBenchDatabase();
const dir = mkdtempSync(join(tmpdir(), 'kanzlei-bench-sicherung-'));
const neu: string[] = [];
const neueDb = () => {
  const n = `kanzlei_bench_sicherung_${randomBytes(4).toString('hex')}`;
  neu.push(n);
  return withDb(n);
};
const rows: (string | number)[][] = [];
const zeit = async <T>(name: string, work: () => Promise<T>, extra: (r: T) => string = () => ''): Promise<T> => {
  const t0 = performance.now();
  const r = await work();
  const s = (performance.now() - t0) / 1000;
  rows.push([name, s.toFixed(1), extra(r)]);
  console.log(`${name}: ${s.toFixed(1)} s ${extra(r)}`);
  return r;
};

try {
  const pgSicherung = await zeit('1. backup of PostgreSQL', () => erstelleSicherung({ kind: 'postgresql', url: bench.url }),
    ({ datei, kopf }) => `${mib(datei.length)}, ${Object.values(kopf.tabellen).reduce((s, t) => s + t.zeilen, 0).toLocaleString('en')} rows, Akt ${kopf.tabellen.Akt!.zeilen}`);
  const ordner = join(dir, 'data');
  await zeit('2. restore into an embedded folder', () => stelleWiederHer(pgSicherung.datei, { kind: 'pglite', dataDir: ordner }));

  const db = await openDatabase({ kind: 'pglite', dataDir: ordner });
  let laengste = 0;
  let anfragen = 0;
  let stop = false;
  const last = (async () => {
    while (!stop) {
      const t0 = performance.now();
      await db.prisma.$queryRaw`SELECT count(*) FROM "Akt"`;
      laengste = Math.max(laengste, performance.now() - t0);
      anfragen++;
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const pgliteSicherung = await zeit('3. backup of the embedded database, queries running', () => erstelleSicherung(db.verbindung),
    ({ datei }) => `${mib(datei.length)}; ${anfragen} queries meanwhile, the longest waited ${laengste.toFixed(0)} ms`);
  stop = true;
  await last;
  await db.close();

  await zeit('4. restore into a new PostgreSQL database', () => stelleWiederHer(pgliteSicherung.datei, { kind: 'postgresql', url: neueDb() }));
  const ziel = neueDb();
  // Where step 5's time goes: the time of each of its progress lines.
  const t5 = performance.now();
  const stufen: string[] = [];
  await zeit('5. migrate-to-postgres (with row and API checks)', () => zieheNachPostgres(ordner, ziel, { fortschritt: (z) => stufen.push(`  ${((performance.now() - t5) / 1000).toFixed(1)} s  ${z}`) }),
    (u) => `${u.antworten} API answers compared`);
  console.log(stufen.join('\n'));

  console.log('');
  for (const line of await machine(ADMIN_URL)) console.log(line);
  console.log(table(['step', 'seconds', 'detail'], rows));
} finally {
  rmSync(dir, { recursive: true, force: true });
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  for (const n of neu) await c.query(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`);
  await c.end();
}
