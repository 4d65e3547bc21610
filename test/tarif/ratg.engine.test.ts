// The RATG engine against the figures of shared/domain/ratg.md (table valid from 1 May 2023).
// Every expected value below is worked out by hand from ratg.md, never copied from the engine.
// Notation in comments: L = amount of the last band, s = step, n = number of started 1 450 € steps.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../server/domain/money.js';
import {
  einheitssatzProzent,
  ervZuschlag,
  haelfte,
  postBetrag,
  ratgTabelleSchema,
  streitgenossenProzent,
  tabelleAm,
  TarifError,
  tarifpostBetrag,
  tp8Kurz,
  valorisiere,
  type RatgTabelle,
  type Tarifpost,
} from '../../server/tarif/ratg.js';

const tabelle: RatgTabelle = ratgTabelleSchema.parse(
  JSON.parse(readFileSync(new URL('../../server/tarif/data/ratg-2023-05-01.json', import.meta.url), 'utf8')),
);

const d = (s: string) => new Decimal(s);
const betrag = (post: Tarifpost, bg: string, minuten?: number, t: RatgTabelle = tabelle) =>
  tarifpostBetrag(t, post, d(bg), minuten).toFixed(2);

type Fall = [bg: string, erwartet: string];
const pruefe = (post: Tarifpost, faelle: Fall[]) =>
  it.each(faelle)(`${post} at BG %s → %s`, (bg, erwartet) => {
    expect(betrag(post, bg)).toBe(erwartet);
  });

describe('the seeded table', () => {
  it('is the version from 1 May 2023', () => {
    expect(tabelle.gueltigAb).toBe('2023-05-01');
  });
  it('has its bands by ascending bound; a table whose bands do not ascend is refused', () => {
    const roh = JSON.parse(readFileSync(new URL('../../server/tarif/data/ratg-2023-05-01.json', import.meta.url), 'utf8'));
    roh.posten.TP6.stufen.reverse();
    expect(ratgTabelleSchema.safeParse(roh).success).toBe(false);
  });
});

describe('TP 5 (einfache Schreiben)', () => {
  describe('bands, "bis einschließlich"', () => {
    pruefe('TP5', [
      ['0.01', '4.20'],
      ['70', '4.20'],
      ['70.01', '5.60'],
      ['180', '5.60'],
      ['180.01', '6.30'],
      ['360', '6.30'],
      ['360.01', '7.50'],
      ['730', '7.50'],
      ['730.01', '9.20'],
      ['1820', '9.20'],
      ['1820.01', '10.80'],
      ['2910', '10.80'],
    ]);
  });
  describe('+3.30 per started 1 450 € above 2 910', () => {
    pruefe('TP5', [
      ['2910.01', '14.10'], // 10.80 + 1 × 3.30 (first BG of the step region)
      ['4360', '14.10'], // 2910 + 1450 = 4360: still 1 step
      ['4360.01', '17.40'], // 10.80 + 2 × 3.30
      ['5810', '17.40'],
      ['5810.01', '20.70'], // 10.80 + 3 × 3.30
      ['12345.67', '33.90'], // n = ceil(9435.67 / 1450) = 7 → 10.80 + 7 × 3.30 = 33.90 (mahnkosten.md)
    ]);
  });
  describe('cap 104.60', () => {
    pruefe('TP5', [
      ['43510', '103.20'], // 2910 + 28 × 1450 = 43510 → 10.80 + 28 × 3.30 = 103.20
      ['43510.01', '104.60'], // 10.80 + 29 × 3.30 = 106.50 → cap 104.60
      ['1000000', '104.60'],
    ]);
  });
});

