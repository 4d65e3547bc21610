// Safe failure: a mutation that writes several rows lands whole or not at all. A fault is injected
// into each statement of the mutation in turn (test/support/faultInjection.ts), once before the
// statement is sent and once after it ran; every time, every table must hold exactly the rows it
// held before, and the client gets a clear error. Without the fault the same mutation succeeds
// and changes the data, so the comparison would have seen a half-written state.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '../server/generated/prisma/client.js';
import { createForderung, createLeistung, createPerson, officeWithAkt } from './support/fixtures.js';
import { FaultInjector, faultyAdapter } from './support/faultInjection.js';
import { testServer, type GqlResponse, type TestServer } from './support/testServer.js';

let t: TestServer;
const faults = new FaultInjector();
let logged: unknown[];

beforeEach(async () => {
  t = await testServer({}, { wrapAdapter: (adapter) => faultyAdapter(adapter, faults) });
  // Yoga logs every unexpected error in full on the server: keep them, do not print them.
  logged = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => void logged.push(...args));
});
afterEach(async () => {
  faults.disarm();
  vi.restoreAllMocks();
  await t.close();
});

/**
 * Every row of every table (the audit trail, counters and join tables included), as sorted JSON;
 * but RateLimitCounter: it counts requests (a failed one was still sent), and holds no data.
 */
async function snapshot(prisma: PrismaClient): Promise<Record<string, string[]>> {
  snapshotSql ??= await snapshotQuery(prisma);
  const rows: Record<string, string[]> = Object.fromEntries(snapshotTables!.map((name) => [name, []]));
  for (const x of await prisma.$queryRawUnsafe<{ t: string; row: string }[]>(snapshotSql)) rows[x.t]!.push(x.row);
  for (const name of snapshotTables!) rows[name]!.sort();
  return rows;
}

