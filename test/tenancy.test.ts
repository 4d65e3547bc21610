// Two offices: a key sees and changes only its own office's data, through every query and mutation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { officeWithAkt } from './support/fixtures.js';
import { camt053 } from './support/camt.js';
import { TEST_BRIEFKOPF, testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let A: Awaited<ReturnType<typeof officeWithAkt>>;
let B: Awaited<ReturnType<typeof officeWithAkt>>;

/** Everything of office A as A sees it: must be the same after B's attempts. */
const snapshotOfA = () =>
  t.data(
    A.key,
    `{ akten(first: 100) { edges { node { id aktenzeichen bezeichnung version klient { id name } gegner { id name }
        forderungen { id betrag } leistungen { id verdienst } } } }
       personen(first: 100) { edges { node { id name kurzbezeichnung } } }
       apiKeys { id widerrufenAm } }`,
  );

beforeEach(async () => {
  t = await testServer();
  A = await officeWithAkt(t, 'Alpha', 'AL');
  B = await officeWithAkt(t, 'Beta', 'BE');
});
afterEach(() => t.close());

describe('queries see only the own office', () => {
  it('akt and person by id: another office’s object is null', async () => {
    const d = await t.data(B.key, `query($a: ID!, $p: ID!) { akt(id: $a) { id } person(id: $p) { id } }`, { a: A.akt, p: A.klient });
    expect(d).toEqual({ akt: null, person: null });
  });

  it('lists hold only own rows', async () => {
    const d = await t.data(
      B.key,
      `{ akten(first: 100) { totalCount edges { node { id } } } personen(first: 100) { edges { node { id } } }
         benutzer { kuerzel } apiKeys { benutzer { kuerzel } } }`,
    );
    expect(d.akten.totalCount).toBe(1);
    expect(d.akten.edges.map((e: any) => e.node.id)).toEqual([B.akt]);
    expect(d.personen.edges.map((e: any) => e.node.id).sort()).toEqual([B.klient, B.g1, B.g2].sort());
    expect(d.benutzer).toEqual([{ kuerzel: 'BE' }]);
    expect(d.apiKeys).toEqual([{ benutzer: { kuerzel: 'BE' } }]);
  });

  it('filtering by another office’s Klient finds nothing', async () => {
    const d = await t.data(B.key, `query($k: ID!) { akten(filter: { klientId: $k }) { edges { node { id } } } }`, { k: A.klient });
    expect(d.akten.edges).toEqual([]);
  });
});

describe('mutations cannot reach another office', () => {
  const attempts: [string, string, (a: typeof A, b: typeof B) => Record<string, unknown>, string][] = [
    ['updatePerson', 'UpdatePersonInput', (a) => ({ id: a.klient, name: 'hijack' }), 'NotFoundError'],
    ['createAkt with a foreign Klient', 'CreateAktInput', (a) => ({ aktenzeichen: 'X/1', bezeichnung: 'x', klientId: a.klient }), 'ValidationError'],
    ['createAkt with a foreign Gegner', 'CreateAktInput', (a, b) => ({ aktenzeichen: 'X/2', bezeichnung: 'x', klientId: b.klient, gegnerIds: [a.g1] }), 'ValidationError'],
    ['createAkt with a foreign zustaendig', 'CreateAktInput', (a, b) => ({ aktenzeichen: 'X/3', bezeichnung: 'x', klientId: b.klient, zustaendigId: a.benutzerId }), 'ValidationError'],
    ['updateAkt', 'UpdateAktInput', (a) => ({ id: a.akt, version: 1, bezeichnung: 'hijack' }), 'NotFoundError'],
    ['updateAkt to a foreign Klient', 'UpdateAktInput', (a, b) => ({ id: b.akt, version: 1, klientId: a.klient }), 'ValidationError'],
    ['setGegner on a foreign Akt', 'SetGegnerInput', (a, b) => ({ aktId: a.akt, personIds: [b.g1] }), 'NotFoundError'],
    ['setGegner with foreign Persons', 'SetGegnerInput', (a, b) => ({ aktId: b.akt, personIds: [a.g1] }), 'ValidationError'],
    ['createForderung', 'CreateForderungInput', (a) => ({ aktId: a.akt, art: 'HAUPTFORDERUNG', betrag: '1.00' }), 'NotFoundError'],
    ['updateForderung', 'UpdateForderungInput', (a) => ({ id: a.forderung, betrag: '1.00' }), 'NotFoundError'],
    ['deleteForderung', 'DeleteForderungInput', (a) => ({ id: a.forderung }), 'NotFoundError'],
    ['createLeistung', 'CreateLeistungInput', (a) => ({ aktId: a.akt, datum: '2026-01-01', kuerzel: 'X', verdienst: '1.00' }), 'NotFoundError'],
    ['createLeistung with a foreign Sachbearbeiter', 'CreateLeistungInput', (a, b) => ({ aktId: b.akt, datum: '2026-01-01', kuerzel: 'X', verdienst: '1.00', sachbearbeiterId: a.benutzerId }), 'ValidationError'],
    ['updateLeistung', 'UpdateLeistungInput', (a) => ({ id: a.leistung, verdienst: '1.00' }), 'NotFoundError'],
    ['deleteLeistung', 'DeleteLeistungInput', (a) => ({ id: a.leistung }), 'NotFoundError'],
    ['setAktStatus', 'SetAktStatusInput', (a) => ({ aktId: a.akt, version: 1, status: 'IN_BEARBEITUNG' }), 'NotFoundError'],
    ['createKommunikation', 'CreateKommunikationInput', (a) => ({ aktId: a.akt, kanal: 'EMAIL', richtung: 'AUSGEHEND', betreff: 'x' }), 'NotFoundError'],
    ['archiviereAkt', 'ArchiviereAktInput', (a) => ({ aktId: a.akt, version: 1 }), 'NotFoundError'],
    ['setRechtlicheSperre', 'SetRechtlicheSperreInput', (a) => ({ aktId: a.akt, rechtlicheSperreBis: '2040-01-01' }), 'NotFoundError'],
    ['setRatenvereinbarung', 'SetRatenvereinbarungInput', (a) => ({ aktId: a.akt, rate: '1.00', anzahl: 1, ersteFaelligkeit: '2026-01-01' }), 'NotFoundError'],
  ];

  it.each(attempts)('%s', async (label, inputType, input, expected) => {
    const before = await snapshotOfA();
    const mutation = label.split(' ')[0]!;
    const res = await t.data(B.key, `mutation($input: ${inputType}!) { r: ${mutation}(input: $input) { __typename ... on Error { message } } }`, {
      input: input(A, B),
    });
    expect(res.r.__typename).toBe(expected);
    expect(await snapshotOfA()).toEqual(before);
  });

  it('Mandatsanfragen of another office can be neither read nor handled', async () => {
    const a = await t.db.prisma.kanzlei.findFirstOrThrow({ where: { name: 'Alpha' } });
    const anfrage = await t.db.prisma.mandatsanfrage.create({
      data: { kanzleiId: a.id, referenz: 'MA-2026-TEST01', klientArt: 'NATUERLICHE_PERSON', klientName: 'Anna', klientEmail: 'a@b.at', gegner: [], sachgebiet: 'x', beschreibung: 'y', dokumente: [] },
    });
    const [benutzerB] = (await t.data(B.key, '{ benutzer { id } }')).benutzer;
    const d = await t.data(B.key, `query($id: ID!) { mandatsanfrage(id: $id) { id } mandatsanfragen { edges { node { id } } } }`, { id: anfrage.id });
    expect(d).toEqual({ mandatsanfrage: null, mandatsanfragen: { edges: [] } });
    const m = await t.data(B.key, `mutation($id: ID!, $b: ID!) {
      a: updateMandatsanfrage(input: { id: $id, umfang: "x" }) { __typename }
      b: assignMandatsanfrage(input: { id: $id, benutzerId: $b }) { __typename }
      c: pruefeKollision(input: { id: $id }) { __typename }
      d: annehmenMandatsanfrage(input: { id: $id }) { __typename } }`, { id: anfrage.id, b: benutzerB.id });
    expect(m).toEqual({ a: { __typename: 'NotFoundError' }, b: { __typename: 'NotFoundError' }, c: { __typename: 'NotFoundError' }, d: { __typename: 'NotFoundError' } });
    expect(await t.db.prisma.mandatsanfrage.findUniqueOrThrow({ where: { id: anfrage.id } })).toEqual(anfrage);
  });

  it('revokeApiKey of another office’s key', async () => {
    const [aKey] = (await t.data(A.key, '{ apiKeys { id } }')).apiKeys;
    const before = await snapshotOfA();
    const res = await t.data(B.key, `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }`, { id: aKey.id });
    expect(res.revokeApiKey.__typename).toBe('NotFoundError');
    expect(await snapshotOfA()).toEqual(before);
  });

  it('bank entries: another office’s are not listed, not assigned, not dismissed', async () => {
    const datei = camt053(TEST_BRIEFKOPF.iban, [{ ref: 'T-1', betrag: '10.00', text: 'ohne Bezug' }]);
    const imp = await t.data(A.key, `mutation($d: String!) { r: importiereKontoauszug(input: { format: CAMT053, datei: $d }) { ... on ImportiereKontoauszugPayload { offen { id } } } }`, { d: datei });
    const id = imp.r.offen[0].id;
    expect((await t.data(B.key, '{ offeneBuchungen(filter: { status: [OFFEN, VORSCHLAG, GEBUCHT, VERWORFEN, IGNORIERT] }) { totalCount } }')).offeneBuchungen.totalCount).toBe(0);
    const m = await t.data(B.key, `mutation($id: ID!, $akt: ID!) { a: buchungZuordnen(input: { buchungId: $id, aktId: $akt }) { __typename }
      b: buchungVerwerfen(input: { buchungId: $id, grund: "x" }) { __typename } }`, { id, akt: B.akt });
    expect(m).toEqual({ a: { __typename: 'NotFoundError' }, b: { __typename: 'NotFoundError' } });
    // B assigning its own entry to A's Akt: A's Akt is not found either.
    const eigene = await t.data(B.key, `mutation($d: String!) { r: importiereKontoauszug(input: { format: CAMT053, datei: $d }) { ... on ImportiereKontoauszugPayload { offen { id } } } }`, { d: datei });
    expect((await t.data(B.key, `mutation($id: ID!, $akt: ID!) { r: buchungZuordnen(input: { buchungId: $id, aktId: $akt }) { __typename } }`, { id: eigene.r.offen[0].id, akt: A.akt })).r.__typename).toBe('NotFoundError');
    expect((await t.data(A.key, '{ offeneBuchungen { edges { node { id status } } } }')).offeneBuchungen.edges).toEqual([{ node: { id, status: 'OFFEN' } }]);
  });

  it('office B can use the same Aktenzeichen and Kurzbezeichnung as office A', async () => {
    // Both fixtures already made Aktenzeichen 2026/0001 and Person KLIENT: uniqueness is per office.
    const d = await t.data(B.key, '{ akten { edges { node { aktenzeichen klient { kurzbezeichnung } } } } }');
    expect(d.akten.edges[0].node).toEqual({ aktenzeichen: '2026/0001', klient: { kurzbezeichnung: 'KLIENT' } });
  });
});

describe('deleting an office', () => {
  it('removes all its rows and nothing of the other office; a Person in use cannot be deleted alone', async () => {
    const beforeB = await t.data(B.key, '{ akten { totalCount } personen { totalCount } }').catch(() => null);
    await expect(t.db.prisma.person.delete({ where: { id: A.klient } })).rejects.toThrow();
    const a = await t.db.prisma.kanzlei.findFirstOrThrow({ where: { name: 'Alpha' } });
    // Akten first: a Person named by an Akt is protected (RESTRICT), also against the cascade.
    await t.db.prisma.$transaction([t.db.prisma.akt.deleteMany({ where: { kanzleiId: a.id } }), t.db.prisma.kanzlei.delete({ where: { id: a.id } })]);
    for (const model of ['person', 'akt', 'forderung', 'leistung', 'benutzer', 'tarif', 'ratgTabelle'] as const) {
      expect(await (t.db.prisma[model] as any).count({ where: { kanzleiId: a.id } })).toBe(0);
    }
    expect((await t.gql(A.key, '{ me { kuerzel } }')).status).toBe(401);
    expect(await t.data(B.key, '{ akten { totalCount } personen { totalCount } }').catch(() => null)).toEqual(beforeB);
  });
});
