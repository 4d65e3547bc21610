// Mahnkosten against shared/domain/mahnkosten.md (RATG table from 1 May 2023, Porto 4.30).
// Every expected value is worked out by hand from mahnkosten.md and ratg.md, never copied from the engine.
// F = Verdienst, SG = Streitgenossenzuschlag, N = Netto, "+50 %" = half of the posting rounded to 10 cents.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../server/domain/money.js';
import { bemessungsgrundlage, berechneMahnkosten, type Bemessung, type Mahnkosten, type TarifDefinition } from '../../server/tarif/mahnkosten.js';
import { ratgTabelleSchema, TarifError, type RatgTabelle, type Tarifpost } from '../../server/tarif/ratg.js';

const lies = (datei: string): unknown => JSON.parse(readFileSync(new URL(`../../server/tarif/data/${datei}`, import.meta.url), 'utf8'));

const tabelle: RatgTabelle = ratgTabelleSchema.parse(lies('ratg-2023-05-01.json'));

interface TarifeJson {
  tarife: { code: string; name: string; porto: boolean; positionen: { post: string; zuschlag: boolean; anzahl: number }[] }[];
  leistungsarten: { kuerzel: string; name: string; tarif?: string; ratgPost?: string }[];
  porto: { gueltigAb: string; betrag: string; bezeichnung: string }[];
}
const daten = lies('tarife.json') as TarifeJson;
const TARIFE: Record<string, TarifDefinition> = Object.fromEntries(
  daten.tarife.map((t) => [
    t.code,
    { code: t.code, porto: t.porto, positionen: t.positionen.map((p) => ({ post: p.post as Tarifpost, zuschlag: p.zuschlag, anzahl: p.anzahl })) },
  ]),
);
const tarif = (code: string): TarifDefinition => {
  const t = TARIFE[code];
  if (!t) throw new Error(`tariff ${code} is not seeded`);
  return t;
};

const PORTO = new Decimal('4.30'); // 2 × 1.00 + 2.30 (ratg.md)
const d = (s: string) => new Decimal(s);
const hf = (bg: string): Bemessung => ({ betrag: d(bg), quelle: 'HAUPTFORDERUNGEN' });

const rechne = (t: TarifDefinition | string, bg: string, gegner: number): Mahnkosten =>
  berechneMahnkosten({ tarif: typeof t === 'string' ? tarif(t) : t, tabelle, bemessung: hf(bg), gegner, porto: PORTO });

/** The columns of mahnkosten.md's table. */
interface Zeile {
  F: string;
  SG: string;
  porto: string;
  N: string;
  ust: string;
  brutto: string;
}
const spalten = (r: Mahnkosten): Zeile => ({
  F: r.verdienst.toFixed(2),
  SG: r.streitgenossenzuschlag.toFixed(2),
  porto: r.porto.toFixed(2),
  N: r.netto.toFixed(2),
  ust: r.ust.toFixed(2),
  brutto: r.brutto.toFixed(2),
});
/** Each posting as [tarifpost, grundbetrag, zuschlag, anzahl, betrag]. */
const posten = (r: Mahnkosten) => r.positionen.map((p) => [p.tarifpost, p.grundbetrag.toFixed(2), p.zuschlag.toFixed(2), p.anzahl, p.betrag.toFixed(2)]);

describe('the seeded tariffs match mahnkosten.md', () => {
  const kurz = (code: string) => tarif(code).positionen.map((p) => `${p.post}${p.zuschlag ? '+50%' : ''}${p.anzahl > 1 ? `×${p.anzahl}` : ''}`);
  it.each<[string, string[]]>([
    ['MES', ['TP5+50%', 'TP6+50%']],
    ['MET', ['TP5', 'TP8_KURZ', 'TP6+50%']],
    ['MEK', ['TP5', 'TP8', 'TP6+50%']],
    ['MAS', ['TP6+50%×2']],
    ['MAT', ['TP6', 'TP8_KURZ', 'TP6+50%']],
    ['MAK', ['TP6', 'TP6+50%', 'TP8']],
  ])('%s = %j + Porto', (code, erwartet) => {
    expect(kurz(code)).toEqual(erwartet);
    expect(tarif(code).porto).toBe(true);
  });
  it('the Leistungstabelle points MAK and MAKAZ at MAK; Porto 4.30', () => {
    const la = Object.fromEntries(daten.leistungsarten.map((l) => [l.kuerzel, l]));
    expect(la.MAK?.tarif).toBe('MAK');
    expect(la.MAKAZ?.tarif).toBe('MAK');
    expect(la['81']?.ratgPost).toBe('TP8_KURZ');
    expect(la['82']?.ratgPost).toBe('TP8');
    expect(daten.porto[0]?.betrag).toBe('4.30');
  });
});

