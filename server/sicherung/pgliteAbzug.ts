// The embedded database's backup, made from an image of its data folder (PGlite's dumpDataDir) in a
// PGlite of its own: the server's database is paused only while the image is copied, and pg_dump
// (PGlite's WebAssembly build, @electric-sql/pglite-tools) then reads the image while the server
// goes on. The image is a crash-consistent snapshot: opened, PostgreSQL replays its log, so a
// transaction that was still open at the copy is simply not in it.
// Runs in a worker thread (abzugWorker.mjs), because pg_dump runs synchronously and would hold up
// the server's requests for as long as it reads; it loads no Prisma, only PGlite.
import { PGlite } from '@electric-sql/pglite';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import type { SqlSession } from '../db/migrate.js';
import type { TabellenStand } from './datei.js';
import { schemaStand, tabellenStand } from './tabellenStand.js';

/**
 * pg_dump's options for both sources: no owners or grants (the target's user owns it all);
 * multi-row INSERTs, which PGlite's exec can run (it has no COPY FROM stdin); no rows of unlogged
 * tables (the rate-limit windows: PostgreSQL itself empties them after a crash).
 */
export const PG_DUMP_OPTIONEN = ['--no-owner', '--no-privileges', '--inserts', '--rows-per-insert=1000', '--no-unlogged-table-data'];

export interface Abzug {
  sql: string;
  stand: TabellenStand;
  schema: { schema: string; migrationen: number };
}

export async function abzugAusAbbild(abbild: Blob): Promise<Abzug> {
  const pg = await PGlite.create({ loadDataDir: abbild });
  try {
    const session: SqlSession = {
      query: async (sql, params) => (await pg.query(sql, params)).rows as never,
      exec: async (sql) => void (await pg.exec(sql)),
    };
    const schema = await schemaStand(session);
    const stand = await tabellenStand(session);
    const datei = await pgDump({ pg, args: PG_DUMP_OPTIONEN });
    return { sql: await datei.text(), stand, schema };
  } finally {
    await pg.close();
  }
}
