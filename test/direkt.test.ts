// Statements outside a transaction go to the driver adapter Prisma connected (server/db/direkt.ts):
// the same answers as through Prisma for the columns its callers read, counted like any other, and
// never for a transaction's client, whose statements must stay in its transaction.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { direkt, mitDirektemZugang } from '../server/db/direkt.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
beforeEach(async () => {
  t = await testServer();
});
afterEach(() => t.close());

const SQL = `SELECT $1::text AS text, $2::int AS zahl, $3::boolean AS ja, cardinality($4::uuid[]) AS ids, NULL::text AS nichts`;
const ARGS = ['Müller & "Söhne"', 42, true, ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']];

describe('direkt', () => {
  it('answers text, integers and booleans as Prisma does, and is counted', async () => {
    const prisma = t.db.prisma;
    const ueberPrisma = await prisma.$queryRawUnsafe(SQL, ...ARGS);
    const d = direkt(prisma);
    expect(d).not.toBe(prisma); // connected by the statement before
    t.db.statements.reset();
    expect(await d.$queryRawUnsafe(SQL, ...ARGS)).toEqual(ueberPrisma);
    expect(ueberPrisma).toEqual([{ text: 'Müller & "Söhne"', zahl: 42, ja: true, ids: 2, nichts: null }]);
    expect(t.db.statements.count).toBe(1);
  });

  it('leaves a transaction’s statements in the transaction', async () => {
    await t.db.prisma.$transaction(async (tx) => {
      expect(direkt(tx)).toBe(tx);
    });
  });

  it('reports a database error as the adapter does (its cause carries the SQLSTATE)', async () => {
    await t.db.prisma.$queryRawUnsafe('SELECT 1'); // Prisma connects on its first statement
    const fehler = await direkt(t.db.prisma).$queryRawUnsafe('SELECT 1/0').catch((e: unknown) => e);
    expect(fehler).toMatchObject({ cause: { originalCode: '22012' } });
  });

  it('keeps the adapter from its connect until it is disposed of', async () => {
    let disposed = 0;
    const fake = { queryRaw: async () => ({ columnNames: [], columnTypes: [], rows: [] }), dispose: async () => void disposed++ };
    const factory = { provider: 'postgres', adapterName: 'fake', connect: async () => fake } as unknown as SqlDriverAdapterFactory;
    const { factory: wrapped, zugang } = mitDirektemZugang(factory);
    expect(zugang.adapter).toBeNull();
    const adapter: SqlDriverAdapter = await wrapped.connect();
    expect(zugang.adapter).toBe(adapter);
    await adapter.dispose();
    expect([zugang.adapter, disposed]).toEqual([null, 1]);
  });
});
