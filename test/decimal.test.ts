// Money is exact end to end: the Decimal scalar travels as a string, the database keeps cents.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Prisma } from '../server/generated/prisma/client.js';
import { Decimal, formatDecimal, roundTo10Cent, roundToCent, toDecimal } from '../server/domain/money.js';
import { createAkt, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

describe('money helpers', () => {
  it('rounds half up to the cent and to 10 cents', () => {
    expect(roundToCent(new Decimal('72.344')).toFixed(2)).toBe('72.34');
    expect(roundToCent(new Decimal('72.345')).toFixed(2)).toBe('72.35');
    expect(roundTo10Cent(new Decimal('434.06')).toFixed(2)).toBe('434.10');
    expect(roundTo10Cent(new Decimal('434.05')).toFixed(2)).toBe('434.10');
    expect(roundTo10Cent(new Decimal('434.04')).toFixed(2)).toBe('434.00');
    expect(roundTo10Cent(new Decimal('434.049999')).toFixed(2)).toBe('434.00');
    expect(roundTo10Cent(new Decimal('9999999999999999.95')).toFixed(2)).toBe('10000000000000000.00');
  });
  it('formats with at least two decimals, never an exponent', () => {
    expect(formatDecimal('100')).toBe('100.00');
    expect(formatDecimal(new Decimal('9.2'))).toBe('9.20');
    expect(formatDecimal(new Decimal('0.0001'))).toBe('0.0001');
    expect(formatDecimal(new Decimal('99999999999999.99').plus('0.01'))).toBe('100000000000000.00');
    expect(formatDecimal(new Decimal('-0.5'))).toBe('-0.50');
    expect(formatDecimal(new Decimal('-7'))).toBe('-7.00');
    expect(formatDecimal(new Decimal('0'))).toBe('0.00');
    expect(formatDecimal(new Decimal('1e-30'))).toBe('0.000000000000000000000000000001');
    expect(formatDecimal(new Decimal('1e30'))).toBe('1000000000000000000000000000000.00');
    expect(formatDecimal(new Decimal('12.345'))).toBe('12.345');
  });
  it('takes Prisma’s Decimal over exactly, at any size', () => {
    const values = ['0', '0.01', '-0.01', '100.10', '9999999999999999.99', '-9999999999999999.99', '12345.678901234567890123', '123456789012345678901234567890.12', '0.000000000000000000000000000001'];
    for (const v of values) {
      const d = toDecimal(new Prisma.Decimal(v));
      expect(d).toBeInstanceOf(Decimal);
      expect(d.equals(new Decimal(v))).toBe(true);
      expect(formatDecimal(new Prisma.Decimal(v))).toBe(formatDecimal(v));
    }
    expect(formatDecimal(new Prisma.Decimal('9999999999999999.99'))).toBe('9999999999999999.99');
    expect(formatDecimal(new Prisma.Decimal('123456789012345678901234567890.12'))).toBe('123456789012345678901234567890.12');
  });
});

describe('Decimal and Date through the API', () => {
  let t: TestServer;
  let key: string;
  let akt: string;
  beforeEach(async () => {
    t = await testServer();
    key = await t.key('Alpha', 'AL');
    const klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Klient' });
    akt = await createAkt(t, key, { aktenzeichen: '1', bezeichnung: 'x', klientId: klient });
  });
  afterEach(() => t.close());

  const create = (betrag: unknown, extra = '') =>
    t.gql(key, `mutation($a: ID!, $b: Decimal!) { createForderung(input: { aktId: $a, art: HAUPTFORDERUNG, betrag: $b ${extra} }) {
      __typename ... on CreateForderungPayload { forderung { betrag zinssatz faelligAm } } ... on ValidationError { field message } } }`, { a: akt, b: betrag });

  it('keeps 99999999999999.99 and 0.01 exact (no float on the way)', async () => {
    for (const b of ['99999999999999.99', '0.01', '0.10', '1234567890123.45']) {
      const res = await create(b);
      expect(res.body.data.createForderung.forderung.betrag).toBe(b);
    }
    // 0.1 + 0.2 stored twice and read back as a sum in SQL: exactly 0.30.
    await create('0.1');
    await create('0.2');
    const [row] = await t.db.prisma.$queryRawUnsafe<{ s: string }[]>(`SELECT SUM(betrag)::text AS s FROM "Forderung" WHERE betrag < 1 AND betrag > 0.05`);
    expect(row!.s).toBe('0.40'); // 0.10 + 0.10 + 0.20
  });

  it('rejects a float, a comma, an exponent and text as variables', async () => {
    for (const bad of [12.5, '12,50', '1e5', '12.3x', '', ' ', 'NaN', 'Infinity', null]) {
      const res = await create(bad);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.length).toBeGreaterThan(0);
    }
    expect(await t.db.prisma.forderung.count()).toBe(0);
  });

  it('rejects a number literal in the query', async () => {
    const res = await t.gql(key, `mutation { createForderung(input: { aktId: "${akt}", art: HAUPTFORDERUNG, betrag: 12.5 }) { __typename } }`);
    expect(res.body.errors?.[0]?.message).toMatch(/Ein Decimal wird als Zeichenkette geschrieben/);
  });

  it('refuses more than two decimals, zero, negatives and too large amounts with a typed error', async () => {
    const cases: [string, string][] = [
      ['1.234', 'hat mehr als 2 Nachkommastellen'],
      ['0', 'muss größer als 0 sein'],
      ['-5.00', 'muss größer als 0 sein'],
      ['12345678901234567.00', 'ist zu groß'],
    ];
    for (const [b, message] of cases) {
      const res = await create(b);
      expect(res.body.data.createForderung).toEqual({ __typename: 'ValidationError', field: 'betrag', message: `betrag: ${message}` });
    }
    expect(await t.db.prisma.forderung.count()).toBe(0);
  });

  it('Date is YYYY-MM-DD and must be a real calendar date', async () => {
    const ok = await create('1.00', ', faelligAm: "2028-02-29", zinssatz: "4", zinsenAb: "2028-03-01"');
    expect(ok.body.data.createForderung.forderung).toEqual({ betrag: '1.00', zinssatz: '4.00', faelligAm: '2028-02-29' });
    for (const bad of ['2026-02-30', '2026-2-1', '01.02.2026', '2026-13-01']) {
      const res = await create('1.00', `, faelligAm: "${bad}"`);
      expect(res.body.errors?.[0]?.message).toMatch(/ist kein Datum/);
    }
  });
});
