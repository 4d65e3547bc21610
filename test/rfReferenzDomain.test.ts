// ISO 11649 check digits against published examples and hand-computed ones.
import { describe, expect, it } from 'vitest';
import {
  gegnerRfBasis, honorarnoteAusRfReferenz, honorarnoteRfReferenz, istGueltigeRfReferenz, rfReferenz, rfReferenzDruck,
} from '../server/domain/rfReferenz.js';

describe('rfReferenz', () => {
  it('computes the check digits of published examples', () => {
    // ISO 11649's example: 539007547034 + "RF00" → 539007547034271500; mod 97 = 80; 98 − 80 = 18.
    expect(rfReferenz('539007547034')).toBe('RF18539007547034');
    // Also widely published: 2348231 → 2348231271500 mod 97 = 27; 98 − 27 = 71.
    expect(rfReferenz('2348231')).toBe('RF712348231');
  });

  it('computes the references of the office scheme (by hand)', () => {
    // H2026000007 → H = 17: 172026000007 271500; 172026000007271500 mod 97 = 11; 98 − 11 = 87.
    expect(honorarnoteRfReferenz(2026, 7)).toBe('RF87H2026000007');
    expect(rfReferenz('h2026000007')).toBe('RF87H2026000007');
    // A1 → A = 10: 101 271500; 101271500 mod 97 = 8; 98 − 8 = 90 (and two digits stay two: 0x padded).
    expect(rfReferenz(gegnerRfBasis(1))).toBe('RF90A1');
  });

  it('validates: spaces and case ignored', () => {
    for (const s of ['RF18539007547034', 'rf18 5390 0754 7034', 'RF712348231', 'RF87H2026000007', 'RF90A1']) expect(istGueltigeRfReferenz(s)).toBe(true);
  });

  it('refuses wrong check digits, wrong length and bad characters', () => {
    expect(istGueltigeRfReferenz('RF19539007547034')).toBe(false); // check digits off by one
    expect(istGueltigeRfReferenz('RF18539007547043')).toBe(false); // two digits swapped
    expect(istGueltigeRfReferenz('RF18')).toBe(false); // no reference
    expect(istGueltigeRfReferenz('RF18' + '1'.repeat(22))).toBe(false); // 22 characters
    expect(istGueltigeRfReferenz('RF185390-0754-7034')).toBe(false);
    expect(istGueltigeRfReferenz('RF18539007547034Ä')).toBe(false);
    expect(istGueltigeRfReferenz('XX18539007547034')).toBe(false);
    expect(() => rfReferenz('')).toThrow();
    expect(() => rfReferenz('1'.repeat(22))).toThrow();
    expect(() => rfReferenz('AB-1')).toThrow();
    // 21 characters is the maximum, and it round-trips.
    expect(istGueltigeRfReferenz(rfReferenz('Z'.repeat(21)))).toBe(true);
  });

  it('prints in groups of four', () => {
    expect(rfReferenzDruck('RF18539007547034')).toBe('RF18 5390 0754 7034');
    expect(rfReferenzDruck('rf87h2026000007')).toBe('RF87 H202 6000 007');
  });

  it('reads year and number back from a Honorarnote reference only', () => {
    expect(honorarnoteAusRfReferenz('RF87 H202 6000 007')).toEqual({ jahr: 2026, laufnummer: 7 });
    expect(honorarnoteAusRfReferenz('RF88H2026000007')).toBeNull();
    expect(honorarnoteAusRfReferenz('RF90A1')).toBeNull();
  });
});