describe('TP 6 (andere Briefe) = twice TP 5', () => {
  describe('bands, "bis einschließlich"', () => {
    pruefe('TP6', [
      ['0.01', '8.40'],
      ['70', '8.40'],
      ['70.01', '11.20'],
      ['180', '11.20'],
      ['180.01', '12.60'],
      ['360', '12.60'],
      ['360.01', '15.00'],
      ['730', '15.00'],
      ['730.01', '18.40'],
      ['1820', '18.40'],
      ['1820.01', '21.60'],
      ['2910', '21.60'],
    ]);
  });
  describe('+6.60 (2 × 3.30) per started 1 450 € above 2 910', () => {
    pruefe('TP6', [
      ['2910.01', '28.20'], // 21.60 + 6.60
      ['4360', '28.20'],
      ['4360.01', '34.80'], // 21.60 + 2 × 6.60
      ['12345.67', '67.80'], // 21.60 + 7 × 6.60 = 67.80 (mahnkosten.md)
    ]);
  });
  describe('cap 208.20', () => {
    pruefe('TP6', [
      ['43510', '206.40'], // 21.60 + 28 × 6.60 = 206.40
      ['43510.01', '208.20'], // 21.60 + 29 × 6.60 = 213.00 → cap 208.20 (not 2 × 104.60 = 209.20)
      ['100000', '208.20'],
    ]);
  });
  it.each(['1', '70', '500', '2911', '4360.01', '12345.67', '43510'])('TP6 = 2 × TP5 below the caps (BG %s)', (bg) => {
    expect(postBetrag(tabelle.posten.TP6, d(bg)).toFixed(2)).toBe(postBetrag(tabelle.posten.TP5, d(bg)).times(2).toFixed(2));
  });
});

describe('TP 8 (Besprechungen, per started half hour)', () => {
  describe('bands, "bis einschließlich"', () => {
    pruefe('TP8', [
      ['0.01', '14.80'],
      ['70', '14.80'],
      ['70.01', '21.50'],
      ['180', '21.50'],
      ['180.01', '28.50'],
      ['360', '28.50'],
      ['360.01', '35.10'],
      ['730', '35.10'],
      ['730.01', '52.50'],
      ['1820', '52.50'],
    ]);
  });
  describe('+11.10 per started 1 450 € above 1 820 up to 20 670', () => {
    pruefe('TP8', [
      ['1820.01', '63.60'], // 52.50 + 11.10
      ['3270', '63.60'], // 1820 + 1450
      ['3270.01', '74.70'], // 52.50 + 2 × 11.10
      ['12345.67', '141.30'], // n = ceil(10525.67 / 1450) = 8 → 52.50 + 8 × 11.10 = 141.30 (mahnkosten.md)
      ['20670', '196.80'], // (20670 − 1820) / 1450 = 13 → 52.50 + 13 × 11.10 = 196.80
    ]);
  });
  describe('+11.10 once above 20 670 up to 21 800', () => {
    pruefe('TP8', [
      ['20670.01', '207.90'], // 196.80 + 11.10
      ['21800', '207.90'],
    ]);
  });
  describe('+5.90 per started 1 450 € above 21 800 (in addition)', () => {
    pruefe('TP8', [
      ['21800.01', '213.80'], // 207.90 + 5.90
      ['23250', '213.80'], // 21800 + 1450
      ['23250.01', '219.70'], // 207.90 + 2 × 5.90
      ['25000', '225.60'], // n = ceil(3200 / 1450) = 3 → 207.90 + 17.70
      ['100000', '526.50'], // n = ceil(78200 / 1450) = 54 → 207.90 + 318.60
    ]);
  });
  describe('cap 692.90 per half hour', () => {
    pruefe('TP8', [
      ['140700', '691.70'], // 21800 + 82 × 1450 = 140700 → 207.90 + 82 × 5.90 = 691.70
      ['140700.01', '692.90'], // 207.90 + 83 × 5.90 = 697.60 → cap 692.90
      ['1000000', '692.90'],
    ]);
  });
  describe('with minuten: each started half hour', () => {
    it.each<[number, string]>([
      [1, '35.10'], // BG 500 → band "bis 730" = 35.10; 1 started half hour
      [30, '35.10'],
      [31, '70.20'], // 2 × 35.10
      [60, '70.20'],
      [61, '105.30'], // 3 × 35.10
    ])('TP8 at BG 500 for %i min → %s', (minuten, erwartet) => {
      expect(betrag('TP8', '500', minuten)).toBe(erwartet);
    });
    it('without minuten it is one half hour', () => {
      expect(betrag('TP8', '500')).toBe('35.10');
    });
    it('the cap applies per half hour: BG 1 000 000, 60 min → 2 × 692.90 = 1385.80', () => {
      expect(betrag('TP8', '1000000', 60)).toBe('1385.80');
    });
    it.each([0, -30, 1.5])('rejects %s minutes with a TarifError', (minuten) => {
      expect(() => tarifpostBetrag(tabelle, 'TP8', d('500'), minuten)).toThrow(TarifError);
    });
  });
});

