// The locking discipline of every write path, in one sentence:
//
//   A mutation first locks the row its change hangs off — the Akt (`SELECT … FOR UPDATE`) for
//   anything on an Akt, the Mandatsanfrage for its assessment and decision — inside its
//   transaction, and reads every state it decides on only after that, under the lock.
//
// Two requests on the same Akt thus run one after the other: the second waits at its first
// statement, then sees what the first committed (READ COMMITTED takes a new snapshot per
// statement) and gets the domain's answer ("schon verrechnet", "archiviert", …). Reads take no
// lock. Locks are only ever taken in this order: a request's idempotency key (idempotenz.ts) → the
// office's acceptance lock (exclusive in annehmenMandatsanfrage; shared by createAkt, updateAkt and
// setGegner) → the Mandatsanfrage → the Akt (several: in id order, loescheAbgelaufeneAkten) → the
// office's number sequence, so two mutations never wait on each other in a circle.
//
// Why row locks and not SERIALIZABLE: a serialisation failure aborts the loser, and the whole
// mutation (with its Prisma interactive transaction) would have to be retried by the server; the
// lock instead makes the loser wait and decide on the winner's result, with the same answer a
// retry would get. On PGlite (one connection, one transaction at a time) the locks cost nothing.
// As the last line, the database's triggers and constraints hold the same invariants for a path
// that forgets its lock (migration `nebenlaeufigkeit`).
import type { Viewer } from '../auth/viewer.js';
import { Prisma } from '../generated/prisma/client.js';
import { ValidationError } from '../domain/errors.js';
import { merkeKeineWebhooks } from '../webhooks/outbox.js';
import { AKTEUR_SETZEN, ausstehenderAkteur } from '../audit/actor.js';
import { orNotFound, type SqlTx } from './db.js';

/** Namespace of the advisory lock on an office's parties: acceptances take it alone, Akt writes share it. */
const ANNAHME_SPERRE = 72707370;

/**
 * One acceptance per office at a time (exclusive): two at once would pick the same next
 * Aktenzeichen or Kurzbezeichnung; and the conflict check it runs again sees every party.
 */
export async function sperreAnnahmen(tx: SqlTx, viewer: Viewer): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ANNAHME_SPERRE}::int, hashtext(${viewer.kanzleiId}))`;
}

/**
 * Writes that add or change an Akt's parties (createAkt, updateAkt, setGegner) share the lock:
 * they run side by side, but never while an acceptance re-checks conflicts, so a party committed
 * at that moment cannot slip past the check.
 */
export async function teileAnnahmeSperre(tx: SqlTx, viewer: Viewer): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${ANNAHME_SPERRE}::int, hashtext(${viewer.kanzleiId}))`;
}

/** An archived Akt is read-only: nothing on it changes any more (lifecycle.md). */
export const archiviert = (field: string) =>
  new ValidationError({ field, message: 'Der Akt ist archiviert: er und alles darin kann nicht mehr geändert werden' });

/** For writes to what hangs off an Akt: refuses when the Akt is archived. */
export function requireNichtArchiviert(akt: { status: string }, field: string): void {
  if (akt.status === 'ARCHIVIERT') throw archiviert(field);
}

export interface GesperrterAkt {
  id: string;
  status: 'ANGELEGT' | 'IN_BEARBEITUNG' | 'ABGESCHLOSSEN' | 'ARCHIVIERT';
  version: number;
  abgeschlossenAm: Date | null;
  klientId: string;
}

// With the Akt's state, whether its office has any webhook: a write that has none to tell saves the
// outbox's lookup (server/webhooks/outbox.ts).
const AKT_SPALTEN = Prisma.sql`a.id::text AS id, a.status::text AS status, a.version, a."abgeschlossenAm", a."klientId"::text AS "klientId",
  EXISTS (SELECT 1 FROM "Webhook" w WHERE w."kanzleiId" = a."kanzleiId") AS "hatWebhooks"`;

type AktZeile = GesperrterAkt & { hatWebhooks: boolean; akteur?: unknown };

