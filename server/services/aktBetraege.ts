// What an Akt owes, computed one way for everyone who shows it: `Akt.mahnkosten` and
// `Akt.schuldnerstand` in the API, and the Mahnschreiben (its PDF and what is recorded when it is
// sent). Each takes the Akt's rows as the `…_SELECT` below loads them (the GraphQL fields put the
// same select into their planned query; the Mahnschreiben loads it with findFirst), so the letter
// prints exactly the figures the API answers for the same date and tariff.
import { isoDate } from '../domain/dates.js';
import { toDecimal, type DecimalLike } from '../domain/money.js';
import { titelBetraege, ZINSSATZ_54A } from '../domain/titel.js';
import { schuldnerstand, type Reihenfolge, type Schuldnerstand } from '../domain/zahlungen.js';
import { bemessungsgrundlage, type Mahnkosten } from '../tarif/mahnkosten.js';
import { mahnkostenAm, type Tarifdaten } from '../tarif/preise.js';
import { tabelleAm } from '../tarif/ratg.js';

/** Orders shared with Akt.forderungen / Akt.gegner: equal relation arguments let the plugin merge the loads. */
export const FORDERUNGEN_ORDER = [{ angelegtAm: 'asc' as const }, { id: 'asc' as const }];
export const GEGNER_ORDER = { position: 'asc' as const };
export const TITEL_ORDER = [{ datum: 'asc' as const }, { angelegtAm: 'asc' as const }, { id: 'asc' as const }];

/** What Akt.mahnkosten reads of the Akt: the Gegner, the Forderungen, the instalment. */
export const MAHNKOSTEN_SELECT = {
  bemessungsgrundlage: true,
  forderungen: { orderBy: FORDERUNGEN_ORDER, select: { art: true, betrag: true } },
  gegner: { orderBy: GEGNER_ORDER, select: { position: true } },
  ratenvereinbarung: { select: { rate: true } },
} as const;

export interface MahnkostenAkt {
  bemessungsgrundlage: DecimalLike | null;
  gegner: readonly unknown[];
  forderungen: readonly { art: 'HAUPTFORDERUNG' | 'NEBENFORDERUNG'; betrag: DecimalLike }[];
  ratenvereinbarung: { rate: DecimalLike } | null;
}

/**
 * The Akt's Mahnkosten under `tarif` (code, any case) on `datum` ("YYYY-MM-DD"). Throws the
 * TarifError of an unknown tariff, a missing basis or a date before the first table.
 */
export function mahnkostenDesAkts(akt: MahnkostenAkt, args: { tarif: string; datum: string; ratenmahnung?: boolean | null }, daten: Tarifdaten): Mahnkosten {
  return mahnkostenAm(daten, {
    tarif: args.tarif.trim().toUpperCase(),
    datum: args.datum,
    gegner: akt.gegner.length,
    bemessung: bemessungsgrundlage({
      forderungen: akt.forderungen.map((f) => ({ art: f.art, betrag: toDecimal(f.betrag) })),
      aktBemessungsgrundlage: akt.bemessungsgrundlage == null ? null : toDecimal(akt.bemessungsgrundlage),
      ratenmahnung: args.ratenmahnung ?? false,
      rate: akt.ratenvereinbarung == null ? null : toDecimal(akt.ratenvereinbarung.rate),
    }),
  });
}

/** The payments that count (reversed ones do not), in date order. */
export const ZAHLUNGEN_SELECT = {
  where: { storniertAm: null },
  select: { id: true, datum: true, betrag: true },
  orderBy: [{ datum: 'asc' as const }, { angelegtAm: 'asc' as const }],
};

/** What Akt.schuldnerstand reads of the Akt. */
export const SCHULDNERSTAND_SELECT = {
  zahlungsreihenfolge: true,
  forderungen: { select: { id: true, bezeichnung: true, art: true, betrag: true, zinssatz: true, zinsenAb: true, faelligAm: true, angelegtAm: true } },
  titel: { orderBy: TITEL_ORDER },
  zahlungen: ZAHLUNGEN_SELECT,
} as const;

type TitelZeile = Parameters<typeof titelBetraege>[0] & { id: string; beschlussart: string; datum: Date; geschaeftszahl: string | null; vollstreckbarAm: Date | null; zinsen54a: boolean };

export interface SchuldnerstandAkt {
  zahlungsreihenfolge: Reihenfolge;
  forderungen: readonly {
    id: string; bezeichnung: string | null; art: 'HAUPTFORDERUNG' | 'NEBENFORDERUNG'; betrag: DecimalLike;
    zinssatz: DecimalLike | null; zinsenAb: Date | null; faelligAm: Date | null; angelegtAm: Date;
  }[];
  titel: readonly TitelZeile[];
  zahlungen: readonly { id: string; datum: Date; betrag: DecimalLike }[];
}

/** The name a Forderung without its own Bezeichnung goes by. */
export const forderungsBezeichnung = (f: { bezeichnung: string | null; art: 'HAUPTFORDERUNG' | 'NEBENFORDERUNG' }) =>
  f.bezeichnung ?? (f.art === 'HAUPTFORDERUNG' ? 'Hauptforderung' : 'Nebenforderung');

/** What the debtor owes on `stichtag`, from the full payment history (server/domain/zahlungen.ts). */
export function schuldnerstandDesAkts(akt: SchuldnerstandAkt, stichtag: Date): Schuldnerstand {
  const d = toDecimal;
  return schuldnerstand({
    stichtag,
    reihenfolge: akt.zahlungsreihenfolge,
    zahlungen: akt.zahlungen.map((z) => ({ id: z.id, datum: z.datum, betrag: d(z.betrag) })),
    forderungen: akt.forderungen.map((f) => ({
      id: f.id, bezeichnung: forderungsBezeichnung(f), betrag: d(f.betrag),
      zinssatz: f.zinssatz == null ? null : d(f.zinssatz), zinsenAb: f.zinsenAb, seit: f.faelligAm ?? f.angelegtAm,
    })),
    kosten: akt.titel.map((row) => {
      const x = titelBetraege(row);
      return {
        titelId: row.id, bezeichnung: `${row.beschlussart} vom ${isoDate(row.datum)}${row.geschaeftszahl ? ` (${row.geschaeftszahl})` : ''}`, datum: row.datum,
        vollstreckbarAb: row.vollstreckbarAm ?? row.datum,
        zinssatz54a: row.zinsen54a ? tabelleAm(ZINSSATZ_54A, isoDate(row.datum), '§ 54a-Zinssatz').satz : null,
        barauslagenUstFrei: x.barauslagenUstFrei.plus(x.barauslagenDurchlaufer),
        barauslagenUstPflichtig: x.barauslagenUstPflichtig,
        honorar: x.verdienst.plus(x.einheitssatz).plus(x.ust),
        barauslagenKlient: x.barauslagenKlient,
      };
    }),
  });
}
