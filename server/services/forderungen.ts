import type { Viewer } from '../auth/viewer.js';
import { ValidationError } from '../domain/errors.js';
import { createForderungInput, updateForderungInput, zinsenConsistent, zinsenIssue } from '../domain/forderung.js';
import { byIdInput, parseInput } from '../domain/validation.js';
import { inSqlTransaction, inTransaction, orNotFound, type Db, type SqlTx } from './db.js';
import { sperreAktVon, sperreOffenenAkt } from './sperren.js';
import { isoDate } from '../domain/dates.js';
import { melde } from '../webhooks/daten.js';
import type { Forderung } from '../generated/prisma/client.js';
import type { ForderungArt } from '../generated/prisma/enums.js';
import { Decimal } from '../domain/money.js';
import { asDate } from '../db/singleStatementLoad.js';

export interface NeueForderung {
  id: string;
  /** Set when the Forderung was put on the Akt's first Titel: the user should check it. */
  hinweis: string | null;
  /** The row as written, as Prisma returns it (the payload needs no statement for it). */
  zeile: Forderung;
}

export async function createForderung(db: Db, viewer: Viewer, raw: unknown): Promise<NeueForderung> {
  const input = parseInput(createForderungInput, raw);
  return inSqlTransaction(db, viewer.kanzleiId, async (tx) => {
    await sperreOffenenAkt(tx, viewer, input.aktId);
    const id = crypto.randomUUID();
    const { zeile, titel } = await einfuegenBeimErstenTitel(tx, viewer.kanzleiId, id, input);
    await melde(tx, viewer.kanzleiId, 'forderung.angelegt', { art: 'forderung', id, aktId: input.aktId });
    const hinweis = titel
      ? `Die Forderung wurde dem ersten Titel des Akts zugeordnet (${titel.beschlussart} vom ${titel.datum}` +
        `${titel.geschaeftszahl ? `, ${titel.geschaeftszahl}` : ''}). Falls sie ein anderer Titel zuspricht: assignForderungenToTitel.`
      : null;
    return { id, hinweis, zeile };
  });
}

type ForderungDaten = ReturnType<typeof createForderungInput.parse>;

/**
 * Inserts the Forderung on the Akt's first Titel (rule 2 of titel.md: a Forderung created in an Akt
 * that has Titel goes to the first one, earliest datum, then earliest created) and returns that
 * Titel: one statement, under the Akt's lock. It writes what Prisma's create would: a v4 UUID,
 * amounts exactly as given, dates as dates, `angelegtAm` the server's clock in UTC (the column is a
 * timestamp without zone, as Prisma writes it). It returns the row as stored, as Prisma would.
 */
async function einfuegenBeimErstenTitel(tx: SqlTx, kanzleiId: string, id: string, f: ForderungDaten) {
  const datum = (d: Date | null | undefined) => (d ? isoDate(d) : null);
  const [row] = await tx.$queryRaw<{
    art: ForderungArt; bezeichnung: string | null; betrag: string; faelligAm: string | null; zinssatz: string | null; zinsenAb: string | null;
    angelegtAm: string; titelId: string | null; datum: string | null; beschlussart: string | null; geschaeftszahl: string | null;
  }[]>`
    WITH titel AS (
      SELECT id, datum, beschlussart, geschaeftszahl FROM "Titel" WHERE "aktId" = ${f.aktId}::uuid
       ORDER BY datum ASC, "angelegtAm" ASC, id ASC LIMIT 1),
    neu AS (
      INSERT INTO "Forderung" (id, "kanzleiId", "aktId", art, bezeichnung, betrag, "faelligAm", zinssatz, "zinsenAb", "titelId", "angelegtAm")
      SELECT ${id}::uuid, ${kanzleiId}::uuid, ${f.aktId}::uuid, ${f.art}::"ForderungArt", ${f.bezeichnung ?? null}::text, ${f.betrag.toFixed()}::numeric,
             ${datum(f.faelligAm)}::date, ${f.zinssatz?.toFixed() ?? null}::numeric, ${datum(f.zinsenAb)}::date, (SELECT id FROM titel),
             ${new Date().toISOString()}::timestamp
      RETURNING *)
    SELECT neu.art::text AS art, neu.bezeichnung, neu.betrag::text AS betrag, to_char(neu."faelligAm", 'YYYY-MM-DD') AS "faelligAm",
           neu.zinssatz::text AS zinssatz, to_char(neu."zinsenAb", 'YYYY-MM-DD') AS "zinsenAb",
           to_char(neu."angelegtAm", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "angelegtAm",
           t.id::text AS "titelId", to_char(t.datum, 'YYYY-MM-DD') AS datum, t.beschlussart::text AS beschlussart, t.geschaeftszahl
      FROM neu LEFT JOIN titel t ON true`;
  const r = row!;
  const zeile: Forderung = {
    id, kanzleiId, aktId: f.aktId, art: r.art, bezeichnung: r.bezeichnung, betrag: new Decimal(r.betrag),
    faelligAm: r.faelligAm === null ? null : asDate(r.faelligAm), zinssatz: r.zinssatz === null ? null : new Decimal(r.zinssatz),
    zinsenAb: r.zinsenAb === null ? null : asDate(r.zinsenAb), titelId: r.titelId, angelegtAm: asDate(r.angelegtAm),
  };
  const titel = r.titelId ? { id: r.titelId, datum: r.datum!, beschlussart: r.beschlussart!, geschaeftszahl: r.geschaeftszahl } : null;
  return { zeile, titel };
}

export async function updateForderung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id, ...changes } = parseInput(updateForderungInput, raw);
  return inTransaction(db, async (tx) => {
    const akt = await sperreAktVon(tx, viewer, 'Forderung', id);
    const current = orNotFound(
      await tx.forderung.findFirst({ where: { id, kanzleiId: viewer.kanzleiId }, select: { zinssatz: true, zinsenAb: true } }),
      'Forderung',
      id,
    );
    const merged = { zinssatz: current.zinssatz, zinsenAb: current.zinsenAb, ...changes };
    if (!zinsenConsistent(merged)) throw new ValidationError(zinsenIssue);
    await tx.forderung.update({ where: { id }, data: changes });
    await melde(tx, viewer.kanzleiId, 'forderung.geaendert', { art: 'forderung', id, aktId: akt.id });
    return id;
  });
}

/** Deletes the Forderung; returns the id of its Akt. */
export async function deleteForderung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id } = parseInput(byIdInput, raw);
  return inTransaction(db, async (tx) => {
    const akt = await sperreAktVon(tx, viewer, 'Forderung', id);
    // Rendered before the row goes: the Forderung as it was.
    await melde(tx, viewer.kanzleiId, 'forderung.geloescht', { art: 'forderung', id, aktId: akt.id });
    await tx.forderung.delete({ where: { id } });
    return akt.id;
  });
}
