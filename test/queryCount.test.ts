// The dashboard query must not grow SQL round trips with the number of rows (no N+1).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe('dashboard query', () => {
  it('akten(first: 50) runs the same statements as akten(first: 5)', async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(small.rows).toBe(5);
    expect(large.rows).toBe(50);
    // 2 for the API key (key + user), then one per level: Akt, Klient, Gegner (join table),
    // their Persons, zuständiger Benutzer, Forderungen, Leistungen, their Sachbearbeiter,
    // the Ratenvereinbarung (for mahnkosten); and the office's tariff data once: RATG tables,
    // postage, tariffs and their postings.
    expect(small.count).toBe(15);
    expect(large.count).toBe(small.count);
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
