// What a database holds, table by table: the row count and a checksum over every row, plus every
// sequence's position. Taken from the backup's own snapshot, written into its header, and compared
// after a restore or a move: equal figures mean every row arrived, with every column unchanged.
//
// Unlogged tables are left out, as the backup leaves out their rows (pg_dump --no-unlogged-table-data):
// they hold what may be lost at any crash (RateLimitCounter: the current rate-limit windows).
//
// The checksum is the sum of each row's MD5 (its first 60 bits as a number), so it does not depend
// on the order rows come back in. A row is hashed in its text form with the time zone and date
// style fixed, which PostgreSQL 15 and PGlite (PostgreSQL 17+) print alike for every column type
// this schema uses (text, numeric, timestamp, jsonb, enums, booleans, arrays).
import type { SqlSession } from '../db/migrate.js';
import type { TabellenStand } from './datei.js';

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Session settings under which row texts print the same on every PostgreSQL. */
export const STAND_EINSTELLUNGEN = `SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 1`;

export async function tabellenStand(db: Pick<SqlSession, 'query' | 'exec'>): Promise<TabellenStand> {
  await db.exec(STAND_EINSTELLUNGEN);
  const tabellen: TabellenStand['tabellen'] = {};
  const namen = await db.query<{ name: string }>(`SELECT relname AS name FROM pg_catalog.pg_class
    WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') AND relpersistence = 'p' ORDER BY relname COLLATE "C"`);
  for (const { name } of namen) {
    const [row] = await db.query<{ zeilen: number; pruefsumme: string }>(
      `SELECT count(*)::int AS zeilen, coalesce(sum(('x' || left(md5(t::text), 15))::bit(60)::bigint::numeric), 0)::text AS pruefsumme FROM public.${ident(name)} t`,
    );
    tabellen[name] = { zeilen: row!.zeilen, pruefsumme: row!.pruefsumme };
  }
  const sequenzen: TabellenStand['sequenzen'] = {};
  const seqs = await db.query<{ name: string }>(`SELECT sequencename AS name FROM pg_catalog.pg_sequences WHERE schemaname = 'public' ORDER BY sequencename COLLATE "C"`);
  for (const { name } of seqs) {
    const [row] = await db.query<{ wert: string }>(`SELECT CASE WHEN is_called THEN last_value::text ELSE (last_value - 1)::text END AS wert FROM public.${ident(name)}`);
    sequenzen[name] = row!.wert;
  }
  return { tabellen, sequenzen };
}

/**
 * The sequence positions a dump sets (its `SELECT pg_catalog.setval('public."X_seq"', 158, true);`
 * lines), as tabellenStand reports them. A sequence is outside every snapshot (nextval is never
 * rolled back): on a running PostgreSQL, pg_dump may read it a moment after the rows, so the header
 * records what the dump will set, not what a second look would see.
 */
export function dumpSequenzen(sql: string): TabellenStand['sequenzen'] {
  const out: TabellenStand['sequenzen'] = {};
  for (const m of sql.matchAll(/^SELECT pg_catalog\.setval\('public\.(?:"((?:[^"]|"")+)"|([a-z_][a-z0-9_$]*))', (\d+), (true|false)\);$/gm)) {
    const name = m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!;
    out[name] = m[4] === 'true' ? m[3]! : (BigInt(m[3]!) - 1n).toString();
  }
  return out;
}

/** The differences between two states, one line each ("Akt: 3 Zeilen statt 4"); empty when equal. */
export function standUnterschiede(erwartet: TabellenStand, ist: TabellenStand): string[] {
  const out: string[] = [];
  for (const name of new Set([...Object.keys(erwartet.tabellen), ...Object.keys(ist.tabellen)])) {
    const e = erwartet.tabellen[name];
    const i = ist.tabellen[name];
    if (!e) out.push(`Tabelle ${name}: nicht erwartet`);
    else if (!i) out.push(`Tabelle ${name}: fehlt`);
    else if (e.zeilen !== i.zeilen) out.push(`Tabelle ${name}: ${i.zeilen} Zeilen statt ${e.zeilen}`);
    else if (e.pruefsumme !== i.pruefsumme) out.push(`Tabelle ${name}: Inhalt weicht ab (Prüfsumme)`);
  }
  for (const name of new Set([...Object.keys(erwartet.sequenzen), ...Object.keys(ist.sequenzen)])) {
    if (erwartet.sequenzen[name] !== ist.sequenzen[name]) out.push(`Sequenz ${name}: ${ist.sequenzen[name] ?? 'fehlt'} statt ${erwartet.sequenzen[name] ?? 'keine'}`);
  }
  return out;
}

/** The schema version: the newest applied migration, and how many there are. */
export async function schemaStand(db: Pick<SqlSession, 'query'>): Promise<{ schema: string; migrationen: number }> {
  const rows = await db.query<{ migration_name: string }>(
    `SELECT migration_name FROM public."_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name COLLATE "C"`,
  );
  return { schema: rows.at(-1)?.migration_name ?? '', migrationen: rows.length };
}
