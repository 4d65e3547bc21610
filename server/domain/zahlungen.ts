// Payments from the debtor (lifecycle.md): each payment is allocated, in date order, to what is
// owed at that moment. Everything is recomputed from the full payment history, so a reversal
// changes the result of every later payment. Pure.
//
// Rules written down here (where the sources leave a choice):
// - Interest runs simple (actual days / 365, to the cent) on what is still open of its base, from
//   its start to each payment (and to the Stichtag): Forderungen at their rate from zinsenAb; the
//   awarded costs of a Titel with zinsen54a at the § 54a rate from the decision date.
// - § 54a ZPO: none is owed on costs paid before the decision became enforceable (titel.md). The
//   day it counts as enforceable is `vollstreckbarAb`: vollstreckbarAm (the date of the
//   Vollstreckbarkeitsbestätigung, the only date of enforceability a Titel records), or the decision
//   date for a Kostentitel without one. A payment dated before that day is before enforceability; one
//   on that day is not. Applied to each euro of the costs: what is paid before that day bears no
//   interest; what is still open on that day bears it from the decision date until it is paid. So
//   before that day the § 54a interest is not owed at all (a Schuldnerstand then shows none, and
//   payments are not allocated to it); on that day it becomes owed for decision date → that day on
//   the costs then open, and from there runs on what stays open, like any other interest.
// - Costs exist from the Titel's decision date: a payment made earlier is never allocated to them,
//   and a Schuldnerstand on an earlier Stichtag does not show them (§ 1416 ABGB allocates a payment
//   to debts owed when it is made).
// - Order KOSTEN_ZINSEN_KAPITAL (the desktop products'): awarded costs by kind (USt-freie
//   Barauslagen and Durchlaufer, USt-pflichtige Barauslagen, fee = Verdienst + ES + USt,
//   Barauslagen Klient), then interest (oldest start first), then capital (oldest due first).
//   Order ZINSEN_KAPITAL_KOSTEN (§ 1416 ABGB: interest before capital; costs, which it does not
//   name, last). What exceeds everything owed is an overpayment.
// - The share allocated to Barauslagen Klient belongs to the client: proposed for transfer.
import { Decimal } from './money.js';
import { zinsen } from './titel.js';

export type Reihenfolge = 'KOSTEN_ZINSEN_KAPITAL' | 'ZINSEN_KAPITAL_KOSTEN';
export type PostenArt = 'KOSTEN' | 'ZINSEN' | 'KAPITAL';
export type KostenArt = 'BARAUSLAGEN_USTFREI' | 'BARAUSLAGEN_USTPFLICHTIG' | 'HONORAR' | 'BARAUSLAGEN_KLIENT';
const KOSTEN_ORDNUNG: KostenArt[] = ['BARAUSLAGEN_USTFREI', 'BARAUSLAGEN_USTPFLICHTIG', 'HONORAR', 'BARAUSLAGEN_KLIENT'];

export interface Forderungsdaten {
  id: string;
  bezeichnung: string;
  betrag: Decimal;
  zinssatz: Decimal | null;
  zinsenAb: Date | null;
  /** For "oldest first": due date, else when it was recorded. */
  seit: Date;
}

export interface Kostendaten {
  titelId: string;
  bezeichnung: string;
  datum: Date;
  /** From this day the decision counts as enforceable (see above); not before `datum`. */
  vollstreckbarAb: Date;
  zinssatz54a: Decimal | null;
  barauslagenUstFrei: Decimal; // incl. Durchlaufer
  barauslagenUstPflichtig: Decimal;
  honorar: Decimal; // Verdienst + ES + USt
  barauslagenKlient: Decimal;
}

export interface Zahlungsdaten {
  id: string;
  datum: Date;
  betrag: Decimal;
}

interface Posten {
  art: PostenArt;
  kostenArt: KostenArt | null;
  ref: string;
  bezeichnung: string;
  offen: Decimal;
  /** Sort key within the art. */
  seit: Date;
}

interface Zinsquelle {
  posten: Posten; // the interest bucket
  basis: Posten[]; // what the interest runs on
  satz: Decimal;
  bis: Date; // accrued up to
  /** § 54a: owed only from this day on, then from `bis` (the decision date) on what is open that day. */
  faelligAb: Date | null;
}