describe('TP 8 short talk (< 10 min): 4/10 of TP 8, rounded to 10 cents, at most 277.20', () => {
  it.each<Fall>([
    ['70', '5.90'], // 0.4 × 14.80 = 5.92 → 5.90
    ['730', '14.00'], // 0.4 × 35.10 = 14.04 → 14.00
    ['1500', '21.00'], // 0.4 × 52.50 = 21.00
    ['3000', '25.40'], // 0.4 × 63.60 = 25.44 → 25.40
    ['7000', '38.80'], // TP8 = 52.50 + 4 × 11.10 = 96.90; 0.4 × 96.90 = 38.76 → 38.80
    ['12345.67', '56.50'], // 0.4 × 141.30 = 56.52 → 56.50
    ['100000', '210.60'], // 0.4 × 526.50 = 210.60
    ['140700', '276.70'], // 0.4 × 691.70 = 276.68 → 276.70
    ['1000000', '277.20'], // 0.4 × 692.90 = 277.16 → 277.20 (= the cap)
  ])('BG %s → %s', (bg, erwartet) => {
    expect(tp8Kurz(tabelle, d(bg)).toFixed(2)).toBe(erwartet);
    expect(betrag('TP8_KURZ', bg)).toBe(erwartet);
  });
  it('the cap 277.20 binds when four tenths would be more (TP 8 cap raised to 1 000 in a copy of the table)', () => {
    const t: RatgTabelle = { ...tabelle, posten: { ...tabelle.posten, TP8: { ...tabelle.posten.TP8, hoechstens: d('1000') } } };
    // TP8 at 1 000 000 = 207.90 + ceil(978200 / 1450) = 675 × 5.90 = 4190.40 → cap 1000; 0.4 × 1000 = 400 → 277.20
    expect(tp8Kurz(t, d('1000000')).toFixed(2)).toBe('277.20');
  });
});

