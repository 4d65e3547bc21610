// The PostgreSQL databases of the tests, the same way as the PGlite ones (pgliteVorlage.ts): a
// copy of the migrated template (CREATE DATABASE … TEMPLATE: most of a second, and as long again
// to drop) is made only when the file has none free; a database a test has closed is reset for the
// next test of the file: its other connections ended (as DROP … WITH (FORCE) would), every table
// it wrote to emptied, sequences restarted, the migrations' own rows put back, in one transaction.
// The file's databases are dropped when it ends (setup.ts); any a crashed worker left carry the
// template's name and go with it when the run ends (globalSetup.ts).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { adminUrl, withDatabase } from './postgres.js';

interface Vorlage {
  zeilen: { tabelle: string; json: string }[];
  sequenzen: string[];
  /** A query naming the tables without template rows that hold rows now. */
  nichtLeer: string;
}

let vorlage: Promise<Vorlage> | null = null;
const frei: string[] = [];
const alle = new Set<string>();

async function mitClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

const ladeVorlage = (url: string, template: string) =>
  (vorlage ??= mitClient(withDatabase(url, template), async (c) => {
    const namen = (await c.query<{ n: string }>(
      `SELECT relname AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> '_prisma_migrations' ORDER BY relname`,
    )).rows.map((r) => r.n);
    const zeilen: Vorlage['zeilen'] = [];
    for (const tabelle of namen) {
      const [r] = (await c.query<{ j: string | null }>(`SELECT json_agg(t)::text AS j FROM "${tabelle}" t`)).rows;
      if (r?.j) zeilen.push({ tabelle: `"${tabelle}"`, json: r.j });
    }
    const sequenzen = (await c.query<{ s: string }>(`SELECT format('%I.%I', schemaname, sequencename) AS s FROM pg_sequences WHERE schemaname = 'public'`)).rows.map((r) => r.s);
    const mitVorlage = new Set(zeilen.map((z) => z.tabelle));
    const nichtLeer = namen.map((n) => `"${n}"`).filter((t) => !mitVorlage.has(t)).map((t) => `SELECT '${t}' AS t WHERE EXISTS (SELECT 1 FROM ${t})`).join(' UNION ALL ');
    return { zeilen, sequenzen, nichtLeer };
  }));

async function zuruecksetzen(url: string, name: string, v: Vorlage): Promise<void> {
  await mitClient(withDatabase(url, name), async (c) => {
    await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
    await c.query(`SET lock_timeout = '5s'`);
    await c.query('BEGIN');
    try {
      // As for PGlite: only the tables the test wrote to, the migrations' ones refilled, every sequence restarted.
      const leeren = [...(await c.query<{ t: string }>(v.nichtLeer)).rows.map((r) => r.t), ...v.zeilen.map((z) => z.tabelle)];
      await c.query(`SET LOCAL session_replication_role = replica; TRUNCATE ${leeren.join(', ')} CASCADE; ${v.sequenzen.map((q) => `ALTER SEQUENCE ${q} RESTART;`).join(' ')}`);
      for (const { tabelle, json } of v.zeilen) await c.query(`INSERT INTO ${tabelle} SELECT * FROM json_populate_recordset(NULL::${tabelle}, $1::json)`, [json]);
      await c.query('COMMIT');
    } catch (error) {
      await c.query('ROLLBACK').catch(() => {});
      throw error;
    }
  });
}

const drop = (url: string, name: string) =>
  mitClient(adminUrl(url), (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => void alle.delete(name));

/** A database as fresh as the template: its URL, and what its test's close() does with it. */
export async function pgDatenbank(url: string, template: string): Promise<{ url: string; freigeben: () => Promise<void> }> {
  const v = await ladeVorlage(url, template);
  let name = frei.pop();
  if (!name) {
    name = `${template}_${randomBytes(4).toString('hex')}`;
    await mitClient(adminUrl(url), (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
    alle.add(name);
  }
  const n = name;
  return {
    url: withDatabase(url, n),
    freigeben: () => zuruecksetzen(url, n, v).then(() => void frei.push(n), () => drop(url, n)),
  };
}

/** Drops the file's databases (at its end). */
export async function pgDatenbankenWeg(url: string): Promise<void> {
  frei.length = 0;
  for (const name of [...alle]) await drop(url, name).catch(() => {});
}
