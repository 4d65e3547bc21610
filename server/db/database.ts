// Opens the database the server runs on: PostgreSQL when a DATABASE_URL is given (production),
// else the embedded PGlite in DATA_DIR (the zero-setup default). Both get the committed
// migrations applied before the Prisma client is handed out.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.js';
import { lockDataDir } from './dataDirLock.js';
import { applyMigrations, type MigrationReport, type SqlSession } from './migrate.js';
import { countingAdapter, StatementCounter } from './statementCounter.js';
import { akteurAdapter } from '../audit/akteurAdapter.js';
import { mitDirektemZugang, registriere, schlankePgAbfragen } from './direkt.js';
import { statementNames } from './statementNames.js';
import { clientWithAnswerDeadline } from './answerDeadline.js';

export type DatabaseTarget =
  | { kind: 'postgresql'; url: string; timeouts?: Partial<PoolTimeouts> }
  /** `dataDir: null`: in memory (tests). */
  | { kind: 'pglite'; dataDir: string | null };

/** The connection behind a Database, for what goes around Prisma (the backup: server/sicherung/). */
export type Verbindung = { kind: 'pglite'; pglite: PGlite } | { kind: 'postgresql'; url: string };

export interface Database {
  kind: DatabaseTarget['kind'];
  verbindung: Verbindung;
  prisma: PrismaClient;
  /** Every SQL statement Prisma sends is counted here. */
  statements: StatementCounter;
  migration: MigrationReport;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Keep the SQL text of every statement (tests). */
  keepStatementText?: boolean;
  /** Wraps the driver adapter, e.g. to inject a fault mid-transaction (tests only). */
  wrapAdapter?: (adapter: SqlDriverAdapterFactory) => SqlDriverAdapterFactory;
}

/**
 * The PostgreSQL pool's timeouts, so that a database that stops answering yields a clear "database
 * unavailable" (503) within seconds instead of requests that hang:
 * - `connectMs`: waiting for a pooled connection, or opening one (pg's connectionTimeoutMillis);
 * - `statementMs`: PostgreSQL cancels a statement that runs longer (statement_timeout, lock waits
 *   included); long enough for any statement the API runs (the slowest take well under a second);
 * - the pool gives up on an answer `statementMs` + 1 s (to 1.5 s) after sending (answerDeadline.ts,
 *   in place of pg's query_timeout): the database or the network stopped answering on an
 *   established connection. That connection is destroyed (the pool drops it) and the next request
 *   opens a new one.
 * - `idleMs`: an idle pooled connection is closed after this long.
 */
export interface PoolTimeouts {
  connectMs: number;
  statementMs: number;
  idleMs: number;
}
export const DEFAULT_POOL_TIMEOUTS: PoolTimeouts = { connectMs: 5_000, statementMs: 8_000, idleMs: 30_000 };
/** How much longer than the statement timeout the pool waits for an answer (the server's cancel arrives first). */
const ANSWER_MARGIN_MS = 1_000;

/** The options for node-postgres's Pool (as PrismaPg takes them). */
export function poolConfig(url: string, timeouts: Partial<PoolTimeouts> = {}): pg.PoolConfig {
  const t = { ...DEFAULT_POOL_TIMEOUTS, ...timeouts };
  return {
    connectionString: url,
    connectionTimeoutMillis: t.connectMs,
    statement_timeout: t.statementMs,
    Client: clientWithAnswerDeadline(t.statementMs + ANSWER_MARGIN_MS),
    idleTimeoutMillis: t.idleMs,
  };
}

export const pgliteSession = (db: PGlite): SqlSession => ({
  query: async (sql, params) => (await db.query(sql, params)).rows as never,
  exec: async (sql) => void (await db.exec(sql)),
});

export const pgSession = (client: pg.Client): SqlSession => ({
  query: async (sql, params) => (await client.query(sql, params)).rows,
  exec: async (sql) => void (await client.query(sql)),
});

/** Runs `work` on one dedicated connection to `url`, closed afterwards. */
export async function mitPgSession<T>(url: string, work: (s: SqlSession) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(pgSession(client));
  } finally {
    await client.end();
  }
}

