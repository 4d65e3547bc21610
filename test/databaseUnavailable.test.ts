// Database unavailable → a clear error: HTTP 503 with Retry-After and DATABASE_UNAVAILABLE (not a
// masked 500), from the API-key lookup as much as from a resolver or a mutation; and recovery
// without restarting the server once the database is back (the pg pool reconnects by itself).
import { randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { createApp, type App } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable, maskDatabaseErrors } from '../server/databaseErrors.js';
import { openDatabase, type Database } from '../server/db/database.js';
import { PrismaClient } from '../server/generated/prisma/client.js';
import { provisionApiKey } from '../server/services/kanzleien.js';
import { Outage, outageAdapter } from './support/faultInjection.js';
import { adminUrl, withDatabase } from './support/postgres.js';
import { closedPort, tcpProxy, type TcpProxy } from './support/tcpProxy.js';
import { testServer, type TestServer } from './support/testServer.js';

const ME = '{ me { kuerzel } }';
const NEUE_PERSON = 'mutation { r: createPerson(input: { kurzbezeichnung: "NEU", name: "Neue Person" }) { __typename } }';
const person = (kurz: string) => `mutation { r: createPerson(input: { kurzbezeichnung: "${kurz}", name: "Neue Person" }) { __typename } }`;
const SUBMIT = 'mutation { submitMandatsanfrage(input: { klient: { name: "Ab", email: "a@b.at" }, sachgebiet: "x", beschreibung: "0123456789" }) { __typename } }';

const post = (app: App, key: string | null, query: string) =>
  app.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });

/** The clear answer: 503, Retry-After, one DATABASE_UNAVAILABLE error, nothing of the cause. */
async function expectUnavailable(res: Response) {
  const body = await res.json();
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe(String(DATABASE_RETRY_AFTER_SECONDS));
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]).toMatchObject({ message: 'Die Datenbank ist nicht erreichbar; bitte in Kürze erneut versuchen.', extensions: { code: 'DATABASE_UNAVAILABLE' } });
  expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONN|P10\d\d|Prisma|stack|5432/);
  return body;
}

async function expectHealth(app: App, status: number) {
  const res = await app.fetch('http://yoga/health');
  expect(res.status).toBe(status);
}

// Yoga logs each unexpected error in full on the server: keep the test output readable.
let logged: unknown[];
beforeEach(() => {
  logged = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => void logged.push(...args));
});
afterEach(() => vi.restoreAllMocks());