describe('the worked examples of mahnkosten.md (every column)', () => {
  it.each<[string, string, number, Zeile]>([
    // TP5 = 7.50 + 3.80 (3.75 ↑); TP6 = 15.00 + 7.50 → F 33.80; N 38.10; USt 7.62; 45.72 → 45.70
    ['MES', '500', 1, { F: '33.80', SG: '0.00', porto: '4.30', N: '38.10', ust: '7.62', brutto: '45.70' }],
    // TP5 9.20; TP8/1 = 0.4 × 52.50 = 21.00; TP6 18.40 + 9.20 = 27.60 → F 57.80; 74.52 → 74.50
    ['MET', '1500', 1, { F: '57.80', SG: '0.00', porto: '4.30', N: '62.10', ust: '12.42', brutto: '74.50' }],
    // TP6 = 21.60 + 6.60 = 28.20; + 14.10 = 42.30; × 2 = 84.60; 106.68 → 106.70
    ['MAS', '2911', 1, { F: '84.60', SG: '0.00', porto: '4.30', N: '88.90', ust: '17.78', brutto: '106.70' }],
    // 67.80 + (67.80 + 33.90) + 141.30 = 310.80; SG 15 % = 46.62; USt 72.344 → 72.34; 434.06 → 434.10
    ['MAK', '12345.67', 3, { F: '310.80', SG: '46.62', porto: '4.30', N: '361.72', ust: '72.34', brutto: '434.10' }],
    // TP6 21.60 + 67 × 6.60 = 463.80 → 208.20; TP8 = 207.90 + 54 × 5.90 = 526.50 → TP8/1 210.60;
    // 208.20 + 210.60 + (208.20 + 104.10) = 731.10; 882.48 → 882.50
    ['MAT', '100000', 1, { F: '731.10', SG: '0.00', porto: '4.30', N: '735.40', ust: '147.08', brutto: '882.50' }],
    // (4.20 + 2.10) + (8.40 + 4.20) = 18.90; SG 10 % = 1.89; N 25.09; USt 5.018 → 5.02; 30.11 → 30.10
    ['MES', '70', 2, { F: '18.90', SG: '1.89', porto: '4.30', N: '25.09', ust: '5.02', brutto: '30.10' }],
  ])('%s at BG %s with %i Gegner', (code, bg, gegner, zeile) => {
    expect(spalten(rechne(code, bg, gegner))).toEqual(zeile);
  });

  it('MAK at 12 345.67 with 3 Gegner, step by step, with its breakdown', () => {
    const r = rechne('MAK', '12345.67', 3);
    // TP5 = 10.80 + 7 × 3.30 = 33.90; TP6 = 67.80; TP8 = 52.50 + 8 × 11.10 = 141.30
    expect(posten(r)).toEqual([
      ['TP6', '67.80', '0.00', 1, '67.80'],
      ['TP6', '67.80', '33.90', 1, '101.70'],
      ['TP8', '141.30', '0.00', 1, '141.30'],
    ]);
    expect(r.verdienst.toFixed(2)).toBe('310.80');
    expect(r.streitgenossenzuschlagProzent.toFixed(2)).toBe('15.00');
    expect(r.streitgenossenzuschlag.toFixed(2)).toBe('46.62');
    expect(r.porto.toFixed(2)).toBe('4.30');
    expect(r.netto.toFixed(2)).toBe('361.72');
    expect(r.ust.toFixed(2)).toBe('72.34');
    expect(r.brutto.toFixed(2)).toBe('434.10');
    expect(r.tarif).toBe('MAK');
    expect(r.bemessungsgrundlage.toFixed(2)).toBe('12345.67');
    expect(r.bemessungsgrundlageQuelle).toBe('HAUPTFORDERUNGEN');
    expect(r.ratgGueltigAb).toBe('2023-05-01');
  });
});

