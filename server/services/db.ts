// What the services share: the Prisma types, and turning database refusals into domain errors.
import type { PrismaClient, Prisma } from '../generated/prisma/client.js';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js';
import { currentActor, mitAusstehendemAkteur } from '../audit/actor.js';
import { AdapterTransaktion, inAdapterTransaktion, VollerClientNoetig, type SqlTx } from '../db/adapterTransaktion.js';
import { verbundenerAdapter } from '../db/direkt.js';

export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;
export type { SqlTx };
/** The transaction of `inSqlTransaction`'s work: the adapter's own, or Prisma's when it needed it. */
export type SchreibTx = Tx | AdapterTransaktion;

/**
 * Runs `work` in one transaction: a mutation lands whole or not at all. The audit triggers record
 * every row it writes, in the same transaction, under the acting user named first (see
 * server/audit/actor.ts); a write outside `inTransaction` would be recorded as the system's.
 * `timeoutMs`: for the rare transaction that may run longer than Prisma's 5 s default (a bank
 * statement import of 10 000 entries).
 */
export const inTransaction = <T>(db: Db, work: (tx: Tx) => Promise<T>, options?: { timeoutMs: number }): Promise<T> => {
  const actor = currentActor();
  // Handed to the database before or with the transaction's first statement (server/audit/actor.ts).
  const transaction = () => db.$transaction((tx) => work(tx), options ? { timeout: options.timeoutMs } : undefined);
  return (actor ? mitAusstehendemAkteur(actor, transaction) : transaction()).catch((error: unknown) => {
    throw alsKonflikt(error) ?? error;
  });
};

/**
 * As `inTransaction`, for work that sends only SQL of its own: it runs on the driver adapter's
 * transaction (server/db/adapterTransaktion.ts: a quarter of the CPU of Prisma's). Work that needs
 * Prisma's client after all (say an event to render for a webhook: `vollerClient`) is rolled back
 * there and runs again, whole, in `inTransaction`: nothing of the first attempt remains, and the
 * second decides afresh under its own locks. Before the client has connected (the first statement
 * after a start), it is `inTransaction` straight away, and so is the next minute of writes of an
 * office (`kanzleiId`) that needed Prisma's: it has webhooks, and would start twice every time.
 */
export const inSqlTransaction = <T>(db: Db, kanzleiId: string, work: (tx: SchreibTx) => Promise<T>): Promise<T> => {
  const adapter = verbundenerAdapter(db);
  if (!adapter || fuerPrisma.get(db)?.brauchtVoll(kanzleiId)) return inTransaction(db, work);
  const actor = currentActor();
  const transaction = () => inAdapterTransaktion(adapter, work);
  return (actor ? mitAusstehendemAkteur(actor, transaction) : transaction()).catch((error: unknown) => {
    if (error instanceof VollerClientNoetig) {
      let kanzleien = fuerPrisma.get(db);
      if (!kanzleien) fuerPrisma.set(db, (kanzleien = new KanzleienFuerPrisma()));
      kanzleien.merke(kanzleiId);
      return inTransaction(db, work);
    }
    throw alsKonflikt(error) ?? error;
  });
};

/**
 * The offices whose writes needed Prisma's transaction lately, per database. Only a hint for the
 * choice of transaction (an office that lost its webhooks is back on the adapter's within a minute),
 * bounded like every cache of the server.
 */
class KanzleienFuerPrisma {
  static readonly DAUER_MS = 60_000;
  static readonly HOECHSTENS = 10_000;
  #bis = new Map<string, number>();

  brauchtVoll(kanzleiId: string): boolean {
    const bis = this.#bis.get(kanzleiId);
    if (bis === undefined) return false;
    if (bis > Date.now()) return true;
    this.#bis.delete(kanzleiId);
    return false;
  }