// TP 1, 2, 3A, 3B, 3C as in ratg.md's table (figures typed from ratg.md, not from the JSON).
const GRENZEN = ['40', '70', '110', '180', '360', '730', '1090', '1820', '3630', '5450', '7270', '10170'];
interface SchriftsatzTp {
  post: Tarifpost;
  stufen: string[];
  schritt: string;
  /** L + 1 s, L + 2 s, L + 17 s, L + 18 s (the 17 steps up to 34 820 and the one above it). */
  mitSchritten: [string, string, string, string];
}
const SCHRIFTSATZ: SchriftsatzTp[] = [
  {
    post: 'TP1',
    stufen: ['4.20', '5.90', '7.50', '8.40', '9.20', '11.10', '14.80', '16.10', '17.90', '21.50', '26.60', '35.10'],
    schritt: '4.20',
    mitSchritten: ['39.30', '43.50', '106.50', '110.70'], // 35.10 + 4.20; + 8.40; + 17 × 4.20 = 71.40; + 18 × 4.20 = 75.60
  },
  {
    post: 'TP2',
    stufen: ['17.90', '26.60', '35.10', '38.70', '43.70', '52.50', '69.80', '78.60', '87.00', '104.60', '130.20', '173.80'],
    schritt: '17.90',
    mitSchritten: ['191.70', '209.60', '478.10', '496.00'], // 173.80 + 17.90; + 35.80; + 304.30; + 322.20
  },
  {
    post: 'TP3A',
    stufen: ['35.10', '52.50', '69.80', '76.80', '87.00', '104.60', '139.10', '156.20', '173.80', '208.20', '260.20', '346.60'],
    schritt: '35.10',
    mitSchritten: ['381.70', '416.80', '943.30', '978.40'], // 346.60 + 35.10; + 70.20; + 596.70; + 631.80
  },
  {
    post: 'TP3B',
    stufen: ['43.70', '65.40', '87.00', '96.00', '108.60', '130.20', '173.80', '195.20', '216.90', '260.20', '325.00', '433.20'],
    schritt: '43.70',
    mitSchritten: ['476.90', '520.60', '1176.10', '1219.80'], // 433.20 + 43.70; + 87.40; + 742.90; + 786.60
  },
  {
    post: 'TP3C',
    stufen: ['52.50', '78.60', '104.60', '115.00', '130.20', '156.20', '208.20', '234.40', '260.20', '312.20', '390.00', '519.60'],
    schritt: '52.50',
    mitSchritten: ['572.10', '624.60', '1412.10', '1464.60'], // 519.60 + 52.50; + 105.00; + 892.50; + 945.00
  },
];

describe.each(SCHRIFTSATZ)('$post: bands and steps', ({ post, stufen, mitSchritten }) => {
  const kanten: Fall[] = [['0.01', stufen[0]!]];
  GRENZEN.forEach((grenze, i) => {
    kanten.push([grenze, stufen[i]!]); // the bound itself uses its band
    kanten.push([d(grenze).plus('0.01').toFixed(2), i + 1 < stufen.length ? stufen[i + 1]! : mitSchritten[0]]); // bound + 0.01: next band / first step
  });
  describe('band edges, "bis einschließlich"', () => {
    pruefe(post, kanten);
  });
  describe('steps per started 1 450 € above 10 170 (at most 17), one more above 34 820', () => {
    pruefe(post, [
      ['10170.01', mitSchritten[0]], // first BG of the step region: 1 step
      ['11620', mitSchritten[0]], // 10170 + 1450: still 1 step
      ['11620.01', mitSchritten[1]], // 2 steps
      ['34820', mitSchritten[2]], // (34820 − 10170) / 1450 = 17 steps
      ['34820.01', mitSchritten[3]], // 17 + the one extra step
      ['36340', mitSchritten[3]], // no per-mille part yet
      ['36340.01', mitSchritten[3]], // per-mille part of 0.01 € rounds away
    ]);
  });
});

