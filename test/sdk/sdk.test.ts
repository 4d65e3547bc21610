// The SDK against a real server on a free port (HTTP): every method, auth failure, a typed
// validation error, pagination over more than one page.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, createClient, ForbiddenError, GraphQLRequestError, NetworkError, type KanzleiClient } from '../../sdk/dist/index.js';
import { createApp } from '../../server/app.js';
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

describe('SDK', () => {
  it('creates Person, Akt, Forderung, Leistung and Titel, assigns Forderungen, reads them back, prices Mahnkosten', async () => {
    const klient = ok(await client.createPerson({ kurzbezeichnung: 'GRUBER', name: 'Holzbau Gruber GmbH', art: 'UNTERNEHMEN' })).person;
    const gegner = ok(await client.createPerson({ kurzbezeichnung: 'MAIER', name: 'Franz Maier' })).person;
    const akt = ok(await client.createAkt({ aktenzeichen: '2026/0001', bezeichnung: 'Gruber gg. Maier', klientId: klient.id, gegnerIds: [gegner.id] })).akt;
    expect(akt).toMatchObject({ aktenzeichen: '2026/0001', version: 1 });
    const f = ok(await client.createForderung({ aktId: akt.id, art: 'HAUPTFORDERUNG', betrag: '500.00' }));
    expect(f).toEqual({ hinweis: null, forderung: { id: expect.any(String), betrag: '500.00', titel: null } });
    const l = ok(await client.createLeistung({ aktId: akt.id, datum: '2026-11-26', kuerzel: 'MES' })).leistung;
    // MES at 500: 33.80 + postage 4.30; USt 20 % of 38.10 = 7.62
    expect(l).toMatchObject({ verdienst: '33.80', ust: '7.62', tarifbasis: 'MES' });
    const titel = ok(await client.createTitel({ aktId: akt.id, datum: '2026-11-01', beschlussart: 'KOSTENTITEL', gericht: 'BGHS WIEN', verdienst: '100.00' })).titel;
    expect(titel).toEqual({ id: expect.any(String), zugesprochen: '120.00', forderungen: [{ id: f.forderung.id }] });
    const f2 = ok(await client.createForderung({ aktId: akt.id, art: 'NEBENFORDERUNG', betrag: '40.00' }));
    expect(f2.hinweis).toMatch(/ersten Titel/);
    const assigned = ok(await client.assignForderungenToTitel({ titelId: titel.id, forderungIds: [f.forderung.id, f2.forderung.id] })).titel;
    expect(assigned.forderungen).toHaveLength(2);

    const full = await client.akt(akt.id);
    expect(full?.klient.name).toBe('Holzbau Gruber GmbH');
    expect(full?.titel[0]?.gericht.kurzbezeichnung).toBe('BGHS WIEN');
    expect(await client.akt('00000000-0000-4000-8000-000000000000')).toBeNull();
    const m = await client.mahnkosten(akt.id, 'MES', { datum: '2026-11-26' });
    expect(m?.brutto).toBe('45.70');
  });

  it('returns typed API errors as results, not exceptions', async () => {
    const r = await client.createForderung({ aktId: 'kaputt', art: 'HAUPTFORDERUNG', betrag: '1.001' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.__typename).toBe('ValidationError');
      expect(r.error.field).toBe('aktId');
      expect(r.error.issues?.map((i) => i.field)).toEqual(['aktId', 'betrag']);
    }
  });

  it('bills and records a payment with an idempotency key: an answer lost on the way is asked for again, nothing is written twice', async () => {
    const klient = ok(await client.createPerson({ kurzbezeichnung: 'IDEM', name: 'Ida Empotent', strasse: 'Hauptplatz 1', plz: '4020', ort: 'Linz' })).person;
    const akt = ok(await client.createAkt({ aktenzeichen: 'I/1', bezeichnung: 'Idempotenz', klientId: klient.id })).akt;
    ok(await client.createLeistung({ aktId: akt.id, datum: '2026-11-02', kuerzel: 'X', verdienst: '100.00' }));
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
    const note = ok(await lossy.erstelleHonorarnote({ aktId: akt.id, datum: '2026-11-30' })).honorarnote;
    // 100.00 + 20 % USt = 120.00
    expect(note).toMatchObject({ nummer: expect.stringMatching(/^2026-/), datum: '2026-11-30', faelligAm: '2026-12-14', brutto: '120.00' });
    expect(sent).toHaveLength(2);
    const keys = sent.map((b) => JSON.parse(b).variables.input.idempotencyKey);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect((await client.akt(akt.id))?.leistungen).toHaveLength(1);
    const noten = (await t.data(key, `query($id: ID!) { akt(id: $id) { honorarnoten { id } } }`, { id: akt.id })).akt.honorarnoten;
    expect(noten).toEqual([{ id: note.id }]);

    // The caller's own key (one per user action) makes a double-click harmless.
    const zahlung = { aktId: akt.id, betrag: '120.00', datum: '2026-12-01', idempotencyKey: 'klick-zahlung-0001' };
    const [a, b] = [ok(await client.erfasseZahlung(zahlung)).zahlung, ok(await client.erfasseZahlung(zahlung)).zahlung];
    expect(b).toEqual(a);
    expect(a).toMatchObject({ betrag: '120.00', datum: '2026-12-01' });
    const anders = await client.erfasseZahlung({ ...zahlung, betrag: '12.00' });
    expect(anders.ok ? null : anders.error).toMatchObject({ __typename: 'ConflictError', entity: 'IdempotenzSchluessel', currentVersion: null });
    expect((await t.data(key, `query($id: ID!) { akt(id: $id) { zahlungen { id } } }`, { id: akt.id })).akt.zahlungen).toHaveLength(1);

    // The client pays the invoice in part: 120.00 − 20.00 = 100.00 open.
    const teil = { honorarnoteId: note.id, betrag: '20.00', bezahltAm: '2026-12-02', idempotencyKey: 'klick-honorar-0001' };
    const [h1, h2] = [ok(await client.erfasseHonorarzahlung(teil)), ok(await client.erfasseHonorarzahlung(teil))];
    expect(h2).toEqual(h1);
    expect(h1.honorarnote).toMatchObject({ brutto: '120.00', bezahlterBetrag: '20.00', offenerBetrag: '100.00', zahlungsstatus: 'TEILBEZAHLT', bezahltAm: null });
  });

  it('iterates every Akt across pages', async () => {
    const klient = ok(await client.createPerson({ kurzbezeichnung: 'VIELE', name: 'Viele Akten' })).person;
    for (let i = 0; i < 7; i++) ok(await client.createAkt({ aktenzeichen: `P/${i}`, bezeichnung: `p${i}`, klientId: klient.id }));
    const seen: string[] = [];
    for await (const a of client.alleAkten({ klientId: klient.id }, 3)) seen.push(a.aktenzeichen);
    expect(seen.sort()).toEqual(['P/0', 'P/1', 'P/2', 'P/3', 'P/4', 'P/5', 'P/6']);
    const page = await client.akten({ first: 3, filter: { klientId: klient.id } });
    expect([page.edges.length, page.totalCount, page.pageInfo.hasNextPage]).toEqual([3, 7, true]);
  });

  it('distinguishes authentication, forbidden, request and network failures', async () => {
    await expect(createClient({ url, apiKey: 'kz_wrong' }).akten()).rejects.toBeInstanceOf(AuthenticationError);
    await expect(client.akten({ first: 500 })).rejects.toBeInstanceOf(GraphQLRequestError);
    await expect(createClient({ url: 'http://127.0.0.1:9/graphql', apiKey: key }).akten()).rejects.toBeInstanceOf(NetworkError);
    const adminToken = (await t.gql(key, 'mutation { rotateIntakeToken { ... on RotateIntakeTokenPayload { token } } }')).body.data.rotateIntakeToken.token;
    const intake = createClient({ url, apiKey: adminToken });
    await expect(intake.akten()).rejects.toBeInstanceOf(ForbiddenError);
    const sent = ok(await intake.submitMandatsanfrage({ klient: { name: 'Anna Weber', email: 'anna@example.at' }, sachgebiet: 'Zivilrecht', beschreibung: 'Bitte um Rückruf wegen eines Mietvertrags.' }));
    expect(sent.referenz).toMatch(/^MA-/);
  });
});

describe('persisted operations', () => {
  it('a partner key runs the SDK’s persisted operations and is refused an ad-hoc query', async () => {
    const partner = (await (await import('../../server/services/kanzleien.js')).provisionApiKey(t.db.prisma, { kanzlei: 'SDK-Kanzlei', kuerzel: 'PA', partner: true })).key;
    const persistedClient = createClient({ url, apiKey: partner, persisted: true });
    const page = await persistedClient.akten({ first: 2 });
    expect(page.edges.length).toBeGreaterThan(0);
    // The same operation sent as text, or any other query, is refused.
    await expect(createClient({ url, apiKey: partner }).akten({ first: 2 })).rejects.toBeInstanceOf(ForbiddenError);
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${partner}` }, body: JSON.stringify({ query: '{ me { kuerzel } }' }) });
    expect(res.status).toBe(403);
    expect((await res.json()).errors[0].extensions.code).toBe('PERSISTED_ONLY');
    // An unknown id is a clear error; ordinary keys may use ids too.
    const unknown = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${partner}` }, body: JSON.stringify({ documentId: 'sha256:0000' }) });
    expect((await unknown.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await createClient({ url, apiKey: key, persisted: true }).akten({ first: 1 })).edges).toHaveLength(1);
  });
});
