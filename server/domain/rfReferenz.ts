// ISO 11649 structured creditor reference ("RF reference"): RF + two check digits + 1..21
// alphanumeric characters (../shared/domain/zahlungsverkehr.md). The payer's bank passes it through
// unchanged, so an incoming payment finds what it pays without reading free text.
//
// The office's bases (stable and unique in the office; at most 21 characters):
// - Honorarnote: "H" + year (4 digits) + running number (6 digits), e.g. H2026000007 for
//   "2026-0007". Derived from (jahr, laufnummer), which are unique per office and never change once
//   issued; a Stornorechnung has its own number, hence its own reference. The bank import reads
//   year and number back (`honorarnoteAusBasis`) and finds the note by the unique index on
//   (kanzleiId, jahr, laufnummer): no column of its own is needed.
// - (Akt, Gegner) pair in debt collection: "A" + the pair's number from the installation-wide
//   sequence of table Zahlungsreferenz (a database trigger draws it when a Person first becomes a
//   Gegner of an Akt; the row outlives removal, so the pair keeps its reference, and a late payment
//   still finds the Akt). A global sequence is unique in every office; a unique index on
//   (kanzleiId, rfReferenz) is the last line.

const BASIS = /^[A-Z0-9]{1,21}$/;

/** Letters to numbers (A = 10 … Z = 35), then the remainder mod 97, digit by digit (no BigInt). */
function mod97(s: string): number {
  let rest = 0;
  for (const ch of s) {
    const wert = parseInt(ch, 36); // '0'..'9' → 0..9, 'A'..'Z' → 10..35
    const ziffern = String(wert);
    for (const z of ziffern) rest = (rest * 10 + Number(z)) % 97;
  }
  return rest;
}

const normalisiere = (s: string) => s.replace(/\s+/g, '').toUpperCase();

/** The RF reference for a basis (1..21 characters A–Z, 0–9; lower case is folded). */
export function rfReferenz(basis: string): string {
  const b = basis.toUpperCase();
  if (!BASIS.test(b)) throw new Error(`Ungültige Basis einer RF-Referenz: ${JSON.stringify(basis)}`);
  const pruefziffern = 98 - mod97(`${b}RF00`);
  return `RF${String(pruefziffern).padStart(2, '0')}${b}`;
}

/** Whether s is a valid RF reference (spaces ignored, case-insensitive). */
export function istGueltigeRfReferenz(s: string): boolean {
  const r = normalisiere(s);
  if (!/^RF[0-9]{2}[A-Z0-9]{1,21}$/.test(r)) return false;
  return mod97(r.slice(4) + r.slice(0, 4)) === 1;
}

/** The printed form in groups of four: "RF18 5390 0754 7034". */
export function rfReferenzDruck(s: string): string {
  return normalisiere(s).replace(/(.{4})(?=.)/g, '$1 ');
}

/** The basis of a Honorarnote's reference (see the rule above). */
export function honorarnoteRfBasis(jahr: number, laufnummer: number): string {
  if (!Number.isInteger(jahr) || jahr < 1000 || jahr > 9999) throw new Error(`Jahr ${jahr} hat nicht vier Stellen`);
  if (!Number.isInteger(laufnummer) || laufnummer < 1 || laufnummer > 999_999) throw new Error(`Laufnummer ${laufnummer} außerhalb 1..999999`);
  return `H${jahr}${String(laufnummer).padStart(6, '0')}`;
}

export const honorarnoteRfReferenz = (jahr: number, laufnummer: number) => rfReferenz(honorarnoteRfBasis(jahr, laufnummer));

/** Year and running number a valid Honorarnote reference names; null for any other reference. */
export function honorarnoteAusRfReferenz(s: string): { jahr: number; laufnummer: number } | null {
  const r = normalisiere(s);
  const m = /^RF[0-9]{2}H([0-9]{4})([0-9]{6})$/.exec(r);
  if (!m || !istGueltigeRfReferenz(r)) return null;
  return { jahr: Number(m[1]), laufnummer: Number(m[2]) };
}

/** The basis of an (Akt, Gegner) pair's reference from its number in table Zahlungsreferenz. */
export const gegnerRfBasis = (nummer: number | bigint) => `A${nummer}`;
