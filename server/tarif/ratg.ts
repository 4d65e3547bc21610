// The RATG (Rechtsanwaltstarifgesetz) as data: one table version per valorisation, chosen by the
// date of the service. This module knows the shape of a table and how the statute computes an
// amount from it; the figures come from data (data/ratg-*.json, then the office's database).
// Pure: no GraphQL, no Prisma.
import { z } from 'zod';
import { Decimal, roundTo10Cent } from '../domain/money.js';

export const RATG_POSTEN = ['TP1', 'TP2', 'TP3A', 'TP3B', 'TP3C', 'TP5', 'TP6', 'TP8'] as const;
export type RatgPost = (typeof RATG_POSTEN)[number];

/** What a tariff posting or a Leistungsart can name: a RATG post, or the short talk of TP 8. */
export const TARIFPOSTEN = [...RATG_POSTEN, 'TP8_KURZ'] as const;
export type Tarifpost = (typeof TARIFPOSTEN)[number];

export const TARIFPOST_BEZEICHNUNG: Record<Tarifpost, string> = {
  TP1: 'TP 1', TP2: 'TP 2', TP3A: 'TP 3A', TP3B: 'TP 3B', TP3C: 'TP 3C',
  TP5: 'TP 5 einfaches Schreiben', TP6: 'TP 6 anderer Brief',
  TP8: 'TP 8 Besprechung (je halbe Stunde)', TP8_KURZ: 'TP 8 Besprechung/Telefonat unter 10 Minuten',
};

const dec = z.string().regex(/^\d+(\.\d+)?$/).transform((s) => new Decimal(s));

const postSchema = z.object({
  /** Bands: [upper bound inclusive ("bis einschließlich"), amount], by ascending bound. */
  stufen: z
    .array(z.tuple([dec, dec]))
    .min(1)
    .refine((stufen) => stufen.every(([bis], i) => i === 0 || bis.greaterThan(stufen[i - 1]![0])), 'Die Stufen müssen aufsteigend sein.'),
  /** Steps above the last band: `betrag` for each started `je` € above `ueber` (up to `bis`); `je: null` = once. */
  schritte: z.array(z.object({ ueber: dec, bis: dec.nullable(), je: dec.nullable(), betrag: dec })),
  /** Per-mille parts of the BG above `ueber` (up to `bis`). */
  promille: z.array(z.object({ ueber: dec, bis: dec.nullable(), satz: dec })),
  hoechstens: dec,
  /** Hearings (TP 2, 3): each further started hour is half the amount, at most this. */
  hoechstensWeitereStunde: dec.nullable(),
});

export const ratgTabelleSchema = z.object({
  gueltigAb: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  bezeichnung: z.string().min(1),
  posten: z.object(Object.fromEntries(RATG_POSTEN.map((p) => [p, postSchema])) as Record<RatgPost, typeof postSchema>),
  tp8Kurz: z.object({ anteil: dec, hoechstens: dec }),
  informationszuschlag: dec,
  einheitssatz: z.object({ grenze: dec, bisGrenze: dec, darueber: dec }),
  streitgenossen: z.object({ zwei: dec, jeWeiterer: dec, hoechstens: dec }),
  erv: z.object({ erstmalig: dec, weitere: dec, urkundensammlung: dec }),
  ust: dec,
});

export type RatgTabelle = z.output<typeof ratgTabelleSchema>;
export type RatgPostTabelle = RatgTabelle['posten'][RatgPost];

export class TarifError extends Error {
  readonly field: string;
  constructor(message: string, field: string) {
    super(message);
    this.name = 'TarifError';
    this.field = field;
  }
}

/** The version in force on `datum` (YYYY-MM-DD): the latest with gueltigAb on or before it. */
export function tabelleAm<T extends { gueltigAb: string }>(versionen: readonly T[], datum: string, was = 'RATG-Tabelle'): T {
  let best: T | null = null;
  for (const v of versionen) if (v.gueltigAb <= datum && (!best || v.gueltigAb > best.gueltigAb)) best = v;
  if (!best) throw new TarifError(`Keine ${was} gilt am ${datum}.`, 'datum');
  return best;
}

/** Started units: ceil(x / je), for x > 0. */
const begonnene = (x: Decimal, je: Decimal) => x.dividedBy(je).ceil();

/**
 * The statutory amount of one post for a Bemessungsgrundlage: the band, then the steps, then the
 * per-mille parts (rounded to 10 cents, § 1 (1) RATG), then the cap.
 */
export function postBetrag(t: RatgPostTabelle, bg: Decimal): Decimal {
  if (!bg.isFinite() || bg.lessThanOrEqualTo(0)) throw new TarifError('Die Bemessungsgrundlage muss größer als 0 sein.', 'bemessungsgrundlage');
  // Above the last band (most claims worth dunning) one comparison instead of one per band: the
  // bands ascend (the schema checks it).
  const band = bg.greaterThan(t.stufen[t.stufen.length - 1]![0]) ? undefined : t.stufen.find(([bis]) => bg.lessThanOrEqualTo(bis));
  let betrag: Decimal;
  if (band) {
    betrag = band[1];
  } else {
    betrag = t.stufen[t.stufen.length - 1]![1];
    for (const s of t.schritte) {
      if (bg.lessThanOrEqualTo(s.ueber)) continue;
      const oben = s.bis && bg.greaterThan(s.bis) ? s.bis : bg;
      const anzahl = s.je ? begonnene(oben.minus(s.ueber), s.je) : new Decimal(1);
      betrag = betrag.plus(s.betrag.times(anzahl));
    }
    let promille = new Decimal(0);
    for (const p of t.promille) {
      if (bg.lessThanOrEqualTo(p.ueber)) continue;
      const oben = p.bis && bg.greaterThan(p.bis) ? p.bis : bg;
      promille = promille.plus(oben.minus(p.ueber).times(p.satz).dividedBy(1000));
    }
    betrag = roundTo10Cent(betrag.plus(promille));
  }
  return Decimal.min(betrag, t.hoechstens);
}

