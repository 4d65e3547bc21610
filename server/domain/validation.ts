// zod at the boundary: every mutation input passes one of these schemas before anything is written.
import { z } from 'zod';
import { ValidationError, type FieldIssue } from './errors.js';
import { Decimal, MAX_AMOUNT } from './money.js';

// zod's own messages (a field too long, not an e-mail, …) in German, like every message of the API.
z.config(z.locales.de());

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  const issues = result.success ? [] : result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }));
  issues.push(...unstorableStrings(input));
  if (issues.length === 0 && result.success) return result.data;
  throw new ValidationError(issues);
}

/** IDs are opaque to clients; inside they are UUIDs, so anything else cannot name a row. */
export const id = () => z.guid({ message: 'ist keine gültige ID' });

// The pattern of z.guid() itself (zod's own), tested without a parse: a safeParse per call cost a
// one-Akt read 1.6 µs under load (a new z.guid() per call had cost 1.9 µs on its own).
const GUID = z.regexes.guid;
export const isId = (value: string): boolean => GUID.test(value);

// PostgreSQL stores no NUL character, and a lone UTF-16 surrogate is no Unicode (JSON columns refuse
// it, text columns would silently replace it): parseInput refuses such text in any field of any
// input, so no schema can forget it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const storable = (s: string): boolean => !s.includes('\u0000') && !LONE_SURROGATE.test(s);
const UNSTORABLE = 'enthält unzulässige Zeichen (NUL oder ungültiges Unicode)';

/** Paths of the strings in a raw input (plain objects and arrays, as GraphQL hands them over) that cannot be stored. */
function unstorableStrings(value: unknown, path: string[] = []): FieldIssue[] {
  if (typeof value === 'string') return storable(value) ? [] : [{ field: path.join('.'), message: UNSTORABLE }];
  if (Array.isArray(value)) return value.flatMap((v, i) => unstorableStrings(v, [...path, String(i)]));
  if (value !== null && typeof value === 'object' && [null, Object.prototype].includes(Object.getPrototypeOf(value))) {
    return Object.entries(value).flatMap(([k, v]) => unstorableStrings(v, [...path, k]));
  }
  return [];
}

/** A required line of text, trimmed. */
export const text = (max: number) =>
  z.string().trim().min(1, { message: 'darf nicht leer sein' }).max(max, { message: `höchstens ${max} Zeichen` });

/** Optional text: blank becomes null (cleared). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `höchstens ${max} Zeichen` })
    .transform((s) => (s === '' ? null : s))
    .nullish();

/** Digits of a phone number; a "(0)" after the country code is the national trunk prefix, not part of the number. */
const telefonZiffern = (s: string) => s.replace(/\(\s*0\s*\)/, '').replace(/\D/g, '').length;
export const TELEFON_MIN_ZIFFERN = 6;
/** E.164: an international number has at most 15 digits (country code included). */
export const TELEFON_MAX_ZIFFERN = 15;

/**
 * An optional phone number, the one rule for every field that takes one: an optional leading "+", then
 * digits with blanks, "/", "-" and parentheses as formatting; 6 to 15 digits (E.164 allows at most 15).
 */
export const telefon = () =>
  optionalText(40)
    .refine((v) => v == null || /^\+?[0-9 ()/-]+$/.test(v), { message: 'ist keine gültige Telefonnummer (nur Ziffern, „+“ am Anfang, Leerzeichen, / - ( ))' })
    .refine((v) => v == null || !/^\+?[0-9 ()/-]+$/.test(v) || telefonZiffern(v) <= TELEFON_MAX_ZIFFERN, {
      message: `ist keine gültige Telefonnummer: höchstens ${TELEFON_MAX_ZIFFERN} Ziffern (E.164)`,
    })
    .refine((v) => v == null || !/^\+?[0-9 ()/-]+$/.test(v) || telefonZiffern(v) >= TELEFON_MIN_ZIFFERN, {
      message: `ist keine gültige Telefonnummer: mindestens ${TELEFON_MIN_ZIFFERN} Ziffern`,
    });

const decimal = z.custom<Decimal>((v) => Decimal.isDecimal(v), { message: 'ist keine Dezimalzahl' });

/** A money amount: cents at most, within what the database holds. */
export const amount = ({ positive = false } = {}) =>
  decimal
    .refine((d) => d.isFinite(), { message: 'ist keine endliche Zahl' })
    .refine((d) => d.decimalPlaces() <= 2, { message: 'hat mehr als 2 Nachkommastellen' })
    .refine((d) => (positive ? d.greaterThan(0) : d.greaterThanOrEqualTo(0)), {
      message: positive ? 'muss größer als 0 sein' : 'darf nicht negativ sein',
    })
    .refine((d) => d.abs().lessThanOrEqualTo(MAX_AMOUNT), { message: 'ist zu groß' });

/** An interest rate in percent per year. */
export const percent = () =>
  decimal
    .refine((d) => d.isFinite() && d.decimalPlaces() <= 4, { message: 'höchstens 4 Nachkommastellen' })
    .refine((d) => d.greaterThanOrEqualTo(0) && d.lessThanOrEqualTo(100), { message: 'muss zwischen 0 und 100 liegen' });

/**
 * A calendar date (the GraphQL `Date` scalar hands us UTC midnight), in a plausible range: dates
 * computed from it (due dates, retention deadlines, instalments) must stay within what the
 * database and JavaScript round-trip (year 9999).
 */
export const date = () =>
  z
    .date({ message: 'ist kein gültiges Datum' })
    .min(new Date(Date.UTC(1900, 0, 1)), { message: 'muss zwischen 1900 und 2999 liegen' })
    .max(new Date(Date.UTC(2999, 11, 31)), { message: 'muss zwischen 1900 und 2999 liegen' });

/** Input of mutations that only name an object (delete, revoke). */
export const byIdInput = z.object({ id: id() });

/** The optional `idempotencyKey` of a mutation (server/services/idempotenz.ts): printable ASCII, e.g. a UUID the client made for this one action. */
export const idempotencyKey = () =>
  z
    .string()
    .min(8, { message: 'mindestens 8 Zeichen (z. B. eine UUID)' })
    .max(200, { message: 'höchstens 200 Zeichen' })
    .regex(/^[\x21-\x7e]+$/, { message: 'nur sichtbare ASCII-Zeichen' })
    .nullish();
