// Races on PostgreSQL over real HTTP: requests that read a state and then write, fired at the same
// moment, each pair many times. Every pair has exactly one winner, the losers get a typed error
// (the domain's ValidationError after waiting on the lock, or a ConflictError from the database's
// last line of defence) and nothing of their work remains, a retry of a loser's request gets the
// same answer, and the invariant holds when read back through the API. Locking discipline:
// server/services/sperren.ts; constraints: the migration `nebenlaeufigkeit`.
//
// PGlite runs one transaction at a time, so these races cannot happen there: the file runs in the
// PostgreSQL half of `.ci/run` only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAkt, createLeistung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

const ROUNDS = 8;

let t: TestServer;
let key: string;
let klient: string;
let nr = 0;

type R = { __typename: string; message?: string; field?: string | null; [k: string]: unknown };

/** One mutation `field(input: $i)` with its result union, selecting `payload` on success. */
const mutation = (field: string, inputType: string, payload: string) =>
  `mutation($i: ${inputType}!) { r: ${field}(input: $i) { __typename ... on Error { message } ... on ValidationError { field }
    ... on ConflictError { entity currentVersion } ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Payload { ${payload} } } }`;

const ERSTELLE = mutation('erstelleHonorarnote', 'ErstelleHonorarnoteInput', 'honorarnote { id nummer }');
const STORNO_NOTE = mutation('stornoHonorarnote', 'StornoHonorarnoteInput', 'honorarnote { id }');
const TITEL_AUS_LEISTUNG = mutation('createTitelFromLeistung', 'CreateTitelFromLeistungInput', 'titel { id }');
const ZAHLUNG = mutation('erfasseZahlung', 'ErfasseZahlungInput', 'zahlung { id }');
const STORNO_ZAHLUNG = mutation('stornoZahlung', 'StornoZahlungInput', 'zahlung { id stornoGrund }');
const HONORARZAHLUNG = mutation('erfasseHonorarzahlung', 'ErfasseHonorarzahlungInput', 'honorarzahlung { id betrag } honorarnote { offenerBetrag }');
const ARCHIVIERE = mutation('archiviereAkt', 'ArchiviereAktInput', 'akt { id }');
const ANNEHMEN = mutation('annehmenMandatsanfrage', 'AnnehmenMandatsanfrageInput', 'mandatsanfrage { id }');
const UPDATE_ANFRAGE = mutation('updateMandatsanfrage', 'UpdateMandatsanfrageInput', 'mandatsanfrage { id }');
const SUBMIT = mutation('submitMandatsanfrage', 'SubmitMandatsanfrageInput', 'referenz');

