// A new user's session: Personen, an Akt with two Gegner, Forderungen and Leistungen; lists,
// filters, pagination, optimistic concurrency.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAkt, createForderung, createLeistung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;
beforeEach(async () => {
  t = await testServer();
  key = await t.key('Alpha', 'AL');
});
afterEach(() => t.close());

const AKT = `query($id: ID!) { akt(id: $id) { id aktenzeichen bezeichnung sachgebiet status bemessungsgrundlage version
  klient { kurzbezeichnung } gegner { kurzbezeichnung } zustaendig { kuerzel }
  forderungen { art betrag bezeichnung faelligAm zinssatz zinsenAb }
  leistungen { datum kuerzel verdienst einheitssatz barauslagenUstPflichtig barauslagenUstFrei barauslagenDurchlaufer ust zeitMinuten sachbearbeiter { kuerzel } } } }`;

describe('an Akt with Klient, Gegner, Forderungen and Leistungen', () => {
  it('is created and read back with nested fields', async () => {
    const klient = await createPerson(t, key, { kurzbezeichnung: 'GRUBER', name: 'Holzbau Gruber GmbH', art: 'UNTERNEHMEN', plz: '4020', ort: 'Linz' });
    const g1 = await createPerson(t, key, { kurzbezeichnung: 'MAIER', name: 'Franz Maier' });
    const g2 = await createPerson(t, key, { kurzbezeichnung: 'MAIERIN', name: 'Eva Maier' });
    const [me] = (await t.data(key, '{ benutzer { id } }')).benutzer;
    const akt = await createAkt(t, key, {
      aktenzeichen: '2026/0001', bezeichnung: 'Gruber gg. Maier', sachgebiet: 'Inkasso', klientId: klient,
      gegnerIds: [g2, g1], bemessungsgrundlage: '12345.67', zustaendigId: me.id,
    });
    await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '12345.67', bezeichnung: 'Rechnung 114', faelligAm: '2026-03-31', zinssatz: '9.2', zinsenAb: '2026-04-01' });
    await createForderung(t, key, { aktId: akt, art: 'NEBENFORDERUNG', betrag: '40' });
    // USt by default: 20 % of (310.80 + 0 + 4.30) = 63.02
    await createLeistung(t, key, { aktId: akt, datum: '2026-04-10', kuerzel: 'MAK', verdienst: '310.80', barauslagenUstPflichtig: '4.30', barauslagenDurchlaufer: '107.00', zeitMinuten: 30, sachbearbeiterId: me.id });
    // An entered USt is kept as entered.
    await createLeistung(t, key, { aktId: akt, datum: '2026-04-11', kuerzel: '3A', verdienst: '100.00', einheitssatz: '60.00', ust: '31.99' });

    const { akt: read } = await t.data(key, AKT, { id: akt });
    expect(read).toMatchObject({
      aktenzeichen: '2026/0001', bezeichnung: 'Gruber gg. Maier', sachgebiet: 'Inkasso', status: 'ANGELEGT',
      bemessungsgrundlage: '12345.67', version: 1, klient: { kurzbezeichnung: 'GRUBER' },
      gegner: [{ kurzbezeichnung: 'MAIERIN' }, { kurzbezeichnung: 'MAIER' }], zustaendig: { kuerzel: 'AL' },
    });
    expect(read.forderungen).toEqual([
      { art: 'HAUPTFORDERUNG', betrag: '12345.67', bezeichnung: 'Rechnung 114', faelligAm: '2026-03-31', zinssatz: '9.20', zinsenAb: '2026-04-01' },
      { art: 'NEBENFORDERUNG', betrag: '40.00', bezeichnung: null, faelligAm: null, zinssatz: null, zinsenAb: null },
    ]);
    expect(read.leistungen).toEqual([
      { datum: '2026-04-10', kuerzel: 'MAK', verdienst: '310.80', einheitssatz: '0.00', barauslagenUstPflichtig: '4.30', barauslagenUstFrei: '0.00', barauslagenDurchlaufer: '107.00', ust: '63.02', zeitMinuten: 30, sachbearbeiter: { kuerzel: 'AL' } },
      { datum: '2026-04-11', kuerzel: '3A', verdienst: '100.00', einheitssatz: '60.00', barauslagenUstPflichtig: '0.00', barauslagenUstFrei: '0.00', barauslagenDurchlaufer: '0.00', ust: '31.99', zeitMinuten: null, sachbearbeiter: null },
    ]);
  });

  it('setGegner replaces the Gegner in the given order and bumps the version', async () => {
    const k = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'K' });
    const ids = await Promise.all(['A', 'B', 'C'].map((n) => createPerson(t, key, { kurzbezeichnung: n, name: n })));
    const akt = await createAkt(t, key, { aktenzeichen: '1', bezeichnung: 'x', klientId: k, gegnerIds: [ids[0]] });
    const res = await t.data(key, `mutation($i: SetGegnerInput!) { setGegner(input: $i) { __typename ... on SetGegnerPayload { akt { version gegner { kurzbezeichnung } } } } }`, {
      i: { aktId: akt, personIds: [ids[2], ids[0], ids[1]] },
    });
    expect(res.setGegner.akt).toEqual({ version: 2, gegner: [{ kurzbezeichnung: 'C' }, { kurzbezeichnung: 'A' }, { kurzbezeichnung: 'B' }] });
    const cleared = await t.data(key, `mutation($i: SetGegnerInput!) { setGegner(input: $i) { ... on SetGegnerPayload { akt { gegner { id } } } } }`, { i: { aktId: akt, personIds: [] } });
    expect(cleared.setGegner.akt.gegner).toEqual([]);
  });

  it('updateAkt with a stale version is a ConflictError and changes nothing', async () => {
    const k = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'K' });
    const akt = await createAkt(t, key, { aktenzeichen: '1', bezeichnung: 'alt', klientId: k });
    const upd = (version: number, bezeichnung: string) =>
      t.data(key, `mutation($i: UpdateAktInput!) { updateAkt(input: $i) { __typename ... on UpdateAktPayload { akt { bezeichnung version } } ... on ConflictError { currentVersion message } } }`, {
        i: { id: akt, version, bezeichnung },
      });
    expect((await upd(1, 'neu')).updateAkt).toEqual({ __typename: 'UpdateAktPayload', akt: { bezeichnung: 'neu', version: 2 } });
    const stale = (await upd(1, 'überschrieben')).updateAkt;
    expect(stale.__typename).toBe('ConflictError');
    expect(stale.currentVersion).toBe(2);
    expect((await t.data(key, AKT, { id: akt })).akt).toMatchObject({ bezeichnung: 'neu', version: 2 });
  });

  it('updateAkt clears optional fields with null and leaves omitted ones', async () => {
    const k = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'K' });
    const akt = await createAkt(t, key, { aktenzeichen: '1', bezeichnung: 'x', sachgebiet: 'Inkasso', klientId: k, bemessungsgrundlage: '500' });
    const res = await t.data(key, `mutation($i: UpdateAktInput!) { updateAkt(input: $i) { ... on UpdateAktPayload { akt { sachgebiet bemessungsgrundlage bezeichnung } } } }`, {
      i: { id: akt, version: 1, sachgebiet: null, bemessungsgrundlage: null },
    });
    expect(res.updateAkt.akt).toEqual({ sachgebiet: null, bemessungsgrundlage: null, bezeichnung: 'x' });
  });

  it('updates and deletes Forderungen and Leistungen', async () => {
    const k = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'K' });
    const akt = await createAkt(t, key, { aktenzeichen: '1', bezeichnung: 'x', klientId: k });
    const f = await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '100.00' });
    const l = await createLeistung(t, key, { aktId: akt, datum: '2026-01-01', kuerzel: 'X', verdienst: '100.00' });
    const uf = await t.data(key, `mutation($i: UpdateForderungInput!) { updateForderung(input: $i) { ... on UpdateForderungPayload { forderung { betrag art } } } }`, {
      i: { id: f, betrag: '250.50', art: 'NEBENFORDERUNG' },
    });
    expect(uf.updateForderung.forderung).toEqual({ betrag: '250.50', art: 'NEBENFORDERUNG' });
    // Changing the Verdienst recomputes the USt: 20 % of 200.00 = 40.00; an explicit USt is kept.
    const ul = await t.data(key, `mutation($i: UpdateLeistungInput!) { updateLeistung(input: $i) { ... on UpdateLeistungPayload { leistung { verdienst ust } } } }`, {
      i: { id: l, verdienst: '200.00' },
    });
    expect(ul.updateLeistung.leistung).toEqual({ verdienst: '200.00', ust: '40.00' });
    const ul2 = await t.data(key, `mutation($i: UpdateLeistungInput!) { updateLeistung(input: $i) { ... on UpdateLeistungPayload { leistung { ust } } } }`, { i: { id: l, ust: '39.99' } });
    expect(ul2.updateLeistung.leistung.ust).toBe('39.99');
    const df = await t.data(key, `mutation($id: ID!) { deleteForderung(input: { id: $id }) { __typename ... on DeleteForderungPayload { deletedId akt { forderungen { id } } } } }`, { id: f });
    expect(df.deleteForderung).toEqual({ __typename: 'DeleteForderungPayload', deletedId: f, akt: { forderungen: [] } });
    const dl = await t.data(key, `mutation($id: ID!) { deleteLeistung(input: { id: $id }) { ... on DeleteLeistungPayload { akt { leistungen { id } } } } }`, { id: l });
    expect(dl.deleteLeistung.akt.leistungen).toEqual([]);
    const again = await t.data(key, `mutation($id: ID!) { deleteLeistung(input: { id: $id }) { __typename } }`, { id: l });
    expect(again.deleteLeistung.__typename).toBe('NotFoundError');
  });
});