describe('each tariff at one more BG', () => {
  it('MES at 3 000, 1 Gegner (half of 14.10 rounds half up)', () => {
    const r = rechne('MES', '3000', 1);
    // TP5 = 10.80 + 3.30 = 14.10; + 7.05 → 7.10 = 21.20. TP6 = 28.20 + 14.10 = 42.30. F = 63.50
    expect(posten(r)).toEqual([
      ['TP5', '14.10', '7.10', 1, '21.20'],
      ['TP6', '28.20', '14.10', 1, '42.30'],
    ]);
    // N = 63.50 + 4.30 = 67.80; USt 13.56; 81.36 → 81.40
    expect(spalten(r)).toEqual({ F: '63.50', SG: '0.00', porto: '4.30', N: '67.80', ust: '13.56', brutto: '81.40' });
  });
  it('MET at 25 000, 2 Gegner', () => {
    const r = rechne('MET', '25000', 2);
    // n(TP5/6) = ceil(22090 / 1450) = 16: TP5 = 10.80 + 52.80 = 63.60; TP6 = 21.60 + 105.60 = 127.20
    // TP8 = 207.90 + ceil(3200 / 1450) = 3 × 5.90 = 225.60; TP8/1 = 90.24 → 90.20
    expect(posten(r)).toEqual([
      ['TP5', '63.60', '0.00', 1, '63.60'],
      ['TP8_KURZ', '90.20', '0.00', 1, '90.20'],
      ['TP6', '127.20', '63.60', 1, '190.80'],
    ]);
    // F = 344.60; SG 10 % = 34.46; N = 383.36; USt 76.672 → 76.67; 460.03 → 460.00
    expect(spalten(r)).toEqual({ F: '344.60', SG: '34.46', porto: '4.30', N: '383.36', ust: '76.67', brutto: '460.00' });
  });
  it('MEK at 5 000, 1 Gegner', () => {
    const r = rechne('MEK', '5000', 1);
    // n = ceil(2090 / 1450) = 2: TP5 = 17.40; TP6 = 34.80; TP8 = 52.50 + ceil(3180 / 1450) = 3 × 11.10 = 85.80
    expect(posten(r)).toEqual([
      ['TP5', '17.40', '0.00', 1, '17.40'],
      ['TP8', '85.80', '0.00', 1, '85.80'],
      ['TP6', '34.80', '17.40', 1, '52.20'],
    ]);
    // F = 155.40; N = 159.70; USt 31.94; 191.64 → 191.60
    expect(spalten(r)).toEqual({ F: '155.40', SG: '0.00', porto: '4.30', N: '159.70', ust: '31.94', brutto: '191.60' });
  });
  it('MAS at 50 000, 1 Gegner (TP 6 at its cap)', () => {
    const r = rechne('MAS', '50000', 1);
    // TP6 = 21.60 + ceil(47090 / 1450) = 33 × 6.60 = 239.40 → cap 208.20; + 104.10 = 312.30; × 2 = 624.60
    expect(posten(r)).toEqual([['TP6', '208.20', '104.10', 2, '624.60']]);
    // N = 628.90; USt 125.78; 754.68 → 754.70
    expect(spalten(r)).toEqual({ F: '624.60', SG: '0.00', porto: '4.30', N: '628.90', ust: '125.78', brutto: '754.70' });
  });
  it('MAT at 7 000, 5 Gegner', () => {
    const r = rechne('MAT', '7000', 5);
    // TP6 = 21.60 + ceil(4090 / 1450) = 3 × 6.60 = 41.40; TP8 = 52.50 + ceil(5180 / 1450) = 4 × 11.10 = 96.90;
    // TP8/1 = 38.76 → 38.80; TP6 + 50 % = 41.40 + 20.70 = 62.10
    expect(posten(r)).toEqual([
      ['TP6', '41.40', '0.00', 1, '41.40'],
      ['TP8_KURZ', '38.80', '0.00', 1, '38.80'],
      ['TP6', '41.40', '20.70', 1, '62.10'],
    ]);
    // F = 142.30; SG 25 % = 35.575 → 35.58; N = 182.18; USt 36.436 → 36.44; 218.62 → 218.60
    expect(r.streitgenossenzuschlagProzent.toFixed(2)).toBe('25.00');
    expect(spalten(r)).toEqual({ F: '142.30', SG: '35.58', porto: '4.30', N: '182.18', ust: '36.44', brutto: '218.60' });
  });
  it('MAK at 360 (band edge), 1 Gegner', () => {
    const r = rechne('MAK', '360', 1);
    // TP6 12.60; TP6 + 50 % = 12.60 + 6.30 = 18.90; TP8 28.50 → F = 60.00; N 64.30; USt 12.86; 77.16 → 77.20
    expect(posten(r)).toEqual([
      ['TP6', '12.60', '0.00', 1, '12.60'],
      ['TP6', '12.60', '6.30', 1, '18.90'],
      ['TP8', '28.50', '0.00', 1, '28.50'],
    ]);
    expect(spalten(r)).toEqual({ F: '60.00', SG: '0.00', porto: '4.30', N: '64.30', ust: '12.86', brutto: '77.20' });
  });
  it('MAK at 360.01 uses the next band', () => {
    // TP6 15.00; 15.00 + 7.50 = 22.50; TP8 35.10 → F 72.60; N 76.90; USt 15.38; 92.28 → 92.30
    expect(spalten(rechne('MAK', '360.01', 1))).toEqual({ F: '72.60', SG: '0.00', porto: '4.30', N: '76.90', ust: '15.38', brutto: '92.30' });
  });
});

