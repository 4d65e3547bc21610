// Money is decimal.js, never a JS number. Every rounding has a name that says what it does.
import { Decimal } from 'decimal.js';

// 40 significant digits hold any DECIMAL(18,2) amount and their sums exactly; plain notation
// (no exponent) for every value an office will ever see.
Decimal.set({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });

export { Decimal };

/** Anything with a decimal `toString()`: decimal.js values and Prisma's bundled Decimal. */
export type DecimalLike = Decimal | { toString(): string } | string;

/**
 * Our Decimal, exactly. Prisma's Decimal is decimal.js too (its own copy): decimal.js recognises it
 * and copies its digits, with no round trip through a string (a page of Akten holds ~1 000 of them).
 */
export const toDecimal = (value: DecimalLike): Decimal =>
  value instanceof Decimal ? value : Decimal.isDecimal(value) ? new Decimal(value) : new Decimal(value.toString());

/** Kaufmännisch gerundet auf den Cent (half up): ES, Streitgenossenzuschlag, USt. */
export const roundToCent = (value: Decimal): Decimal => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** Auf volle 10 Cent, half up (§ 1 (1) RATG): one decimal place is a multiple of 10 cents. */
export const roundTo10Cent = (value: Decimal): Decimal => value.toDecimalPlaces(1, Decimal.ROUND_HALF_UP);

/** The largest amount a DECIMAL(18,2) column holds. */
export const MAX_AMOUNT = new Decimal('9999999999999999.99');

/**
 * Amounts travel as plain strings with at least two decimals ("12345.60"); more are kept. The
 * digits are decimal.js's own (plain notation: see the exponent limits above), padded with zeros:
 * a page of Akten formats ~400 amounts, and toFixed would build a rounded copy of each first.
 */
export const formatDecimal = (value: DecimalLike): string => {
  const digits = toDecimal(value).toString();
  const point = digits.indexOf('.');
  return point < 0 ? `${digits}.00` : point === digits.length - 2 ? `${digits}0` : digits;
};

export const USt_SATZ = new Decimal('0.20');

/** 20 % USt on a net basis, to the cent (half up). */
export const ustAuf = (netto: Decimal): Decimal => roundToCent(netto.times(USt_SATZ));