// The tables are the same for every database of the run (each is a copy of the migrated template):
// one statement reads them all, where one per table (36) made each snapshot 36 round trips.
let snapshotSql: string | undefined;
let snapshotTables: string[] | undefined;
async function snapshotQuery(prisma: PrismaClient): Promise<string> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'RateLimitCounter' ORDER BY 1`;
  snapshotTables = tables.map((x) => x.name);
  return snapshotTables.map((name) => `SELECT '${name}' AS t, row_to_json(x)::text AS row FROM "public"."${name}" x`).join('\nUNION ALL\n');
}

/**
 * The table a write statement changes (Prisma names the schema; the raw counter query does not),
 * also in a WITH (createForderung's INSERT); not the rate-limit counter, which the snapshot leaves out.
 */
const writtenTable = (sql: string) => {
  const table = /^\s*(?:WITH\b[\s\S]*?\b)?(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?:"public"\.)?"(\w+)"/i.exec(sql)?.[1] ?? null;
  return table === 'RateLimitCounter' ? null : table;
};

/**
 * Runs `mutation` with a fault at its 1st, 2nd, … statement (before and after it), until it has
 * fewer statements than that and succeeds. Returns the tables the mutation wrote to.
 */
async function allOrNothing(mutation: () => Promise<GqlResponse>, payload: string): Promise<string[]> {
  const before = await snapshot(t.db.prisma);
  const written = new Set<string>();
  for (let at = 1; at < 200; at++) {
    for (const when of ['before', 'after'] as const) {
      logged.length = 0;
      faults.arm({ at, when });
      const res = await mutation();
      const hit = faults.disarm();
      if (hit === null) {
        // The mutation has fewer than `at` statements: it ran to its end and committed.
        expect(when).toBe('before');
        expect(res.body.errors).toBeUndefined();
        expect(Object.values(res.body.data!)[0]).toMatchObject({ __typename: payload });
        expect(await snapshot(t.db.prisma), 'the successful run changes the data').not.toEqual(before);
        return [...written].sort();
      }
      if (when === 'after' && writtenTable(hit)) written.add(writtenTable(hit)!);
      // A clear error for the client (no SQL, no stack), the full error in the server's log.
      expect(res.status).toBe(200);
      expect(res.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Unerwarteter Fehler.', 'INTERNAL_SERVER_ERROR']]);
      expect(JSON.stringify(res.body)).not.toMatch(/injected|SELECT|INSERT|UPDATE/);
      expect(logged.map(String).join('\n')).toContain('injected fault');
      expect(await snapshot(t.db.prisma), `fault ${when} statement ${at}: ${hit}`).toEqual(before);
    }
  }
  throw new Error('the mutation did not finish within 200 statements');
}

const mutate = (key: string, field: string, inputType: string, input: Record<string, unknown>) => () =>
  t.gql(key, `mutation($i: ${inputType}!) { r: ${field}(input: $i) { __typename ... on Error { message } } }`, { i: input });

describe('every multi-row mutation is all or nothing, wherever it fails', () => {
  it('createAkt: the Akt, its Gegner and its first Verlauf entry', async () => {
    const o = await officeWithAkt(t, 'Alpha', 'AL');
    const g3 = await createPerson(t, o.key, { kurzbezeichnung: 'G3', name: 'Gegner Drei' });
    const tables = await allOrNothing(mutate(o.key, 'createAkt', 'CreateAktInput', { aktenzeichen: '2026/0002', bezeichnung: 'Neu', klientId: o.klient, gegnerIds: [o.g1, o.g2, g3] }), 'CreateAktPayload');
    expect(tables).toEqual(expect.arrayContaining(['Akt', 'AktGegner', 'AktStatusAenderung']));
  });

  it('setGegner: version bump, old Gegner deleted, new ones inserted', async () => {
    const o = await officeWithAkt(t, 'Alpha', 'AL');
    const g3 = await createPerson(t, o.key, { kurzbezeichnung: 'G3', name: 'Gegner Drei' });
    const tables = await allOrNothing(mutate(o.key, 'setGegner', 'SetGegnerInput', { aktId: o.akt, personIds: [g3, o.g2, o.g1] }), 'SetGegnerPayload');
    expect(tables).toEqual(['Akt', 'AktGegner']);
  });

  it('setAktStatus and archiviereAkt: the Akt and its Verlauf', async () => {
    const o = await officeWithAkt(t, 'Alpha', 'AL');
    expect(await allOrNothing(mutate(o.key, 'setAktStatus', 'SetAktStatusInput', { aktId: o.akt, version: 1, status: 'ABGESCHLOSSEN' }), 'SetAktStatusPayload'))
      .toEqual(['Akt', 'AktStatusAenderung']);
    expect(await allOrNothing(mutate(o.key, 'archiviereAkt', 'ArchiviereAktInput', { aktId: o.akt, version: 2 }), 'ArchiviereAktPayload'))
      .toEqual(['Akt', 'AktStatusAenderung']);
  });

  it('createTitel: the Titel and the Forderungen it takes over', async () => {
    const o = await officeWithAkt(t, 'Alpha', 'AL');
    await createForderung(t, o.key, { aktId: o.akt, art: 'HAUPTFORDERUNG', betrag: '250.00' });
    const tables = await allOrNothing(
      mutate(o.key, 'createTitel', 'CreateTitelInput', { aktId: o.akt, datum: '2026-03-01', beschlussart: 'ZAHLUNGSBEFEHL', gericht: 'BG LINZ', vollstreckbarAm: '2026-04-01', verdienst: '100.00' }),
      'CreateTitelPayload',
    );
    expect(tables).toEqual(['Forderung', 'Titel']);
  });

  it('createTitelFromLeistung and assignForderungenToTitel', async () => {
    const o = await officeWithAkt(t, 'Alpha', 'AL');
    expect(await allOrNothing(mutate(o.key, 'createTitelFromLeistung', 'CreateTitelFromLeistungInput', { leistungId: o.leistung, datum: '2026-02-01', beschlussart: 'KOSTENTITEL', gericht: 'BG LINZ' }), 'CreateTitelFromLeistungPayload'))
      .toEqual(['Forderung', 'Titel']);
    const zweiter = (await t.data(o.key, `mutation($a: ID!) { r: createTitel(input: { aktId: $a, datum: "2026-05-01", beschlussart: KOSTENTITEL, gericht: "BG LINZ" }) { ... on CreateTitelPayload { titel { id } } } }`, { a: o.akt })).r.titel.id;
    const f2 = await createForderung(t, o.key, { aktId: o.akt, art: 'HAUPTFORDERUNG', betrag: '250.00' });
    expect(await allOrNothing(mutate(o.key, 'assignForderungenToTitel', 'AssignForderungenToTitelInput', { titelId: zweiter, forderungIds: [o.forderung, f2] }), 'AssignForderungenToTitelPayload'))
      .toEqual(['Forderung']);
  });

  it('createForderung on the driver adapter’s transaction, and with a webhook again on Prisma’s: the Forderung, its audit row, its event', async () => {
    const o = await officeWithAkt(t, 'Alpha', 'AL');
    const neue = (betrag: string) => mutate(o.key, 'createForderung', 'CreateForderungInput', { aktId: o.akt, art: 'HAUPTFORDERUNG', betrag });
    expect(await allOrNothing(neue('12.00'), 'CreateForderungPayload')).toEqual(['Forderung']);
    // With a webhook the first attempt (lock, INSERT) is rolled back and the write runs again on
    // Prisma's transaction (server/services/db.ts): a fault anywhere in either leaves nothing.
    const { id: kanzleiId } = await t.db.prisma.kanzlei.findUniqueOrThrow({ where: { name: 'Alpha' } });
    await t.db.prisma.webhook.create({ data: { kanzleiId, url: 'https://partner.example/hook', ereignisse: ['forderung.angelegt'], secret: 'whsec_dGVzdA==', status: 'PAUSIERT' } });
    expect(await allOrNothing(neue('34.00'), 'CreateForderungPayload')).toEqual(['Forderung', 'WebhookEreignis']);
  });

  it('erstelleHonorarnote and stornoHonorarnote: number counter, note, lines, Leistungen', async () => {
    const o = await officeWithAkt(t, 'Alpha', 'AL');
    await createLeistung(t, o.key, { aktId: o.akt, datum: '2026-01-20', kuerzel: 'X', verdienst: '100.00', barauslagenDurchlaufer: '50.00' });
    expect(await allOrNothing(mutate(o.key, 'erstelleHonorarnote', 'ErstelleHonorarnoteInput', { aktId: o.akt, datum: '2026-11-26' }), 'ErstelleHonorarnotePayload'))
      .toEqual(['Honorarnote', 'HonorarnotePosition', 'Leistung', 'Nummernkreis']);
    const note = (await t.data(o.key, `query($a: ID!) { akt(id: $a) { honorarnoten { id nummer } } }`, { a: o.akt })).akt.honorarnoten;
    expect(note.map((n: { nummer: string }) => n.nummer)).toEqual(['2026-0001']); // no number was used up by the failed runs
    expect(await allOrNothing(mutate(o.key, 'stornoHonorarnote', 'StornoHonorarnoteInput', { id: note[0].id, grund: 'Test' }), 'StornoHonorarnotePayload'))
      .toEqual(expect.arrayContaining(['Honorarnote', 'HonorarnotePosition', 'Leistung', 'Nummernkreis']));
  });

  it('erfasseZahlung: even a single INSERT that ran is rolled back when the mutation fails after it', async () => {
    const o = await officeWithAkt(t, 'Alpha', 'AL');
    expect(await allOrNothing(mutate(o.key, 'erfasseZahlung', 'ErfasseZahlungInput', { aktId: o.akt, betrag: '100.00', datum: '2026-03-01' }), 'ErfasseZahlungPayload'))
      .toEqual(['Zahlung']);
  });

  it('annehmenMandatsanfrage: Klient and Gegner as Persons, the Akt with Gegner and Verlauf, the request', async () => {
    const key = await t.key('Alpha', 'AL');
    const intake = (await t.data(key, 'mutation { rotateIntakeToken { ... on RotateIntakeTokenPayload { token } } }')).rotateIntakeToken.token;
    const submitted = await t.gql(intake, `mutation($i: SubmitMandatsanfrageInput!) { r: submitMandatsanfrage(input: $i) { __typename } }`, {
      i: { klient: { name: 'Jürgen Müller', email: 'j.mueller@example.at', plz: '1100' }, gegner: [{ name: 'Bautechnik Huber GmbH', art: 'UNTERNEHMEN' }, { name: 'Maria Huber' }],
        sachgebiet: 'Inkasso', beschreibung: 'Offene Werklohnforderung, trotz Mahnung nicht bezahlt.', streitwert: '12345.67' },
    });
    expect(submitted.body.data.r.__typename).toBe('SubmitMandatsanfragePayload');
    const id = (await t.data(key, '{ mandatsanfragen { edges { node { id } } } }')).mandatsanfragen.edges[0].node.id;
    await t.data(key, `mutation($id: ID!) { pruefeKollision(input: { id: $id }) { __typename } }`, { id });
    expect(await allOrNothing(mutate(key, 'annehmenMandatsanfrage', 'AnnehmenMandatsanfrageInput', { id }), 'AnnehmenMandatsanfragePayload'))
      .toEqual(['Akt', 'AktGegner', 'AktStatusAenderung', 'Mandatsanfrage', 'Person']);
  });

  it('copyTarif and updateTarif: the Tarif and its ordered postings', async () => {
    const key = await t.key('Alpha', 'AL');
    expect(await allOrNothing(mutate(key, 'copyTarif', 'CopyTarifInput', { code: 'MAK', neuerCode: 'MAKX' }), 'CopyTarifPayload'))
      .toEqual(['Tarif', 'TarifPosition']);
    expect(await allOrNothing(mutate(key, 'updateTarif', 'UpdateTarifInput', { code: 'MAKX', name: 'Eigener', positionen: [{ tarifpost: 'TP5', anzahl: 2 }, { tarifpost: 'TP6' }] }), 'UpdateTarifPayload'))
      .toEqual(['Tarif', 'TarifPosition']);
  });

  it('loescheAbgelaufeneAkten: deletes the Akt with all it holds and anonymises its Persons', async () => {
    const o = await officeWithAkt(t, 'Alpha', 'AL');
    await t.data(o.key, `mutation($a: ID!) { r: setAktStatus(input: { aktId: $a, version: 1, status: ABGESCHLOSSEN }) { __typename } }`, { a: o.akt });
    await t.data(o.key, `mutation($a: ID!) { r: archiviereAkt(input: { aktId: $a, version: 2 }) { __typename } }`, { a: o.akt });
    // Its deadline has passed (a Stichtag after today is refused).
    await t.db.prisma.akt.update({ where: { id: o.akt }, data: { aufbewahrenBis: new Date('2020-01-01') } });
    expect(await allOrNothing(mutate(o.key, 'loescheAbgelaufeneAkten', 'LoescheAbgelaufeneAktenInput', {}), 'LoescheAbgelaufeneAktenPayload'))
      .toEqual(expect.arrayContaining(['Akt', 'Person']));
    expect(await t.db.prisma.akt.count()).toBe(0);
  });
});

describe('a fault named by its SQL', () => {
  it('setGegner failing on the INSERT of the new Gegner keeps the old ones and the version', async () => {
    const o = await officeWithAkt(t, 'Alpha', 'AL');
    const g3 = await createPerson(t, o.key, { kurzbezeichnung: 'G3', name: 'Gegner Drei' });
    faults.arm({ at: /^INSERT INTO "public"\."AktGegner"/, when: 'before' });
    const res = await mutate(o.key, 'setGegner', 'SetGegnerInput', { aktId: o.akt, personIds: [g3] })();
    expect(faults.disarm()).toMatch(/^INSERT INTO "public"\."AktGegner"/);
    expect(res.body.errors?.[0]?.message).toBe('Unerwarteter Fehler.');
    // The DELETE of the old Gegner and the version bump had run; both are undone.
    const akt = (await t.data(o.key, `query($a: ID!) { akt(id: $a) { version gegner { id } } }`, { a: o.akt })).akt;
    expect(akt).toEqual({ version: 1, gegner: [{ id: o.g1 }, { id: o.g2 }] });
  });

  it('erstelleHonorarnote failing after the Leistungen were marked billed gives its number back', async () => {
    const o = await officeWithAkt(t, 'Alpha', 'AL');
    faults.arm({ at: /^UPDATE "public"\."Leistung"/, when: 'after' });
    const res = await mutate(o.key, 'erstelleHonorarnote', 'ErstelleHonorarnoteInput', { aktId: o.akt, datum: '2026-11-26' })();
    expect(faults.disarm()).toMatch(/^UPDATE "public"\."Leistung"/);
    expect(res.body.errors?.[0]?.message).toBe('Unerwarteter Fehler.');
    expect([await t.db.prisma.honorarnote.count(), await t.db.prisma.nummernkreis.count(), await t.db.prisma.leistung.count({ where: { honorarnoteId: { not: null } } })]).toEqual([0, 0, 0]);
    const ok = await t.data(o.key, `mutation($a: ID!) { r: erstelleHonorarnote(input: { aktId: $a, datum: "2026-11-26" }) { ... on ErstelleHonorarnotePayload { honorarnote { nummer } } } }`, { a: o.akt });
    expect(ok.r.honorarnote.nummer).toBe('2026-0001');
  });
});

describe('the check itself', () => {
  it('would see a half-written state: two writes outside a transaction, failing at the second', async () => {
    const key = await t.key('Alpha', 'AL');
    const kanzleiId = (await t.data(key, '{ me { kanzlei { id } } }')).me.kanzlei.id;
    const before = await snapshot(t.db.prisma);
    faults.arm({ at: 2, when: 'before' });
    const halfDone = async () => {
      await t.db.prisma.person.create({ data: { kanzleiId, kurzbezeichnung: 'A', name: 'Erste' } });
      await t.db.prisma.person.create({ data: { kanzleiId, kurzbezeichnung: 'B', name: 'Zweite' } });
    };
    await expect(halfDone()).rejects.toThrow(/injected fault/);
    expect(faults.disarm()).toMatch(/^INSERT INTO "public"\."Person"/);
    const after = await snapshot(t.db.prisma);
    expect(after).not.toEqual(before);
    expect(after.Person).toHaveLength(1);
  });
});
