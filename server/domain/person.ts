import { z } from 'zod';
import { optionalUid } from './uid.js';
import { id, optionalText, telefon, text } from './validation.js';

export const PERSON_ARTEN = ['NATUERLICHE_PERSON', 'UNTERNEHMEN', 'BEHOERDE'] as const;

const fields = {
  kurzbezeichnung: text(40),
  name: text(200),
  art: z.enum(PERSON_ARTEN),
  strasse: optionalText(200),
  // Austrian PLZ have four digits; foreign addresses are allowed, hence letters, digits, '-' and blank.
  plz: optionalText(10).refine((v) => v == null || /^[A-Za-z0-9 -]+$/.test(v), { message: 'ist keine gültige PLZ' }),
  ort: optionalText(100),
  email: optionalText(200).refine((v) => v == null || z.email().safeParse(v).success, {
    message: 'ist keine gültige E-Mail-Adresse',
  }),
  telefon: telefon(),
  /** UID-Nummer of a business (printed on invoices to it). */
  uid: optionalUid(),
};

export const createPersonInput = z.object({ ...fields, art: fields.art.default('NATUERLICHE_PERSON') });
export const updatePersonInput = z.object({
  id: id(),
  kurzbezeichnung: fields.kurzbezeichnung.optional(),
  name: fields.name.optional(),
  art: fields.art.optional(),
  strasse: fields.strasse,
  plz: fields.plz,
  ort: fields.ort,
  email: fields.email,
  telefon: fields.telefon,
  uid: fields.uid,
});
