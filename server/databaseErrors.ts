// "The database is unavailable" as a clear answer (HTTP 503, Retry-After, code DATABASE_UNAVAILABLE)
// instead of a masked "Unexpected error." with status 500. Every other unexpected error is still
// masked by Yoga's own maskError. Nothing needs resetting when the database is back: the pg pool
// opens new connections for the next request.
import type { GraphQLError } from 'graphql';
import { createGraphQLError, maskError, type Plugin } from 'graphql-yoga';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
export const DATABASE_RETRY_AFTER_SECONDS = 5;
/** What a client sees of an unexpected error (the error itself is logged). */
export const UNERWARTET = 'Unerwarteter Fehler.';
const MESSAGE = 'Die Datenbank ist nicht erreichbar; bitte in Kürze erneut versuchen.';

/** Prisma's codes for a database it cannot reach or lost (P1xxx), and for a pool that ran dry. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2037']);
/** What the driver adapters report (DriverAdapterError.cause.kind). */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 53300 (too many connections), 57P01..03
 * (the server is shutting down, crashed, or is starting: e.g. pg_terminate_backend, a restart).
 */
const SQLSTATE = /^(08...|53300|57P0[123])$/;
/** Node socket errors. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/**
 * node-postgres raises these as plain Errors (no code), and the pg adapter passes them through.
 * "Query read timeout": no answer within the pool's query_timeout (server/db/database.ts).
 */
const PG_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Query read timeout)/;

type Shape = { code?: unknown; message?: unknown; kind?: unknown; meta?: { driverAdapterError?: { cause?: unknown } }; cause?: unknown; originalError?: unknown };

function isUnavailableHere(e: Shape): boolean {
  if (typeof e.code === 'string' && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || SQLSTATE.test(e.code))) return true;
  if (typeof e.kind === 'string') {
    if (ADAPTER_KINDS.has(e.kind)) return true;
    if (e.kind === 'postgres' && typeof e.code === 'string' && SQLSTATE.test(e.code)) return true;
  }
  return typeof e.message === 'string' && PG_MESSAGES.test(e.message);
}

/** Whether the error, or anything it wraps, says the database could not be reached or went away. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const todo = [error];
  while (todo.length) {
    const e = todo.pop();
    if (typeof e !== 'object' || e === null || seen.has(e)) continue;
    seen.add(e);
    const s = e as Shape;
    if (isUnavailableHere(s)) return true;
    // GraphQLError.originalError, Error.cause, and Prisma's record of the driver adapter's error.
    todo.push(s.originalError, s.cause, s.meta?.driverAdapterError, s.meta?.driverAdapterError?.cause);
  }
  return false;
}

export function databaseUnavailableError(original?: GraphQLError): GraphQLError {
  return createGraphQLError(MESSAGE, {
    nodes: original?.nodes,
    source: original?.source,
    positions: original?.positions,
    path: original?.path,
    extensions: {
      code: DATABASE_UNAVAILABLE,
      http: { status: 503, headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) } },
    },
  });
}

/**
 * Yoga's `maskedErrors.maskError`: a lost database becomes DATABASE_UNAVAILABLE (503), wherever it
 * surfaced (a resolver, the API-key lookup in the context, the persisted-operations check);
 * everything else is masked as before. Yoga still logs the original error in full.
 */
export function maskDatabaseErrors(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof Error && 'path' in error ? (error as GraphQLError) : undefined;
  if (isDatabaseUnavailable(error)) return databaseUnavailableError(original);
  if (isStatementTimeout(error)) return statementTimeoutError(original);
  return maskError(error, message, isDev);
}

/** Whether the error, or anything it wraps, is a statement the database cancelled at its statement_timeout (57014). */
export function isStatementTimeout(error: unknown): boolean {
  const seen = new Set<unknown>();
  const todo = [error];
  while (todo.length) {
    const e = todo.pop() as (Shape & { originalCode?: unknown }) | undefined;
    if (typeof e !== 'object' || e === null || seen.has(e)) continue;
    seen.add(e);
    if (e.code === '57014' || e.originalCode === '57014') return true;
    todo.push(e.originalError, e.cause, e.meta?.driverAdapterError, e.meta?.driverAdapterError?.cause);
  }
  return false;
}

/** A statement ran past DB_STATEMENT_TIMEOUT_MS: the database is there, the request asked too much. */
export function statementTimeoutError(original?: GraphQLError): GraphQLError {
  return createGraphQLError('Die Datenbank brauchte für diese Anfrage länger als erlaubt und hat sie abgebrochen; weniger anfordern oder erneut versuchen.', {
    nodes: original?.nodes,
    source: original?.source,
    positions: original?.positions,
    path: original?.path,
    extensions: { code: 'DATABASE_TIMEOUT', http: { status: 503, headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) } } },
  });
}

/**
 * For a plugin that answers requests itself in `onRequest` (the PDF download): an error it throws
 * would reach the HTTP adapter, which answers 500 with the error's text and stack. Answer JSON
 * instead: 503 DATABASE_UNAVAILABLE with Retry-After for a lost database, else 500 "Unerwarteter Fehler."
 * (logged in full on the server).
 */
export function withClearErrors<T extends Plugin>(plugin: T): T {
  const onRequest = plugin.onRequest;
  if (!onRequest) return plugin;
  return {
    ...plugin,
    async onRequest(payload) {
      try {
        await onRequest.call(plugin, payload);
      } catch (error) {
        console.error(error);
        const unavailable = isDatabaseUnavailable(error);
        const answer = unavailable ? { message: MESSAGE, extensions: { code: DATABASE_UNAVAILABLE } } : { message: UNERWARTET, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
        payload.endResponse(new payload.fetchAPI.Response(JSON.stringify({ errors: [answer] }), {
          status: unavailable ? 503 : 500,
          headers: { 'content-type': 'application/json', ...(unavailable ? { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) } : {}) },
        }));
      }
    },
  };
}
