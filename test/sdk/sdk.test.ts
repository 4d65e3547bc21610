// The SDK against a real server on a free port (HTTP): every root field has a method, the default
// selections and typed selections, typed API errors, per-item field errors, auth failures,
// pagination over more than one page, and a partner key (persisted operations only).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AktenMitMahnkostenDocument, AuthenticationError, createClient, ForbiddenError, GraphQLRequestError, NetworkError, type KanzleiClient } from '../../sdk/dist/index.js';
import { schema as serverSchema } from '../../schema/index.js';
import { createApp } from '../../server/app.js';
import { DEFAULT_LIMITS } from '../../server/limits.js';
import { queryCost } from '../../server/queryCost.js';
import { testServer, type TestServer } from '../support/testServer.js';

let t: TestServer;
let server: Server;
let url: string;
let key: string;
let client: KanzleiClient;

beforeAll(async () => {
  t = await testServer();
  key = await t.key('SDK-Kanzlei', 'SD');
  server = createServer(createApp({ prisma: t.db.prisma }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  client = createClient({ url, apiKey: key });
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await t.close();
});

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
};

describe('coverage', () => {
  it('has a method for every Query and Mutation root field of the committed schema', () => {
    const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
    expect(Object.keys(client.query).sort()).toEqual(Object.keys(schema.getQueryType()!.getFields()).sort());
    expect(Object.keys(client.mutation).sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
  });

  it('every default operation stays below the query cost limit with pages of 100', () => {
    const doc = parse(readFileSync(new URL('../../sdk/operations/generated/defaults.graphql', import.meta.url), 'utf8'));
    const kosten = doc.definitions.flatMap((d) => (d.kind === 'OperationDefinition' ? [[d.name!.value, queryCost(serverSchema, doc, d.name!.value, { first: 100 })] as const] : []));
    expect(kosten.length).toBe(Object.keys(client.query).length + Object.keys(client.mutation).length);
    expect(kosten.filter(([, k]) => k > DEFAULT_LIMITS.maxCost)).toEqual([]);
  });

  it('every query without required arguments runs with its default selection', async () => {
    const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
    const ohne = Object.values(schema.getQueryType()!.getFields()).filter((f) => !f.args.some((a) => String(a.type).endsWith('!')));
    expect(ohne.length).toBeGreaterThan(10);
    for (const f of ohne) {
      const methode = (client.query as unknown as Record<string, (a?: unknown) => Promise<unknown>>)[f.name]!;
      await expect(f.args.length ? methode({}) : methode(), f.name).resolves.toBeDefined();
    }
  });
});

describe('SDK', () => {
  it('creates Person, Akt, Forderung, Leistung and Titel, assigns Forderungen, reads them back, prices Mahnkosten', async () => {
    const klient = ok(await client.mutation.createPerson({ kurzbezeichnung: 'GRUBER', name: 'Holzbau Gruber GmbH', art: 'UNTERNEHMEN' })).person;
    expect(klient).toMatchObject({ kurzbezeichnung: 'GRUBER', name: 'Holzbau Gruber GmbH', art: 'UNTERNEHMEN' });
    const gegner = ok(await client.mutation.createPerson({ kurzbezeichnung: 'MAIER', name: 'Franz Maier' })).person;
    const akt = ok(await client.mutation.createAkt({ aktenzeichen: '2026/0001', bezeichnung: 'Gruber gg. Maier', klientId: klient.id, gegnerIds: [gegner.id] })).akt;
    // The default selection: the Akt's own fields and the ids of its relations.
    expect(akt).toMatchObject({ aktenzeichen: '2026/0001', version: 1, status: 'ANGELEGT', klient: { id: klient.id }, gegner: [{ id: gegner.id }], forderungen: [] });
    const f = ok(await client.mutation.createForderung({ aktId: akt.id, art: 'HAUPTFORDERUNG', betrag: '500.00' }));
    expect(f).toMatchObject({ hinweis: null, forderung: { id: expect.any(String), betrag: '500.00', art: 'HAUPTFORDERUNG', titel: null } });
    const l = ok(await client.mutation.createLeistung({ aktId: akt.id, datum: '2026-11-26', kuerzel: 'MES' })).leistung;
    // MES at 500: 33.80 + postage 4.30; USt 20 % of 38.10 = 7.62
    expect(l).toMatchObject({ verdienst: '33.80', ust: '7.62', tarifbasis: 'MES' });
    const titel = ok(await client.mutation.createTitel({ aktId: akt.id, datum: '2026-11-01', beschlussart: 'KOSTENTITEL', gericht: 'BGHS WIEN', verdienst: '100.00' })).titel;
    expect(titel).toMatchObject({ zugesprochen: '120.00', forderungen: [{ id: f.forderung.id }] });
    const f2 = ok(await client.mutation.createForderung({ aktId: akt.id, art: 'NEBENFORDERUNG', betrag: '40.00' }));
    expect(f2.hinweis).toMatch(/ersten Titel/);
    // A selection of the payload: only what is asked for comes back.
    const assigned = ok(await client.mutation.assignForderungenToTitel({ titelId: titel.id, forderungIds: [f.forderung.id, f2.forderung.id] }, { titel: { forderungen: { id: true } } }));
    expect(Object.keys(assigned.titel)).toEqual(['forderungen']);
    expect(assigned.titel.forderungen.map((x) => x.id).sort()).toEqual([f.forderung.id, f2.forderung.id].sort());

    // Nested selection with arguments; the result type follows it.
    const full = await client.query.akt({ id: akt.id }, {
      aktenzeichen: true,
      klient: { name: true },
      titel: { gericht: { kurzbezeichnung: true } },
      mahnkosten: { $args: { tarif: 'MES', datum: '2026-11-26' }, brutto: true, positionen: { tarifpost: true, betrag: true } },
    });
    expect(full).toEqual({
      aktenzeichen: '2026/0001',
      klient: { name: 'Holzbau Gruber GmbH' },
      titel: [{ gericht: { kurzbezeichnung: 'BGHS WIEN' } }],
      // TP5 at 500: 7.50 + 50 % 3.75 → 3.80 = 11.30; TP6 15.00 + 7.50 = 22.50; + 4.30 postage = 38.10; + 7.62 USt = 45.72 → 45.70
      mahnkosten: { brutto: '45.70', positionen: [{ tarifpost: 'TP5', betrag: '11.30' }, { tarifpost: 'TP6', betrag: '22.50' }] },
    });
    expect(await client.query.akt({ id: '00000000-0000-4000-8000-000000000000' })).toBeNull();
    // Root fields without arguments, and `$scalars`.
    expect(await client.query.aktenStatistik()).toMatchObject({ gesamt: expect.any(Number) });
    expect(await client.query.me({ $scalars: true })).toEqual({ id: expect.any(String), kuerzel: 'SD', name: expect.any(String), rolle: 'ADMIN', sachgebiete: [] });
  });

  it('returns typed API errors as results, not exceptions', async () => {
    const r = await client.mutation.createForderung({ aktId: 'kaputt', art: 'HAUPTFORDERUNG', betrag: '1.001' });
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.__typename === 'ValidationError') {
      expect(r.error.field).toBe('aktId');
      expect(r.error.issues.map((i) => i.field)).toEqual(['aktId', 'betrag']);
    } else expect.unreachable(JSON.stringify(r));
    const nf = await client.mutation.updatePerson({ id: '00000000-0000-4000-8000-000000000000', name: 'Niemand' });
    expect(nf.ok ? null : nf.error).toEqual({ __typename: 'NotFoundError', entity: 'Person', id: '00000000-0000-4000-8000-000000000000', message: expect.any(String) });
    // The same errors with a selection of the payload.
    const sel = await client.mutation.createForderung({ aktId: 'kaputt', art: 'HAUPTFORDERUNG', betrag: '1.00' }, { forderung: { id: true } });
    expect(sel.ok ? null : sel.error).toMatchObject({ __typename: 'ValidationError', field: 'aktId' });
  });

  it('akten with Mahnkosten in one request: an Akt without Bemessungsgrundlage gets its error, the others their figures', async () => {
    const klient = ok(await client.mutation.createPerson({ kurzbezeichnung: 'LISTE', name: 'Listen GmbH', art: 'UNTERNEHMEN' })).person;
    const g = await Promise.all([1, 2].map(async (i) => ok(await client.mutation.createPerson({ kurzbezeichnung: `LG${i}`, name: `Gegner ${i}` })).person.id));
    const a = ok(await client.mutation.createAkt({ aktenzeichen: 'L/1', bezeichnung: 'fünfhundert', klientId: klient.id, gegnerIds: [g[0]!] })).akt;
    const b = ok(await client.mutation.createAkt({ aktenzeichen: 'L/2', bezeichnung: 'ohne Grundlage', klientId: klient.id, gegnerIds: [g[0]!] })).akt;
    const c = ok(await client.mutation.createAkt({ aktenzeichen: 'L/3', bezeichnung: 'siebzig, zwei Gegner', klientId: klient.id, gegnerIds: [g[0]!, g[1]!] })).akt;
    ok(await client.mutation.createForderung({ aktId: a.id, art: 'HAUPTFORDERUNG', betrag: '500.00' }));
    ok(await client.mutation.createForderung({ aktId: c.id, art: 'HAUPTFORDERUNG', betrag: '70.00' }));

    const page = await client.query.akten({ first: 10, filter: { klientId: klient.id } }, {
      edges: { node: { aktenzeichen: true, mahnkosten: { $args: { tarif: 'MES', datum: '2026-11-26' }, streitgenossenzuschlag: true, netto: true, ust: true, brutto: true } } },
    });
    const byAz = Object.fromEntries(page.edges.map((e) => [e.node.aktenzeichen, e.node]));
    // MES = TP5 and TP6, each with the 50 % Informationszuschlag (server/tarif/data/tarife.json); the RATG
    // table of 2023-05-01 gives for a Bemessungsgrundlage up to 730 €: TP5 7.50, TP6 15.00; up to 70 €: 4.20, 8.40.
    // MES at 500, 1 Gegner: TP5 7.50 + 3.80 (50 % of 7.50 = 3.75, to 10 cents), TP6 15.00 + 7.50 → 33.80;
    // + postage 4.30 = 38.10; USt 20 % = 7.62; 45.72 → brutto 45.70 (10 cents).
    expect(byAz['L/1']!.mahnkosten).toEqual({ streitgenossenzuschlag: '0.00', netto: '38.10', ust: '7.62', brutto: '45.70' });
    expect(byAz['L/1']!.$errors).toBeUndefined();
    // MES at 70, 2 Gegner: TP5 4.20 + 2.10, TP6 8.40 + 4.20 → 18.90; Streitgenossenzuschlag 10 % = 1.89;
    // + 4.30 = 25.09; USt 5.018 → 5.02; 30.11 → 30.10.
    expect(byAz['L/3']!.mahnkosten).toEqual({ streitgenossenzuschlag: '1.89', netto: '25.09', ust: '5.02', brutto: '30.10' });
    // No Forderung and no Bemessungsgrundlage of its own: null, with the error on that item only.
    expect(byAz['L/2']!.mahnkosten).toBeNull();
    expect(byAz['L/2']!.$errors?.mahnkosten).toMatchObject({ code: 'TARIF_ERROR', message: expect.any(String), path: ['akten', 'edges', expect.any(Number), 'node', 'mahnkosten'] });

    // The same with the hand-written persisted document (what a partner key uses).
    const persisted = await client.request(AktenMitMahnkostenDocument, { tarif: 'MES', datum: '2026-11-26', filter: { klientId: klient.id } });
    const p2 = persisted.akten.edges.find((e) => e.node.id === b.id)!.node;
    expect([p2.mahnkosten, p2.$errors?.mahnkosten?.code]).toEqual([null, 'TARIF_ERROR']);
    expect(persisted.akten.edges.find((e) => e.node.id === a.id)!.node.mahnkosten?.brutto).toBe('45.70');
  });

  it('bills and records a payment with an idempotency key: an answer lost on the way is asked for again, nothing is written twice', async () => {
    const klient = ok(await client.mutation.createPerson({ kurzbezeichnung: 'IDEM', name: 'Ida Empotent', strasse: 'Hauptplatz 1', plz: '4020', ort: 'Linz' })).person;
    const akt = ok(await client.mutation.createAkt({ aktenzeichen: 'I/1', bezeichnung: 'Idempotenz', klientId: klient.id })).akt;
    ok(await client.mutation.createLeistung({ aktId: akt.id, datum: '2026-11-02', kuerzel: 'X', verdienst: '100.00' }));
    // A fetch that delivers every request but loses the first answer, as a dropped connection would.
    const sent: string[] = [];
    let verloren = 0;
    const lossy = createClient({
      url, apiKey: key,
      fetch: async (input, init) => {
        sent.push(String(init?.body));
        const res = await fetch(input, init);
        if (verloren++ === 0) throw new TypeError('socket hang up');
        return res;
      },
    });
    const note = ok(await lossy.mutation.erstelleHonorarnote({ aktId: akt.id, datum: '2026-11-30' })).honorarnote;
    // 100.00 + 20 % USt = 120.00
    expect(note).toMatchObject({ nummer: expect.stringMatching(/^2026-/), datum: '2026-11-30', faelligAm: '2026-12-14', brutto: '120.00' });
    expect(sent).toHaveLength(2);
    const keys = sent.map((b) => JSON.parse(b).variables.input.idempotencyKey);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect((await client.query.akt({ id: akt.id }))?.leistungen).toHaveLength(1);
    expect((await client.query.akt({ id: akt.id }))?.honorarnoten).toEqual([{ id: note.id }]);

    // The caller's own key (one per user action) makes a double-click harmless.
    const zahlung = { aktId: akt.id, betrag: '120.00', datum: '2026-12-01', idempotencyKey: 'klick-zahlung-0001' };
    const [a, b] = [ok(await client.mutation.erfasseZahlung(zahlung)).zahlung, ok(await client.mutation.erfasseZahlung(zahlung)).zahlung];
    expect(b).toEqual(a);
    expect(a).toMatchObject({ betrag: '120.00', datum: '2026-12-01' });
    const anders = await client.mutation.erfasseZahlung({ ...zahlung, betrag: '12.00' });
    expect(anders.ok ? null : anders.error).toMatchObject({ __typename: 'ConflictError', entity: 'IdempotenzSchluessel', currentVersion: null });
    expect((await client.query.akt({ id: akt.id }))?.zahlungen).toHaveLength(1);

    // The client pays the invoice in part: 120.00 − 20.00 = 100.00 open.
    const teil = { honorarnoteId: note.id, betrag: '20.00', bezahltAm: '2026-12-02', idempotencyKey: 'klick-honorar-0001' };
    const [h1, h2] = [ok(await client.mutation.erfasseHonorarzahlung(teil)), ok(await client.mutation.erfasseHonorarzahlung(teil))];
    expect(h2).toEqual(h1);
    expect(h1.honorarnote).toMatchObject({ brutto: '120.00', bezahlterBetrag: '20.00', offenerBetrag: '100.00', zahlungsstatus: 'TEILBEZAHLT', bezahltAm: null });
  });

  it('iterates every Akt across pages', async () => {
    const klient = ok(await client.mutation.createPerson({ kurzbezeichnung: 'VIELE', name: 'Viele Akten' })).person;
    for (let i = 0; i < 7; i++) ok(await client.mutation.createAkt({ aktenzeichen: `P/${i}`, bezeichnung: `p${i}`, klientId: klient.id }));
    const seen: string[] = [];
    for await (const a of client.alleAkten({ klientId: klient.id }, 3)) seen.push(a.aktenzeichen);
    expect(seen.sort()).toEqual(['P/0', 'P/1', 'P/2', 'P/3', 'P/4', 'P/5', 'P/6']);
    const page = await client.query.akten({ first: 3, filter: { klientId: klient.id } });
    expect([page.edges.length, page.totalCount, page.pageInfo.hasNextPage]).toEqual([3, 7, true]);
  });

  it('distinguishes authentication, forbidden, request and network failures', async () => {
    await expect(createClient({ url, apiKey: 'kz_wrong' }).query.akten()).rejects.toBeInstanceOf(AuthenticationError);
    await expect(client.query.akten({ first: 500 })).rejects.toBeInstanceOf(GraphQLRequestError);
    await expect(createClient({ url: 'http://127.0.0.1:9/graphql', apiKey: key }).query.akten()).rejects.toBeInstanceOf(NetworkError);
    // A selection the schema does not have is refused before anything is sent.
    await expect(client.query.akten({}, { edges: { node: { gibtsNicht: true } } } as never)).rejects.toThrow(/Akt has no field "gibtsNicht"/);
    const token = ok(await client.mutation.rotateIntakeToken()).token;
    const intake = createClient({ url, apiKey: token });
    await expect(intake.query.akten()).rejects.toBeInstanceOf(ForbiddenError);
    const sent = ok(await intake.mutation.submitMandatsanfrage({ klient: { name: 'Anna Weber', email: 'anna@example.at' }, sachgebiet: 'Zivilrecht', beschreibung: 'Bitte um Rückruf wegen eines Mietvertrags.' }));
    expect(sent.referenz).toMatch(/^MA-/);
  });
});

describe('persisted operations', () => {
  it('a partner key runs every default method (queries and mutations) by documentId, and is refused ad-hoc queries and selections', async () => {
    const partner = (await (await import('../../server/services/kanzleien.js')).provisionApiKey(t.db.prisma, { kanzlei: 'SDK-Kanzlei', kuerzel: 'PA', partner: true })).key;
    const p = createClient({ url, apiKey: partner, persisted: true });
    const klient = ok(await p.mutation.createPerson({ kurzbezeichnung: 'PARTNER', name: 'Partner Klient' })).person;
    const akt = ok(await p.mutation.createAkt({ aktenzeichen: 'PA/1', bezeichnung: 'Partner', klientId: klient.id })).akt;
    ok(await p.mutation.createForderung({ aktId: akt.id, art: 'HAUPTFORDERUNG', betrag: '500.00' }));
    const fehler = await p.mutation.updateAkt({ id: akt.id, version: 99, bezeichnung: 'veraltet' });
    expect(fehler.ok ? null : fehler.error).toMatchObject({ __typename: 'ConflictError', currentVersion: 1 });
    expect((await p.query.akt({ id: akt.id }))?.forderungen).toHaveLength(1);
    expect((await p.query.akten({ first: 2 })).edges.length).toBeGreaterThan(0);
    expect((await p.query.me()).kuerzel).toBe('PA');
    expect((await p.query.tarif({ code: 'MES' }))?.positionen.map((x) => x.tarifpost)).toEqual(['TP5', 'TP6']);
    expect((await p.query.ratg({ tarifpost: 'TP6', bemessungsgrundlage: '500' })).betrag).toBe('15.00');
    const liste = await p.request(AktenMitMahnkostenDocument, { tarif: 'MES', datum: '2026-11-26', filter: { klientId: klient.id } });
    expect(liste.akten.edges[0]!.node.mahnkosten?.brutto).toBe('45.70');
    // A selection is built at runtime, so it has no persisted id: refused for a partner key.
    await expect(p.query.akt({ id: akt.id }, { id: true })).rejects.toBeInstanceOf(ForbiddenError);
    // The same operation sent as text, or any other query, is refused.
    await expect(createClient({ url, apiKey: partner }).query.akten({ first: 2 })).rejects.toBeInstanceOf(ForbiddenError);
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${partner}` }, body: JSON.stringify({ query: '{ me { kuerzel } }' }) });
    expect(res.status).toBe(403);
    expect((await res.json()).errors[0].extensions.code).toBe('PERSISTED_ONLY');
    // An unknown id is a clear error; ordinary keys may use ids too.
    const unknown = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${partner}` }, body: JSON.stringify({ documentId: 'sha256:0000' }) });
    expect((await unknown.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await createClient({ url, apiKey: key, persisted: true }).query.akten({ first: 1 })).edges).toHaveLength(1);
  });
});
