// The outbox writes an event and its deliveries in the change's transaction: a rollback leaves
// nothing, no subscriber means no row, and only the office's own subscribed webhooks get one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../server/services/db.js';
import { schreibeEreignis } from '../../server/webhooks/outbox.js';
import { testServer, type TestServer } from '../support/testServer.js';

let t: TestServer;
let kanzleiA: string;
let kanzleiB: string;
beforeAll(async () => {
  t = await testServer();
  await t.key('Kanzlei A', 'AA');
  await t.key('Kanzlei B', 'BB');
  kanzleiA = (await t.db.prisma.kanzlei.findUniqueOrThrow({ where: { name: 'Kanzlei A' } })).id;
  kanzleiB = (await t.db.prisma.kanzlei.findUniqueOrThrow({ where: { name: 'Kanzlei B' } })).id;
});
afterAll(() => t.close());

const webhook = (kanzleiId: string, ereignisse: string[]) =>
  t.db.prisma.webhook.create({ data: { kanzleiId, url: 'https://partner.example/hook', ereignisse, secret: 'whsec_dGVzdA==' } });

describe('schreibeEreignis', () => {
  it('writes nothing and renders nothing when no webhook listens', async () => {
    let gerendert = false;
    const id = await inTransaction(t.db.prisma, (tx) =>
      schreibeEreignis(tx, { kanzleiId: kanzleiA, typ: 'akt.angelegt', daten: async () => ((gerendert = true), {}) }));
    expect(id).toBeNull();
    expect(gerendert).toBe(false);
    expect(await t.db.prisma.webhookEreignis.count()).toBe(0);
  });

  it('gives each subscribed webhook of the office one delivery, and nothing to other offices', async () => {
    const a1 = await webhook(kanzleiA, ['akt.angelegt', 'zahlung.erfasst']);
    const a2 = await webhook(kanzleiA, ['akt.angelegt']);
    await webhook(kanzleiA, ['zahlung.erfasst']);
    await webhook(kanzleiB, ['akt.angelegt']);
    const id = await inTransaction(t.db.prisma, (tx) =>
      schreibeEreignis(tx, { kanzleiId: kanzleiA, typ: 'akt.angelegt', daten: async () => ({ id: 'x', aktenzeichen: '1/26' }) }));
    const ereignis = await t.db.prisma.webhookEreignis.findUniqueOrThrow({ where: { id: id! }, include: { zustellungen: true } });
    expect(ereignis).toMatchObject({ kanzleiId: kanzleiA, typ: 'akt.angelegt', daten: { id: 'x', aktenzeichen: '1/26' } });
    expect(ereignis.zustellungen.map((z) => z.webhookId).sort()).toEqual([a1.id, a2.id].sort());
    expect(ereignis.zustellungen.every((z) => z.status === 'AUSSTEHEND' && z.versuche === 0 && z.kanzleiId === kanzleiA)).toBe(true);
  });

  it('leaves nothing behind when the transaction rolls back', async () => {
    const vorher = [await t.db.prisma.webhookEreignis.count(), await t.db.prisma.webhookZustellung.count()];
    await expect(inTransaction(t.db.prisma, async (tx) => {
      await schreibeEreignis(tx, { kanzleiId: kanzleiA, typ: 'akt.angelegt', daten: async () => ({}) });
      throw new Error('die Änderung scheitert');
    })).rejects.toThrow('die Änderung scheitert');
    expect([await t.db.prisma.webhookEreignis.count(), await t.db.prisma.webhookZustellung.count()]).toEqual(vorher);
  });

  it('refuses, as the last line, a delivery joining another office’s webhook', async () => {
    const b = await t.db.prisma.webhook.findFirstOrThrow({ where: { kanzleiId: kanzleiB } });
    const e = await t.db.prisma.webhookEreignis.findFirstOrThrow({ where: { kanzleiId: kanzleiA } });
    await expect(t.db.prisma.webhookZustellung.create({ data: { kanzleiId: kanzleiA, webhookId: b.id, ereignisId: e.id } })).rejects.toThrow();
    await expect(t.db.prisma.webhookZustellung.create({ data: { kanzleiId: kanzleiB, webhookId: b.id, ereignisId: e.id } })).rejects.toThrow();
  });
});
