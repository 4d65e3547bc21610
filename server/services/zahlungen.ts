// Payments from the debtor: recorded immutably, reversed (never edited), allocated by replaying
// the full history (server/domain/zahlungen.ts).
import { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import { ValidationError } from '../domain/errors.js';
import { amount, date, id, idempotencyKey, optionalText, parseInput } from '../domain/validation.js';
import type { Decimal } from '../domain/money.js';
import { inTransaction, orNotFound, type Db, type Tx } from './db.js';
import { einmalig } from './idempotenz.js';
import { sperreAktVon, sperreOffenenAkt } from './sperren.js';
import { melde } from '../webhooks/daten.js';

const erfasseInput = z.object({ aktId: id(), betrag: amount({ positive: true }), datum: date(), verwendungszweck: optionalText(500), idempotencyKey: idempotencyKey() });
const stornoInput = z.object({ id: id(), grund: z.string().trim().min(1, { message: 'Ein Storno braucht einen Grund' }).max(2000) });

export async function erfasseZahlung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { idempotencyKey: key, ...input } = parseInput(erfasseInput, raw);
  return inTransaction(db, (tx) =>
    einmalig(tx, {
      kanzleiId: viewer.kanzleiId, operation: 'erfasseZahlung', key, eingabe: input,
      work: () => bucheZahlung(tx, viewer, input),
    }),
  );
}

/**
 * The booking itself, in the caller's transaction (erfasseZahlung, and the bank statement import:
 * server/services/kontoauszug.ts): locks the Akt (refused when archived), writes the payment, emits
 * `zahlung.erfasst`. The allocation (documented split) follows from the payment rows.
 */
export async function bucheZahlung(tx: Tx, viewer: Viewer, input: { aktId: string; betrag: Decimal; datum: Date; verwendungszweck?: string | null }): Promise<string> {
  await sperreOffenenAkt(tx, viewer, input.aktId);
  const z = await tx.zahlung.create({
    data: { aktId: input.aktId, betrag: input.betrag, datum: input.datum, verwendungszweck: input.verwendungszweck ?? null, kanzleiId: viewer.kanzleiId, benutzerId: viewer.benutzerId },
    select: { id: true },
  });
  await melde(tx, viewer.kanzleiId, 'zahlung.erfasst', { art: 'zahlung', id: z.id, aktId: input.aktId });
  return z.id;
}

/** Reverses a payment (once, with a reason); the allocation of every later payment follows. */
export async function stornoZahlung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(stornoInput, raw);
  return inTransaction(db, async (tx) => {
    await sperreAktVon(tx, viewer, 'Zahlung', input.id);
    const zahlung = orNotFound(await tx.zahlung.findFirst({ where: { id: input.id, kanzleiId: viewer.kanzleiId } }), 'Zahlung', input.id);
    if (zahlung.storniertAm) throw new ValidationError({ field: 'id', message: 'Die Zahlung ist schon storniert' });
    await tx.zahlung.update({ where: { id: input.id }, data: { storniertAm: new Date(), stornoGrund: input.grund } });
    await melde(tx, viewer.kanzleiId, 'zahlung.storniert', { art: 'zahlung', id: input.id, aktId: zahlung.aktId });
    return input.id;
  });
}
