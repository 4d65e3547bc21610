// What the camt and MT940 parsers share: bounds, amounts, dates, RF references in free text.
import { Decimal } from 'decimal.js';
import { istGueltigeIban, normalisiereIban } from '../iban.js';
import { istGueltigeRfReferenz } from '../rfReferenz.js';
import { KontoauszugFormatError } from './typen.js';

/**
 * Largest file accepted, in characters of the decoded string (UTF-16 code units): 20 Mi. A 10 000-entry
 * camt.053 with full transaction details is about 12 MB; a day's statement of a law office is a few kB.
 * Checked before anything is parsed.
 */
export const MAX_KONTOAUSZUG_ZEICHEN = 20 * 1024 * 1024;
/** Most entries (camt `Ntry`, MT940 `:61:`) in one file; counted before the file is parsed. */
export const MAX_KONTOAUSZUG_EINTRAEGE = 50_000;
/** Most transactions (camt `TxDtls`) in one file, over all entries. */
export const MAX_KONTOAUSZUG_TRANSAKTIONEN = 200_000;

export const fehler = (message: string, fundstelle: string) => new KontoauszugFormatError(message, fundstelle);

/** A camt amount: ISO 20022 ActiveOrHistoricCurrencyAndAmount (at most 18 digits, 5 of them decimals), never negative. */
const CAMT_BETRAG = /^[0-9]{1,18}(\.[0-9]{1,5})?$/;

/** A camt amount as written in the file (only surrounding spaces removed), checked; else an error. */
export function camtBetrag(text: string | null, fundstelle: string, was: string): string {
  if (text === null || text === '') throw fehler(`${was} fehlt`, fundstelle);
  if (!CAMT_BETRAG.test(text) || text.replace('.', '').length > 18) throw fehler(`${was} "${kurz(text)}" ist kein Betrag`, fundstelle);
  return text;
}

/**
 * An MT940 amount (comma decimal, `15d`) as decimal text with a point and at least two decimals:
 * "1625,12" → "1625.12", "1.625,12" → "1625.12" (thousands dots some exports write), "1625," → "1625.00",
 * "1625,1" → "1625.10", "0001625,12" → "1625.12".
 */
export function mt940Betrag(text: string, fundstelle: string): string {
  const m = /^([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+),([0-9]*)$/.exec(text);
  if (!m) throw fehler(`Betrag "${kurz(text)}" ist kein MT940-Betrag (Komma als Dezimalzeichen)`, fundstelle);
  const ganz = m[1]!.replaceAll('.', '').replace(/^0+(?=[0-9])/, '');
  const nachkomma = m[2]!.padEnd(2, '0');
  if (ganz.length + nachkomma.length > 15) throw fehler(`Betrag "${kurz(text)}" hat mehr als 15 Stellen`, fundstelle);
  return `${ganz}.${nachkomma}`;
}

/** Exact sum of decimal texts. */
export const summe = (betraege: string[]) => betraege.reduce((s, b) => s.plus(b), new Decimal(0));

const WAEHRUNG = /^[A-Z]{3}$/;
export function waehrung(text: string | null | undefined, fundstelle: string): string {
  if (!text) throw fehler('Währung (Ccy) fehlt', fundstelle);
  if (!WAEHRUNG.test(text)) throw fehler(`Währung "${kurz(text)}" ist kein ISO-4217-Code`, fundstelle);
  return text;
}

/** Whether y-m-d is a real calendar date. */
export function istDatum(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export const isoDatum = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The IBAN in normalised form (no spaces, upper case) if s is a valid IBAN, else null. */
export function ibanOderNull(s: string | null | undefined): string | null {
  if (!s) return null;
  const iban = normalisiereIban(s);
  return istGueltigeIban(iban) ? iban : null;
}

// An RF reference inside free text: "RF18539007547034" or printed in groups of four
// ("RF18 5390 0754 7034"), any case, standing as a word of its own (no letter or digit glued to
// either end). Every candidate is checked with the ISO 11649 check digits; of a grouped one the longest
// valid reading that ends at a group boundary wins (the text may go on with a short word). The first
// valid reference in the text is taken. A payer who types the reference into the free text is matched
// like one whose bank passes it structured.
const RF_GRUPPIERT = /(?<![A-Z0-9])RF[0-9]{2}(?:(?: [A-Z0-9]{4})*(?: [A-Z0-9]{1,4})?|[A-Z0-9]{1,21})(?![A-Z0-9])/gi;
export function rfReferenzImText(text: string | null): string | null {
  if (!text) return null;
  for (const m of text.matchAll(RF_GRUPPIERT)) {
    const teile = m[0].toUpperCase().split(' ');
    for (let n = teile.length; n >= 1; n--) {
      const kandidat = teile.slice(0, n).join('');
      if (kandidat.length >= 5 && kandidat.length <= 25 && istGueltigeRfReferenz(kandidat)) return kandidat;
    }
  }
  return null;
}

/** A value for a message, at most `max` characters (a file's content is never echoed at length). */
export const kurz = (s: string, max = 40) => (s.length > max ? `${s.slice(0, max - 3)}…` : s);

/** Text that is empty after trimming counts as missing. */
export const oderNull = (s: string | null | undefined) => {
  const t = s?.trim();
  return t ? t : null;
};
