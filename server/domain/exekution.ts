// What an enforcement application (Exekutionsantrag) needs, per Titel (field group 07): the Titel,
// the Forderungen it covers with their interest, the awarded costs and their § 54a ZPO interest,
// and the '#WV:' texts. Pure.
import { Decimal } from './money.js';
import { tabelleAm } from '../tarif/ratg.js';
import { isoDate } from './dates.js';
import { DomainError } from './errors.js';
import { weiteresVorbringen, zinsen, zugesprochen, ZINSSATZ_54A, type Beschlussart, type TitelBetraege } from './titel.js';

export class ExekutionError extends DomainError {
  constructor(message: string) {
    super(message);
    this.name = 'ExekutionError';
  }
}

export interface ForderungDaten {
  id: string;
  betrag: Decimal;
  zinssatz: Decimal | null;
  zinsenAb: Date | null;
}

export interface TitelDaten extends TitelBetraege {
  id: string;
  datum: Date;
  beschlussart: Beschlussart;
  geschaeftszahl: string | null;
  vollstreckbarAm: Date | null;
  zinsen54a: boolean;
  memo: string | null;
  forderungen: ForderungDaten[];
}

export interface ForderungPosten {
  id: string;
  kapital: Decimal;
  /** Interest at the Forderung's rate from zinsenAb to the Stichtag (0 without a rate). */
  zinsen: Decimal;
}

export interface TitelPosten<T extends TitelDaten> {
  titel: T;
  forderungen: ForderungPosten[];
  kosten: Decimal;
  barauslagenKlient: Decimal;
  /** § 54a ZPO: 4 % p.a. on the awarded costs from the decision date to the Stichtag. */
  kostenzinsen: Decimal;
  kostenzinsenSatz: Decimal | null;
  weiteresVorbringen: string[];
}

export interface Exekutionsantrag<T extends TitelDaten> {
  stichtag: Date;
  titel: TitelPosten<T>[];
  forderungenOhneTitel: ForderungPosten[];
  weiteresVorbringen: string[];
  kapital: Decimal;
  zinsen: Decimal;
  kosten: Decimal;
  kostenzinsen: Decimal;
  /** Part of `kosten` that belongs to the client (paid on to them when collected). */
  barauslagenKlient: Decimal;
  gesamt: Decimal;
}

const posten = (f: ForderungDaten, stichtag: Date): ForderungPosten => ({
  id: f.id,
  kapital: f.betrag,
  zinsen: f.zinssatz && f.zinsenAb ? zinsen(f.betrag, f.zinssatz, f.zinsenAb, stichtag) : new Decimal(0),
});

const sum = (xs: Decimal[]) => xs.reduce((s, x) => s.plus(x), new Decimal(0));

export function exekutionsantrag<T extends TitelDaten>(args: { titel: T[]; forderungenOhneTitel: ForderungDaten[]; stichtag: Date }): Exekutionsantrag<T> {
  const titel = args.titel.map((t): TitelPosten<T> => {
    if (!t.vollstreckbarAm && t.beschlussart !== 'KOSTENTITEL') {
      throw new ExekutionError(
        `Der Titel ${t.beschlussart} vom ${isoDate(t.datum)}${t.geschaeftszahl ? ` (${t.geschaeftszahl})` : ''} hat keine Vollstreckbarkeitsbestätigung (vollstreckbarAm): ohne sie kann nicht Exekution geführt werden.`,
      );
    }
    const kosten = zugesprochen(t);
    const satz = t.zinsen54a ? tabelleAm(ZINSSATZ_54A, isoDate(t.datum), '§ 54a-Zinssatz').satz : null;
    return {
      titel: t,
      forderungen: t.forderungen.map((f) => posten(f, args.stichtag)),
      kosten,
      barauslagenKlient: t.barauslagenKlient,
      kostenzinsen: satz ? zinsen(kosten, satz, t.datum, args.stichtag) : new Decimal(0),
      kostenzinsenSatz: satz,
      weiteresVorbringen: weiteresVorbringen(t.memo),
    };
  });
  const ohne = args.forderungenOhneTitel.map((f) => posten(f, args.stichtag));
  const alle = [...titel.flatMap((t) => t.forderungen), ...ohne];
  const kapital = sum(alle.map((f) => f.kapital));
  const z = sum(alle.map((f) => f.zinsen));
  const kosten = sum(titel.map((t) => t.kosten));
  const kostenzinsen = sum(titel.map((t) => t.kostenzinsen));
  return {
    stichtag: args.stichtag,
    titel,
    forderungenOhneTitel: ohne,
    weiteresVorbringen: titel.flatMap((t) => t.weiteresVorbringen),
    kapital,
    zinsen: z,
    kosten,
    kostenzinsen,
    barauslagenKlient: sum(titel.map((t) => t.barauslagenKlient)),
    gesamt: kapital.plus(z).plus(kosten).plus(kostenzinsen),
  };
}
