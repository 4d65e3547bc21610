// Idempotency keys for the calls a double-click or a network retry repeats (erstelleHonorarnote,
// erfasseZahlung, submitMandatsanfrage): the client sends an optional `idempotencyKey`; a repeat
// with the same key within 24 hours answers what the first answered and writes nothing; the same
// key with another input is a ConflictError. Keys are per office.
//
// The key's row is written first in the mutation's transaction, before any other lock: a second
// request with the same key waits on the first's uncommitted row (the primary key), and then reads
// its committed answer; if the first rolled back, the second does the work itself.
import { createHash } from 'node:crypto';
import { ConflictError } from '../domain/errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { Tx } from './db.js';

/** How long a key answers repeats. */
export const IDEMPOTENZ_STUNDEN = 24;

/** JSON with sorted keys: the same input in another key order (or 1.0 vs 1.00) hashes alike. */
function kanonisch(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return (value as { toJSON(): unknown }).toJSON();
  if (Array.isArray(value)) return value.map(kanonisch);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, kanonisch(v)]),
  );
}

export const eingabeHash = (operation: string, eingabe: unknown): string =>
  createHash('sha256').update(`${operation}\n${JSON.stringify(kanonisch(eingabe))}`).digest('hex');

export interface Einmalig<T> {
  kanzleiId: string;
  operation: string;
  key: string | null | undefined;
  /** The validated input without the key. */
  eingabe: unknown;
  /** The mutation's work, in the same transaction. */
  work: () => Promise<T>;
  /** How the answer is stored and read back (default: as it is, for an id). */
  alsJson?: (t: T) => Prisma.InputJsonValue;
  ausJson?: (j: Prisma.JsonValue) => T;
}

/** Runs `work` once per key (see the header); without a key, simply runs it. */
export async function einmalig<T>(tx: Tx, e: Einmalig<T>): Promise<T> {
  if (!e.key) return e.work();
  const hash = eingabeHash(e.operation, e.eingabe);
  // Inserted, or taken over when expired: this request does the work. Otherwise the key is in
  // use; the insert waited for its transaction, whose answer is committed now.
  const neu = await tx.$queryRaw<{ neu: number }[]>`
    INSERT INTO "IdempotenzSchluessel" ("kanzleiId", "schluessel", "operation", "eingabeHash", "ergebnis")
    VALUES (${e.kanzleiId}::uuid, ${e.key}, ${e.operation}, ${hash}, 'null'::jsonb)
    ON CONFLICT ("kanzleiId", "schluessel") DO UPDATE
      SET "operation" = EXCLUDED."operation", "eingabeHash" = EXCLUDED."eingabeHash", "ergebnis" = EXCLUDED."ergebnis", "angelegtAm" = now()
      WHERE "IdempotenzSchluessel"."angelegtAm" < now() - make_interval(hours => ${IDEMPOTENZ_STUNDEN}::int)
    RETURNING 1 AS neu`;
  if (neu.length === 0) {
    const [erster] = await tx.$queryRaw<{ eingabeHash: string; ergebnis: Prisma.JsonValue }[]>`
      SELECT "eingabeHash", "ergebnis" FROM "IdempotenzSchluessel" WHERE "kanzleiId" = ${e.kanzleiId}::uuid AND "schluessel" = ${e.key}`;
    if (!erster || erster.eingabeHash !== hash) {
      throw new ConflictError(
        'Dieser idempotencyKey wurde in den letzten 24 Stunden schon für eine andere Anfrage verwendet; für eine neue Anfrage einen neuen Schlüssel senden.',
        'IdempotenzSchluessel',
      );
    }
    return e.ausJson ? e.ausJson(erster.ergebnis) : (erster.ergebnis as T);
  }
  const ergebnis = await e.work();
  await tx.$executeRaw`
    UPDATE "IdempotenzSchluessel" SET "ergebnis" = ${JSON.stringify(e.alsJson ? e.alsJson(ergebnis) : ergebnis)}::jsonb
    WHERE "kanzleiId" = ${e.kanzleiId}::uuid AND "schluessel" = ${e.key}`;
  // Expired keys of the office go here, rather than by a scheduled job.
  await tx.$executeRaw`
    DELETE FROM "IdempotenzSchluessel"
    WHERE "kanzleiId" = ${e.kanzleiId}::uuid AND "angelegtAm" < now() - make_interval(hours => ${IDEMPOTENZ_STUNDEN}::int)`;
  return ergebnis;
}
