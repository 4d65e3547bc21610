// Prices from an office's tariff data: Mahnkosten under a tariff code, and the amounts of a
// Leistung from its Leistungsart. Pure: the data is handed in (see services/tarifdaten.ts).
import { Decimal, roundToCent } from '../domain/money.js';
import { berechneMahnkosten, type Bemessung, type Mahnkosten, type TarifDefinition } from './mahnkosten.js';
import { einheitssatzProzent, streitgenossenProzent, tabelleAm, TarifError, tarifpostBetrag, type RatgTabelle, type Tarifpost } from './ratg.js';

export interface PortoVersion {
  gueltigAb: string;
  betrag: Decimal;
}

export interface Tarifdaten {
  tabellen: RatgTabelle[];
  porto: PortoVersion[];
  /** By code. */
  tarife: Map<string, TarifDefinition & { name: string }>;
}

export interface Leistungsart {
  kuerzel: string;
  tarifCode: string | null;
  ratgPost: Tarifpost | null;
  nachDauer: boolean;
}

export function tarifNachCode(daten: Tarifdaten, code: string): TarifDefinition & { name: string } {
  const tarif = daten.tarife.get(code);
  if (!tarif) throw new TarifError(`Unbekannter Tarif „${code}“.`, 'tarif');
  return tarif;
}

export function mahnkostenAm(
  daten: Tarifdaten,
  args: { tarif: string; datum: string; bemessung: Bemessung; gegner: number },
): Mahnkosten {
  const tarif = tarifNachCode(daten, args.tarif);
  const tabelle = tabelleAm(daten.tabellen, args.datum);
  const porto = tarif.porto ? tabelleAm(daten.porto, args.datum, 'Porto-Einstellung').betrag : new Decimal(0);
  return berechneMahnkosten({ tarif, tabelle, bemessung: args.bemessung, gegner: args.gegner, porto });
}

/** RATG posts for pleadings and hearings carry the Einheitssatz; TP 5, 6 and 8 are what it covers. */
const MIT_EINHEITSSATZ: ReadonlySet<Tarifpost> = new Set(['TP1', 'TP2', 'TP3A', 'TP3B', 'TP3C']);

export interface LeistungsPreis {
  bemessungsgrundlage: Decimal;
  verdienst: Decimal;
  einheitssatz: Decimal;
  streitgenossenzuschlag: Decimal;
  barauslagenUstPflichtig: Decimal;
  /** The Tarif code or RATG post that priced it. */
  tarifbasis: string;
  ratgGueltigAb: string;
}

/**
 * Prices a Leistung by its Leistungsart:
 * - a Tarif (MES … MAK, MAKX): Verdienst = the postings, Streitgenossenzuschlag by the Gegner,
 *   postage as a USt-pflichtige Barauslage (the Mahnkosten, without the final 10-cent rounding,
 *   which belongs to the total of a bill);
 * - a RATG post: the statutory amount (by duration where the Leistungsart says so), plus for
 *   TP 1-3 the Einheitssatz (60 % up to BG 10 170, else 50 %), plus the Streitgenossenzuschlag on
 *   fee and ES, each to the cent.
 */
export function preiseLeistung(
  daten: Tarifdaten,
  art: Leistungsart,
  args: { datum: string; bemessung: Bemessung; gegner: number; minuten?: number | null },
): LeistungsPreis {
  const bg = args.bemessung.betrag;
  if (art.tarifCode) {
    const m = mahnkostenAm(daten, { tarif: art.tarifCode, datum: args.datum, bemessung: args.bemessung, gegner: args.gegner });
    return {
      bemessungsgrundlage: bg,
      verdienst: m.verdienst,
      einheitssatz: new Decimal(0),
      streitgenossenzuschlag: m.streitgenossenzuschlag,
      barauslagenUstPflichtig: m.porto,
      tarifbasis: m.tarif,
      ratgGueltigAb: m.ratgGueltigAb,
    };
  }
  if (!art.ratgPost) throw new TarifError(`Die Leistungsart ${art.kuerzel} hat keinen Tarif.`, 'kuerzel');
  const tabelle = tabelleAm(daten.tabellen, args.datum);
  const verdienst = tarifpostBetrag(tabelle, art.ratgPost, bg, art.nachDauer ? args.minuten : null);
  const einheitssatz = MIT_EINHEITSSATZ.has(art.ratgPost) ? roundToCent(verdienst.times(einheitssatzProzent(tabelle, bg))) : new Decimal(0);
  const streitgenossenzuschlag = roundToCent(verdienst.plus(einheitssatz).times(streitgenossenProzent(tabelle, args.gegner)));
  return {
    bemessungsgrundlage: bg,
    verdienst,
    einheitssatz,
    streitgenossenzuschlag,
    barauslagenUstPflichtig: new Decimal(0),
    tarifbasis: art.ratgPost,
    ratgGueltigAb: tabelle.gueltigAb,
  };
}