  merke(kanzleiId: string): void {
    this.#bis.delete(kanzleiId);
    if (this.#bis.size >= KanzleienFuerPrisma.HOECHSTENS) this.#bis.delete(this.#bis.keys().next().value!);
    this.#bis.set(kanzleiId, Date.now() + KanzleienFuerPrisma.DAUER_MS);
  }
}

const fuerPrisma = new WeakMap<Db, KanzleienFuerPrisma>();

/** Prisma's transaction client; on the adapter's transaction, the signal to start again on Prisma's. */
export function vollerClient(tx: SchreibTx, grund: string): Tx {
  if (tx instanceof AdapterTransaktion) throw new VollerClientNoetig(grund);
  return tx;
}

/**
 * What the database's last line of defence refuses (migration `nebenlaeufigkeit`), in words for
 * the user: a trigger's rule (SQLSTATE KZ409, its name in DETAIL) or a unique index that only a
 * lost race can hit. The services' locks keep these from happening; if one still does, the loser
 * gets a ConflictError instead of "Unexpected error.".
 */
const KONFLIKTE: Record<string, { entity: string; message?: string }> = {
  akt_archiviert: { entity: 'Akt' },
  leistung_schon_verrechnet: { entity: 'Leistung' },
  leistung_gerichtlich_bestimmt: { entity: 'Leistung' },
  leistung_verrechnet_gesperrt: { entity: 'Leistung' },
  leistung_titel_gesperrt: { entity: 'Leistung' },
  honorarnote_unveraenderlich: { entity: 'Honorarnote' },
  mandatsanfrage_entschieden: { entity: 'Mandatsanfrage' },
  mandatsanfrage_ablehnungsgrund: { entity: 'Mandatsanfrage' },
  zahlung_schon_storniert: { entity: 'Zahlung' },
  zahlung_unveraenderlich: { entity: 'Zahlung' },
  titel_gegen_wen: { entity: 'Titel' },
  honorarzahlung_schon_storniert: { entity: 'Honorarzahlung' },
  honorarzahlung_unveraenderlich: { entity: 'Honorarzahlung' },
  honorarnote_fremd: { entity: 'Honorarnote' },
  honorarnote_stornorechnung: { entity: 'Honorarnote' },
  honorarnote_storniert: { entity: 'Honorarnote' },
  honorarnote_abgeschrieben: { entity: 'Honorarnote' },
  honorarnote_ueberzahlt: { entity: 'Honorarnote' },
  honorarnote_hat_zahlungen: { entity: 'Honorarnote' },
  abschreibung_unveraenderlich: { entity: 'HonorarnoteAbschreibung' },
  abschreibung_betrag: { entity: 'HonorarnoteAbschreibung' },
  akt_offene_honorarnoten: { entity: 'Akt' },
  HonorarnoteAbschreibung_honorarnoteId_key: { entity: 'Honorarnote', message: 'Die Honorarnote ist schon abgeschrieben.' },
  Honorarnote_stornoVonId_key: { entity: 'Honorarnote', message: 'Die Honorarnote ist schon storniert.' },
  Titel_leistungId_key: { entity: 'Leistung', message: 'Diese Leistung wurde schon gerichtlich bestimmt.' },
  IdempotenzSchluessel_pkey: { entity: 'IdempotenzSchluessel', message: 'Eine Anfrage mit diesem idempotencyKey läuft gerade; bitte erneut senden.' },
};

type Fehlerform = { code?: unknown; kind?: unknown; message?: unknown; detail?: unknown; originalCode?: unknown; originalMessage?: unknown; constraint?: { index?: unknown }; meta?: { driverAdapterError?: { cause?: unknown }; target?: unknown }; cause?: unknown };

/** The ConflictError a database refusal stands for, or null for any other error. */
export function alsKonflikt(error: unknown): ConflictError | null {
  if (error instanceof ConflictError) return error;
  const seen = new Set<unknown>();
  const todo = [error];
  while (todo.length) {
    const e = todo.pop() as Fehlerform | undefined;
    if (typeof e !== 'object' || e === null || seen.has(e)) continue;
    seen.add(e);
    if ((e.code === 'KZ409' || e.originalCode === 'KZ409') && typeof e.detail === 'string') {
      const k = KONFLIKTE[e.detail];
      if (k) return new ConflictError(String(e.message), k.entity);
    }
    if (e.kind === 'UniqueConstraintViolation') {
      // The pg adapter names the index; the PGlite adapter only the fields, but the message names it.
      const index = typeof e.constraint?.index === 'string' ? e.constraint.index : /unique constraint "([^"]+)"/.exec(String(e.originalMessage ?? ''))?.[1];
      const k = index ? KONFLIKTE[index] : undefined;
      if (k?.message) return new ConflictError(k.message, k.entity);
    }
    // Two transactions that wait on each other: the database aborts one of them.
    if (e.kind === 'TransactionWriteConflict' || e.originalCode === '40P01' || e.originalCode === '40001') {
      return new ConflictError('Eine gleichzeitige Änderung kam dazwischen; nichts wurde gespeichert. Bitte erneut versuchen.', 'Transaktion');
    }
    todo.push(e.cause, e.meta?.driverAdapterError, e.meta?.driverAdapterError?.cause);
  }
  return null;
}

/**
 * From here to the end of the transaction the audit trail records which fields changed but not
 * their values: deleting data whose retention has expired must not keep a copy of it in the trail.
 */
export const auditOhneWerte = async (tx: Tx): Promise<void> => {
  await tx.$executeRaw`SELECT set_config('audit.ohne_werte', 'on', true)`;
};

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';

/**
 * A unique index refused the write (two users saving the same Aktenzeichen at once gets here even
 * after the check before it): report it as a validation error on `field`.
 */
export async function uniqueAs<T>(field: string, message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError({ field, message });
    throw error;
  }
}

/** Fails unless every id names a row of this office (another office's row must look like none). */
export async function requireAllInKanzlei(
  found: (ids: string[]) => Promise<{ id: string }[]>,
  ids: string[],
  field: string,
  entity: string,
): Promise<void> {
  if (ids.length === 0) return;
  const present = new Set((await found(ids)).map((r) => r.id));
  const missing = ids.filter((id) => !present.has(id));
  if (missing.length > 0) {
    throw new ValidationError({ field, message: `${entity} ${missing.join(', ')} wurde nicht gefunden` });
  }
}

export function orNotFound<T>(row: T | null, entity: string, id: string): T {
  if (!row) throw new NotFoundError(entity, id);
  return row;
}
