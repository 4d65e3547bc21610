// The Umsatzsteuer-Identifikationsnummer (UID, VAT identification number) of an EU business: the
// country prefix and the national format (EU VIES formats; Greece writes EL, Northern Ireland XI).
// Austria: "ATU" and 8 digits. Stored without blanks, dots or dashes, in capitals. Pure.
import { z } from 'zod';

const FORMATE: Record<string, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^\d[A-Z0-9+*]\d{5}[A-W][A-I]?$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^[1-9]\d{1,9}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  XI: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
};

/** "atu 123.456-78" → "ATU12345678" (the written form, without separators). */
export const normalisiereUid = (v: string): string => v.replace(/[\s.-]/g, '').toUpperCase();

/** Whether `v` (normalised) is a UID number in the format of its EU country. */
export function istUid(v: string): boolean {
  const land = v.slice(0, 2);
  const format = FORMATE[land];
  return !!format && format.test(v.slice(2));
}

/** An optional UID input: blank clears it, otherwise normalised and checked. */
export const optionalUid = () =>
  z
    .string()
    .max(30, { message: 'höchstens 30 Zeichen' })
    .transform((s) => normalisiereUid(s))
    .refine((v) => v === '' || istUid(v), { message: 'ist keine UID-Nummer eines EU-Staats (z. B. ATU12345678)' })
    .transform((s) => (s === '' ? null : s))
    .nullish();