describe('TP 1–3: per-mille parts above 36 340 and 363 360, rounded to 10 cents half up', () => {
  describe('the checks given in ratg.md', () => {
    it.each<[Tarifpost, string, string]>([
      ['TP3A', '10171', '381.70'],
      ['TP3A', '34820', '943.30'],
      ['TP3A', '34821', '978.40'],
      ['TP3A', '50000', '992.10'], // 978.40 + 1 ‰ × 13660 = 13.66 → 992.06 → 992.10
      ['TP2', '20000', '299.10'], // n = ceil(9830 / 1450) = 7 → 173.80 + 7 × 17.90 = 299.10
      ['TP2', '50000', '502.80'], // 496.00 + 0.5 ‰ × 13660 = 6.83 → 502.83 → 502.80
    ])('%s at BG %s → %s', (post, bg, erwartet) => {
      expect(betrag(post, bg)).toBe(erwartet);
    });
  });
  describe('BG 50 000 (13 660 above 36 340)', () => {
    it.each<[Tarifpost, string]>([
      ['TP1', '112.10'], // 110.70 + 0.1 ‰ × 13660 = 1.366 → 112.066 → 112.10
      ['TP3B', '1236.90'], // 1219.80 + 1.25 ‰ × 13660 = 17.075 → 1236.875 → 1236.90
      ['TP3C', '1485.10'], // 1464.60 + 1.5 ‰ × 13660 = 20.49 → 1485.09 → 1485.10
    ])('%s → %s', (post, erwartet) => {
      expect(betrag(post, '50000')).toBe(erwartet);
    });
  });
  describe('rounding half up to 10 cents', () => {
    it.each<[Tarifpost, string, string]>([
      ['TP1', '36840', '110.80'], // 110.70 + 0.1 ‰ × 500 = 0.05 → 110.75 → 110.80 (half up)
      ['TP1', '36839.99', '110.70'], // 110.70 + 0.049999 → 110.749999 → 110.70
      ['TP3A', '36390', '978.50'], // 978.40 + 1 ‰ × 50 = 0.05 → 978.45 → 978.50
      ['TP3A', '36389.99', '978.40'], // 978.44999 → 978.40
      ['TP3A', '363420', '1305.50'], // 1305.42 + 0.5 ‰ × 60 = 0.03 → 1305.45 → 1305.50
      ['TP3A', '363419.99', '1305.40'], // 1305.449995 → 1305.40
    ])('%s at BG %s → %s', (post, bg, erwartet) => {
      expect(betrag(post, bg)).toBe(erwartet);
    });
  });
  describe('BG 363 360 (327 020 above 36 340, the whole first per-mille band)', () => {
    it.each<[Tarifpost, string]>([
      ['TP1', '143.40'], // 110.70 + 0.1 × 327.02 = 32.702 → 143.402 → 143.40
      ['TP2', '659.50'], // 496.00 + 0.5 × 327.02 = 163.51 → 659.51 → 659.50
      ['TP3A', '1305.40'], // 978.40 + 327.02 = 1305.42 → 1305.40
      ['TP3B', '1628.60'], // 1219.80 + 1.25 × 327.02 = 408.775 → 1628.575 → 1628.60
      ['TP3C', '1955.10'], // 1464.60 + 1.5 × 327.02 = 490.53 → 1955.13 → 1955.10
    ])('%s → %s', (post, erwartet) => {
      expect(betrag(post, '363360')).toBe(erwartet);
    });
  });
  describe('BG 1 000 000 (636 640 above 363 360, at the lower rate)', () => {
    it.each<[Tarifpost, string]>([
      ['TP1', '175.20'], // 143.402 + 0.05 × 636.64 = 31.832 → 175.234 → 175.20
      ['TP2', '818.70'], // 659.51 + 0.25 × 636.64 = 159.16 → 818.67 → 818.70
      ['TP3A', '1623.70'], // 1305.42 + 0.5 × 636.64 = 318.32 → 1623.74 → 1623.70
      ['TP3B', '2026.50'], // 1628.575 + 0.625 × 636.64 = 397.90 → 2026.475 → 2026.50
      ['TP3C', '2432.60'], // 1955.13 + 0.75 × 636.64 = 477.48 → 2432.61 → 2432.60
    ])('%s → %s', (post, erwartet) => {
      expect(betrag(post, '1000000')).toBe(erwartet);
    });
  });
  describe('caps', () => {
    it.each<[Tarifpost, string, string]>([
      // TP 1 cap 312.20: 143.402 + 0.05 ‰ × x = 312.20 → x = 3 375 960 → BG 3 739 320
      ['TP1', '3737320', '312.10'], // 143.402 + 0.05 ‰ × 3373960 = 168.698 → 312.10
      ['TP1', '3739320', '312.20'], // exactly the cap
      ['TP1', '3741320', '312.20'], // 312.30 → cap 312.20
      ['TP1', '100000000', '312.20'],
      // TP 2 cap 1 558.20: 659.51 + 0.25 ‰ × x = 1558.20 → x = 3 594 760 → BG 3 958 120
      ['TP2', '3957720', '1558.10'], // 659.51 + 0.25 ‰ × 3594360 = 898.59 → 1558.10
      ['TP2', '3958120', '1558.20'],
      ['TP2', '3958520', '1558.20'], // 1558.30 → cap
      ['TP2', '100000000', '1558.20'],
      // TP 3A cap 20 770.60: 1305.42 + 0.5 ‰ × x = 20770.60 → x = 38 930 360 → BG 39 293 720
      ['TP3A', '39293520', '20770.50'], // 1305.42 + 0.5 ‰ × 38930160 = 19465.08 → 20770.50
      ['TP3A', '39293720', '20770.60'],
      ['TP3A', '39293920', '20770.60'], // 20770.70 → cap
      ['TP3A', '100000000', '20770.60'],
      // TP 3B cap 25 963.20: 1628.575 + 0.625 ‰ × x = 25963.20 → x = 38 935 400 → BG 39 298 760
      ['TP3B', '39298600', '25963.10'], // 1628.575 + 0.625 ‰ × 38935240 = 24334.525 → 25963.10
      ['TP3B', '39298760', '25963.20'],
      ['TP3B', '39298920', '25963.20'], // 25963.30 → cap
      ['TP3B', '100000000', '25963.20'],
      // TP 3C cap 31 155.80
      ['TP3C', '39000000', '30932.60'], // 1955.13 + 0.75 ‰ × 38636640 = 28977.48 → 30932.61 → 30932.60
      ['TP3C', '40000000', '31155.80'], // 1955.13 + 0.75 ‰ × 39636640 = 29727.48 → 31682.61 → cap
      ['TP3C', '100000000', '31155.80'],
    ])('%s at BG %s → %s', (post, bg, erwartet) => {
      expect(betrag(post, bg)).toBe(erwartet);
    });
  });
});

