import { z } from 'zod';
import { amount, date, id, optionalText, percent } from './validation.js';

export const FORDERUNG_ARTEN = ['HAUPTFORDERUNG', 'NEBENFORDERUNG'] as const;

/** Interest needs both a rate and a start date; a start date without a rate means nothing. */
const zinsenConsistent = (f: { zinssatz?: unknown; zinsenAb?: unknown }) => !(f.zinsenAb != null && f.zinssatz == null);
const zinsenIssue = { field: 'zinssatz', message: 'Zinsbeginn ohne Zinssatz' } as const;

export const createForderungInput = z
  .object({
    aktId: id(),
    art: z.enum(FORDERUNG_ARTEN),
    bezeichnung: optionalText(200),
    betrag: amount({ positive: true }),
    faelligAm: date().nullish(),
    zinssatz: percent().nullish(),
    zinsenAb: date().nullish(),
  })
  .refine(zinsenConsistent, { message: zinsenIssue.message, path: [zinsenIssue.field] });

export const updateForderungInput = z.object({
  id: id(),
  art: z.enum(FORDERUNG_ARTEN).optional(),
  bezeichnung: optionalText(200),
  betrag: amount({ positive: true }).optional(),
  faelligAm: date().nullish(),
  zinssatz: percent().nullish(),
  zinsenAb: date().nullish(),
});

export { zinsenConsistent, zinsenIssue };
