import { z } from 'zod';
import { amount, id, optionalText, text } from './validation.js';

/** An Akt has at most ten Gegner ("Gegner 1" … "Gegner 10"), each once, in the given order. */
export const MAX_GEGNER = 10;

export const gegnerIds = () =>
  z
    .array(id())
    .max(MAX_GEGNER, { message: `höchstens ${MAX_GEGNER} Gegner` })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'enthält eine Person mehrfach' });

export const createAktInput = z.object({
  aktenzeichen: text(40),
  bezeichnung: text(200),
  sachgebiet: optionalText(100),
  klientId: id(),
  gegnerIds: gegnerIds().nullish().transform((v) => v ?? []),
  bemessungsgrundlage: amount({ positive: true }).nullish(),
  zustaendigId: id().nullish(),
});

export const updateAktInput = z.object({
  id: id(),
  version: z.number().int().positive(),
  aktenzeichen: text(40).optional(),
  bezeichnung: text(200).optional(),
  sachgebiet: optionalText(100),
  klientId: id().optional(),
  bemessungsgrundlage: amount({ positive: true }).nullish(),
  zustaendigId: id().nullish(),
  zahlungsreihenfolge: z.enum(['KOSTEN_ZINSEN_KAPITAL', 'ZINSEN_KAPITAL_KOSTEN']).optional(),
});

export const setGegnerInput = z.object({ aktId: id(), personIds: gegnerIds() });
