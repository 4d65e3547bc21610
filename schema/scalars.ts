// Decimal travels as a string ("12345.67") so that no amount ever passes through a float.
// Date is a calendar date, "YYYY-MM-DD", held as UTC midnight.
import { GraphQLError, Kind } from 'graphql';
import { Decimal, formatDecimal } from '../server/domain/money.js';
import { builder } from './builder.js';

const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

function parseDecimal(value: unknown): Decimal {
  if (typeof value !== 'string') {
    throw new GraphQLError('Decimal must be a string such as "12345.67", not a number (floats are inexact).');
  }
  const trimmed = value.trim();
  if (!DECIMAL.test(trimmed) || trimmed.length > 60) {
    throw new GraphQLError(`"${value.slice(0, 40)}" is not a decimal number: use digits and a point, e.g. "12345.67".`);
  }
  return new Decimal(trimmed);
}

builder.scalarType('Decimal', {
  description: 'An exact decimal number as a string, e.g. "12345.67" (amounts in EUR, at least two decimals on output).',
  serialize: (value) => formatDecimal(value),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Decimal must be written as a string, e.g. "12345.67".');
    return parseDecimal(ast.value);
  },
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown): Date {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  // Date.UTC rolls 2026-02-30 over into March: a real calendar date round-trips.
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`"${String(value).slice(0, 40)}" is not a date: use YYYY-MM-DD, e.g. "2026-11-26".`);
  }
  return date;
}

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value as Date).toISOString().slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

builder.scalarType('DateTime', {
  description: 'A point in time, ISO 8601 in UTC.',
  serialize: (value) => (value as Date).toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 string.');
    // JavaScript dates reach ±275 760 years; the database (and any sensible record) does not.
    const year = date.getUTCFullYear();
    if (year < 1 || year > 9999) throw new GraphQLError('DateTime must lie between the years 0001 and 9999.');
    return date;
  },
});
