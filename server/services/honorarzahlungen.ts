// The client's payments on a Honorarnote (recorded immutably, reversed, never edited), the
// write-off of what stays open (ADMIN), and what keeps an Akt from being archived. Rules:
// server/domain/honorarzahlung.ts; the database holds the same as the last line (migration
// `honorarzahlung`). Every write locks the note's Akt first (sperreAktVon), then reads the note.
import { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import { ValidationError } from '../domain/errors.js';
import { pruefeAbschreibung, pruefeKeineOffenenNoten, pruefeZahlung, zahlungsstand, type NotenDaten } from '../domain/honorarzahlung.js';
import type { Decimal } from '../domain/money.js';
import { amount, date, id, idempotencyKey, optionalText, parseInput, text } from '../domain/validation.js';
import { inTransaction, orNotFound, type Db, type Tx } from './db.js';
import { einmalig } from './idempotenz.js';
import { sperreAktVon } from './sperren.js';
import { melde } from '../webhooks/daten.js';

const erfasseInput = z.object({
  honorarnoteId: id(),
  betrag: amount({ positive: true }),
  bezahltAm: date(),
  verwendungszweck: optionalText(500),
  idempotencyKey: idempotencyKey(),
});
const stornoInput = z.object({ id: id(), grund: z.string().trim().min(1, { message: 'Ein Storno braucht einen Grund' }).max(2000, { message: 'höchstens 2000 Zeichen' }) });
const abschreibenInput = z.object({ honorarnoteId: id(), grund: text(2000) });

/** What the status of a note is computed from; the same selection the GraphQL fields read. */
export const NOTEN_STAND_SELECT = {
  art: true,
  brutto: true,
  storniertDurch: { select: { id: true } },
  abschreibung: { select: { id: true } },
  honorarzahlungen: { select: { betrag: true, bezahltAm: true, storniertAm: true } },
} as const;

type NotenZeile = {
  art: 'RECHNUNG' | 'STORNORECHNUNG';
  brutto: { toString(): string };
  storniertDurch: { id: string } | null;
  abschreibung: { id: string } | null;
  honorarzahlungen: { betrag: { toString(): string }; bezahltAm: Date; storniertAm: Date | null }[];
};

export const notenDaten = (n: NotenZeile): NotenDaten => ({
  art: n.art, brutto: n.brutto, storniert: !!n.storniertDurch, abgeschrieben: !!n.abschreibung, zahlungen: n.honorarzahlungen,
});

async function ladeNote(tx: Tx, viewer: Viewer, noteId: string) {
  return orNotFound(
    await tx.honorarnote.findFirst({ where: { id: noteId, kanzleiId: viewer.kanzleiId }, select: { id: true, aktId: true, nummer: true, ...NOTEN_STAND_SELECT } }),
    'Honorarnote',
    noteId,
  );
}

/** Records a client payment on a Honorarnote; returns the payment's id. Partial payments are fine, overpayment is not. */
export async function erfasseHonorarzahlung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { idempotencyKey: key, ...input } = parseInput(erfasseInput, raw);
  return inTransaction(db, (tx) =>
    einmalig(tx, {
      kanzleiId: viewer.kanzleiId, operation: 'erfasseHonorarzahlung', key, eingabe: input,
      work: () => bucheHonorarzahlung(tx, viewer, input),
    }),
  );
}

/**
 * The booking itself, in the caller's transaction (erfasseHonorarzahlung, and the bank statement
 * import: server/services/kontoauszug.ts): locks the note's Akt, reads the note under the lock,
 * refuses what pruefeZahlung refuses, writes the payment and emits `honorarzahlung.erfasst` (and
 * `honorarnote.bezahlt` when it closes the note).
 */