/** Sends the requests at the same moment (each on its own connection) and returns their results. */
async function zugleich(requests: [string, Record<string, unknown>, string?][]): Promise<R[]> {
  return Promise.all(
    requests.map(async ([query, input, k]) => {
      const res = await t.gql(k ?? key, query, { i: input });
      if (res.status !== 200 || res.body.errors) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body)}`);
      return res.body.data.r as R;
    }),
  );
}

const einmal = async (query: string, input: Record<string, unknown>, k = key) => (await zugleich([[query, input, k]]))[0]!;

/** Exactly one result is the payload; every other one is one of the typed errors. */
function genauEinGewinner(results: R[], payload: string, verlierer: string[] = ['ValidationError', 'ConflictError']): R {
  const gewinner = results.filter((r) => r.__typename === payload);
  expect(gewinner, JSON.stringify(results)).toHaveLength(1);
  for (const r of results.filter((x) => x.__typename !== payload)) {
    expect(verlierer, JSON.stringify(r)).toContain(r.__typename);
    expect(r.message).toBeTruthy();
  }
  return gewinner[0]!;
}

/** A retry of a loser's request after the race gets the same answer it got. */
async function wiederholtGleich(query: string, input: Record<string, unknown>, antwort: R) {
  const erneut = await einmal(query, input);
  expect({ __typename: erneut.__typename, message: erneut.message }).toEqual({ __typename: antwort.__typename, message: antwort.message });
}

async function neuerAkt(leistungen = 1) {
  const akt = await createAkt(t, key, { aktenzeichen: `R/${++nr}`, bezeichnung: 'Wettlauf', klientId: klient });
  const ids: string[] = [];
  for (let i = 0; i < leistungen; i++) ids.push(await createLeistung(t, key, { aktId: akt, datum: '2026-10-01', kuerzel: 'X', verdienst: '100.00' }));
  return { akt, leistungen: ids };
}

const aktStand = async (akt: string) =>
  (await t.data(key, `query($id: ID!) { akt(id: $id) { status version aufbewahrenBis
    honorarnoten { id art stornoVon { id } } zahlungen { id datum storniertAm stornoGrund }
    leistungen { id gerichtlichBestimmt honorarnote { id } } titel { id } } }`, { id: akt })).akt;

describe.runIf(process.env.TEST_DATABASE_URL)('races on PostgreSQL over HTTP: exactly one winner', () => {
  beforeAll(async () => {
    t = await testServer({ keyRateLimit: { max: 100_000, windowMs: 60_000 }, addressRateLimit: { max: 100_000, windowMs: 60_000 }, intakeRateLimit: { max: 100_000, windowMs: 60_000 } }, {}, { overHttp: true });
    key = await t.key('Wettlauf', 'WL');
    klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Klient Wettlauf', strasse: 'Hauptplatz 1', plz: '4020', ort: 'Linz' });
  }, 60_000);
  afterAll(() => t?.close());

  it('a double-click on erstelleHonorarnote issues one invoice; 20 at once issue one', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { akt, leistungen } = await neuerAkt(2);
      const n = round === 0 ? 20 : 2;
      const input = { aktId: akt, datum: '2026-11-30' };
      const results = await zugleich(Array.from({ length: n }, () => [ERSTELLE, input] as [string, Record<string, unknown>]));
      const gewinner = genauEinGewinner(results, 'ErstelleHonorarnotePayload') as { honorarnote: { id: string } } & R;
      const stand = await aktStand(akt);
      expect(stand.honorarnoten).toEqual([{ id: gewinner.honorarnote.id, art: 'RECHNUNG', stornoVon: null }]);
      expect(stand.leistungen.map((l: { id: string; honorarnote: { id: string } }) => [l.id, l.honorarnote?.id]).sort()).toEqual(
        leistungen.map((l) => [l, gewinner.honorarnote.id]).sort(),
      );
      await wiederholtGleich(ERSTELLE, input, results.find((r) => r !== gewinner)!);
    }
  });

  it('a Leistung billed and gerichtlich bestimmt at once ends as one of the two', async () => {
    const gewonnen = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const { akt, leistungen: [l] } = await neuerAkt(1);
      const rechnung = { aktId: akt, datum: '2026-11-30', leistungIds: [l] };
      const titel = { leistungId: l, datum: '2026-11-20', beschlussart: 'KOSTENTITEL', gericht: 'BG LINZ' };
      const [a, b] = await zugleich([[ERSTELLE, rechnung], [TITEL_AUS_LEISTUNG, titel]]);
      const ok = [a!, b!].filter((r) => r.__typename.endsWith('Payload'));
      expect(ok, JSON.stringify([a, b])).toHaveLength(1);
      const stand = await aktStand(akt);
      const leistung = stand.leistungen[0];
      if (a!.__typename === 'ErstelleHonorarnotePayload') {
        gewonnen.add('rechnung');
        expect(leistung).toMatchObject({ gerichtlichBestimmt: false, honorarnote: { id: (a as any).honorarnote.id } });
        expect(stand.titel).toEqual([]);
        expect(['ValidationError', 'ConflictError']).toContain(b!.__typename);
        await wiederholtGleich(TITEL_AUS_LEISTUNG, titel, b!);
      } else {
        gewonnen.add('titel');
        expect(leistung).toMatchObject({ gerichtlichBestimmt: true, honorarnote: null });
        expect(stand.honorarnoten).toEqual([]);
        expect(['ValidationError', 'ConflictError']).toContain(a!.__typename);
        await wiederholtGleich(ERSTELLE, rechnung, a!);
      }
    }
    expect(gewonnen.size).toBeGreaterThan(0);
  });

  it('archiving racing 19 payments: every stored payment counts for the deadline, none lands after', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { akt } = await neuerAkt(0);
      const akt1 = await aktStand(akt);
      for (const status of ['IN_BEARBEITUNG', 'ABGESCHLOSSEN']) {
        const v = (await aktStand(akt)).version;
        const r = await einmal(mutation('setAktStatus', 'SetAktStatusInput', 'akt { id }'), { aktId: akt, version: v, status });
        expect(r.__typename).toBe('SetAktStatusPayload');
      }
      expect(akt1.status).toBe('ANGELEGT');
      const version = (await aktStand(akt)).version;
      const zahlung = { aktId: akt, betrag: '10.00', datum: '2026-11-15' };
      const requests: [string, Record<string, unknown>][] = Array.from({ length: 19 }, () => [ZAHLUNG, zahlung]);
      requests.splice(round % 19, 0, [ARCHIVIERE, { aktId: akt, version }]);
      const results = await zugleich(requests);
      const archiv = results[round % 19]!;
      expect(archiv.__typename).toBe('ArchiviereAktPayload');
      const zahlungen = results.filter((r) => r !== archiv);
      const gespeichert = zahlungen.filter((r) => r.__typename === 'ErfasseZahlungPayload');
      for (const r of zahlungen.filter((x) => x.__typename !== 'ErfasseZahlungPayload')) {
        expect(r).toMatchObject({ __typename: 'ValidationError', message: expect.stringMatching(/archiviert/) });
      }
      const stand = await aktStand(akt);
      expect(stand.status).toBe('ARCHIVIERT');
      expect(stand.zahlungen).toHaveLength(gespeichert.length);
      // Closed in 2026: RAO five years → 2031-12-31 at the earliest in the date's year; a payment of
      // 2026-11-15 keeps it seven years from the end of 2026 (BAO § 132) → 2033-12-31.
      if (gespeichert.length > 0) expect(stand.aufbewahrenBis).toBe('2033-12-31');
      else expect(stand.aufbewahrenBis < '2033-12-31').toBe(true);
      const spaet = zahlungen.find((r) => r.__typename === 'ValidationError');
      if (spaet) await wiederholtGleich(ZAHLUNG, zahlung, spaet);
    }
  });

  it('archiving racing writes on the adapter’s transaction (createForderung, assignForderungenToTitel), with and without a webhook: none lands after', async () => {
    // createForderung and assignForderungenToTitel run on the driver adapter's transaction
    // (server/services/db.ts, inSqlTransaction); in an office with a webhook each starts again on
    // Prisma's. Either way they take the Akt lock first, so each lands before the archiving or is refused.
    const mitWebhook = await t.key('Wettlauf mit Webhook', 'WW');
    const kanzleiMitWebhook = (await t.db.prisma.kanzlei.findUniqueOrThrow({ where: { name: 'Wettlauf mit Webhook' } })).id;
    await t.db.prisma.webhook.create({ data: { kanzleiId: kanzleiMitWebhook, url: 'https://partner.example/hook', ereignisse: ['forderung.angelegt', 'forderung.geaendert'], secret: 'whsec_dGVzdA==', status: 'PAUSIERT' } });
    const klientMitWebhook = await createPerson(t, mitWebhook, { kurzbezeichnung: 'K', name: 'Klient mit Webhook', strasse: 'Hauptplatz 1', plz: '4020', ort: 'Linz' });
    const FORDERUNG = mutation('createForderung', 'CreateForderungInput', 'forderung { id }');
    const ZUORDNEN = mutation('assignForderungenToTitel', 'AssignForderungenToTitelInput', 'titel { id }');
    const TITEL = mutation('createTitel', 'CreateTitelInput', 'titel { id }');
    for (let round = 0; round < ROUNDS; round++) {
      const [k, kl] = round % 2 ? [mitWebhook, klientMitWebhook] : [key, klient];
      const akt = await createAkt(t, k, { aktenzeichen: `RA/${round}`, bezeichnung: 'Wettlauf', klientId: kl });
      const titel = { aktId: akt, datum: '2026-03-02', beschlussart: 'ZAHLUNGSBEFEHL', gericht: 'BG LINZ', vollstreckbarAm: '2026-04-01' };
      const titelA = (await einmal(TITEL, titel, k)).titel as { id: string };
      // Created after the first Titel, they are on it (titel.md, rule 2); the race moves them to B.
      const forderungen: string[] = [];
      for (let i = 0; i < 9; i++) forderungen.push(((await einmal(FORDERUNG, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '10.00' }, k)).forderung as { id: string }).id);
      const titelB = (await einmal(TITEL, { ...titel, datum: '2026-05-04' }, k)).titel as { id: string };
      for (const status of ['IN_BEARBEITUNG', 'ABGESCHLOSSEN']) {
        const v = (await t.data(k, `query($id: ID!) { akt(id: $id) { version } }`, { id: akt })).akt.version;
        expect((await einmal(mutation('setAktStatus', 'SetAktStatusInput', 'akt { id }'), { aktId: akt, version: v, status }, k)).__typename).toBe('SetAktStatusPayload');
      }
      const version = (await t.data(k, `query($id: ID!) { akt(id: $id) { version } }`, { id: akt })).akt.version;
      const requests: [string, Record<string, unknown>, string][] = [
        ...Array.from({ length: 10 }, (_, i): [string, Record<string, unknown>, string] => [FORDERUNG, { aktId: akt, art: 'NEBENFORDERUNG', betrag: `1.${String(i).padStart(2, '0')}` }, k]),
        ...forderungen.map((f): [string, Record<string, unknown>, string] => [ZUORDNEN, { titelId: titelB.id, forderungIds: [f] }, k]),
      ];
      const stelle = (round * 7) % 20;
      requests.splice(stelle, 0, [ARCHIVIERE, { aktId: akt, version }, k]);
      const results = await zugleich(requests);
      expect(results[stelle]!.__typename).toBe('ArchiviereAktPayload');
      const writes = results.filter((_, i) => i !== stelle);
      for (const r of writes.filter((x) => !x.__typename.endsWith('Payload'))) {
        expect(r).toMatchObject({ __typename: 'ValidationError', message: expect.stringMatching(/archiviert/) });
      }
      const stand = (await t.data(k, `query($id: ID!) { akt(id: $id) { status forderungen { id betrag titel { id } } } }`, { id: akt })).akt;
      expect(stand.status).toBe('ARCHIVIERT');
      const angelegt = writes.slice(0, 10).filter((r) => r.__typename === 'CreateForderungPayload').map((r) => (r.forderung as { id: string }).id);
      expect(stand.forderungen.map((f: { id: string }) => f.id).sort()).toEqual([...forderungen, ...angelegt].sort());
      const zugeordnet = new Set(forderungen.filter((_, i) => writes[10 + i]!.__typename === 'AssignForderungenToTitelPayload'));
      for (const f of forderungen) {
        expect(stand.forderungen.find((x: { id: string }) => x.id === f).titel.id).toBe(zugeordnet.has(f) ? titelB.id : titelA.id);
      }
      // Each landed write left its one event in the office with the webhook, none for a refused one.
      if (k === mitWebhook) {
        const ereignisse = await t.db.prisma.webhookEreignis.findMany({ where: { kanzleiId: kanzleiMitWebhook } });
        const zu = (typ: string, id: string) => ereignisse.filter((e) => e.typ === typ && (e.daten as { id: string }).id === id).length;
        for (const id of angelegt) expect(zu('forderung.angelegt', id)).toBe(1);
        for (const f of forderungen) expect(zu('forderung.geaendert', f)).toBe(zugeordnet.has(f) ? 1 : 0);
      }
    }
  });

  it('accepting and rejecting one Mandatsanfrage at once: one decision, consistent', async () => {
    const intake = (await t.data(key, 'mutation { rotateIntakeToken { ... on RotateIntakeTokenPayload { token } } }')).rotateIntakeToken.token;
    const entscheidungen = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const s = await einmal(SUBMIT, { klient: { name: `Anna Anfrage ${round}`, email: 'anna@example.at' }, sachgebiet: 'Zivilrecht', beschreibung: 'Bitte um Vertretung in einer Sache.' }, intake);
      const offen = (await t.data(key, '{ mandatsanfragen(first: 50, filter: { status: [EINGEGANGEN] }) { edges { node { id referenz } } } }')).mandatsanfragen.edges;
      const anfrage = offen.find((e: { node: { referenz: string } }) => e.node.referenz === s.referenz).node.id as string;
      expect((await einmal(mutation('pruefeKollision', 'PruefeKollisionInput', 'mandatsanfrage { id }'), { id: anfrage })).__typename).toBe('PruefeKollisionPayload');
      const annehmen = { id: anfrage, aktenzeichen: `MA/${round}`, kollisionFreigabeGrund: "Geprüft: andere Person" };
      const ablehnen = { id: anfrage, status: 'ABGELEHNT', ablehnungsgrund: 'Interessenkonflikt' };
      const [a, b] = round % 2 ? await zugleich([[ANNEHMEN, annehmen], [UPDATE_ANFRAGE, ablehnen]]) : (await zugleich([[UPDATE_ANFRAGE, ablehnen], [ANNEHMEN, annehmen]])).reverse();
      const ok = [a!, b!].filter((r) => r.__typename.endsWith('Payload'));
      expect(ok, JSON.stringify([a, b])).toHaveLength(1);
      const stand = (await t.data(key, `query($id: ID!) { mandatsanfrage(id: $id) { status ablehnungsgrund akt { id aktenzeichen } } }`, { id: anfrage })).mandatsanfrage;
      const akten = (await t.data(key, `query($s: String) { akten(first: 5, filter: { text: $s }) { totalCount } }`, { s: `MA/${round}` })).akten.totalCount;
      if (a!.__typename === 'AnnehmenMandatsanfragePayload') {
        entscheidungen.add('angenommen');
        expect(stand).toEqual({ status: 'ANGENOMMEN', ablehnungsgrund: null, akt: { id: expect.any(String), aktenzeichen: `MA/${round}` } });
        expect(akten).toBe(1);
        await wiederholtGleich(UPDATE_ANFRAGE, ablehnen, b!);
      } else {
        entscheidungen.add('abgelehnt');
        expect(stand).toEqual({ status: 'ABGELEHNT', ablehnungsgrund: 'Interessenkonflikt', akt: null });
        expect(akten).toBe(0);
        await wiederholtGleich(ANNEHMEN, annehmen, a!);
      }
    }
    expect(entscheidungen.size).toBeGreaterThan(0);
  });

  it('a note cancelled twice at once gets one credit note', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { akt } = await neuerAkt(1);
      const note = ((await einmal(ERSTELLE, { aktId: akt, datum: '2026-11-30' })) as any).honorarnote.id as string;
      const input = { id: note, grund: 'Doppelt' };
      const results = await zugleich([[STORNO_NOTE, input], [STORNO_NOTE, input]]);
      genauEinGewinner(results, 'StornoHonorarnotePayload');
      const stand = await aktStand(akt);
      expect(stand.honorarnoten.filter((h: { art: string }) => h.art === 'STORNORECHNUNG')).toEqual([{ id: expect.any(String), art: 'STORNORECHNUNG', stornoVon: { id: note } }]);
      expect(stand.leistungen[0].honorarnote).toBeNull();
      await wiederholtGleich(STORNO_NOTE, input, results.find((r) => r.__typename !== 'StornoHonorarnotePayload')!);
    }
  });

  it('two client payments at once that together would overpay a note: exactly one is booked', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { akt } = await neuerAkt(1); // 100.00 + 20 % USt = brutto 120.00
      const note = ((await einmal(ERSTELLE, { aktId: akt, datum: '2026-11-30' })) as any).honorarnote.id as string;
      const zahlung = (betrag: string) => ({ honorarnoteId: note, betrag, bezahltAm: '2026-12-01' });
      const [a, b] = round % 2 ? [zahlung('80.00'), zahlung('70.00')] : [zahlung('70.00'), zahlung('80.00')];
      const results = await zugleich([[HONORARZAHLUNG, a], [HONORARZAHLUNG, b]]);
      const gewinner = genauEinGewinner(results, 'ErfasseHonorarzahlungPayload') as any;
      // 120.00 − 80.00 = 40.00 or 120.00 − 70.00 = 50.00 open; the loser's amount is more than that.
      expect(gewinner.honorarnote.offenerBetrag).toBe(gewinner.honorarzahlung.betrag === '80.00' ? '40.00' : '50.00');
      const stand = (await t.data(key, `query($id: ID!) { honorarnote(id: $id) { offenerBetrag honorarzahlungen { id } } }`, { id: note })).honorarnote;
      expect(stand).toEqual({ offenerBetrag: gewinner.honorarnote.offenerBetrag, honorarzahlungen: [{ id: gewinner.honorarzahlung.id }] });
      const i = results.findIndex((r) => r !== gewinner);
      expect(results[i]).toMatchObject({ __typename: 'ValidationError', field: 'betrag' });
      await wiederholtGleich(HONORARZAHLUNG, i === 0 ? a : b, results[i]!);
    }
  });

  it('one Leistung gerichtlich bestimmt twice at once gets one Titel', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { akt, leistungen: [l] } = await neuerAkt(1);
      const input = { leistungId: l, datum: '2026-11-20', beschlussart: 'KOSTENTITEL', gericht: 'BG LINZ' };
      const results = await zugleich([[TITEL_AUS_LEISTUNG, input], [TITEL_AUS_LEISTUNG, input]]);
      genauEinGewinner(results, 'CreateTitelFromLeistungPayload');
      expect((await aktStand(akt)).titel).toHaveLength(1);
      await wiederholtGleich(TITEL_AUS_LEISTUNG, input, results.find((r) => r.__typename !== 'CreateTitelFromLeistungPayload')!);
    }
  });

  it('20 reversals of one payment at once: one succeeds, its reason stays', async () => {
    for (let round = 0; round < ROUNDS / 2; round++) {
      const { akt } = await neuerAkt(0);
      const zahlung = ((await einmal(ZAHLUNG, { aktId: akt, betrag: '50.00', datum: '2026-11-01' })) as any).zahlung.id as string;
      const results = await zugleich(Array.from({ length: 20 }, (_, i) => [STORNO_ZAHLUNG, { id: zahlung, grund: `Grund ${i}` }] as [string, Record<string, unknown>]));
      const gewinner = genauEinGewinner(results, 'StornoZahlungPayload') as any;
      const [stand] = (await aktStand(akt)).zahlungen;
      expect(stand.stornoGrund).toBe(gewinner.zahlung.stornoGrund);
      expect(stand.storniertAm).not.toBeNull();
      const i = results.findIndex((r) => r.__typename !== 'StornoZahlungPayload');
      await wiederholtGleich(STORNO_ZAHLUNG, { id: zahlung, grund: `Grund ${i}` }, results[i]!);
    }
  });

  it('making a Person the Klient and a Gegner of one Akt at once: one of the two', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { akt } = await neuerAkt(0);
      const p = await createPerson(t, key, { kurzbezeichnung: `P${round}`, name: `Person ${round}` });
      const { version } = await aktStand(akt);
      const [a, b] = await zugleich([
        [mutation('updateAkt', 'UpdateAktInput', 'akt { id }'), { id: akt, version, klientId: p }],
        [mutation('setGegner', 'SetGegnerInput', 'akt { id }'), { aktId: akt, personIds: [p] }],
      ]);
      expect([a!, b!].filter((r) => r.__typename.endsWith('Payload')), JSON.stringify([a, b])).toHaveLength(1);
      const stand = (await t.data(key, `query($id: ID!) { akt(id: $id) { klient { id } gegner { id } } }`, { id: akt })).akt;
      expect(stand.gegner.map((g: { id: string }) => g.id)).not.toContain(stand.klient.id);
    }
  });

  describe('idempotency keys', () => {
    it('erstelleHonorarnote: ten at once with one key all answer the one invoice', async () => {
      for (let round = 0; round < ROUNDS / 2; round++) {
        const { akt } = await neuerAkt(1);
        const input = { aktId: akt, datum: '2026-11-30', idempotencyKey: `klick-${akt}` };
        const results = await zugleich(Array.from({ length: 10 }, () => [ERSTELLE, input] as [string, Record<string, unknown>]));
        const ids = new Set(results.map((r) => (r as any).honorarnote?.id));
        expect(results.every((r) => r.__typename === 'ErstelleHonorarnotePayload'), JSON.stringify(results)).toBe(true);
        expect(ids.size).toBe(1);
        expect((await aktStand(akt)).honorarnoten).toHaveLength(1);
      }
    });

    it('erfasseZahlung: two at once with one key store one payment; the key with another amount is a conflict', async () => {
      for (let round = 0; round < ROUNDS / 2; round++) {
        const { akt } = await neuerAkt(0);
        const input = { aktId: akt, betrag: '25.00', datum: '2026-11-02', idempotencyKey: `zahlung-${akt}` };
        const [a, b] = await zugleich([[ZAHLUNG, input], [ZAHLUNG, input]]);
        expect([a!.__typename, b!.__typename]).toEqual(['ErfasseZahlungPayload', 'ErfasseZahlungPayload']);
        expect((a as any).zahlung.id).toBe((b as any).zahlung.id);
        expect((await aktStand(akt)).zahlungen).toHaveLength(1);
        expect(await einmal(ZAHLUNG, { ...input, betrag: '26.00' })).toMatchObject({ __typename: 'ConflictError', entity: 'IdempotenzSchluessel', currentVersion: null });
        expect((await aktStand(akt)).zahlungen).toHaveLength(1);
      }
    });

    it('submitMandatsanfrage: two at once with one key store one request', async () => {
      const intake = (await t.data(key, 'mutation { rotateIntakeToken { ... on RotateIntakeTokenPayload { token } } }')).rotateIntakeToken.token;
      const anzahl = async () => (await t.data(key, '{ mandatsanfragen(first: 100) { edges { node { id } } } }')).mandatsanfragen.edges.length as number;
      const vorher = await anzahl();
      const input = { klient: { name: 'Bernd Doppelklick', email: 'b@example.at' }, sachgebiet: 'Mietrecht', beschreibung: 'Die Kaution wird nicht zurückgezahlt.', idempotencyKey: 'formular-4711-abcdef' };
      const [a, b] = await zugleich([[SUBMIT, input, intake], [SUBMIT, input, intake]]);
      expect(a).toMatchObject({ __typename: 'SubmitMandatsanfragePayload' });
      expect(b).toEqual(a);
      expect(await anzahl()).toBe(vorher + 1);
    });
  });
});
