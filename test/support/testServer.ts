// A fresh database and app for one test, talked to in-process through yoga.fetch (no port), or
// over real HTTP on a loopback port (`overHttp`: requests then really run at the same time).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { createApp, type AppOptions } from '../../server/app.js';
import type { PGlite } from '@electric-sql/pglite';
import { databaseOnPglite, migratePostgres, pgliteClient, postgresClient, type Database, type DatabaseOptions } from '../../server/db/database.js';
import type { MigrationReport } from '../../server/db/migrate.js';
import { StatementCounter } from '../../server/db/statementCounter.js';
import type { PrismaClient } from '../../server/generated/prisma/client.js';
import type { Rolle } from '../../server/generated/prisma/enums.js';
import { provisionApiKey } from '../../server/services/kanzleien.js';
import { pgDatenbank } from './pgPool.js';
import { pgliteDatenbank } from './pgliteVorlage.js';

/**
 * A test's Prisma client stays with its database for the next test on it (of the file, or of the
 * worker's next file: see pgliteVorlage.ts and pgPool.ts): building one costs ≈ 50 ms of CPU
 * (Prisma deserialises its query schema), a minute over the suite. A wrapped adapter (fault
 * injection) gets a client of its own, disconnected when its test closes.
 * On PostgreSQL the client also keeps its pool's idle connections: a new connection is a new
 * backend that loads the catalog and prepares its statements again, and this cut the PostgreSQL
 * server's CPU in half (three files: 52 s → 30 s). No session state carries over: the app sets its
 * settings and takes its advisory locks per transaction only, and the reset ends every connection
 * that is not idle (pgPool.ts).
 */
interface Client {
  prisma: PrismaClient;
  statements: StatementCounter;
}
const pgliteClients = new WeakMap<PGlite, Client>();
const pgClients = new Map<string, Client>();

function reused<K>(clients: { get(k: K): Client | undefined; set(k: K, c: Client): unknown }, key: K, make: (statements: StatementCounter) => PrismaClient): Client {
  let client = clients.get(key);
  if (!client) {
    const statements = new StatementCounter(true);
    client = { statements, prisma: make(statements) };
    clients.set(key, client);
  }
  client.statements.reset();
  return client;
}

/** At a file's end (setup.ts), before the databases not kept are dropped: their clients end their pools. */
export async function testClientsWeg(behalten: Set<string>): Promise<void> {
  for (const [url, client] of pgClients) {
    if (behalten.has(url)) continue;
    pgClients.delete(url);
    await client.prisma.$disconnect().catch(() => {});
  }
}

/** The migrations are checked on the worker's first PostgreSQL database; all are copies of one template. */
let pgMigration: Promise<MigrationReport> | null = null;

async function freshDatabase(options: Omit<DatabaseOptions, 'keepStatementText'> = {}): Promise<Database> {
  const template = inject('pgTemplate');
  const url = process.env.TEST_DATABASE_URL;
  if (template && url) {
    const { url: dbUrl, freigeben } = await pgDatenbank(url, template);
    const migration = await (pgMigration ??= migratePostgres(dbUrl));
    const kept = options.wrapAdapter ? null : reused(pgClients, dbUrl, (counter) => postgresClient(dbUrl, counter));
    const statements = kept?.statements ?? new StatementCounter(true);
    const prisma = kept?.prisma ?? postgresClient(dbUrl, statements, options);
    return {
      kind: 'postgresql',
      verbindung: { kind: 'postgresql', url: dbUrl },
      prisma,
      statements,
      migration,
      close: async () => {
        if (!kept) await prisma.$disconnect(); // a kept client keeps its idle connections
        await freigeben();
      },
    };
  }
  const { pglite, migration, freigeben } = await pgliteDatenbank(inject('pgliteVorlage'));
  const client = options.wrapAdapter ? undefined : reused(pgliteClients, pglite, (counter) => pgliteClient(pglite, counter));
  return databaseOnPglite(pglite, migration, { ...options, keepStatementText: true, closePglite: freigeben, client });
}

/** The letterhead every test office starts with. */
export const TEST_BRIEFKOPF = { anschrift: 'Graben 1, 1010 Wien', uid: 'ATU12345678', iban: 'AT61 1904 3002 3457 3201' } as const;

export interface GqlResponse<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export interface TestServer {
  db: Database;
  /** The app under test. */
  app: ReturnType<typeof createApp>;
  /** The GraphQL endpoint: http://127.0.0.1:<port>/graphql over HTTP, else an in-process address. */
  url: string;
  /**
   * Creates office and user if missing; returns a new API key. A new office gets a complete
   * letterhead (address, UID, IBAN: what an invoice needs, UStG § 11), as a real office has.
   */
  key(kanzlei: string, kuerzel: string, rolle?: Rolle): Promise<string>;
  gql<T = any>(key: string | null, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  /** The data of a request that must succeed without errors. */
  data<T = any>(key: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/**
 * `database`: options for the test's database, e.g. a wrapped driver adapter (fault injection).
 * `overHttp`: serve the app on 127.0.0.1 and send every request through a socket.
 */
export async function testServer(
  options: Omit<AppOptions, 'prisma'> = {},
  database: Omit<DatabaseOptions, 'keepStatementText'> = {},
  { overHttp = false } = {},
): Promise<TestServer> {
  const db = await freshDatabase(database);
  const app = createApp({ prisma: db.prisma, ...options });
  let url = 'http://yoga/graphql';
  let send: (url: string, init: RequestInit) => Promise<Response> = (u, init) => Promise.resolve(app.fetch(u, init));
  let stop = async () => {};
  if (overHttp) {
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    send = (u, init) => fetch(u, init);
    stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  }
  const gql = async (key: string | null, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, headers: res.headers, body: await res.json() };
  };
  return {
    db,
    app,
    url,
    key: async (kanzlei, kuerzel, rolle = 'ADMIN') => {
      await db.prisma.kanzlei.upsert({ where: { name: kanzlei }, update: {}, create: { name: kanzlei, ...TEST_BRIEFKOPF } });
      return (await provisionApiKey(db.prisma, { kanzlei, kuerzel, rolle })).key;
    },
    gql,
    data: async (key, query, variables) => {
      const { body } = await gql(key, query, variables);
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    close: async () => {
      await stop();
      await db.close();
    },
  };
}
