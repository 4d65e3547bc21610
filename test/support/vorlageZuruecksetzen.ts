// Resetting a test database to what the migrated template holds, the same way on PGlite
// (pgliteVorlage.ts) and PostgreSQL (pgPool.ts): only the tables the test wrote to are emptied (a
// test touches a dozen of the 36), the tables the migrations filled (the court register) are
// filled again, and every sequence starts again (a rolled-back insert moves one on, too).
// DELETE, not TRUNCATE: a test leaves a few rows, and TRUNCATE gives every table and index new
// files and sweeps the buffer cache for the old ones: 70–100 ms a reset on PostgreSQL against
// 7 ms (measured on the 2-core CI machine), in a suite that resets a thousand times.
import type { SqlSession } from '../../server/db/migrate.js';

export interface Vorlage {
  /** The rows the migrations wrote, per (quoted) table, as JSON. */
  zeilen: { tabelle: string; json: string }[];
  /** Every sequence, qualified. */
  sequenzen: string[];
  /** A query naming the tables without template rows that hold rows now. */
  nichtLeer: string;
}

/** Read once from the freshly migrated template. */
export async function liesVorlage(db: Pick<SqlSession, 'query'>): Promise<Vorlage> {
  const namen = (await db.query<{ n: string }>(
    `SELECT relname AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> '_prisma_migrations' ORDER BY relname`,
  )).map((r) => `"${r.n}"`);
  const zeilen: Vorlage['zeilen'] = [];
  for (const tabelle of namen) {
    const [r] = await db.query<{ j: string | null }>(`SELECT json_agg(t)::text AS j FROM ${tabelle} t`);
    if (r?.j) zeilen.push({ tabelle, json: r.j });
  }
  const sequenzen = (await db.query<{ s: string }>(`SELECT format('%I.%I', schemaname, sequencename) AS s FROM pg_sequences WHERE schemaname = 'public'`)).map((r) => r.s);
  const mitZeilen = new Set(zeilen.map((z) => z.tabelle));
  const nichtLeer = namen.filter((t) => !mitZeilen.has(t)).map((t) => `SELECT '${t}' AS t WHERE EXISTS (SELECT 1 FROM ${t})`).join(' UNION ALL ');
  return { zeilen, sequenzen, nichtLeer };
}

/** Inside a transaction the caller commits. */
export async function setzeZurueck(tx: SqlSession, v: Vorlage): Promise<void> {
  const leeren = [...(await tx.query<{ t: string }>(v.nichtLeer)).map((r) => r.t), ...v.zeilen.map((z) => z.tabelle)];
  // Replica role: the triggers (the append-only audit trail among them) and the foreign keys stay
  // out of the way, so the order of the DELETEs does not matter.
  await tx.exec(`SET LOCAL session_replication_role = replica; ${leeren.map((t) => `DELETE FROM ${t};`).join(' ')} ${v.sequenzen.map((q) => `ALTER SEQUENCE ${q} RESTART;`).join(' ')}`);
  for (const { tabelle, json } of v.zeilen) await tx.query(`INSERT INTO ${tabelle} SELECT * FROM json_populate_recordset(NULL::${tabelle}, $1::json)`, [json]);
}