/**
 * The lock is a transaction's first statement, so it hands the audit actor over itself when the
 * transaction has one pending (server/audit/actor.ts): a statement fewer per write. set_config in
 * the select list runs only for a row found; without one the adapter sends it before the next
 * statement.
 */
function akteurSetzen(): { sql: Prisma.Sql; uebergeben(rows: readonly unknown[]): void } {
  const akteur = ausstehenderAkteur();
  if (!akteur) return { sql: Prisma.empty, uebergeben: () => {} };
  return {
    sql: Prisma.sql`, ${Prisma.raw(AKTEUR_SETZEN)}${akteur.json}, true) AS akteur`,
    uebergeben: (rows) => void (rows.length > 0 && (akteur.uebergeben = true)),
  };
}

function gesperrt(tx: SqlTx, row: AktZeile | undefined, entity: string, id: string): GesperrterAkt {
  const { hatWebhooks, akteur: _akteur, ...akt } = orNotFound(row ?? null, entity, id);
  if (!hatWebhooks) merkeKeineWebhooks(tx);
  return akt;
}

/** Locks the Akt of the caller's office (NotFound for another office's) and returns its state. */
export async function sperreAkt(tx: SqlTx, viewer: Viewer, aktId: string): Promise<GesperrterAkt> {
  const akteur = akteurSetzen();
  const rows = await tx.$queryRaw<AktZeile[]>`
    SELECT ${AKT_SPALTEN}${akteur.sql} FROM "Akt" a WHERE a.id = ${aktId}::uuid AND a."kanzleiId" = ${viewer.kanzleiId}::uuid FOR UPDATE`;
  akteur.uebergeben(rows);
  return gesperrt(tx, rows[0], 'Akt', aktId);
}

/** Locks the Akt for a write on it: NotFound, or a ValidationError on `field` when archived. */
export async function sperreOffenenAkt(tx: SqlTx, viewer: Viewer, aktId: string, field = 'aktId'): Promise<GesperrterAkt> {
  const akt = await sperreAkt(tx, viewer, aktId);
  requireNichtArchiviert(akt, field);
  return akt;
}

/** The rows that hang off an Akt and are changed by their own id. */
const AKT_ZEILEN = {
  Forderung: Prisma.sql`"Forderung"`,
  Leistung: Prisma.sql`"Leistung"`,
  Titel: Prisma.sql`"Titel"`,
  Honorarnote: Prisma.sql`"Honorarnote"`,
  Zahlung: Prisma.sql`"Zahlung"`,
  Honorarzahlung: Prisma.sql`"Honorarzahlung"`,
} as const;

/**
 * Locks the Akt that the row `id` of `entity` hangs off (one statement), for a write on that row:
 * NotFound when there is no such row in the caller's office, a ValidationError on `field` when
 * the Akt is archived. The caller reads the row itself afterwards, under the lock.
 */
export async function sperreAktVon(tx: SqlTx, viewer: Viewer, entity: keyof typeof AKT_ZEILEN, id: string, field = 'id'): Promise<GesperrterAkt> {
  const akteur = akteurSetzen();
  const rows = await tx.$queryRaw<AktZeile[]>`
    SELECT ${AKT_SPALTEN}${akteur.sql} FROM "Akt" a JOIN ${AKT_ZEILEN[entity]} z ON z."aktId" = a.id
    WHERE z.id = ${id}::uuid AND z."kanzleiId" = ${viewer.kanzleiId}::uuid FOR UPDATE OF a`;
  akteur.uebergeben(rows);
  const akt = gesperrt(tx, rows[0], entity, id);
  requireNichtArchiviert(akt, field);
  return akt;
}

/** Locks the Mandatsanfrage of the caller's office (NotFound for another office's). */
export async function sperreMandatsanfrage(tx: SqlTx, viewer: Viewer, id: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "Mandatsanfrage" WHERE id = ${id}::uuid AND "kanzleiId" = ${viewer.kanzleiId}::uuid FOR UPDATE`;
  orNotFound(rows[0] ?? null, 'Mandatsanfrage', id);
}
