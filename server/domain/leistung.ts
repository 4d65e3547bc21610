import { z } from 'zod';
import { Decimal, ustAuf } from './money.js';
import { amount, date, id, optionalText, text } from './validation.js';

const fields = {
  datum: date(),
  kuerzel: text(20),
  text: optionalText(2000),
  bemessungsgrundlage: amount({ positive: true }).nullish(),
  verdienst: amount(),
  einheitssatz: amount(),
  barauslagenUstPflichtig: amount(),
  barauslagenUstFrei: amount(),
  barauslagenDurchlaufer: amount(),
  ust: amount(),
  sachbearbeiterId: id().nullish(),
  zeitMinuten: z.number().int().min(0).max(100_000).nullish(),
};

export const createLeistungInput = z.object({
  aktId: id(),
  datum: fields.datum,
  kuerzel: fields.kuerzel,
  text: fields.text,
  bemessungsgrundlage: fields.bemessungsgrundlage,
  /** Left out: priced by the Leistungsart of `kuerzel` (tariff tables). */
  verdienst: fields.verdienst.nullish(),
  einheitssatz: fields.einheitssatz.nullish(),
  streitgenossenzuschlag: amount().nullish(),
  barauslagenUstPflichtig: fields.barauslagenUstPflichtig.nullish(),
  barauslagenUstFrei: fields.barauslagenUstFrei.nullish(),
  barauslagenDurchlaufer: fields.barauslagenDurchlaufer.nullish(),
  ust: fields.ust.nullish(),
  sachbearbeiterId: fields.sachbearbeiterId,
  zeitMinuten: fields.zeitMinuten,
});

export const updateLeistungInput = z.object({
  id: id(),
  datum: fields.datum.optional(),
  kuerzel: fields.kuerzel.optional(),
  text: fields.text,
  bemessungsgrundlage: fields.bemessungsgrundlage,
  verdienst: fields.verdienst.optional(),
  einheitssatz: fields.einheitssatz.optional(),
  streitgenossenzuschlag: amount().optional(),
  barauslagenUstPflichtig: fields.barauslagenUstPflichtig.optional(),
  barauslagenUstFrei: fields.barauslagenUstFrei.optional(),
  barauslagenDurchlaufer: fields.barauslagenDurchlaufer.optional(),
  /** null: recompute from the amounts; a value: keep it as entered. */
  ust: fields.ust.nullish(),
  sachbearbeiterId: fields.sachbearbeiterId,
  zeitMinuten: fields.zeitMinuten,
});

export interface LeistungBetraege {
  verdienst: Decimal;
  einheitssatz: Decimal;
  streitgenossenzuschlag: Decimal;
  barauslagenUstPflichtig: Decimal;
  barauslagenUstFrei: Decimal;
  barauslagenDurchlaufer: Decimal;
}

/**
 * USt of a Leistung when none is entered: 20 % of Verdienst, Einheitssatz, Streitgenossenzuschlag
 * and the USt-pflichtige Barauslagen, to the cent (half up). USt-freie Barauslagen and Durchlaufer (court fees passed
 * through) carry none (ratg.md, "USt").
 */
export const ustFuerLeistung = (b: LeistungBetraege): Decimal =>
  ustAuf(b.verdienst.plus(b.einheitssatz).plus(b.streitgenossenzuschlag).plus(b.barauslagenUstPflichtig));
