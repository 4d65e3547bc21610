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

export type DatabaseTarget =
  | { kind: 'postgresql'; url: string }
  /** `dataDir: null`: in memory (tests). */
  | { kind: 'pglite'; dataDir: string | null };

export interface Database {
  kind: DatabaseTarget['kind'];
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
 * PostgreSQL connections: give up connecting after this long, so a database host that stops
 * answering yields a clear "database unavailable" error instead of requests that hang.
 */
const CONNECT_TIMEOUT_MS = 5_000;

export const pgliteSession = (db: PGlite): SqlSession => ({
  query: async (sql, params) => (await db.query(sql, params)).rows as never,
  exec: async (sql) => void (await db.exec(sql)),
});

export const pgSession = (client: pg.Client): SqlSession => ({
  query: async (sql, params) => (await client.query(sql, params)).rows,
  exec: async (sql) => void (await client.query(sql)),
});

/** Applies the migrations to a PostgreSQL database over one dedicated connection. */
export async function migratePostgres(url: string): Promise<MigrationReport> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await applyMigrations(pgSession(client));
  } finally {
    await client.end();
  }
}

function newClient(adapter: SqlDriverAdapterFactory, statements: StatementCounter, wrap = (a: SqlDriverAdapterFactory) => a): PrismaClient {
  return new PrismaClient({ adapter: countingAdapter(wrap(adapter), statements) });
}

/** A Database on an open, migrated PGlite (the server's, or a test's clone of a template). */
export function databaseOnPglite(
  pglite: PGlite,
  migration: MigrationReport,
  options: DatabaseOptions & { onClose?: () => void } = {},
): Database {
  const statements = new StatementCounter(options.keepStatementText);
  const prisma = newClient(new PrismaPGlite(pglite), statements, options.wrapAdapter);
  return {
    kind: 'pglite',
    prisma,
    statements,
    migration,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close(); // $disconnect leaves PGlite open, and the process would not exit
      options.onClose?.();
    },
  };
}

export async function openDatabase(target: DatabaseTarget, options: DatabaseOptions = {}): Promise<Database> {
  if (target.kind === 'postgresql') {
    const migration = await migratePostgres(target.url);
    const statements = new StatementCounter(options.keepStatementText);
    const adapter = new PrismaPg({ connectionString: target.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    const prisma = newClient(adapter, statements, options.wrapAdapter);
    return { kind: target.kind, prisma, statements, migration, close: () => prisma.$disconnect() };
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