describe('nothing listens on the database port', () => {
  let prisma: PrismaClient;
  let app: App;
  beforeAll(async () => {
    // The pg adapter as the server builds it, pointed at a port where no database runs.
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://postgres@127.0.0.1:${await closedPort()}/kanzlei`, connectionTimeoutMillis: 2_000 }) });
    app = createApp({ prisma });
  });
  afterAll(() => prisma.$disconnect());

  it('the API-key lookup answers 503 DATABASE_UNAVAILABLE with Retry-After, not a masked 500', async () => {
    const body = await expectUnavailable(await post(app, 'kz_0123456789abcdef0123456789abcdef', ME));
    expect(body.data ?? null).toBeNull();
    // The server's log has the real cause.
    expect(logged.map(String).join('\n')).toMatch(/Can't reach database server/);
  });

  it('so do the intake token lookup, a mutation and the PDF download (no stack trace in plain text)', async () => {
    await expectUnavailable(await post(app, 'kzi_0123456789abcdef0123456789abcdef', SUBMIT));
    await expectUnavailable(await post(app, 'kz_0123456789abcdef0123456789abcdef', NEUE_PERSON));
    await expectUnavailable(await app.fetch('http://yoga/dokumente/honorarnote/00000000-0000-0000-0000-000000000000.pdf', { headers: { authorization: 'Bearer kz_0123456789abcdef0123456789abcdef' } }));
  });

  it('/health says degraded; a request without a key is still 401 (no database needed)', async () => {
    await expectHealth(app, 503);
    expect((await post(app, null, ME)).status).toBe(401);
  });
});

describe('the database goes away after the key was checked (simulated, on either database)', () => {
  let t: TestServer;
  let app: App;
  let key: string;
  const outage = new Outage();
  beforeEach(async () => {
    t = await testServer({}, { wrapAdapter: (adapter) => outageAdapter(adapter, outage) });
    app = createApp({ prisma: t.db.prisma });
    key = await t.key('Alpha', 'AL');
  });
  afterEach(async () => {
    outage.down = false;
    await t.close();
  });

  it('a query, a mutation and the key lookup answer 503; the same app serves again once it is back', async () => {
    expect((await post(app, key, ME)).status).toBe(200);
    // Everything but the API-key lookup (key, then its user) fails: the resolvers and the mutation's
    // transaction meet the outage.
    outage.down = /^(?![\s\S]*"(ApiKey|Benutzer)")/;
    const q = await expectUnavailable(await post(app, key, '{ akten { totalCount } }'));
    expect(q.errors[0].path).toEqual(['akten', 'totalCount']);
    const m = await expectUnavailable(await post(app, key, NEUE_PERSON));
    expect(m.errors[0].path).toEqual(['r']);
    outage.down = true;
    await expectUnavailable(await post(app, key, ME));
    await expectHealth(app, 503);

    outage.down = false;
    expect(await (await post(app, key, ME)).json()).toEqual({ data: { me: { kuerzel: 'AL' } } });
    expect(await (await post(app, key, NEUE_PERSON)).json()).toEqual({ data: { r: { __typename: 'CreatePersonPayload' } } });
    await expectHealth(app, 200);
  });

  it('other unexpected errors are still masked as before', async () => {
    outage.down = false;
    const failing = createApp({
      prisma: new Proxy(t.db.prisma, {
        get: (target, prop, receiver) => (prop === 'akt' ? { findMany: () => Promise.reject(new Error('relation "Akt" does not exist')) } : Reflect.get(target, prop, receiver)),
      }),
    });
    // With a filter Prisma picks the page's ids (server/services/aktenLesen.ts): its findMany fails.
    const res = await post(failing, key, '{ akten(filter: { status: [ANGELEGT] }) { edges { node { id } } } }');
    const body = await res.json();
    expect(body.errors[0]).toMatchObject({ message: 'Unerwarteter Fehler.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(res.headers.get('retry-after')).toBeNull();
  });
});

describe('isDatabaseUnavailable', () => {
  it('tells a lost database from everything else', () => {
    const adapter = (cause: object) => Object.assign(new Error('x'), { code: 'P2010', meta: { driverAdapterError: { name: 'DriverAdapterError', cause } } });
    expect(isDatabaseUnavailable(adapter({ kind: 'DatabaseNotReachable', host: 'db', port: 5432 }))).toBe(true);
    expect(isDatabaseUnavailable(adapter({ kind: 'postgres', code: '57P01', message: 'terminating connection due to administrator command' }))).toBe(true);
    expect(isDatabaseUnavailable(adapter({ kind: 'postgres', code: '08006', message: 'connection failure' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: 'P1017' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect', errno: -111 }))).toBe(true);
    // Wrapped, as GraphQL hands it over.
    expect(isDatabaseUnavailable({ originalError: { cause: new Error('Connection terminated due to connection timeout') } })).toBe(true);

    expect(isDatabaseUnavailable(Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }))).toBe(false);
    expect(isDatabaseUnavailable(adapter({ kind: 'postgres', code: '42P01', message: 'relation "Akt" does not exist' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('Unexpected token'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

// A real outage needs a real server: PostgreSQL behind a TCP proxy that the test closes and opens.
const url = process.env.TEST_DATABASE_URL;
describe.runIf(url)('PostgreSQL behind a proxy that goes down and comes back', () => {
  let admin: pg.Client;
  let name: string;
  let proxy: TcpProxy;
  let db: Database;
  let app: App;
  let key: string;

  beforeAll(async () => {
    // A database of its own, copied from the migrated template (as testServer does).
    admin = new pg.Client({ connectionString: adminUrl(url!) });
    await admin.connect();
    name = `kanzlei_test_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('pgTemplate')}"`);
    const target = new URL(url!);
    proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(withDatabase(url!, name));
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    db = await openDatabase({ kind: 'postgresql', url: viaProxy.toString() });
    app = createApp({ prisma: db.prisma });
    key = (await provisionApiKey(db.prisma, { kanzlei: 'Alpha', kuerzel: 'AL', rolle: 'ADMIN' })).key;
  });
  afterAll(async () => {
    await db?.close();
    await proxy?.stop();
    await admin?.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin?.end();
  });

  it('answers 503 while the database is away and serves again when it is back, without a restart', async () => {
    expect((await post(app, key, ME)).status).toBe(200);
    await proxy.stop(); // open connections are cut, new ones refused

    await expectUnavailable(await post(app, key, ME));
    await expectUnavailable(await post(app, key, NEUE_PERSON));
    await expectUnavailable(await post(app, key, '{ akten { totalCount } }'));
    await expectHealth(app, 503);

    await proxy.start();
    expect(await (await post(app, key, ME)).json()).toEqual({ data: { me: { kuerzel: 'AL' } } });
    expect(await (await post(app, key, NEUE_PERSON)).json()).toEqual({ data: { r: { __typename: 'CreatePersonPayload' } } });
    await expectHealth(app, 200);
  });

  it('a database that stops answering on established pooled connections: 503 within 10 s, then serving again', async () => {
    // Several pooled connections, open and idle.
    await Promise.all(Array.from({ length: 4 }, () => post(app, key, ME)));
    proxy.pause(); // every socket stays open; nothing gets through
    try {
      const started = performance.now();
      const [q, m, h] = await Promise.all([post(app, key, ME), post(app, key, person('PAUSE1')), app.fetch('http://yoga/health')]);
      const seconds = (performance.now() - started) / 1000;
      await expectUnavailable(q);
      await expectUnavailable(m);
      expect(h.status).toBe(503);
      // Before, these hung for over a minute (until the operating system gave up on the sockets).
      expect(seconds).toBeLessThan(10);
    } finally {
      proxy.resume();
    }
    expect(await (await post(app, key, ME)).json()).toEqual({ data: { me: { kuerzel: 'AL' } } });
    // The mutation that met the silence wrote nothing; a new one does.
    expect(await db.prisma.person.count({ where: { kurzbezeichnung: 'PAUSE1' } })).toBe(0);
    expect(await (await post(app, key, person('PAUSE2'))).json()).toEqual({ data: { r: { __typename: 'CreatePersonPayload' } } });
    await expectHealth(app, 200);
  }, 30_000);

  it('the statement timeout cancels only what runs longer than it (DB_STATEMENT_TIMEOUT_MS, default 8 s)', async () => {
    expect(loadConfig({}).database).toMatchObject({ kind: 'pglite' });
    expect(loadConfig({ DATABASE_URL: url }).database).toEqual({ kind: 'postgresql', url, timeouts: { connectMs: 5_000, statementMs: 8_000 } });
    expect(loadConfig({ DATABASE_URL: url, DB_STATEMENT_TIMEOUT_MS: '30000', DB_CONNECT_TIMEOUT_MS: '2000' }).database).toMatchObject({ timeouts: { connectMs: 2_000, statementMs: 30_000 } });
    expect(() => loadConfig({ DB_STATEMENT_TIMEOUT_MS: '0' })).toThrow(/DB_STATEMENT_TIMEOUT_MS/);
    // The same pool, with a statement timeout of 1 s: half a second passes, two seconds are cancelled.
    const short = await openDatabase({ kind: 'postgresql', url: withDatabase(url!, name), timeouts: { statementMs: 1_000 } });
    try {
      expect(await short.prisma.$queryRaw`SELECT pg_sleep(0.5)::text AS slept`).toEqual([{ slept: '' }]);
      const cancelled = await failure(short.prisma.$queryRaw`SELECT pg_sleep(2)`);
      expect(String(cancelled)).toMatch(/statement timeout/);
      expect(isDatabaseUnavailable(cancelled)).toBe(false);
      // The client gets a typed answer, not "Unexpected error.".
      expect(maskDatabaseErrors(cancelled, 'Unexpected error.')).toMatchObject({ extensions: { code: 'DATABASE_TIMEOUT', http: { status: 503 } } });
    } finally {
      await short.close();
    }
  });

  /** The error a promise rejects with. */
  const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (e: unknown) => e);
  const soon = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('recognises what pg and Prisma really raise: a cut connection, pg_terminate_backend, a host that does not answer', async () => {
    // The connection is cut in the middle of a transaction: an error we recognise, nothing written.
    const kanzleiId = (await db.prisma.kanzlei.findFirstOrThrow()).id;
    const cut = failure(db.prisma.$transaction(async (tx) => {
      await tx.person.create({ data: { kanzleiId, kurzbezeichnung: 'HALB', name: 'Halb geschrieben' } });
      await tx.$queryRaw`SELECT pg_sleep(3)`;
    }));
    await soon(500);
    await proxy.stop();
    const cutError = await cut;
    expect(isDatabaseUnavailable(cutError), String(cutError)).toBe(true);
    await proxy.start();
    expect(await db.prisma.person.count({ where: { kurzbezeichnung: 'HALB' } })).toBe(0);

    // An administrator (or a failover) ends the session.
    // (pg_sleep(4): the cut session above may still be sleeping on the server.)
    const terminated = failure(db.prisma.$queryRaw`SELECT pg_sleep(4)`);
    await soon(500);
    const { rowCount } = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep(4)%' AND pid <> pg_backend_pid()`, [name]);
    expect(rowCount).toBe(1);
    const terminatedError = await terminated;
    expect(isDatabaseUnavailable(terminatedError), String(terminatedError)).toBe(true);
    expect((await post(app, key, ME)).status).toBe(200); // the pool replaced the connection

    // A host that accepts but never answers: the connect timeout turns a hang into an error.
    proxy.blackhole = true;
    const stuck = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://postgres@127.0.0.1:${proxy.port}/${name}`, connectionTimeoutMillis: 300 }) });
    try {
      const timeoutError = await failure(stuck.$queryRaw`SELECT 1`);
      expect(isDatabaseUnavailable(timeoutError), String(timeoutError)).toBe(true);
    } finally {
      proxy.blackhole = false;
      await stuck.$disconnect();
    }
  });
});
