// Decimal travels as a string ("12345.67") so that no amount ever passes through a float.
// Date is a calendar date, "YYYY-MM-DD", held as UTC midnight; DateTime is RFC 3339.
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { isoDate } from '../server/domain/dates.js';
import { Decimal, formatDecimal } from '../server/domain/money.js';
import { builder } from './builder.js';

// A value the client wrote wrongly: typed, so clients can tell it from a server fault. Written
// inline, the error carries the value's node: the answer then names its argument or input field
// (server/fehlermeldungen.ts); in a variable, graphql-js names the path.
const falsch = (message: string, ast?: ValueNode) => new GraphQLError(message, { nodes: ast, extensions: { code: 'BAD_USER_INPUT' } });

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

function parseDecimal(value: unknown, ast?: ValueNode): Decimal {
  if (typeof value !== 'string') {
    throw falsch('Ein Decimal ist eine Zeichenkette wie "12345.67", keine Zahl (Gleitkommazahlen sind ungenau).', ast);
  }
  const trimmed = value.trim();
  if (!DECIMAL.test(trimmed) || trimmed.length > 60) {
    throw falsch(`"${value.slice(0, 40)}" ist keine Dezimalzahl: Ziffern und ein Punkt, z. B. "12345.67".`, ast);
  }
  return new Decimal(trimmed);
}

builder.scalarType('Decimal', {
  description: 'An exact decimal number as a string, e.g. "12345.67" (amounts in EUR, at least two decimals on output).',
  serialize: (value) => formatDecimal(value),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw falsch('Ein Decimal wird als Zeichenkette geschrieben, z. B. "12345.67".', ast);
    return parseDecimal(ast.value, ast);
  },
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown, ast?: ValueNode): Date {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  // Date.UTC rolls 2026-02-30 over into March: a real calendar date round-trips.
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw falsch(`"${String(value).slice(0, 40)}" ist kein Datum: JJJJ-MM-TT, z. B. "2026-11-26".`, ast);
  }
  return date;
}

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => isoDate(value as Date),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null, ast),
});

// RFC 3339 (the profile of ISO 8601 the API promises): a full date, a time with seconds, an optional
// fraction and an explicit offset. Anything `new Date()` happens to read ("1", "March 7, 2026") is not.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

function parseDateTime(value: unknown, ast?: ValueNode): Date {
  const refuse = (why: string) => falsch(`"${String(value).slice(0, 40)}" ist kein DateTime: ${why}`, ast);
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!match) throw refuse('RFC 3339 mit Zeitzone, z. B. "2026-11-26T09:30:00Z" oder "2026-11-26T10:30:00+01:00".');
  const [y, mo, d, h, mi, s] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const ms = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  // The date part must round-trip: 2026-02-30 would otherwise roll over into 2 March.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) throw refuse('diesen Kalendertag gibt es nicht.');
  const offsetH = match[8] ? 0 : Number(match[10]);
  const offsetMin = match[8] ? 0 : Number(match[11]);
  if (h > 23 || mi > 59 || s > 59 || offsetH > 23 || offsetMin > 59) throw refuse('diese Uhrzeit oder Zeitzone gibt es nicht.');
  date.setUTCHours(h, mi, s, ms);
  const offset = (match[9] === '-' ? -1 : 1) * (offsetH * 60 + offsetMin);
  const instant = new Date(date.getTime() - offset * 60_000);
  // JavaScript dates reach ±275 760 years; the database (and any sensible record) does not.
  const year = instant.getUTCFullYear();
  if (year < 1 || year > 9999) throw refuse('es muss zwischen den Jahren 0001 und 9999 liegen.');
  return instant;
}

builder.scalarType('DateTime', {
  description: 'A point in time, RFC 3339 with an offset, e.g. "2026-11-26T09:30:00Z"; output in UTC.',
  serialize: (value) => (value as Date).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : null, ast),
});