describe('caps', () => {
  it('MET at 1 000 000: TP5 104.60, TP8/1 277.20, TP6 208.20', () => {
    const r = rechne('MET', '1000000', 1);
    // TP8 = 692.90 (cap) → 0.4 × 692.90 = 277.16 → 277.20
    expect(posten(r)).toEqual([
      ['TP5', '104.60', '0.00', 1, '104.60'],
      ['TP8_KURZ', '277.20', '0.00', 1, '277.20'],
      ['TP6', '208.20', '104.10', 1, '312.30'],
    ]);
    // F = 694.10; N = 698.40; USt 139.68; 838.08 → 838.10
    expect(spalten(r)).toEqual({ F: '694.10', SG: '0.00', porto: '4.30', N: '698.40', ust: '139.68', brutto: '838.10' });
  });
  it('MAK at 1 000 000: TP8 692.90', () => {
    // 208.20 + 312.30 + 692.90 = 1213.40; N 1217.70; USt 243.54; 1461.24 → 1461.20
    expect(spalten(rechne('MAK', '1000000', 1))).toEqual({ F: '1213.40', SG: '0.00', porto: '4.30', N: '1217.70', ust: '243.54', brutto: '1461.20' });
  });
  it('Streitgenossenzuschlag at most 50 % (12 Gegner)', () => {
    const r = rechne('MAK', '12345.67', 12);
    // 10 % + 10 × 5 % = 60 % → 50 %: SG = 155.40; N = 310.80 + 155.40 + 4.30 = 470.50; USt 94.10; 564.60
    expect(r.streitgenossenzuschlagProzent.toFixed(2)).toBe('50.00');
    expect(spalten(r)).toEqual({ F: '310.80', SG: '155.40', porto: '4.30', N: '470.50', ust: '94.10', brutto: '564.60' });
  });
  it('no Streitgenossenzuschlag on postage: MES at 70 with 10 Gegner (50 %)', () => {
    // F 18.90; SG 9.45; N = 18.90 + 9.45 + 4.30 = 32.65; USt 6.53; 39.18 → 39.20
    expect(spalten(rechne('MES', '70', 10))).toEqual({ F: '18.90', SG: '9.45', porto: '4.30', N: '32.65', ust: '6.53', brutto: '39.20' });
  });
});

describe('custom tariffs (data, not code)', () => {
  it('a tariff without postage', () => {
    const ohnePorto: TarifDefinition = { ...tarif('MAK'), code: 'MAKOP', porto: false };
    // F 310.80; porto 0; N 310.80; USt 62.16; 372.96 → 373.00
    expect(spalten(rechne(ohnePorto, '12345.67', 1))).toEqual({ F: '310.80', SG: '0.00', porto: '0.00', N: '310.80', ust: '62.16', brutto: '373.00' });
  });
  it('MAKX = MAK plus a TP 5 posting', () => {
    const makx: TarifDefinition = { code: 'MAKX', porto: true, positionen: [...tarif('MAK').positionen, { post: 'TP5', zuschlag: false, anzahl: 1 }] };
    const r = rechne(makx, '12345.67', 3);
    expect(r.tarif).toBe('MAKX');
    expect(posten(r)).toEqual([
      ['TP6', '67.80', '0.00', 1, '67.80'],
      ['TP6', '67.80', '33.90', 1, '101.70'],
      ['TP8', '141.30', '0.00', 1, '141.30'],
      ['TP5', '33.90', '0.00', 1, '33.90'],
    ]);
    // F = 310.80 + 33.90 = 344.70; SG 15 % = 51.705 → 51.71; N = 400.71; USt 80.142 → 80.14; 480.85 → 480.90 (half up)
    expect(spalten(r)).toEqual({ F: '344.70', SG: '51.71', porto: '4.30', N: '400.71', ust: '80.14', brutto: '480.90' });
  });
  it('a posting with anzahl 3 and the surcharge', () => {
    const t: TarifDefinition = { code: 'X3', porto: false, positionen: [{ post: 'TP5', zuschlag: true, anzahl: 3 }] };
    // TP5 at 500 = 7.50 + 3.80 = 11.30; × 3 = 33.90; USt 6.78; 40.68 → 40.70
    const r = rechne(t, '500', 1);
    expect(posten(r)).toEqual([['TP5', '7.50', '3.80', 3, '33.90']]);
    expect(spalten(r)).toEqual({ F: '33.90', SG: '0.00', porto: '0.00', N: '33.90', ust: '6.78', brutto: '40.70' });
  });
  it('a tariff with no positions is a TarifError', () => {
    expect(() => rechne({ code: 'LEER', porto: true, positionen: [] }, '1000', 1)).toThrow(TarifError);
  });
});