export interface Anrechnung {
  art: PostenArt;
  kostenArt: KostenArt | null;
  ref: string;
  bezeichnung: string;
  betrag: Decimal;
}

export interface Aufteilung {
  zahlungId: string;
  datum: Date;
  betrag: Decimal;
  anrechnungen: Anrechnung[];
  ueberzahlung: Decimal;
  /** Allocated to Barauslagen Klient: to be passed on to the client. */
  anKlient: Decimal;
}

export interface Schuldnerstand {
  stichtag: Date;
  kapital: Decimal;
  zinsen: Decimal;
  kosten: Decimal;
  kostenNachArt: Record<KostenArt, Decimal>;
  gesamt: Decimal;
  bezahlt: Decimal;
  ueberzahlung: Decimal;
  anKlient: Decimal;
  zahlungen: Aufteilung[];
}

const ZERO = new Decimal(0);
const sum = (xs: Decimal[]) => xs.reduce((s, x) => s.plus(x), ZERO);
const byDate = (a: Date, b: Date) => a.getTime() - b.getTime();

export function schuldnerstand(args: {
  forderungen: Forderungsdaten[];
  kosten: Kostendaten[];
  zahlungen: Zahlungsdaten[];
  reihenfolge: Reihenfolge;
  stichtag: Date;
}): Schuldnerstand {
  const kapital: Posten[] = args.forderungen.map((f) => ({ art: 'KAPITAL', kostenArt: null, ref: f.id, bezeichnung: f.bezeichnung, offen: f.betrag, seit: f.seit }));
  const kosten: Posten[] = args.kosten.flatMap((k) =>
    ([
      ['BARAUSLAGEN_USTFREI', k.barauslagenUstFrei],
      ['BARAUSLAGEN_USTPFLICHTIG', k.barauslagenUstPflichtig],
      ['HONORAR', k.honorar],
      ['BARAUSLAGEN_KLIENT', k.barauslagenKlient],
    ] as const)
      .filter(([, b]) => b.greaterThan(0))
      .map(([kostenArt, offen]) => ({ art: 'KOSTEN' as const, kostenArt, ref: k.titelId, bezeichnung: k.bezeichnung, offen, seit: k.datum })),
  );
  const quellen: Zinsquelle[] = [
    ...args.forderungen.flatMap((f, i) =>
      f.zinssatz && f.zinsenAb && f.zinssatz.greaterThan(0)
        ? [{ posten: { art: 'ZINSEN' as const, kostenArt: null, ref: f.id, bezeichnung: `Zinsen ${f.bezeichnung}`, offen: ZERO, seit: f.zinsenAb }, basis: [kapital[i]!], satz: f.zinssatz, bis: f.zinsenAb, faelligAb: null }]
        : [],
    ),
    ...args.kosten.flatMap((k) =>
      k.zinssatz54a
        ? [{
            posten: { art: 'ZINSEN' as const, kostenArt: null, ref: k.titelId, bezeichnung: `§ 54a-Zinsen ${k.bezeichnung}`, offen: ZERO, seit: k.datum },
            basis: kosten.filter((p) => p.ref === k.titelId),
            satz: k.zinssatz54a,
            bis: k.datum,
            faelligAb: k.vollstreckbarAb > k.datum ? k.vollstreckbarAb : null,
          }]
        : [],
    ),
  ];
  const zinsPosten = quellen.map((q) => q.posten);

  const auflaufen = (bis: Date) => {
    for (const q of quellen) {
      if (q.faelligAb) {
        // § 54a before enforceability: nothing owed yet. On that day: decision date → that day
        // on the costs still open, then on as usual.
        if (bis < q.faelligAb) continue;
        q.posten.offen = q.posten.offen.plus(zinsen(sum(q.basis.map((b) => b.offen)), q.satz, q.bis, q.faelligAb));
        q.bis = q.faelligAb;
        q.faelligAb = null;
      }
      if (bis <= q.bis) continue;
      q.posten.offen = q.posten.offen.plus(zinsen(sum(q.basis.map((b) => b.offen)), q.satz, q.bis, bis));
      q.bis = bis;
    }
  };

  /** What is owed on a day, in the order of allocation: costs only from their decision date. */
  const reihe = (am: Date): Posten[] => {
    const k = kosten.filter((p) => p.seit <= am).sort((a, b) => KOSTEN_ORDNUNG.indexOf(a.kostenArt!) - KOSTEN_ORDNUNG.indexOf(b.kostenArt!) || byDate(a.seit, b.seit));
    const z = [...zinsPosten].sort((a, b) => byDate(a.seit, b.seit));
    const c = [...kapital].sort((a, b) => byDate(a.seit, b.seit));
    return args.reihenfolge === 'KOSTEN_ZINSEN_KAPITAL' ? [...k, ...z, ...c] : [...z, ...c, ...k];
  };

  const aufteilungen: Aufteilung[] = [];
  const zahlungen = args.zahlungen.filter((z) => z.datum <= args.stichtag).sort((a, b) => byDate(a.datum, b.datum));
  for (const z of zahlungen) {
    auflaufen(z.datum);
    let rest = z.betrag;
    const anrechnungen: Anrechnung[] = [];
    for (const p of reihe(z.datum)) {
      if (rest.isZero()) break;
      if (p.offen.lessThanOrEqualTo(0)) continue;
      const b = Decimal.min(rest, p.offen);
      p.offen = p.offen.minus(b);
      rest = rest.minus(b);
      anrechnungen.push({ art: p.art, kostenArt: p.kostenArt, ref: p.ref, bezeichnung: p.bezeichnung, betrag: b });
    }
    aufteilungen.push({
      zahlungId: z.id, datum: z.datum, betrag: z.betrag, anrechnungen, ueberzahlung: rest,
      anKlient: sum(anrechnungen.filter((a) => a.kostenArt === 'BARAUSLAGEN_KLIENT').map((a) => a.betrag)),
    });
  }
  auflaufen(args.stichtag);

  const bestehend = kosten.filter((p) => p.seit <= args.stichtag);
  const kostenNachArt = Object.fromEntries(KOSTEN_ORDNUNG.map((a) => [a, sum(bestehend.filter((p) => p.kostenArt === a).map((p) => p.offen))])) as Record<KostenArt, Decimal>;
  const k = sum(kapital.map((p) => p.offen));
  const zi = sum(zinsPosten.map((p) => p.offen));
  const ko = sum(bestehend.map((p) => p.offen));
  return {
    stichtag: args.stichtag,
    kapital: k,
    zinsen: zi,
    kosten: ko,
    kostenNachArt,
    gesamt: k.plus(zi).plus(ko),
    bezahlt: sum(zahlungen.map((z) => z.betrag)),
    ueberzahlung: sum(aufteilungen.map((a) => a.ueberzahlung)),
    anKlient: sum(aufteilungen.map((a) => a.anKlient)),
    zahlungen: aufteilungen,
  };
}

export interface Rate {
  nummer: number;
  faelligAm: Date;
  betrag: Decimal;
  bezahlt: Decimal;
  offen: Decimal;
}

/** Instalments of an agreement, the payments so far covering them in order. */
export function raten(args: { rate: Decimal; anzahl: number; ersteFaelligkeit: Date; intervallMonate: number; bezahlt: Decimal }): Rate[] {
  let rest = args.bezahlt;
  return Array.from({ length: args.anzahl }, (_, i) => {
    const d = args.ersteFaelligkeit;
    const m = d.getUTCMonth() + i * args.intervallMonate;
    const y = d.getUTCFullYear() + Math.floor(m / 12);
    const mm = ((m % 12) + 12) % 12;
    const last = new Date(Date.UTC(y, mm + 1, 0)).getUTCDate();
    const faelligAm = new Date(Date.UTC(y, mm, Math.min(d.getUTCDate(), last)));
    const bezahlt = Decimal.max(ZERO, Decimal.min(rest, args.rate));
    rest = rest.minus(bezahlt);
    return { nummer: i + 1, faelligAm, betrag: args.rate, bezahlt, offen: args.rate.minus(bezahlt) };
  });
}
