// The dashboard query must not grow SQL round trips with the number of rows (no N+1).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ASSIGN, CREATE_FORDERUNG, neueForderung } from '../bench/setup.js';
import { createApp } from '../server/app.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;

const DASHBOARD = `query($first: Int!) {
  akten(first: $first) {
    edges { node {
      id aktenzeichen bezeichnung status bemessungsgrundlage version
      klient { id name plz ort }
      gegner { id name }
      zustaendig { kuerzel }
      forderungen { id art betrag faelligAm }
      leistungen { id datum kuerzel verdienst ust sachbearbeiter { kuerzel } }
      mahnkosten(tarif: "MAK", datum: "2026-11-26") { brutto }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** 60 Akten, each with a Klient, 2 Gegner, 3 Forderungen and 2 Leistungen, written directly. */
async function seed(n: number) {
  const prisma = t.db.prisma;
  const kanzlei = await prisma.kanzlei.findFirstOrThrow();
  const benutzer = await prisma.benutzer.findFirstOrThrow();
  for (let i = 0; i < n; i++) {
    const personen = await Promise.all(
      [0, 1, 2].map((j) => prisma.person.create({ data: { kanzleiId: kanzlei.id, kurzbezeichnung: `P${i}-${j}`, name: `Person ${i}-${j}` } })),
    );
    await prisma.akt.create({
      data: {
        kanzleiId: kanzlei.id,
        aktenzeichen: `2026/${String(i).padStart(4, '0')}`,
        bezeichnung: `Akt ${i}`,
        klientId: personen[0]!.id,
        zustaendigId: benutzer.id,
        gegner: { create: [{ position: 1, personId: personen[1]!.id }, { position: 2, personId: personen[2]!.id }] },
        forderungen: { create: [1, 2, 3].map((k) => ({ kanzleiId: kanzlei.id, art: 'HAUPTFORDERUNG' as const, betrag: `${k}00.00` })) },
        leistungen: {
          create: [1, 2].map((k) => ({
            kanzleiId: kanzlei.id, datum: new Date('2026-01-01'), kuerzel: 'MES', verdienst: '33.80', einheitssatz: '0',
            barauslagenUstPflichtig: '0', barauslagenUstFrei: '0', barauslagenDurchlaufer: '0', ust: '6.76', sachbearbeiterId: k === 1 ? benutzer.id : null,
          })),
        },
      },
    });
  }
}

async function statementsFor(first: number) {
  t.db.statements.reset();
  const d = await t.data(key, DASHBOARD, { first });
  return { count: t.db.statements.count, statements: [...t.db.statements.statements], rows: d.akten.edges.length, data: d };
}

beforeEach(async () => {
  t = await testServer();
  key = await t.key('Alpha', 'AL');
  await seed(60);
});
afterEach(() => t.close());

describe('akten { titel { forderungen } }', () => {
  const TITEL = `query($first: Int!) { akten(first: $first) { edges { node { id
    titel { id zugesprochen weiteresVorbringen gericht { kurzbezeichnung } forderungen { id betrag } }
    exekutionsantrag(stichtag: "2026-12-31") { gesamt titel { kosten } } } } } }`;

  it('runs the same statements for 5 and for 50 Akten', async () => {
    const prisma = t.db.prisma;
    const gericht = await prisma.gericht.findFirstOrThrow({ where: { kurzbezeichnung: 'BGHS WIEN', kanzleiId: null } });
    for (const a of await prisma.akt.findMany({ select: { id: true, kanzleiId: true } })) {
      const titel = await prisma.titel.create({
        data: {
          kanzleiId: a.kanzleiId, aktId: a.id, datum: new Date('2026-03-02'), beschlussart: 'ZAHLUNGSBEFEHL', gerichtId: gericht.id, zinsen54a: true,
          vollstreckbarAm: new Date('2026-04-01'), barauslagenDurchlaufer: '0', barauslagenUstFrei: '0', barauslagenUstPflichtig: '0',
          barauslagenKlient: '0', verdienst: '100', einheitssatz: '60', ust: '32', memo: '#WV:x#',
        },
      });
      await prisma.forderung.updateMany({ where: { aktId: a.id }, data: { titelId: titel.id } });
    }
    const count = async (first: number) => {
      t.db.statements.reset();
      const d = await t.data(key, TITEL, { first });
      expect(d.akten.edges).toHaveLength(first);
      for (const { node } of d.akten.edges) {
        expect(node.titel).toHaveLength(1);
        expect(node.titel[0].forderungen).toHaveLength(3);
        expect(node.titel[0].zugesprochen).toBe('192.00');
        // 600.00 capital + 192.00 costs + 192.00 × 4 % × 304 / 365 = 6.40 (6.3956)
        expect(node.exekutionsantrag.gesamt).toBe('798.40');
      }
      return t.db.statements.count;
    };
    const small = await count(5);
    expect(await count(50)).toBe(small);
    // key (1), Akt, Titel, Gericht, Forderungen of the Titel, Forderungen without Titel: the
    // exekutionsantrag's loads share the arguments of Akt.titel and are merged into them.
    expect(small).toBe(6);
  });
});

describe('the benchmark’s writes (bench/setup.ts)', () => {
  // The pg adapter sends its COMMIT as a statement the counter sees, the PGlite adapter not.
  const gesendet = () => t.db.statements.statements.filter((sql) => sql.trim() !== 'COMMIT').length;

  it('createForderung and assignForderungenToTitel send 3 statements each (and the COMMIT)', async () => {
    const akt = (await t.data(key, '{ akten(first: 1) { edges { node { id } } } }')).akten.edges[0].node.id;
    const titel = (await t.data(key, `mutation($i: CreateTitelInput!) { r: createTitel(input: $i) { ... on CreateTitelPayload { titel { id } } } }`, {
      i: { aktId: akt, datum: '2026-03-02', beschlussart: 'ZAHLUNGSBEFEHL', gericht: 'BGHS WIEN', vollstreckbarAm: '2026-04-01', geschaeftszahl: '1 C 7/26' },
    })).r.titel.id;
    const andere = (await t.data(key, `mutation($i: CreateTitelInput!) { r: createTitel(input: $i) { ... on CreateTitelPayload { titel { id } } } }`, {
      i: { aktId: akt, datum: '2026-05-04', beschlussart: 'ZAHLUNGSBEFEHL', gericht: 'BGHS WIEN', vollstreckbarAm: '2026-06-01' },
    })).r.titel.id;

    t.db.statements.reset();
    const neu = (await t.data(key, CREATE_FORDERUNG, { input: neueForderung(akt, 7) })).createForderung;
    // The key (with the rate limit), the Akt's lock with the audit actor, the INSERT that finds the
    // Akt's first Titel (the earlier one) and returns the row the payload shows.
    expect(gesendet()).toBe(3);
    expect(neu).toMatchObject({ __typename: 'CreateForderungPayload', forderung: { betrag: '107.07', titel: { id: titel } } });
    expect(neu.hinweis).toContain('(ZAHLUNGSBEFEHL vom 2026-03-02, 1 C 7/26)');

    t.db.statements.reset();
    const zu = (await t.data(key, ASSIGN, { input: { titelId: andere, forderungIds: [neu.forderung.id] } })).assignForderungenToTitel;
    // The key, the lock with the actor, the UPDATE that also checks the Forderungen; the payload
    // asks for the Titel's id alone, which the server knows.
    expect(gesendet()).toBe(3);
    expect(zu).toEqual({ __typename: 'AssignForderungenToTitelPayload', titel: { id: andere } });
    const f = await t.db.prisma.forderung.findUniqueOrThrow({ where: { id: neu.forderung.id } });
    expect(f.titelId).toBe(andere);

    // More than the id, and the payload is loaded (one statement, with the relation).
    t.db.statements.reset();
    const mehr = (await t.data(key, `mutation($input: AssignForderungenToTitelInput!) { assignForderungenToTitel(input: $input) {
      ... on AssignForderungenToTitelPayload { titel { id geschaeftszahl forderungen { id betrag } } } } }`,
    { input: { titelId: titel, forderungIds: [neu.forderung.id] } })).assignForderungenToTitel;
    expect(gesendet()).toBe(4);
    expect(mehr).toEqual({ titel: { id: titel, geschaeftszahl: '1 C 7/26', forderungen: expect.arrayContaining([{ id: neu.forderung.id, betrag: '107.07' }]) } });

    // A delete's payload: the Akt's id alone costs no statement, its aktenzeichen one.
    const loesche = async (auswahl: string) => {
      const f = (await t.data(key, CREATE_FORDERUNG, { input: neueForderung(akt, 8) })).createForderung.forderung.id;
      t.db.statements.reset();
      const r = (await t.data(key, `mutation($input: DeleteForderungInput!) { deleteForderung(input: $input) {
        ... on DeleteForderungPayload { deletedId akt { ${auswahl} } } } }`, { input: { id: f } })).deleteForderung;
      expect(r.deletedId).toBe(f);
      expect(await t.db.prisma.forderung.count({ where: { id: f } })).toBe(0);
      return { akt: r.akt, statements: gesendet() };
    };
    const nurId = await loesche('id');
    const mitAktenzeichen = await loesche('id aktenzeichen');
    expect(nurId.akt).toEqual({ id: akt });
    expect(mitAktenzeichen.akt).toEqual({ id: akt, aktenzeichen: expect.any(String) });
    expect(mitAktenzeichen.statements).toBe(nurId.statements + 1);
  });

  it('createForderung’s payload from the INSERT equals the Forderung read back', async () => {
    const akt = (await t.data(key, '{ akten(first: 1) { edges { node { id } } } }')).akten.edges[0].node.id;
    const felder = 'id art bezeichnung betrag faelligAm zinssatz zinsenAb titel { id }';
    const eingaben = [
      { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '100.5', bezeichnung: ' Rechnung 7 ', faelligAm: '2026-02-28', zinssatz: '4', zinsenAb: '2026-03-01' },
      { aktId: akt, art: 'NEBENFORDERUNG', betrag: '40' },
    ];
    for (const input of eingaben) {
      t.db.statements.reset();
      const r = (await t.data(key, `mutation($input: CreateForderungInput!) { createForderung(input: $input) {
        ... on CreateForderungPayload { forderung { ${felder} } } } }`, { input })).createForderung;
      expect(gesendet()).toBe(3);
      const gelesen = (await t.data(key, `query($id: ID!) { akt(id: $id) { forderungen { ${felder} } } }`, { id: akt })).akt.forderungen;
      expect(gelesen).toContainEqual(r.forderung);
    }
    // Written by hand: the amounts as the Decimal scalar prints them (cents at least), the dates as given.
    const [erste] = eingaben;
    const r = (await t.data(key, `query($id: ID!) { akt(id: $id) { forderungen { betrag zinssatz faelligAm zinsenAb bezeichnung } } }`, { id: akt })).akt;
    expect(r.forderungen).toContainEqual({ betrag: '100.50', zinssatz: '4.00', faelligAm: erste!.faelligAm, zinsenAb: erste!.zinsenAb, bezeichnung: expect.stringContaining('Rechnung 7') });
  });
});

describe('dashboard query', () => {
  it('akten(first: 50) runs the same statements as akten(first: 5)', async () => {
    // The office's tariff data is cached between requests (test/tarifdatenCache.test.ts): the
    // first request loads it, as every request did before (4 statements).
    const first = await statementsFor(5);
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(small.rows).toBe(5);
    expect(large.rows).toBe(50);
    // 1 for the API key (with its user and the office's tariff Stand), 1 that picks the page's ids
    // and loads those Akten with all below them: Klient, Gegner, zuständiger Benutzer, Forderungen,
    // Leistungen with their Sachbearbeiter, the Ratenvereinbarung (server/db/singleStatementLoad.ts).
    expect(small.count).toBe(2);
    expect(first.count).toBe(2 + 4);
    expect(large.count).toBe(small.count);
  });

  it('as plugin-prisma plans it (single-statement reads off), too', async () => {
    const app = createApp({ prisma: t.db.prisma, singleStatementReads: false });
    const count = async (first: number) => {
      t.db.statements.reset();
      const res = await app.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: DASHBOARD, variables: { first } }),
      });
      const body = await res.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.akten.edges).toHaveLength(first);
      return t.db.statements.count;
    };
    await count(5); // loads the tariff data
    const small = await count(5);
    expect(await count(50)).toBe(small);
    // The key, then one per level: Akt, Klient, Gegner (join table), their Persons, zuständiger
    // Benutzer, Forderungen, Leistungen, their Sachbearbeiter, the Ratenvereinbarung.
    expect(small).toBe(10);
  });

  it('returns complete nested data for every row', async () => {
    const { data } = await statementsFor(50);
    for (const { node } of data.akten.edges) {
      expect(node.gegner).toHaveLength(2);
      // created in one statement: same angelegtAm, so compare as a set
      expect(node.forderungen.map((f: any) => f.betrag).sort()).toEqual(['100.00', '200.00', '300.00']);
      expect(node.leistungen).toHaveLength(2);
      expect(node.zustaendig).toEqual({ kuerzel: 'AL' });
      // MAK at 600.00 (100 + 200 + 300) with 2 Gegner: TP6 15.00, TP6 + 50 % 22.50, TP8 35.10 = 72.60;
      // SG 10 % 7.26; + 4.30 = 84.16; USt 16.83 (16.832); 100.99 → 101.00
      expect(node.mahnkosten).toEqual({ brutto: '101.00' });
    }
  });
});

describe('mandatsanfragen { zuweisungsvorschlag }', () => {
  it('ranks the lawyers for 2 and for 20 requests with the same statements', async () => {
    const prisma = t.db.prisma;
    const kanzlei = await prisma.kanzlei.findFirstOrThrow();
    await prisma.benutzer.updateMany({ where: { kanzleiId: kanzlei.id }, data: { sachgebiete: ['Inkasso'] } });
    await t.key('Alpha', 'MM', 'ANWALT');
    for (let i = 0; i < 20; i++) {
      await prisma.mandatsanfrage.create({
        data: {
          kanzleiId: kanzlei.id, referenz: `MA-2026-${String(i).padStart(6, '0')}`, klientArt: 'NATUERLICHE_PERSON', klientName: `Klient ${i}`,
          klientEmail: `k${i}@example.at`, gegner: [], dokumente: [], sachgebiet: i % 2 ? 'Inkasso' : 'Familienrecht', beschreibung: 'Eine Anfrage zum Zählen.',
        },
      });
    }
    const q = `query($first: Int!) { mandatsanfragen(first: $first) { edges { node { sachgebiet zuweisungsvorschlag { benutzer { kuerzel } sachgebietPasst offeneAkten } } } } }`;
    const count = async (first: number) => {
      t.db.statements.reset();
      const d = await t.data(key, q, { first });
      expect(d.mandatsanfragen.edges).toHaveLength(first);
      for (const { node } of d.mandatsanfragen.edges) {
        // AL has Inkasso and the 60 open Akten of the seed; MM nothing and none.
        expect(node.zuweisungsvorschlag).toEqual(node.sachgebiet === 'Inkasso'
          ? [{ benutzer: { kuerzel: 'AL' }, sachgebietPasst: true, offeneAkten: 60 }, { benutzer: { kuerzel: 'MM' }, sachgebietPasst: false, offeneAkten: 0 }]
          : [{ benutzer: { kuerzel: 'MM' }, sachgebietPasst: false, offeneAkten: 0 }, { benutzer: { kuerzel: 'AL' }, sachgebietPasst: false, offeneAkten: 60 }]);
      }
      return t.db.statements.count;
    };
    const small = await count(2);
    expect(await count(20)).toBe(small);
  });
});
