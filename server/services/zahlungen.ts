// Payments from the debtor: recorded immutably, reversed (never edited), allocated by replaying
// the full history (server/domain/zahlungen.ts).
import { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import { ValidationError } from '../domain/errors.js';
import { amount, date, id, optionalText, parseInput } from '../domain/validation.js';
import { requireAkt, requireNichtArchiviert } from './akten.js';
import { inTransaction, orNotFound, type Db } from './db.js';

const erfasseInput = z.object({ aktId: id(), betrag: amount({ positive: true }), datum: date(), verwendungszweck: optionalText(500) });
const stornoInput = z.object({ id: id(), grund: z.string().trim().min(1, { message: 'Ein Storno braucht einen Grund' }).max(2000) });

export async function erfasseZahlung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(erfasseInput, raw);
  return inTransaction(db, async (tx) => {
    await requireAkt(tx, viewer, input.aktId);
    const z = await tx.zahlung.create({ data: { ...input, verwendungszweck: input.verwendungszweck ?? null, kanzleiId: viewer.kanzleiId, benutzerId: viewer.benutzerId }, select: { id: true } });
    return z.id;
  });
}

/** Reverses a payment (once, with a reason); the allocation of every later payment follows. */
export async function stornoZahlung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(stornoInput, raw);
  return inTransaction(db, async (tx) => {
    const zahlung = orNotFound(await tx.zahlung.findFirst({ where: { id: input.id, kanzleiId: viewer.kanzleiId }, include: { akt: { select: { status: true } } } }), 'Zahlung', input.id);
    requireNichtArchiviert(zahlung.akt, 'id');
    if (zahlung.storniertAm) throw new ValidationError({ field: 'id', message: 'Die Zahlung ist schon storniert' });
    await tx.zahlung.update({ where: { id: input.id }, data: { storniertAm: new Date(), stornoGrund: input.grund } });
    return input.id;
  });
}