describe('hearings (TP 2, TP 3): first hour full, each further started hour half (10 cents), capped per hour', () => {
  it.each<[Tarifpost, string, number, string]>([
    ['TP2', '500', 30, '52.50'], // a shorter hearing still costs the first hour
    ['TP2', '500', 60, '52.50'],
    ['TP2', '500', 61, '78.80'], // half of 52.50 = 26.25 → 26.30; 52.50 + 26.30
    ['TP2', '500', 120, '78.80'],
    ['TP2', '500', 121, '105.10'], // 52.50 + 2 × 26.30
    ['TP3A', '10171', 150, '763.50'], // 381.70 + 2 × 190.90 (381.70 / 2 = 190.85 → 190.90)
    ['TP3B', '20', 90, '65.60'], // 43.70 + 21.90 (21.85 → 21.90)
    ['TP3C', '50000', 180, '2970.30'], // 1485.10 + 2 × 742.60 (742.55 → 742.60)
    ['TP2', '100000000', 120, '2337.30'], // 1558.20 + 779.10 (half of the cap, below 779.30)
    ['TP3A', '100000000', 120, '31155.90'], // 20770.60 + 10385.30 (below 10385.40)
  ])('%s at BG %s, %i min → %s', (post, bg, minuten, erwartet) => {
    expect(betrag(post, bg, minuten)).toBe(erwartet);
  });
  it('the cap per further hour binds (TP 2 with the per-hour cap lowered to 20.00 in a copy of the table)', () => {
    const t: RatgTabelle = { ...tabelle, posten: { ...tabelle.posten, TP2: { ...tabelle.posten.TP2, hoechstensWeitereStunde: d('20.00') } } };
    expect(betrag('TP2', '500', 121, t)).toBe('92.50'); // 52.50 + 2 × min(26.30, 20.00)
  });
});

