// The outbox writes an event and its deliveries in the change's transaction: a rollback leaves
// nothing, no subscriber means no row, and only the office's own subscribed webhooks get one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../server/services/db.js';
import { schreibeEreignis } from '../../server/webhooks/outbox.js';
import { createForderung, officeWithAkt } from '../support/fixtures.js';
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

describe('a write on an Akt', () => {
  // The Akt lock tells whether the office has any webhook (server/services/sperren.ts): without
  // one the outbox's lookup is skipped; with one, the event is written as before.
  it('skips the subscriber lookup when the office has no webhook, and writes the event once it has one', async () => {
    const s = await testServer();
    try {
      const o = await officeWithAkt(s, 'Kanzlei C', 'CC');
      const kanzleiC = (await s.db.prisma.kanzlei.findUniqueOrThrow({ where: { name: 'Kanzlei C' } })).id;
      const neueForderung = async (betrag: string) => {
        s.db.statements.reset();
        await createForderung(s, o.key, { aktId: o.akt, art: 'HAUPTFORDERUNG', betrag });
        return s.db.statements.statements.filter((sql) => /SELECT id FROM "Webhook"/.test(sql)).length;
      };
      expect(await neueForderung('10.00')).toBe(0);
      expect(await s.db.prisma.webhookEreignis.count({ where: { kanzleiId: kanzleiC } })).toBe(0);

      const hook = await s.db.prisma.webhook.create({ data: { kanzleiId: kanzleiC, url: 'https://partner.example/hook', ereignisse: ['forderung.angelegt'], secret: 'whsec_dGVzdA==' } });
      expect(await neueForderung('20.00')).toBe(1);
      const ereignisse = await s.db.prisma.webhookEreignis.findMany({ where: { kanzleiId: kanzleiC }, include: { zustellungen: true } });
      expect(ereignisse.map((e) => [e.typ, (e.daten as { betrag: string }).betrag, e.zustellungen.map((z) => z.webhookId)])).toEqual([['forderung.angelegt', '20.00', [hook.id]]]);
    } finally {
      await s.close();
    }
  });
});
