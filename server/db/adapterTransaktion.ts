// A transaction on the driver adapter Prisma connected, for a write whose statements are all its
// own SQL ($queryRaw, $executeRaw). Prisma's interactive transaction costs the server 200–330 µs of
// CPU for BEGIN + one statement + COMMIT, the adapter's 55–65 µs, and each statement in it about a
// third (BENCHMARKS.md, 2026-12-03): the most frequent writes (createForderung,
// assignForderungenToTitel) pay Prisma's part twice over their own.
//
// It is the transaction Prisma would start (the same adapter with its hooks: the audit actor's
// hand-over, the statement counter, the tests' fault injection) and it ends as Prisma ends one:
// COMMIT, or ROLLBACK on any error, then the connection goes back to the pool. Statements are
// bounded as every statement is (statement_timeout, the pool's query timeout), so unlike Prisma's
// it needs no timer of its own: its work sends nothing but SQL.
//
// What it cannot do is anything of Prisma's client: models, or rendering an event's payload through
// the API's schema for a webhook. Work that finds it needs that throws `VollerClientNoetig`; the
// caller (server/services/db.ts) rolls back and runs the work again in Prisma's transaction.
import type { ColumnType, SqlDriverAdapter, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import { Prisma } from '../generated/prisma/client.js';
import { Decimal } from '../domain/money.js';
import { argType, benannteZeilen, type Parameter } from './direkt.js';

/** What a write sends: SQL of its own, as tagged templates (Prisma's `$queryRaw` has the same shape). */
export interface SqlTx {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<number>;
}

/** Thrown by work on an AdapterTransaktion that needs Prisma's client after all. */
export class VollerClientNoetig extends Error {
  constructor(grund: string) {
    super(`Die Transaktion braucht Prismas Client: ${grund}`);
  }
}

const istParameter = (v: unknown): v is Parameter =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));

function anfrage(query: TemplateStringsArray | Prisma.Sql, values: unknown[]): SqlQuery {
  const sql = query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);
  const args = sql.values.map((v, i) => {
    // Amounts and dates go in as text with a cast in the SQL (`${betrag.toFixed()}::numeric`): exact,
    // and no conversion of Prisma's to reproduce here.
    if (!istParameter(v)) throw new TypeError(`Parameter $${i + 1}: ${Object.prototype.toString.call(v)} wird nicht übergeben; als Text mit Cast schreiben`);
    return v;
  });
  return { sql: sql.text, args, argTypes: args.map(argType) };
}

/**
 * The column types (ColumnTypeEnum of @prisma/driver-adapter-utils, the adapters' wire values) read
 * as Prisma's `$queryRaw` returns them; anything else is refused (no caller reads it).
 */
const C = { Int32: 0, Int64: 1, Float: 2, Double: 3, Numeric: 4, Boolean: 5, Character: 6, Text: 7, Date: 8, DateTime: 10, Enum: 12, Uuid: 15 } as const;

function wert(value: unknown, type: ColumnType, column: string): unknown {
  if (value === null) return null;
  switch (type) {
    case C.Int32: case C.Float: case C.Double: case C.Boolean: case C.Character: case C.Text: case C.Enum: case C.Uuid:
      return value;
    case C.Int64: return BigInt(value as string | number);
    case C.Numeric: return new Decimal(value as string);
    // Both adapters give ISO text ("2026-12-03", "2026-12-03T05:00:00.123+00:00"), as Prisma reads it.
    case C.Date: case C.DateTime: return new Date(value as string);
    default: throw new TypeError(`Spalte ${column}: Typ ${type} wird in einer Adapter-Transaktion nicht gelesen`);
  }
}

export class AdapterTransaktion implements SqlTx {
  #tx: Transaction;
  #offen = true;

  constructor(tx: Transaction) {
    this.#tx = tx;
  }

  #laufend(): Transaction {
    // A statement the work forgot to await must not run after the COMMIT, outside the transaction.
    if (!this.#offen) throw new Error('Die Transaktion ist schon beendet.');
    return this.#tx;
  }

  async $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T> {
    return benannteZeilen(await this.#laufend().queryRaw(anfrage(query, values)), wert) as T;
  }

  async $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<number> {
    return this.#laufend().executeRaw(anfrage(query, values));
  }

  /**
   * As Prisma ends one: with a statement unless the driver ends it itself (PGlite), then the
   * connection goes back to the pool. Unlike Prisma, when the COMMIT or ROLLBACK could not be sent
   * it sends a ROLLBACK once more, so that a connection that can still take one never goes back
   * inside a transaction (holding its locks, or committing its rows with the next user's COMMIT);
   * a dead one fails that too, and the pool drops it.
   */
  async beende(ergebnis: 'COMMIT' | 'ROLLBACK'): Promise<void> {
    this.#offen = false;
    const tx = this.#tx;
    if (tx.options.usePhantomQuery) return ergebnis === 'COMMIT' ? tx.commit() : tx.rollback();
    try {
      await tx.executeRaw({ sql: ergebnis, args: [], argTypes: [] });
    } catch (error) {
      await tx.executeRaw({ sql: 'ROLLBACK', args: [], argTypes: [] }).catch(() => {});
      await tx.rollback();
      throw error;
    }
    return ergebnis === 'COMMIT' ? tx.commit() : tx.rollback();
  }
}

/**
 * Runs `work` in a transaction of `adapter`: committed when it returns, rolled back when it throws.
 * The caller sees the work's error, not a failed ROLLBACK's; but when the work asked to start again
 * on Prisma's transaction (VollerClientNoetig), an attempt whose ROLLBACK failed must not be
 * repeated: the caller gets that failure instead.
 */
export async function inAdapterTransaktion<T>(adapter: SqlDriverAdapter, work: (tx: AdapterTransaktion) => Promise<T>): Promise<T> {
  const tx = new AdapterTransaktion(await adapter.startTransaction());
  let ergebnis: T;
  try {
    ergebnis = await work(tx);
  } catch (error) {
    try {
      await tx.beende('ROLLBACK');
    } catch (rollbackFehler) {
      if (error instanceof VollerClientNoetig) throw rollbackFehler;
    }
    throw error;
  }
  await tx.beende('COMMIT');
  return ergebnis;
}