describe('akten list', () => {
  beforeEach(async () => {
    const gruber = await createPerson(t, key, { kurzbezeichnung: 'GRUBER', name: 'Holzbau Gruber GmbH' });
    const weber = await createPerson(t, key, { kurzbezeichnung: 'WEBER', name: 'Anna Weber' });
    for (let i = 1; i <= 25; i++) {
      await createAkt(t, key, { aktenzeichen: `2026/${String(i).padStart(4, '0')}`, bezeichnung: i % 5 === 0 ? `Mietrecht ${i}` : `Inkasso ${i}`, klientId: i <= 20 ? gruber : weber });
    }
  });

  it('pages through all Akten with cursors, newest first, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const d: any = await t.data(key, `query($after: String) { akten(first: 10, after: $after) { totalCount edges { node { aktenzeichen } } pageInfo { hasNextPage endCursor } } }`, { after });
      expect(d.akten.totalCount).toBe(25);
      seen.push(...d.akten.edges.map((e: any) => e.node.aktenzeichen));
      after = d.akten.pageInfo.hasNextPage ? d.akten.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `2026/${String(25 - i).padStart(4, '0')}`));
  });

  it('refuses a page larger than 100', async () => {
    const res = await t.gql(key, '{ akten(first: 101) { edges { node { id } } } }');
    expect(res.body.errors?.[0]?.message).toBe('first muss zwischen 0 und 100 liegen.');
  });

  it('filters by text (Aktenzeichen, Bezeichnung, Klient), Klient and status', async () => {
    const count = async (filter: object) =>
      (await t.data(key, `query($f: AktFilter) { akten(filter: $f) { totalCount } }`, { f: filter })).akten.totalCount;
    expect(await count({ text: 'mietrecht' })).toBe(5);
    expect(await count({ text: 'anna' })).toBe(5);
    expect(await count({ text: '2026/001' })).toBe(10);
    expect(await count({ status: ['ANGELEGT'] })).toBe(25);
    expect(await count({ status: ['ABGESCHLOSSEN'] })).toBe(0);
    const weber = (await t.data(key, `{ personen(filter: { text: "weber" }) { edges { node { id } } } }`)).personen.edges[0].node.id;
    expect(await count({ klientId: weber })).toBe(5);
    expect(await count({ klientId: 'not-an-id' })).toBe(0);
  });
});