/** Applies the migrations to a PostgreSQL database over one dedicated connection. */
export async function migratePostgres(url: string, timeouts: Partial<PoolTimeouts> = {}): Promise<MigrationReport> {
  // A database that does not answer fails the start within the connect timeout instead of hanging.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeouts.connectMs ?? DEFAULT_POOL_TIMEOUTS.connectMs });
  await client.connect();
  try {
    return await applyMigrations(pgSession(client));
  } finally {
    await client.end();
  }
}

/** The hand-over of the audit actor outermost: its set_config is counted and passes the tests' hooks like any statement. */
function newClient(adapter: SqlDriverAdapterFactory, statements: StatementCounter, wrap = (a: SqlDriverAdapterFactory) => a): PrismaClient {
  // The adapter Prisma connects is also the one `direkt` sends to (server/db/direkt.ts).
  const { factory, zugang } = mitDirektemZugang(akteurAdapter(countingAdapter(wrap(adapter), statements)));
  const client = new PrismaClient({ adapter: factory });
  registriere(client, zugang);
  return client;
}

/**
 * The Prisma client on a migrated PostgreSQL database, counting into `statements`. Its statements
 * are prepared once per connection (statementNames.ts).
 */
export function postgresClient(url: string, statements: StatementCounter, options: Pick<DatabaseOptions, 'wrapAdapter'> & { timeouts?: Partial<PoolTimeouts> } = {}): PrismaClient {
  const names = statementNames();
  return newClient(schlankePgAbfragen(new PrismaPg(poolConfig(url, options.timeouts), { statementNameGenerator: names }), names), statements, options.wrapAdapter);
}

/** The Prisma client on an open, migrated PGlite, counting into `statements`. */
export function pgliteClient(pglite: PGlite, statements: StatementCounter, options: Pick<DatabaseOptions, 'wrapAdapter'> = {}): PrismaClient {
  return newClient(new PrismaPGlite(pglite), statements, options.wrapAdapter);
}

/** A Database on an open, migrated PGlite (the server's, or a test's clone of a template). */
export function databaseOnPglite(
  pglite: PGlite,
  migration: MigrationReport,
  /**
   * `onClose`: after the database closed. `closePglite`: what closing does to the PGlite itself
   * (default: close it; the tests' pool resets it for the next test instead). `client`: a client
   * on this PGlite built before (the tests keep one per database), else a new one.
   */
  options: DatabaseOptions & {
    onClose?: () => void;
    closePglite?: (pglite: PGlite) => Promise<void>;
    client?: { prisma: PrismaClient; statements: StatementCounter };
  } = {},
): Database {
  const statements = options.client?.statements ?? new StatementCounter(options.keepStatementText);
  const prisma = options.client?.prisma ?? pgliteClient(pglite, statements, options);
  return {
    kind: 'pglite',
    verbindung: { kind: 'pglite', pglite },
    prisma,
    statements,
    migration,
    close: async () => {
      await prisma.$disconnect();
      // $disconnect leaves PGlite open, and the process would not exit
      await (options.closePglite ? options.closePglite(pglite) : pglite.close());
      options.onClose?.();
    },
  };
}

export async function openDatabase(target: DatabaseTarget, options: DatabaseOptions = {}): Promise<Database> {
  if (target.kind === 'postgresql') {
    const migration = await migratePostgres(target.url, target.timeouts);
    const statements = new StatementCounter(options.keepStatementText);
    const prisma = postgresClient(target.url, statements, { ...options, timeouts: target.timeouts });
    return { kind: target.kind, verbindung: { kind: 'postgresql', url: target.url }, prisma, statements, migration, close: () => prisma.$disconnect() };
  }

  let unlock = () => {};
  if (target.dataDir) {
    mkdirSync(target.dataDir, { recursive: true });
    unlock = lockDataDir(target.dataDir);
  }
  const pglite = new PGlite(target.dataDir ?? undefined);
  try {
    const migration = await applyMigrations(pgliteSession(pglite));
    return databaseOnPglite(pglite, migration, { ...options, onClose: unlock });
  } catch (error) {
    await pglite.close();
    unlock();
    throw error;
  }
}
