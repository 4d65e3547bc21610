// The API follows its own conventions (README "Conventions"): every list is a connection with
// totalCount, counted in one statement; every payload holds the object under its own name.
import { buildSchema, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaText } from '../schema/print.js';
import { testServer, type TestServer } from './support/testServer.js';

describe('the schema', () => {
  const schema = buildSchema(schemaText());
  const types = Object.values(schema.getTypeMap()).filter(isObjectType);

  it('gives every connection a totalCount: Int!', () => {
    const connections = types.filter((t) => t.name.endsWith('Connection'));
    expect(connections.map((t) => t.name)).toEqual(expect.arrayContaining(['QueryMandatsanfragenConnection', 'QueryAuditLogConnection', 'AktKommunikationConnection', 'AktMandantenUpdatesConnection']));
    const ohne = connections.filter((t) => String(t.getFields().totalCount?.type) !== 'Int!').map((t) => t.name);
    expect(ohne).toEqual([]);
  });

  it('StornoHonorarnotePayload holds the Honorarnote it created as `honorarnote`', () => {
    const fields = (schema.getType('StornoHonorarnotePayload') as GraphQLObjectType).getFields();
    expect(Object.keys(fields)).toEqual(['honorarnote']);
    expect(String(fields.honorarnote!.type)).toBe('Honorarnote!');
  });
});

describe('totalCount', () => {
  let t: TestServer;
  let admin: string;
  let sekretariat: string;
  let aktIds: string[] = [];

  beforeEach(async () => {
    t = await testServer();
    admin = await t.key('Alpha', 'AL');
    sekretariat = await t.key('Alpha', 'SB', 'SACHBEARBEITER');
    const prisma = t.db.prisma;
    const kanzlei = await prisma.kanzlei.findFirstOrThrow({ where: { name: 'Alpha' } });
    // 3 Akten with 0, 2 and 3 Kommunikationen, of which 0, 1 and 3 meant for the client.
    const plan = [[], [true, false], [true, true, true]];
    aktIds = [];
    for (const [i, eintraege] of plan.entries()) {
      const klient = await prisma.person.create({ data: { kanzleiId: kanzlei.id, kurzbezeichnung: `K${i}`, name: `Klient ${i}` } });
      const akt = await prisma.akt.create({
        data: {
          kanzleiId: kanzlei.id, aktenzeichen: `2026/000${i}`, bezeichnung: `Akt ${i}`, klientId: klient.id,
          kommunikation: { create: eintraege.map((fuerMandant, j) => ({ kanzleiId: kanzlei.id, kanal: 'EMAIL' as const, richtung: 'AUSGEHEND' as const, am: new Date(`2026-03-0${j + 1}T10:00:00Z`), betreff: `B${j}`, fuerMandant })) },
        },
      });
      aktIds.push(akt.id);
    }
    // 4 Mandatsanfragen: 3 EINGEGANGEN, 1 ABGELEHNT.
    for (const [i, status] of (['EINGEGANGEN', 'EINGEGANGEN', 'ABGELEHNT', 'EINGEGANGEN'] as const).entries()) {
      await prisma.mandatsanfrage.create({
        data: {
          kanzleiId: kanzlei.id, referenz: `MA-2026-TEST0${i}`, status, klientArt: 'NATUERLICHE_PERSON', klientName: `Anfrage ${i}`,
          klientEmail: `a${i}@example.at`, gegner: [], sachgebiet: 'Zivilrecht', beschreibung: 'x', dokumente: [],
        },
      });
    }
  });
  afterEach(() => t.close());

  it('mandatsanfragen counts all of the office’s requests that match the filter, not only the page', async () => {
    const d = await t.data(admin, `{ alle: mandatsanfragen(first: 1) { totalCount edges { cursor } }
      offen: mandatsanfragen(filter: { status: [EINGEGANGEN] }) { totalCount }
      abgelehnt: mandatsanfragen(filter: { status: [ABGELEHNT] }) { totalCount } }`);
    expect(d.alle.edges).toHaveLength(1);
    expect(d.alle.totalCount).toBe(4);
    expect(d.offen.totalCount).toBe(3);
    expect(d.abgelehnt.totalCount).toBe(1);
    // Another office sees none of them.
    const beta = await t.key('Beta', 'BE');
    expect((await t.data(beta, '{ mandatsanfragen { totalCount } }')).mandatsanfragen.totalCount).toBe(0);
  });

  it('auditLog counts the filtered trail, and only for an ADMIN (also when totalCount is asked for alone)', async () => {
    // The rows written above: 5 Kommunikationen inserted.
    const d = await t.data(admin, '{ auditLog(first: 2, filter: { entity: "Kommunikation", action: CREATE }) { totalCount edges { cursor } } }');
    expect(d.auditLog.edges).toHaveLength(2);
    expect(d.auditLog.totalCount).toBe(5);
    const res = await t.gql(sekretariat, '{ auditLog { totalCount } }');
    expect(res.body.data?.auditLog ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('Akt.kommunikation and Akt.mandantenUpdates count per Akt, in one statement for all Akten', async () => {
    const query = `{ akten(first: 10) { edges { node { aktenzeichen
      kommunikation(first: 1) { totalCount edges { cursor } } mandantenUpdates(first: 1) { totalCount } } } } }`;
    t.db.statements.reset();
    const d = await t.data(admin, query);
    const zaehlung = Object.fromEntries(d.akten.edges.map((e: any) => [e.node.aktenzeichen, [e.node.kommunikation.totalCount, e.node.mandantenUpdates.totalCount]]));
    expect(zaehlung).toEqual({ '2026/0000': [0, 0], '2026/0001': [2, 1], '2026/0002': [3, 3] });
    // Not one count per Akt: the statements do not grow with the Akten (3 here; key lookup, Akten).
    const mitDrei = t.db.statements.count;
    const prisma = t.db.prisma;
    const akt = await prisma.akt.findUniqueOrThrow({ where: { id: aktIds[2]! } });
    for (let i = 3; i < 9; i++) {
      await prisma.akt.create({ data: { kanzleiId: akt.kanzleiId, aktenzeichen: `2026/000${i}`, bezeichnung: `Akt ${i}`, klientId: akt.klientId, kommunikation: { create: [{ kanzleiId: akt.kanzleiId, kanal: 'BRIEF', richtung: 'EINGEHEND', am: new Date('2026-04-01T08:00:00Z'), betreff: 'x' }] } } });
    }
    t.db.statements.reset();
    const mehr = await t.data(admin, query);
    expect(mehr.akten.edges).toHaveLength(9);
    expect(t.db.statements.count).toBe(mitDrei);
    const akt8 = mehr.akten.edges.find((e: any) => e.node.aktenzeichen === '2026/0008').node;
    expect([akt8.kommunikation.totalCount, akt8.mandantenUpdates.totalCount]).toEqual([1, 0]);
  });
});
