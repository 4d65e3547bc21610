// Statements outside a transaction, sent straight to the driver adapter Prisma connected instead of
// through Prisma's client. Every request sends one (the key check), and every read of Akten one
// more; through `$queryRawUnsafe` each cost 44–81 µs of the server's CPU, through the adapter about
// what pg itself costs (≈ 20 µs; BENCHMARKS.md, 2026-12-03 morning), and on PostgreSQL past the
// adapter's own `queryRaw` (`schlankePgAbfragen` below) 4 µs under load.
//
// It is the same adapter instance Prisma uses, with the same hooks (the statement counter, the
// audit actor's hand-over, the tests' fault injection), the same pg pool or PGlite and its lock,
// and its errors are the adapter's own (server/databaseErrors.ts reads them as Prisma's cause).
// What it does not do is Prisma's conversion of result values: a column comes as text, integers
// and floats as numbers, booleans as booleans (a timestamp as text, in no promised format). Only
// statements whose callers read text, numbers and booleans (and whether a timestamp is set) use it.
import type { PrismaPg } from '@prisma/adapter-pg';
import type { ArgType, ColumnType, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, SqlResultSet } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { hookedAdapter } from './adapterHooks.js';
import type { RawQuery } from './singleStatementLoad.js';

/** A parameter of a direct statement: the SQL casts it ($1::uuid, $2::uuid[], $3::float8). */
export type Parameter = string | number | boolean | null | readonly string[];

interface Zugang {
  adapter: SqlDriverAdapter | null;
}

const zugaenge = new WeakMap<object, Zugang>();

/**
 * The factory, wrapped so that the adapter it connects is kept for `direkt` (and forgotten when
 * Prisma disposes of it: then statements go through Prisma again, which connects anew).
 */
export function mitDirektemZugang<F extends SqlDriverAdapterFactory>(factory: F): { factory: F; zugang: Zugang } {
  const zugang: Zugang = { adapter: null };
  const wrapped = hookedAdapter(factory, {
    connected: (adapter) => void (zugang.adapter = adapter),
    disposed: (adapter) => void (zugang.adapter === adapter && (zugang.adapter = null)),
  });
  return { factory: wrapped, zugang };
}

/** Remembers which adapter `client` (a PrismaClient) is connected through. */
export function registriere(client: object, zugang: Zugang): void {
  zugaenge.set(client, zugang);
}

export const argType = (value: Parameter): ArgType =>
  Array.isArray(value)
    ? { scalarType: 'string', arity: 'list' }
    : typeof value === 'number'
      ? { scalarType: Number.isInteger(value) ? 'int' : 'float', arity: 'scalar' }
      : typeof value === 'boolean'
        ? { scalarType: 'boolean', arity: 'scalar' }
        : { scalarType: 'string', arity: 'scalar' };

/**
 * `db` itself unless it is a client whose adapter is connected: then its statements go to the
 * adapter directly. A transaction client is never registered, so its statements stay in it.
 */
export function direkt(db: RawQuery): RawQuery {
  const adapter = verbundenerAdapter(db);
  if (!adapter) return db;
  let query = abfragen.get(adapter);
  if (!query) abfragen.set(adapter, (query = ueber(adapter)));
  return query;
}

/** The adapter `db` is connected through, or null (not connected yet, or a transaction client). */
export const verbundenerAdapter = (db: object): SqlDriverAdapter | null => zugaenge.get(db)?.adapter ?? null;

const abfragen = new WeakMap<SqlDriverAdapter, RawQuery>();

function ueber(adapter: SqlDriverAdapter): RawQuery {
  return {
    $queryRawUnsafe<T>(sql: string, ...values: unknown[]): Promise<T> {
      const args = values as Parameter[];
      const query: SchlankeAbfrage = { sql, args: args as unknown[], argTypes: args.map(argType), [SCHLANK]: true };
      return adapter.queryRaw(query).then((result: SqlResultSet | SchlankesErgebnis) => ('benannt' in result ? result.benannt : benannteZeilen(result)) as T);
    },
  };
}

// On PostgreSQL, a statement of `direkt` also skips adapter-pg's own `queryRaw`, which writes each
// statement into @prisma/debug's history and asks whether logging is on (splitting DEBUG and
// building regular expressions, on every call), and types every column for Prisma: 7–10 µs of the
// ≈ 250 µs a single Akt costs the server (BENCHMARKS.md, 2026-12-03, late). It still goes through
// the adapter's `queryRaw`, marked, so every hook sees it (the statement counter, the tests' faults);
// only at the bottom `schlankePgAbfragen` sends it to adapter-pg's pool itself.

const SCHLANK = Symbol('direkt: past adapter-pg');
type SchlankeAbfrage = SqlQuery & { [SCHLANK]?: true };
/** What a marked statement gives on PostgreSQL: the rows, named by column. */
interface SchlankesErgebnis {
  readonly benannt: Record<string, unknown>[];
}

const alsText = (value: string) => value;
const geparst = [pg.types.builtins.INT2, pg.types.builtins.INT4, pg.types.builtins.OID, pg.types.builtins.FLOAT4, pg.types.builtins.FLOAT8, pg.types.builtins.BOOL];
const parser = new Map<number, (value: string) => unknown>(geparst.map((oid) => [oid, pg.types.getTypeParser(oid, 'text')]));
/**
 * Each column as PostgreSQL writes it, except integers, floats and booleans, which pg parses (as
 * adapter-pg does). Dates, timestamps and JSON stay text: `direkt`'s callers read text, integers and
 * booleans (and whether a timestamp is set), as through the adapter.
 */
const SPALTEN = { getTypeParser: (oid: number) => parser.get(oid) ?? alsText } as unknown as pg.CustomTypesConfig;

/**
 * adapter-pg's factory, whose adapters run `direkt`'s statements on their pool themselves, named
 * by `name` as adapter-pg names them (the same prepared statements), their errors converted by
 * adapter-pg (its DriverAdapterError, which server/databaseErrors.ts reads).
 */
export function schlankePgAbfragen(factory: PrismaPg, name: (query: { sql: string }) => string): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const pool = adapter.underlyingDriver();
    const queryRaw = adapter.queryRaw.bind(adapter);
    const fehler = (error: unknown): never => (adapter as unknown as { onError(error: unknown): never }).onError(error);
    adapter.queryRaw = (query: SchlankeAbfrage) =>
      query[SCHLANK]
        ? pool.query({ name: name(query), text: query.sql, values: query.args, types: SPALTEN }).then((r) => ({ benannt: r.rows }) as unknown as SqlResultSet, fehler)
        : queryRaw(query);
    return adapter;
  };
  return factory;
}

/**
 * The adapter's rows as objects named by column, each value as the adapter gives it or as `wert`
 * turns it (server/db/adapterTransaktion.ts converts as Prisma's `$queryRaw` does).
 */
export function benannteZeilen(
  { columnNames, columnTypes, rows }: SqlResultSet,
  wert: (value: unknown, type: ColumnType, column: string) => unknown = (value) => value,
): Record<string, unknown>[] {
  return rows.map((row) => {
    const named: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++) named[columnNames[i]!] = wert(row[i], columnTypes[i]!, columnNames[i]!);
    return named;
  });
}