describe('bemessungsgrundlage()', () => {
  const H = (b: string) => ({ art: 'HAUPTFORDERUNG' as const, betrag: d(b) });
  const N = (b: string) => ({ art: 'NEBENFORDERUNG' as const, betrag: d(b) });
  const bg = (b: Bemessung) => [b.betrag.toFixed(2), b.quelle];

  it('the sum of the Hauptforderungen, Nebenforderungen excluded', () => {
    // 1000.00 + 234.56 = 1234.56 (the 500 and 80.10 Nebenforderungen do not count)
    expect(bg(bemessungsgrundlage({ forderungen: [H('1000'), N('500'), H('234.56'), N('80.10')], aktBemessungsgrundlage: null }))).toEqual(['1234.56', 'HAUPTFORDERUNGEN']);
  });
  it('the Hauptforderungen win over the Akt BG', () => {
    expect(bg(bemessungsgrundlage({ forderungen: [H('700')], aktBemessungsgrundlage: d('5000') }))).toEqual(['700.00', 'HAUPTFORDERUNGEN']);
  });
  it('the Akt BG when the Akt has no Forderung', () => {
    expect(bg(bemessungsgrundlage({ forderungen: [], aktBemessungsgrundlage: d('5000') }))).toEqual(['5000.00', 'AKT']);
  });
  it('one instalment for a Ratenmahnung', () => {
    expect(bg(bemessungsgrundlage({ forderungen: [H('12000')], aktBemessungsgrundlage: d('5000'), ratenmahnung: true, rate: d('250') }))).toEqual(['250.00', 'RATE']);
  });
  it('a Ratenmahnung priced end to end: MAK on an instalment of 500', () => {
    const bemessung = bemessungsgrundlage({ forderungen: [H('12000')], aktBemessungsgrundlage: null, ratenmahnung: true, rate: d('500') });
    const r = berechneMahnkosten({ tarif: tarif('MAK'), tabelle, bemessung, gegner: 1, porto: PORTO });
    // TP6 15.00; 15.00 + 7.50 = 22.50; TP8 35.10 → F 72.60; N 76.90; USt 15.38; 92.28 → 92.30
    expect(r.bemessungsgrundlageQuelle).toBe('RATE');
    expect(r.bemessungsgrundlage.toFixed(2)).toBe('500.00');
    expect(spalten(r)).toEqual({ F: '72.60', SG: '0.00', porto: '4.30', N: '76.90', ust: '15.38', brutto: '92.30' });
  });
  describe('is an error, never a silent 0', () => {
    it('no Forderung and no Akt BG', () => {
      expect(() => bemessungsgrundlage({ forderungen: [], aktBemessungsgrundlage: null })).toThrow(TarifError);
    });
    it('only Nebenforderungen (the sum of Hauptforderungen is 0)', () => {
      expect(() => bemessungsgrundlage({ forderungen: [N('500'), N('20')], aktBemessungsgrundlage: null })).toThrow(TarifError);
    });
    it('a Ratenmahnung without an instalment', () => {
      expect(() => bemessungsgrundlage({ forderungen: [H('1000')], aktBemessungsgrundlage: null, ratenmahnung: true })).toThrow(TarifError);
      expect(() => bemessungsgrundlage({ forderungen: [H('1000')], aktBemessungsgrundlage: null, ratenmahnung: true, rate: null })).toThrow(TarifError);
    });
    it('an Akt BG or instalment that is not positive', () => {
      expect(() => bemessungsgrundlage({ forderungen: [], aktBemessungsgrundlage: d('0') })).toThrow(TarifError);
      expect(() => bemessungsgrundlage({ forderungen: [], aktBemessungsgrundlage: d('-10') })).toThrow(TarifError);
      expect(() => bemessungsgrundlage({ forderungen: [], aktBemessungsgrundlage: null, ratenmahnung: true, rate: d('0') })).toThrow(TarifError);
    });
    it('a BG of 0 handed to berechneMahnkosten', () => {
      expect(() => rechne('MAK', '0', 1)).toThrow(TarifError);
    });
  });
});
