// Dunning costs (Mahnkosten) by a tariff, exactly as ../shared/domain/mahnkosten.md lays down:
// postings from the RATG table, F, Streitgenossenzuschlag, postage, USt, Brutto to 10 cents.
// Pure: the caller hands in the tariff, the table version and the postage in force.
import { Decimal, roundTo10Cent, roundToCent } from '../domain/money.js';
import { haelfte, streitgenossenProzent, TARIFPOST_BEZEICHNUNG, tarifpostBetrag, TarifError, type RatgTabelle, type Tarifpost } from './ratg.js';

export interface TarifPosition {
  post: Tarifpost;
  /** With the 50 % Informationszuschlag. */
  zuschlag: boolean;
  anzahl: number;
}

export interface TarifDefinition {
  code: string;
  positionen: readonly TarifPosition[];
  porto: boolean;
}

export type BemessungsgrundlageQuelle = 'HAUPTFORDERUNGEN' | 'AKT' | 'RATE';

export interface Bemessung {
  betrag: Decimal;
  quelle: BemessungsgrundlageQuelle;
}

export interface MahnkostenPosition {
  tarifpost: Tarifpost;
  bezeichnung: string;
  /** The post itself, per piece. */
  grundbetrag: Decimal;
  zuschlag: Decimal;
  anzahl: number;
  /** (grundbetrag + zuschlag) × anzahl. */
  betrag: Decimal;
}

export interface Mahnkosten {
  tarif: string;
  bemessungsgrundlage: Decimal;
  bemessungsgrundlageQuelle: BemessungsgrundlageQuelle;
  ratgGueltigAb: string;
  positionen: MahnkostenPosition[];
  verdienst: Decimal;
  streitgenossenzuschlagProzent: Decimal;
  streitgenossenzuschlag: Decimal;
  porto: Decimal;
  netto: Decimal;
  ust: Decimal;
  brutto: Decimal;
}

/**
 * The Bemessungsgrundlage for dunning (mahnkosten.md): the sum of the Hauptforderungen; without
 * any Forderung the Akt's own; for an instalment reminder one instalment. Missing or not positive
 * is an error, never a silent 0.
 */
export function bemessungsgrundlage(args: {
  forderungen: readonly { art: 'HAUPTFORDERUNG' | 'NEBENFORDERUNG'; betrag: Decimal }[];
  aktBemessungsgrundlage: Decimal | null;
  ratenmahnung?: boolean;
  rate?: Decimal | null;
}): Bemessung {
  let b: Bemessung | null;
  if (args.ratenmahnung) {
    if (!args.rate) throw new TarifError('Für eine Ratenmahnung braucht der Akt eine Ratenvereinbarung.', 'ratenmahnung');
    b = { betrag: args.rate, quelle: 'RATE' };
  } else if (args.forderungen.length > 0) {
    const summe = args.forderungen.filter((f) => f.art === 'HAUPTFORDERUNG').reduce((s, f) => s.plus(f.betrag), new Decimal(0));
    b = { betrag: summe, quelle: 'HAUPTFORDERUNGEN' };
  } else {
    b = args.aktBemessungsgrundlage ? { betrag: args.aktBemessungsgrundlage, quelle: 'AKT' } : null;
  }
  if (!b) throw new TarifError('Der Akt hat weder Forderungen noch eine Bemessungsgrundlage.', 'bemessungsgrundlage');
  if (b.betrag.lessThanOrEqualTo(0)) {
    throw new TarifError(`Die Bemessungsgrundlage (${b.quelle}) muss größer als 0 sein; der Akt hat keine Hauptforderung.`, 'bemessungsgrundlage');
  }
  return b;
}

export function berechneMahnkosten(args: {
  tarif: TarifDefinition;
  tabelle: RatgTabelle;
  bemessung: Bemessung;
  gegner: number;
  porto: Decimal;
}): Mahnkosten {
  const { tarif, tabelle, bemessung } = args;
  if (tarif.positionen.length === 0) throw new TarifError(`Der Tarif ${tarif.code} hat keine Positionen.`, 'tarif');
  const bg = bemessung.betrag;

  // A tariff often names a post twice (MAK: TP 6, and TP 6 + 50 %): each is looked up once.
  const grundbetraege = new Map<Tarifpost, Decimal>();
  const positionen = tarif.positionen.map((p): MahnkostenPosition => {
    let grundbetrag = grundbetraege.get(p.post);
    if (!grundbetrag) grundbetraege.set(p.post, (grundbetrag = tarifpostBetrag(tabelle, p.post, bg)));
    const zuschlag = p.zuschlag ? haelfte(tabelle, grundbetrag) : new Decimal(0);
    return {
      tarifpost: p.post,
      bezeichnung: TARIFPOST_BEZEICHNUNG[p.post] + (p.zuschlag ? ' + 50 %' : '') + (p.anzahl > 1 ? ` × ${p.anzahl}` : ''),
      grundbetrag,
      zuschlag,
      anzahl: p.anzahl,
      betrag: grundbetrag.plus(zuschlag).times(p.anzahl),
    };
  });
  const verdienst = positionen.reduce((s, p) => s.plus(p.betrag), new Decimal(0));
  const prozent = streitgenossenProzent(tabelle, args.gegner);
  const streitgenossenzuschlag = roundToCent(verdienst.times(prozent));
  const porto = tarif.porto ? args.porto : new Decimal(0);
  const netto = verdienst.plus(streitgenossenzuschlag).plus(porto);
  const ust = roundToCent(netto.times(tabelle.ust));
  return {
    tarif: tarif.code,
    bemessungsgrundlage: bg,
    bemessungsgrundlageQuelle: bemessung.quelle,
    ratgGueltigAb: tabelle.gueltigAb,
    positionen,
    verdienst,
    streitgenossenzuschlagProzent: prozent.times(100),
    streitgenossenzuschlag,
    porto,
    netto,
    ust,
    brutto: roundTo10Cent(netto.plus(ust)),
  };
}
