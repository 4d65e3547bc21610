// isoDate (server/domain/dates.ts) builds "YYYY-MM-DD" from the date's fields: it must say exactly
// what toISOString() says, for every date the database or a client can hand it.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../server/domain/dates.js';

const erwartet = (d: Date) => d.toISOString().slice(0, 10);

describe('isoDate', () => {
  it('is toISOString’s calendar day at the edges of years, months and the time of day', () => {
    const faelle = [
      '0001-01-01T00:00:00.000Z', '0999-12-31T23:59:59.999Z', '1000-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z',
      '2024-02-29T12:00:00.000Z', '2026-11-26T23:59:59.999Z', '2026-12-31T00:00:00.000Z', '9999-12-31T23:59:59.999Z',
    ].map((s) => new Date(s));
    // Outside 0000–9999 toISOString writes a sign and six digits; year 0 is "0000".
    faelle.push(new Date(Date.UTC(10000, 0, 1)), new Date(Date.UTC(-1, 5, 15)));
    const jahr0 = new Date(0);
    jahr0.setUTCFullYear(0, 0, 1);
    faelle.push(jahr0);
    for (const d of faelle) expect(isoDate(d), d.toISOString()).toBe(erwartet(d));
    expect(isoDate(jahr0)).toBe('0000-01-01');
  });

  it('is toISOString’s calendar day for 20 000 dates across the years 1–9999', () => {
    let s = 12345;
    const zufall = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const von = Date.UTC(1, 0, 1);
    const bis = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
    for (let i = 0; i < 20_000; i++) {
      const d = new Date(von + Math.floor(zufall() * (bis - von)));
      if (isoDate(d) !== erwartet(d)) expect(isoDate(d)).toBe(erwartet(d));
    }
  });

  it('refuses an invalid date as toISOString does', () => {
    expect(() => isoDate(new Date('kein Datum'))).toThrow(RangeError);
  });
});