describe('the 50 % Informationszuschlag (haelfte), rounded to 10 cents half up', () => {
  it.each<Fall>([
    ['10.80', '5.40'],
    ['7.50', '3.80'], // 3.75 → 3.80
    ['14.10', '7.10'], // 7.05 → 7.10
    ['208.20', '104.10'],
  ])('half of %s → %s', (x, erwartet) => {
    expect(haelfte(tabelle, d(x)).toFixed(2)).toBe(erwartet);
  });
});

describe('Einheitssatz, Streitgenossenzuschlag, ERV', () => {
  it('Einheitssatz: 60 % up to 10 170, 50 % above', () => {
    expect(einheitssatzProzent(tabelle, d('1')).toFixed(2)).toBe('0.60');
    expect(einheitssatzProzent(tabelle, d('10170')).toFixed(2)).toBe('0.60');
    expect(einheitssatzProzent(tabelle, d('10170.01')).toFixed(2)).toBe('0.50');
    expect(einheitssatzProzent(tabelle, d('1000000')).toFixed(2)).toBe('0.50');
  });
  it.each<[number, string]>([
    [0, '0.00'],
    [1, '0.00'],
    [2, '0.10'],
    [3, '0.15'],
    [4, '0.20'],
    [5, '0.25'],
    [6, '0.30'],
    [7, '0.35'],
    [8, '0.40'],
    [9, '0.45'],
    [10, '0.50'], // 10 % + 8 × 5 % = 50 %
    [11, '0.50'], // would be 55 % → at most 50 %
    [12, '0.50'],
  ])('Streitgenossenzuschlag for %i persons → %s', (personen, erwartet) => {
    expect(streitgenossenProzent(tabelle, personen).toFixed(2)).toBe(erwartet);
  });
  it('ERV surcharge: 5.00 opening pleading, 2.60 further, 9.50 document collection', () => {
    expect(ervZuschlag(tabelle, 'ERSTMALIG').toFixed(2)).toBe('5.00');
    expect(ervZuschlag(tabelle, 'WEITERE').toFixed(2)).toBe('2.60');
    expect(ervZuschlag(tabelle, 'URKUNDENSAMMLUNG').toFixed(2)).toBe('9.50');
  });
  it('USt 20 %', () => {
    expect(tabelle.ust.toFixed(2)).toBe('0.20');
  });
});

describe('tabelleAm: the version valid on the date of the service', () => {
  const v2008 = { ...tabelle, gueltigAb: '2008-01-01', bezeichnung: 'BGBl. II Nr. 379/2007' };
  const v2016 = { ...tabelle, gueltigAb: '2016-01-01', bezeichnung: 'BGBl. II Nr. 393/2015' };
  const versionen = [v2016, tabelle, v2008]; // deliberately not sorted
  it.each<[string, string]>([
    ['2008-01-01', '2008-01-01'],
    ['2015-12-31', '2008-01-01'],
    ['2016-01-01', '2016-01-01'],
    ['2023-04-30', '2016-01-01'],
    ['2023-05-01', '2023-05-01'],
    ['2030-01-01', '2023-05-01'],
  ])('on %s → the version from %s', (datum, gueltigAb) => {
    expect(tabelleAm(versionen, datum).gueltigAb).toBe(gueltigAb);
  });
  it('throws a TarifError when no version is valid yet', () => {
    expect(() => tabelleAm(versionen, '2007-12-31')).toThrow(TarifError);
    expect(() => tabelleAm([], '2023-05-01')).toThrow(TarifError);
  });
});

describe('a Bemessungsgrundlage that is not positive is an error', () => {
  it.each(['0', '-0.01', '-1000'])('postBetrag at BG %s throws a TarifError', (bg) => {
    expect(() => postBetrag(tabelle.posten.TP5, d(bg))).toThrow(TarifError);
    expect(() => postBetrag(tabelle.posten.TP3A, d(bg))).toThrow(TarifError);
    expect(() => tarifpostBetrag(tabelle, 'TP8_KURZ', d(bg))).toThrow(TarifError);
  });
});

