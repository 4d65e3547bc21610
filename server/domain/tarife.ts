// Inputs for editing the tariff tables. A seeded tariff cannot be silently broken: a tariff has
// at least one posting, every posting names a known post, codes are unique and well-formed.
import { z } from 'zod';
import { TARIFPOSTEN } from '../tarif/ratg.js';
import { amount, date, id, text } from './validation.js';

export const tarifCode = () =>
  z.string().trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9_-]{0,19}$/, { message: 'Buchstaben, Ziffern, _ oder -, höchstens 20 Zeichen' });

const position = z.object({
  post: z.enum(TARIFPOSTEN, { message: 'ist kein bekannter Tarifposten' }),
  zuschlag: z.boolean().default(false),
  anzahl: z.number().int().min(1, { message: 'mindestens 1' }).max(100, { message: 'höchstens 100' }).default(1),
});

export const positionen = () => z.array(position).min(1, { message: 'Ein Tarif braucht mindestens eine Position' }).max(20);

export const copyTarifInput = z.object({ code: tarifCode(), neuerCode: tarifCode(), name: text(200).optional() });

export const updateTarifInput = z.object({
  code: tarifCode(),
  name: text(200).optional(),
  porto: z.boolean().optional(),
  positionen: positionen().optional(),
});

export const setLeistungsartInput = z
  .object({
    kuerzel: tarifCode(),
    name: text(200).optional(),
    tarif: tarifCode().nullish(),
    ratgPost: z.enum(TARIFPOSTEN).nullish(),
    nachDauer: z.boolean().optional(),
  })
  .refine((v) => !(v.tarif && v.ratgPost), { message: 'Entweder ein Tarif oder ein RATG-Posten, nicht beides', path: ['tarif'] });

export const valorisiereRatgInput = z.object({
  faktor: z.custom<import('decimal.js').Decimal>((v) => (v as { isFinite?: () => boolean })?.isFinite?.() === true, { message: 'ist keine Zahl' })
    .refine((d) => d.greaterThan(0) && d.lessThan(10), { message: 'muss zwischen 0 und 10 liegen' }),
  gueltigAb: date(),
  bezeichnung: text(200),
});

export const setPortoInput = z.object({ gueltigAb: date(), betrag: amount(), bezeichnung: text(200).nullish() });

export const setRatenvereinbarungInput = z.object({
  aktId: id(),
  rate: amount({ positive: true }),
  anzahl: z.number().int().min(1).max(600),
  ersteFaelligkeit: date(),
  intervallMonate: z.number().int().min(1).max(12).default(1),
});
