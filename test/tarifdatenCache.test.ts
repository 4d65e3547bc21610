// The tariff data is cached per office between requests and reloaded when the office's tarifStand
// (bumped by database triggers) moves: by a mutation, by another server process, by SQL by hand.
// Figures by hand: MES at 500.00 with one Gegner is TP5 33.80 (ratg.md) + postage, + 20 % USt,
// rounded to 10 cents.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { createAkt, createForderung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;
let akt: string;

const MES = `query($id: ID!) { akt(id: $id) { mahnkosten(tarif: "MES", datum: "2027-01-01") { porto brutto } } }`;

beforeEach(async () => {
  t = await testServer();
  key = await t.key('Alpha', 'AL');
  const klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Klient' });
  const gegner = await createPerson(t, key, { kurzbezeichnung: 'G', name: 'Gegner' });
  akt = await createAkt(t, key, { aktenzeichen: '2026/0001', bezeichnung: 'x', klientId: klient, gegnerIds: [gegner] });
  await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '500.00' });
});
afterEach(() => t.close());

const mes = async () => (await t.data(key, MES, { id: akt })).akt.mahnkosten;

describe('tariff data cache', () => {
  it('is loaded by the first request of an office, not by every request', async () => {
    const count = async () => {
      t.db.statements.reset();
      // 33.80 + 4.30 = 38.10; USt 7.62; 45.72 → 45.70
      expect(await mes()).toEqual({ porto: '4.30', brutto: '45.70' });
      return t.db.statements.count;
    };
    const first = await count();
    // key with office Stand (1), the Akt with its Forderungen, Gegner and Ratenvereinbarung (1:
    // server/db/singleStatementLoad.ts)
    expect(await count()).toBe(2);
    // RATG tables, postage, tariffs, their postings
    expect(first).toBe(2 + 4);
  });

  it('a change made through another server process is priced by the next request', async () => {
    expect(await mes()).toEqual({ porto: '4.30', brutto: '45.70' });
    const other = createApp({ prisma: t.db.prisma });
    const res = await other.fetch('http://other/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: `mutation { setPorto(input: { gueltigAb: "2027-01-01", betrag: "5.00" }) { __typename } }` }),
    });
    expect((await res.json()).data).toEqual({ setPorto: { __typename: 'SetPortoPayload' } });
    // 33.80 + 5.00 = 38.80; USt 7.76; 46.56 → 46.60
    expect(await mes()).toEqual({ porto: '5.00', brutto: '46.60' });
  });

  it('a change by SQL is seen too, and the counter stays out of the audit trail', async () => {
    const stand = async () => (await t.db.prisma.kanzlei.findFirstOrThrow({ where: { name: 'Alpha' } })).tarifStand;
    expect(await mes()).toEqual({ porto: '4.30', brutto: '45.70' });
    const before = await stand();
    await t.db.prisma.$executeRawUnsafe(`INSERT INTO "PortoSatz" (id, "kanzleiId", "gueltigAb", betrag, bezeichnung)
      SELECT gen_random_uuid(), id, '2027-01-01', 6.00, 'Brief' FROM "Kanzlei" WHERE name = 'Alpha'`);
    expect(await stand()).toBe(before + 1);
    // 33.80 + 6.00 = 39.80; USt 7.96; 47.76 → 47.80
    expect(await mes()).toEqual({ porto: '6.00', brutto: '47.80' });
    const counter = await t.db.prisma.auditEntry.findMany({ where: { entity: 'Kanzlei', action: 'UPDATE' } });
    expect(counter).toEqual([]);
  });

  it('a mutation prices with the tariff data it has just changed', async () => {
    expect(await mes()).toEqual({ porto: '4.30', brutto: '45.70' });
    const d = await t.data(key, `mutation($id: ID!) {
      a: setPorto(input: { gueltigAb: "2027-01-01", betrag: "5.00" }) { __typename }
      b: updateAkt(input: { id: $id, version: 1, bezeichnung: "y" }) { ... on UpdateAktPayload { akt { mahnkosten(tarif: "MES", datum: "2027-01-01") { porto brutto } } } }
    }`, { id: akt });
    expect(d.b.akt.mahnkosten).toEqual({ porto: '5.00', brutto: '46.60' });
  });
});