describe('valorisiere: amounts × factor, rounded UP to 10 cents; bands and per-mille rates stay', () => {
  const neu = valorisiere(tabelle, d('1.2'), '2026-01-01', 'Test +20 %');
  it('rounds every amount up to a full 10 cents', () => {
    // TP 5: 4.20 × 1.2 = 5.04 → 5.10; 5.60 → 6.72 → 6.80; 6.30 → 7.56 → 7.60; 7.50 → 9.00; 9.20 → 11.04 → 11.10; 10.80 → 12.96 → 13.00
    expect(neu.posten.TP5.stufen.map(([, b]) => b.toFixed(2))).toEqual(['5.10', '6.80', '7.60', '9.00', '11.10', '13.00']);
    expect(neu.posten.TP5.schritte[0]!.betrag.toFixed(2)).toBe('4.00'); // 3.30 × 1.2 = 3.96 → 4.00
    expect(neu.posten.TP5.hoechstens.toFixed(2)).toBe('125.60'); // 104.60 × 1.2 = 125.52 → 125.60
    expect(neu.posten.TP3A.stufen[11]![1].toFixed(2)).toBe('416.00'); // 346.60 × 1.2 = 415.92 → 416.00
    expect(neu.posten.TP2.hoechstensWeitereStunde!.toFixed(2)).toBe('935.20'); // 779.30 × 1.2 = 935.16 → 935.20
    expect(neu.posten.TP8.schritte.map((s) => s.betrag.toFixed(2))).toEqual(['13.40', '13.40', '7.10']); // 11.10 → 13.32 → 13.40; 5.90 → 7.08 → 7.10
    expect(neu.tp8Kurz.hoechstens.toFixed(2)).toBe('332.70'); // 277.20 × 1.2 = 332.64 → 332.70
    expect(neu.erv.erstmalig.toFixed(2)).toBe('6.00');
    expect(neu.erv.weitere.toFixed(2)).toBe('3.20'); // 2.60 × 1.2 = 3.12 → 3.20
    expect(neu.erv.urkundensammlung.toFixed(2)).toBe('11.40');
  });
  it('keeps bands, step widths, per-mille rates, rates and shares', () => {
    expect(neu.posten.TP5.stufen.map(([bis]) => bis.toFixed(2))).toEqual(['70.00', '180.00', '360.00', '730.00', '1820.00', '2910.00']);
    expect(neu.posten.TP8.schritte.map((s) => [s.ueber.toFixed(0), s.bis?.toFixed(0) ?? null, s.je?.toFixed(0) ?? null])).toEqual([
      ['1820', '20670', '1450'],
      ['20670', null, null],
      ['21800', null, '1450'],
    ]);
    expect(neu.posten.TP3A.promille.map((p) => [p.ueber.toFixed(0), p.satz.toString()])).toEqual([
      ['36340', '1'],
      ['363360', '0.5'],
    ]);
    expect(neu.tp8Kurz.anteil.toString()).toBe('0.4');
    expect(neu.einheitssatz.grenze.toFixed(0)).toBe('10170');
    expect(neu.streitgenossen.hoechstens.toFixed(2)).toBe('0.50');
    expect(neu.gueltigAb).toBe('2026-01-01');
    expect(neu.bezeichnung).toBe('Test +20 %');
  });
  it('leaves the original table unchanged', () => {
    expect(tabelle.posten.TP5.stufen[0]![1].toFixed(2)).toBe('4.20');
    expect(tabelle.erv.weitere.toFixed(2)).toBe('2.60');
    expect(tabelle.gueltigAb).toBe('2023-05-01');
  });
  it('computes with the new figures and is chosen by date', () => {
    expect(betrag('TP5', '5000', undefined, neu)).toBe('21.00'); // 13.00 + 2 × 4.00
    expect(tabelleAm([tabelle, neu], '2025-12-31').gueltigAb).toBe('2023-05-01');
    expect(tabelleAm([tabelle, neu], '2026-01-01').gueltigAb).toBe('2026-01-01');
  });
});