/** Half of an amount, rounded to 10 cents: the 50 % Informationszuschlag, a further hearing hour. */
export const haelfte = (tabelle: RatgTabelle, betrag: Decimal) => roundTo10Cent(betrag.times(tabelle.informationszuschlag));

/** TP 8 for a talk shorter than ten minutes: four tenths of the half-hour amount, capped. */
export function tp8Kurz(tabelle: RatgTabelle, bg: Decimal): Decimal {
  const voll = postBetrag(tabelle.posten.TP8, bg);
  return Decimal.min(roundTo10Cent(voll.times(tabelle.tp8Kurz.anteil)), tabelle.tp8Kurz.hoechstens);
}

/**
 * The amount for a Tarifpost. With `minuten`: TP 8 per started half hour; TP 2 and TP 3 as a
 * hearing (first hour in full, each further started hour half, at most the per-hour cap).
 */
export function tarifpostBetrag(tabelle: RatgTabelle, post: Tarifpost, bg: Decimal, minuten?: number | null): Decimal {
  if (post === 'TP8_KURZ') return tp8Kurz(tabelle, bg);
  const t = tabelle.posten[post];
  const einfach = postBetrag(t, bg);
  if (minuten == null) return einfach;
  if (!Number.isInteger(minuten) || minuten <= 0) throw new TarifError('Die Dauer muss eine positive Zahl von Minuten sein.', 'minuten');
  if (post === 'TP8') return einfach.times(Math.ceil(minuten / 30));
  if (t.hoechstensWeitereStunde) {
    const weitere = Math.ceil(minuten / 60) - 1;
    return einfach.plus(Decimal.min(haelfte(tabelle, einfach), t.hoechstensWeitereStunde).times(weitere));
  }
  return einfach;
}

/** Einheitssatz rate (§ 23): 60 % up to the threshold BG, 50 % above. */
export const einheitssatzProzent = (tabelle: RatgTabelle, bg: Decimal): Decimal =>
  bg.lessThanOrEqualTo(tabelle.einheitssatz.grenze) ? tabelle.einheitssatz.bisGrenze : tabelle.einheitssatz.darueber;

/** Streitgenossenzuschlag rate (§ 15) for the number of persons on the other side. */
export function streitgenossenProzent(tabelle: RatgTabelle, personen: number): Decimal {
  if (personen < 2) return new Decimal(0);
  const s = tabelle.streitgenossen;
  return Decimal.min(s.zwei.plus(s.jeWeiterer.times(personen - 2)), s.hoechstens);
}

export type ErvArt = 'ERSTMALIG' | 'WEITERE' | 'URKUNDENSAMMLUNG';
/** ERV surcharge (§ 23a): not part of the ES or Streitgenossen base; subject to USt. */
export const ervZuschlag = (tabelle: RatgTabelle, art: ErvArt): Decimal =>
  art === 'ERSTMALIG' ? tabelle.erv.erstmalig : art === 'WEITERE' ? tabelle.erv.weitere : tabelle.erv.urkundensammlung;

/**
 * A valorisation: every amount × factor, rounded UP to a full 10 cents (how the regulations
 * round). Bands, steps' widths and per-mille rates stay.
 */
export function valorisiere(t: RatgTabelle, faktor: Decimal, gueltigAb: string, bezeichnung: string): RatgTabelle {
  const up = (d: Decimal) => d.times(faktor).times(10).ceil().dividedBy(10);
  const posten = Object.fromEntries(
    RATG_POSTEN.map((p) => {
      const x = t.posten[p];
      return [p, {
        stufen: x.stufen.map(([bis, b]) => [bis, up(b)] as [Decimal, Decimal]),
        schritte: x.schritte.map((s) => ({ ...s, betrag: up(s.betrag) })),
        promille: x.promille,
        hoechstens: up(x.hoechstens),
        hoechstensWeitereStunde: x.hoechstensWeitereStunde && up(x.hoechstensWeitereStunde),
      }];
    }),
  ) as RatgTabelle['posten'];
  return {
    ...t, gueltigAb, bezeichnung, posten,
    tp8Kurz: { ...t.tp8Kurz, hoechstens: up(t.tp8Kurz.hoechstens) },
    erv: { erstmalig: up(t.erv.erstmalig), weitere: up(t.erv.weitere), urkundensammlung: up(t.erv.urkundensammlung) },
  };
}

/** A table back to its stored (JSON) form: decimals as strings. */
export function tabelleAlsJson(t: RatgTabelle): unknown {
  return JSON.parse(JSON.stringify(t, (_k, v) => (Decimal.isDecimal(v) ? (v as Decimal).toString() : v)));
}
