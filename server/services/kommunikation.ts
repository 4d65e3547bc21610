import { z } from 'zod';
import type { Viewer } from '../auth/viewer.js';
import { id, parseInput, text } from '../domain/validation.js';
import { inTransaction, type Db } from './db.js';
import { sperreOffenenAkt } from './sperren.js';

const createKommunikationInput = z.object({
  aktId: id(),
  kanal: z.enum(['EMAIL', 'TELEFON', 'VIDEO', 'BRIEF', 'PERSOENLICH']),
  richtung: z.enum(['EINGEHEND', 'AUSGEHEND', 'INTERN']),
  am: z.date().nullish(),
  betreff: text(300),
  text: z.string().max(100_000, { message: 'höchstens 100 000 Zeichen' }).nullish(),
  fuerMandant: z.boolean().default(false),
});

/** Logs a contact on the Akt (default: now, by the caller). */
export async function createKommunikation(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(createKommunikationInput, raw);
  return inTransaction(db, async (tx) => {
    await sperreOffenenAkt(tx, viewer, input.aktId);
    const k = await tx.kommunikation.create({
      data: { ...input, am: input.am ?? new Date(), text: input.text ?? null, kanzleiId: viewer.kanzleiId, benutzerId: viewer.benutzerId },
      select: { id: true },
    });
    return k.id;
  });
}