export async function bucheHonorarzahlung(
  tx: Tx, viewer: Viewer, input: { honorarnoteId: string; betrag: Decimal; bezahltAm: Date; verwendungszweck?: string | null },
): Promise<string> {
  await sperreAktVon(tx, viewer, 'Honorarnote', input.honorarnoteId, 'honorarnoteId');
  const note = await ladeNote(tx, viewer, input.honorarnoteId);
  pruefeZahlung(note.nummer, notenDaten(note), input.betrag);
  const zahlung = await tx.honorarzahlung.create({
    data: {
      kanzleiId: viewer.kanzleiId, aktId: note.aktId, honorarnoteId: note.id, betrag: input.betrag, bezahltAm: input.bezahltAm,
      verwendungszweck: input.verwendungszweck ?? null, benutzerId: viewer.benutzerId,
    },
    select: { id: true },
  });
  await melde(tx, viewer.kanzleiId, 'honorarzahlung.erfasst', { art: 'honorarzahlung', id: zahlung.id });
  // This payment closed the note (it was open before: pruefeZahlung refuses one beyond what is open).
  const danach = zahlungsstand({ ...notenDaten(note), zahlungen: [...note.honorarzahlungen, { betrag: input.betrag, bezahltAm: input.bezahltAm, storniertAm: null }] });
  if (danach.status === 'BEZAHLT') await melde(tx, viewer.kanzleiId, 'honorarnote.bezahlt', { art: 'honorarnote', id: note.id });
  return zahlung.id;
}

/** Reverses a client payment (once, with a reason); the note is open again by that amount. */
export async function stornoHonorarzahlung(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(stornoInput, raw);
  return inTransaction(db, async (tx) => {
    await sperreAktVon(tx, viewer, 'Honorarzahlung', input.id);
    const zahlung = orNotFound(
      await tx.honorarzahlung.findFirst({ where: { id: input.id, kanzleiId: viewer.kanzleiId }, select: { storniertAm: true, honorarnote: { select: { nummer: true, abschreibung: { select: { id: true } } } } } }),
      'Honorarzahlung',
      input.id,
    );
    if (zahlung.storniertAm) throw new ValidationError({ field: 'id', message: 'Die Honorarzahlung ist schon storniert' });
    if (zahlung.honorarnote.abschreibung) {
      throw new ValidationError({ field: 'id', message: `Die Honorarnote ${zahlung.honorarnote.nummer} ist abgeschrieben: ihre Zahlungen werden nicht mehr storniert` });
    }
    await tx.honorarzahlung.update({ where: { id: input.id }, data: { storniertAm: new Date(), stornoGrund: input.grund } });
    await melde(tx, viewer.kanzleiId, 'honorarzahlung.storniert', { art: 'honorarzahlung', id: input.id });
    return input.id;
  });
}

/** Writes off what is open on a note (ADMIN in the role matrix), with a reason; returns the note's id. */
export async function schreibeHonorarnoteAb(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(abschreibenInput, raw);
  return inTransaction(db, async (tx) => {
    await sperreAktVon(tx, viewer, 'Honorarnote', input.honorarnoteId, 'honorarnoteId');
    const note = await ladeNote(tx, viewer, input.honorarnoteId);
    const offen = pruefeAbschreibung(note.nummer, notenDaten(note));
    await tx.honorarnoteAbschreibung.create({
      data: { kanzleiId: viewer.kanzleiId, aktId: note.aktId, honorarnoteId: note.id, betrag: offen, grund: input.grund, benutzerId: viewer.benutzerId },
    });
    await melde(tx, viewer.kanzleiId, 'honorarnote.abgeschrieben', { art: 'honorarnote', id: note.id });
    return note.id;
  });
}

/** Refuses archiving while an uncancelled invoice of the Akt is open (call under the Akt's lock). */
export async function pruefeArchivierbar(tx: Tx, aktId: string): Promise<void> {
  const noten = await tx.honorarnote.findMany({
    where: { aktId, art: 'RECHNUNG' },
    select: { nummer: true, ...NOTEN_STAND_SELECT },
    orderBy: [{ jahr: 'asc' }, { laufnummer: 'asc' }],
  });
  pruefeKeineOffenenNoten(noten.map((n) => ({ nummer: n.nummer, ...notenDaten(n) })));
}

/** A cancellation (Storno) of a note with uncancelled payments is refused: reverse them first. */
export async function pruefeStornierbar(tx: Tx, noteId: string, nummer: string): Promise<void> {
  const anzahl = await tx.honorarzahlung.count({ where: { honorarnoteId: noteId, storniertAm: null } });
  if (anzahl > 0) {
    throw new ValidationError({
      field: 'id',
      message: `Auf der Honorarnote ${nummer} ${anzahl === 1 ? 'ist eine Zahlung' : `sind ${anzahl} Zahlungen`} gebucht: erst stornieren (stornoHonorarzahlung), dann auf der neuen Honorarnote erfassen`,
    });
  }
}
