// The figures of a Honorarnote (lifecycle.md, billing): lines from Leistungen, Barauslagen by kind,
// 20 % USt on fee, ES, Streitgenossenzuschlag and USt-pflichtige Barauslagen, total. Pure.
import type { LeistungBetraege } from './leistung.js';
import { Decimal, ustAuf } from './money.js';

/** A billed line carries exactly the amounts of its Leistung. */
export type Posten = LeistungBetraege;

export interface Summen extends Posten {
  ustBasis: Decimal;
  ust: Decimal;
  brutto: Decimal;
}

const BETRAEGE = ['verdienst', 'einheitssatz', 'streitgenossenzuschlag', 'barauslagenUstPflichtig', 'barauslagenUstFrei', 'barauslagenDurchlaufer'] as const;

/**
 * The totals. The USt is computed once on the total USt basis and rounded half up to the cent (as
 * an Austrian invoice states it: net per rate, tax per rate), not summed from rounded line taxes,
 * so every figure can be reproduced from the lines.
 */
export function summen(posten: readonly Posten[]): Summen {
  const s = Object.fromEntries(BETRAEGE.map((k) => [k, posten.reduce((acc, p) => acc.plus(p[k]), new Decimal(0))])) as unknown as Posten;
  const ustBasis = s.verdienst.plus(s.einheitssatz).plus(s.streitgenossenzuschlag).plus(s.barauslagenUstPflichtig);
  const ust = ustAuf(ustBasis);
  return { ...s, ustBasis, ust, brutto: ustBasis.plus(ust).plus(s.barauslagenUstFrei).plus(s.barauslagenDurchlaufer) };
}

/** A credit note carries every amount of a line negated. */
export const negiertePosten = (p: { [K in (typeof BETRAEGE)[number]]: { toString(): string } }): Posten =>
  Object.fromEntries(BETRAEGE.map((k) => [k, new Decimal(p[k].toString()).negated()])) as unknown as Posten;

export const POSTEN_BETRAEGE = BETRAEGE;
export const SUMMEN_BETRAEGE = [...BETRAEGE, 'ustBasis', 'ust', 'brutto'] as const;

/** "2026-0007": year and the office's gapless running number. */
export const rechnungsnummer = (jahr: number, laufnummer: number) => `${jahr}-${String(laufnummer).padStart(4, '0')}`;
