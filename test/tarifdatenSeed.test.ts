// Seeding an office's tariff data at start is safe when several server processes start at once
// (found by the two-process webhook test: the second process died on RatgTabelle's unique index).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../server/db/database.js';
import { seedTarifdatenForAll } from '../server/services/tarifdaten.js';
import { withDatabase } from './support/postgres.js';
import { testServer, type TestServer } from './support/testServer.js';

describe.runIf(process.env.TEST_DATABASE_URL)('seedTarifdatenForAll from two connections at once (PostgreSQL)', () => {
  let t: TestServer;
  let zweite: Database;
  beforeAll(async () => {
    t = await testServer();
    // A second pool on the same database: a second server process.
    const [{ name }] = (await t.db.prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`) as [{ name: string }];
    zweite = await openDatabase({ kind: 'postgresql', url: withDatabase(process.env.TEST_DATABASE_URL!, name) });
  });
  afterAll(async () => {
    await zweite?.close();
    await t?.close();
  });

  it('seeds an office without tariff data exactly once, and neither start fails', async () => {
    const { id } = await t.db.prisma.kanzlei.create({ data: { name: 'Ohne Tarife' } });
    await Promise.all([seedTarifdatenForAll(t.db.prisma), seedTarifdatenForAll(zweite.prisma), seedTarifdatenForAll(t.db.prisma)]);
    expect(await t.db.prisma.ratgTabelle.count({ where: { kanzleiId: id } })).toBe(1);
    expect(await t.db.prisma.tarif.count({ where: { kanzleiId: id } })).toBe(6);
  });
});
