// The mandate life cycle up to the Akt (lifecycle.md): a public intake request, assessment and
// assignment, the conflict check, acceptance, and the Akt's stages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gruende, namensSchluessel } from '../server/domain/kollision.js';
import { createAkt, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let admin: string;
let intake: string;

const SUBMIT = `mutation($i: SubmitMandatsanfrageInput!) { submitMandatsanfrage(input: $i) { __typename
  ... on SubmitMandatsanfragePayload { referenz eingegangenAm } ... on ValidationError { field message issues { field message } }
  ... on RateLimitError { retryAfterSeconds message } } }`;

const anfrage = (over: Record<string, unknown> = {}) => ({
  klient: { name: 'Jürgen Müller', email: 'j.mueller@example.at', telefon: '+43 664 1234567', plz: '1100', ort: 'Wien' },
  gegner: [{ name: 'Bautechnik Huber GmbH', art: 'UNTERNEHMEN', plz: '5020', ort: 'Salzburg' }],
  sachgebiet: 'Inkasso',
  beschreibung: 'Offene Werklohnforderung aus Rechnung 2026-114, trotz Mahnung nicht bezahlt.',
  streitwert: '12345.67',
  dringlichkeit: 'HOCH',
  dokumente: [{ dateiname: 'Rechnung-2026-114.pdf', typ: 'application/pdf', groesse: 182044 }],
  ...over,
});

const submit = (input: object, address = '203.0.113.7', token = intake) => t.gql(token, SUBMIT, { i: input }, { 'x-forwarded-for': address });

beforeEach(async () => {
  t = await testServer({ trustProxy: true, intakeRateLimit: { max: 3, windowMs: 60_000 } });
  admin = await t.key('Alpha', 'AD', 'ADMIN');
  intake = (await t.data(admin, 'mutation { rotateIntakeToken { __typename ... on RotateIntakeTokenPayload { token } } }')).rotateIntakeToken.token;
});
afterEach(() => t.close());

describe('online intake', () => {
  it('stores the request before answering and answers with a reference number', async () => {
    const res = await submit(anfrage());
    expect(res.body.data.submitMandatsanfrage.__typename).toBe('SubmitMandatsanfragePayload');
    const { referenz } = res.body.data.submitMandatsanfrage;
    expect(referenz).toMatch(/^MA-\d{4}-[A-Z2-9]{6}$/);
    const list = await t.data(admin, `{ mandatsanfragen { edges { node { referenz status klientName klientEmail streitwert dringlichkeit
      gegner { name art plz } dokumente { dateiname typ groesse } } } } }`);
    expect(list.mandatsanfragen.edges[0].node).toEqual({
      referenz, status: 'EINGEGANGEN', klientName: 'Jürgen Müller', klientEmail: 'j.mueller@example.at', streitwert: '12345.67', dringlichkeit: 'HOCH',
      gegner: [{ name: 'Bautechnik Huber GmbH', art: 'UNTERNEHMEN', plz: '5020' }],
      dokumente: [{ dateiname: 'Rechnung-2026-114.pdf', typ: 'application/pdf', groesse: 182044 }],
    });
  });

  it('an intake token can read nothing and change nothing else', async () => {
    for (const q of ['{ me { kuerzel } }', '{ mandatsanfragen { edges { node { id } } } }', '{ __schema { types { name } } }',
      `mutation { createPerson(input: { kurzbezeichnung: "X", name: "X" }) { __typename } }`,
      `mutation { rotateIntakeToken { __typename } }`,
      `mutation { a: submitMandatsanfrage(input: { klient: { name: "Ab", email: "a@b.at" }, sachgebiet: "x", beschreibung: "0123456789" }) { __typename } b: rotateIntakeToken { __typename } }`]) {
      const res = await t.gql(intake, q);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await t.db.prisma.person.count()).toBe(0);
    expect(await t.db.prisma.mandatsanfrage.count()).toBe(0);
    expect((await t.gql('kzi_wrong', '{ __typename }')).status).toBe(401);
  });

  it('a rotated token replaces the old one', async () => {
    const neu = (await t.data(admin, 'mutation { rotateIntakeToken { ... on RotateIntakeTokenPayload { token } } }')).rotateIntakeToken.token;
    expect((await submit(anfrage(), '203.0.113.7', intake)).status).toBe(401);
    expect((await submit(anfrage(), '203.0.113.7', neu)).body.data.submitMandatsanfrage.__typename).toBe('SubmitMandatsanfragePayload');
  });

  it.each([
    ['klient.name', { klient: { name: 'X', email: 'a@b.at' } }, /mindestens 2 Zeichen/],
    ['klient.email', { klient: { name: 'Anna Weber', email: 'anna@' } }, /E-Mail/],
    ['klient.telefon', { klient: { name: 'Anna Weber', email: 'a@b.at', telefon: 'abc' } }, /Telefonnummer/],
    ['klient.telefon', { klient: { name: 'Anna Weber', email: 'a@b.at', telefon: '+43 664 1234567 8901234567890123' } }, /höchstens 15 Ziffern/],
    ['klient.telefon', { klient: { name: 'Anna Weber', email: 'a@b.at', telefon: '+43 664 12345678901' } }, /höchstens 15 Ziffern/],
    ['klient.telefon', { klient: { name: 'Anna Weber', email: 'a@b.at', telefon: '0664 1' } }, /mindestens 6 Ziffern/],
    ['klient.plz', { klient: { name: 'Anna Weber', email: 'a@b.at', plz: '1!' } }, /PLZ/],
    ['gegner', { gegner: Array.from({ length: 11 }, (_, i) => ({ name: `Gegner ${i}` })) }, /höchstens 10 Gegner/],
    ['gegner.0.name', { gegner: [{ name: '12' }] }, /Buchstaben/],
    ['sachgebiet', { sachgebiet: ' ' }, /darf nicht leer/],
    ['beschreibung', { beschreibung: 'kurz' }, /mindestens 10 Zeichen/],
    ['beschreibung', { beschreibung: 'x'.repeat(10_001) }, /höchstens 10 000/],
    ['streitwert', { streitwert: '0' }, /größer als 0/],
    ['streitwert', { streitwert: '1.234' }, /2 Nachkommastellen/],
    ['dokumente.0.dateiname', { dokumente: [{ dateiname: '../etc/passwd', typ: 'application/pdf', groesse: 1 }] }, /Dateiname/],
    ['dokumente.0.typ', { dokumente: [{ dateiname: 'a.exe', typ: 'application/x-msdownload', groesse: 1 }] }, /Dateityp/],
    ['dokumente.0.groesse', { dokumente: [{ dateiname: 'a.pdf', typ: 'application/pdf', groesse: 26 * 1024 * 1024 }] }, /25 MB/],
    ['dokumente.0.groesse', { dokumente: [{ dateiname: 'a.pdf', typ: 'application/pdf', groesse: 0 }] }, /leer/],
  ])('refuses a bad %s, says why and stores nothing', async (field, over, message) => {
    const res = await submit(anfrage(over), `198.51.100.${Math.floor(Math.random() * 250)}`);
    const r = res.body.data.submitMandatsanfrage;
    expect(r.__typename).toBe('ValidationError');
    expect(r.field).toBe(field);
    expect(r.message).toMatch(message);
    expect(await t.db.prisma.mandatsanfrage.count()).toBe(0);
  });

  it('rate limits per client address', async () => {
    for (let i = 0; i < 3; i++) expect((await submit(anfrage(), '203.0.113.9')).body.data.submitMandatsanfrage.__typename).toBe('SubmitMandatsanfragePayload');
    const limited = (await submit(anfrage(), '203.0.113.9')).body.data.submitMandatsanfrage;
    expect(limited.__typename).toBe('RateLimitError');
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await submit(anfrage(), '203.0.113.10')).body.data.submitMandatsanfrage.__typename).toBe('SubmitMandatsanfragePayload');
    expect(await t.db.prisma.mandatsanfrage.count()).toBe(4);
  });
});

describe('conflict check', () => {
  it('folds case, umlauts, legal forms and word order, and says why', () => {
    const same = (a: string, b: string) => namensSchluessel(a).schluessel === namensSchluessel(b).schluessel;
    expect(same('Anna Weber', 'anna weber')).toBe(true);
    expect(same('Jürgen Müller', 'Juergen Mueller')).toBe(true);
    expect(same('Bautechnik Huber GmbH', 'Bautechnik Huber')).toBe(true);
    expect(same('Gruber Ges.m.b.H.', 'GRUBER GMBH')).toBe(true);
    expect(same('Huber Franz', 'Franz Huber')).toBe(true);
    expect(same('Franz Huber', 'Franziska Huber')).toBe(false);
    expect(same('Huber Bau GmbH', 'Huber Holz GmbH')).toBe(false);
    expect(gruende('Anna Weber', 'Anna Weber')).toEqual(['gleicher Name']);
    expect(gruende('Jürgen Müller', 'Juergen Mueller')).toEqual(['Umlaute/ß gleichgesetzt (ä = ae, ö = oe, ü = ue, ß = ss)']);
    expect(gruende('Bautechnik Huber GmbH', 'Bautechnik Huber')).toEqual(['Rechtsform nicht verglichen (GmbH)']);
    expect(gruende('Huber Franz', 'Franz Huber')).toEqual(['Wortreihenfolge vertauscht']);
  });

  it('finds a new Gegner among the Klienten and a new Klient among the Gegner, in open and closed Akten', async () => {
    const klient = await createPerson(t, admin, { kurzbezeichnung: 'MUELLER', name: 'Juergen Mueller' });
    const gegner = await createPerson(t, admin, { kurzbezeichnung: 'HUBER', name: 'Franz Huber' });
    const akt = await createAkt(t, admin, { aktenzeichen: '2025/0001', bezeichnung: 'alt', klientId: klient, gegnerIds: [gegner] });
    await t.data(admin, `mutation($a: ID!) { setAktStatus(input: { aktId: $a, version: 1, status: ABGESCHLOSSEN }) { __typename } }`, { a: akt });
    const d = await t.data(admin, `{ kollisionspruefung(klient: ["Huber Franz", "Eva Neu"], gegner: ["JÜRGEN MÜLLER", "Franz Huber"]) {
      name neueRolle bekannterName bekannteRolle aktenzeichen gruende } }`);
    expect(d.kollisionspruefung).toEqual([
      { name: 'JÜRGEN MÜLLER', neueRolle: 'GEGNER', bekannterName: 'Juergen Mueller', bekannteRolle: 'KLIENT', aktenzeichen: '2025/0001', gruende: ['Umlaute/ß gleichgesetzt (ä = ae, ö = oe, ü = ue, ß = ss)'] },
      { name: 'Huber Franz', neueRolle: 'KLIENT', bekannterName: 'Franz Huber', bekannteRolle: 'GEGNER', aktenzeichen: '2025/0001', gruende: ['Wortreihenfolge vertauscht'] },
    ]);
    // The same side again (an existing Gegner as Gegner, a Klient as Klient) is no conflict.
    expect((await t.data(admin, `{ kollisionspruefung(klient: ["Jürgen Müller"], gegner: ["Franz Huber"]) { name } }`)).kollisionspruefung).toEqual([]);
    // Another office's parties are not seen.
    const beta = await t.key('Beta', 'BE');
    expect((await t.data(beta, `{ kollisionspruefung(gegner: ["Juergen Mueller"]) { name } }`)).kollisionspruefung).toEqual([]);
  });
});

describe('from request to Akt', () => {
  const A = `query($id: ID!) { mandatsanfrage(id: $id) { status zugewiesenAn { kuerzel } kollisionGeprueftAm kollisionTreffer { name bekannterName gruende }
    kollisionFreigabeGrund kollisionFreigabeVon { kuerzel } zuweisungsvorschlag { benutzer { kuerzel } sachgebietPasst offeneAkten }
    akt { aktenzeichen status sachgebiet bemessungsgrundlage klient { name email kurzbezeichnung } gegner { id name } zustaendig { kuerzel } verlauf { von nach benutzer { kuerzel } } } } }`;
  const annehmen = (key: string, input: object) =>
    t.data(key, `mutation($i: AnnehmenMandatsanfrageInput!) { r: annehmenMandatsanfrage(input: $i) { __typename ... on ValidationError { field message } ... on ConflictError { entity } ... on Error { message } } }`, { i: input });
  const pruefe = (key: string, id: string) => t.data(key, `mutation($id: ID!) { pruefeKollision(input: { id: $id }) { __typename } }`, { id });

  async function setup() {
    const prisma = t.db.prisma;
    const kanzlei = await prisma.kanzlei.findFirstOrThrow({ where: { name: 'Alpha' } });
    await prisma.benutzer.update({ where: { kanzleiId_kuerzel: { kanzleiId: kanzlei.id, kuerzel: 'AD' } }, data: { sachgebiete: ['Familienrecht'] } });
    const anwaeltin = await t.key('Alpha', 'MM', 'ANWALT');
    const mm = await prisma.benutzer.update({ where: { kanzleiId_kuerzel: { kanzleiId: kanzlei.id, kuerzel: 'MM' } }, data: { sachgebiete: ['Inkasso', 'Zivilrecht'] } });
    const sachbearbeiter = await t.key('Alpha', 'SB', 'SACHBEARBEITER');
    const { referenz } = (await submit(anfrage())).body.data.submitMandatsanfrage;
    const { id } = await prisma.mandatsanfrage.findUniqueOrThrow({ where: { referenz } });
    return { id, anwaeltin, mmId: mm.id, sachbearbeiter };
  }

  it('accepts two requests at once: each gets its own Aktenzeichen and Kurzbezeichnung', async () => {
    const ids: string[] = [];
    for (const adresse of ['203.0.113.8', '203.0.113.9']) {
      const { referenz } = (await submit(anfrage({ gegner: [] }), adresse)).body.data.submitMandatsanfrage;
      const { id } = await t.db.prisma.mandatsanfrage.findUniqueOrThrow({ where: { referenz } });
      await t.data(admin, `mutation($id: ID!) { pruefeKollision(input: { id: $id }) { __typename } }`, { id });
      ids.push(id);
    }
    // The second has the first one's Klient as a hit (same name): a lawyer releases it with a reason.
    const results = await Promise.all(ids.map((id) => annehmen(admin, { id, kollisionFreigabeGrund: 'Derselbe Klient, neuer Auftrag' })));
    expect(results.map((r) => r.r.__typename)).toEqual(['AnnehmenMandatsanfragePayload', 'AnnehmenMandatsanfragePayload']);
    const akten = (await t.data(admin, '{ akten { edges { node { aktenzeichen klient { kurzbezeichnung } } } } }')).akten.edges.map((e: any) => e.node);
    const jahr = new Date().getUTCFullYear();
    expect(akten.map((a: any) => a.aktenzeichen).sort()).toEqual([`${jahr}/0001`, `${jahr}/0002`]);
    // The same person (name and PLZ): the second acceptance reuses the first one's Person.
    expect(new Set(akten.map((a: any) => a.klient.kurzbezeichnung))).toEqual(new Set(['JUERGENMUELL']));
  });

  it('walks intake → assessment → assignment → conflict check → acceptance → work → closed', async () => {
    const { id, anwaeltin, mmId } = await setup();
    // The existing Gegner "Bautechnik Huber OG" in Salzburg is reused for "Bautechnik Huber GmbH"? No: the
    // legal form differs but the key matches and the PLZ agrees, so the office's Person is reused.
    const vorhanden = await createPerson(t, admin, { kurzbezeichnung: 'BAUTECH', name: 'Bautechnik Huber GmbH', art: 'UNTERNEHMEN', plz: '5020' });

    const vorschlag = (await t.data(admin, A, { id })).mandatsanfrage.zuweisungsvorschlag;
    expect(vorschlag).toEqual([
      { benutzer: { kuerzel: 'MM' }, sachgebietPasst: true, offeneAkten: 0 },
      { benutzer: { kuerzel: 'AD' }, sachgebietPasst: false, offeneAkten: 0 },
    ]);
    await t.data(admin, `mutation($i: UpdateMandatsanfrageInput!) { updateMandatsanfrage(input: $i) { __typename } }`, { i: { id, status: 'IN_PRUEFUNG', umfang: 'Inkasso einer Werklohnforderung', bewertung: 'Aussichtsreich' } });
    const assigned = await t.data(admin, `mutation($i: AssignMandatsanfrageInput!) { assignMandatsanfrage(input: $i) { __typename ... on AssignMandatsanfragePayload { mandatsanfrage { status zugewiesenAn { kuerzel } } } } }`, { i: { id, benutzerId: mmId } });
    expect(assigned.assignMandatsanfrage.mandatsanfrage).toEqual({ status: 'IN_PRUEFUNG', zugewiesenAn: { kuerzel: 'MM' } });

    expect((await annehmen(anwaeltin, { id })).r).toMatchObject({ __typename: 'ValidationError', field: 'id', message: expect.stringMatching(/Kollisionsprüfung/) });
    await t.data(anwaeltin, `mutation($id: ID!) { pruefeKollision(input: { id: $id }) { __typename } }`, { id });
    expect((await annehmen(anwaeltin, { id })).r.__typename).toBe('AnnehmenMandatsanfragePayload');

    const a = (await t.data(admin, A, { id })).mandatsanfrage;
    expect(a.status).toBe('ANGENOMMEN');
    expect(a.kollisionTreffer).toEqual([]);
    const jahr = new Date().getUTCFullYear();
    expect(a.akt).toEqual({
      aktenzeichen: `${jahr}/0001`, status: 'ANGELEGT', sachgebiet: 'Inkasso', bemessungsgrundlage: '12345.67',
      klient: { name: 'Jürgen Müller', email: 'j.mueller@example.at', kurzbezeichnung: 'JUERGENMUELL' },
      gegner: [{ id: vorhanden, name: 'Bautechnik Huber GmbH' }], zustaendig: { kuerzel: 'MM' },
      verlauf: [{ von: null, nach: 'ANGELEGT', benutzer: { kuerzel: 'MM' } }],
    });
    // Decided once: no second acceptance, no reassignment.
    expect((await annehmen(anwaeltin, { id })).r).toMatchObject({ __typename: 'ValidationError', message: expect.stringMatching(/schon ANGENOMMEN/) });

    // The Akt's stages.
    const aktId = (await t.data(admin, `{ akten { edges { node { id } } } }`)).akten.edges[0].node.id;
    const status = (version: number, s: string) =>
      t.data(anwaeltin, `mutation($i: SetAktStatusInput!) { r: setAktStatus(input: $i) { __typename ... on SetAktStatusPayload { akt { status version abgeschlossenAm } } ... on ValidationError { field message } } }`, {
        i: { aktId, version, status: s, grund: `nach ${s}` },
      });
    expect((await status(1, 'IN_BEARBEITUNG')).r.akt).toMatchObject({ status: 'IN_BEARBEITUNG', version: 2, abgeschlossenAm: null });
    expect((await status(2, 'ANGELEGT')).r).toMatchObject({ __typename: 'ValidationError', field: 'status', message: expect.stringMatching(/nur nach ABGESCHLOSSEN/) });
    expect((await status(2, 'ARCHIVIERT')).r).toMatchObject({ __typename: 'ValidationError', field: 'status' });
    expect((await status(1, 'ABGESCHLOSSEN')).r.__typename).toBe('ConflictError');
    expect((await status(2, 'ABGESCHLOSSEN')).r.akt).toMatchObject({ status: 'ABGESCHLOSSEN', version: 3, abgeschlossenAm: expect.stringMatching(/^\d{4}-/) });
    const verlauf = (await t.data(admin, `query($id: ID!) { akt(id: $id) { verlauf { von nach grund benutzer { kuerzel } } } }`, { id: aktId })).akt.verlauf;
    expect(verlauf).toEqual([
      { von: null, nach: 'ANGELEGT', grund: null, benutzer: { kuerzel: 'MM' } },
      { von: 'ANGELEGT', nach: 'IN_BEARBEITUNG', grund: 'nach IN_BEARBEITUNG', benutzer: { kuerzel: 'MM' } },
      { von: 'IN_BEARBEITUNG', nach: 'ABGESCHLOSSEN', grund: 'nach ABGESCHLOSSEN', benutzer: { kuerzel: 'MM' } },
    ]);
    // … and into the archive: read-only, kept 5 years after the representation ended.
    const archiv = await t.data(anwaeltin, `mutation($a: ID!) { archiviereAkt(input: { aktId: $a, version: 3 }) { __typename ... on ArchiviereAktPayload { akt { status aufbewahrenBis abgeschlossenAm } } } }`, { a: aktId });
    const { status: s, aufbewahrenBis, abgeschlossenAm } = archiv.archiviereAkt.akt;
    expect(s).toBe('ARCHIVIERT');
    const ende = new Date(abgeschlossenAm);
    expect(aufbewahrenBis).toBe(`${ende.getUTCFullYear() + 5}-${abgeschlossenAm.slice(5, 10)}`);
  });

  it('a conflict blocks acceptance until a lawyer gives a reason; a clerk cannot', async () => {
    const { id, anwaeltin, sachbearbeiter } = await setup();
    // The new Gegner is a Klient of an older Akt.
    const alt = await createPerson(t, admin, { kurzbezeichnung: 'BAUHUBER', name: 'Bautechnik Huber', art: 'UNTERNEHMEN' });
    await createAkt(t, admin, { aktenzeichen: '2024/0009', bezeichnung: 'alt', klientId: alt });
    // A look without recording it …
    const vorab = await t.data(anwaeltin, `query($id: ID!) { kollisionspruefung(mandatsanfrageId: $id) { name aktenzeichen } }`, { id });
    expect(vorab.kollisionspruefung).toEqual([{ name: 'Bautechnik Huber GmbH', aktenzeichen: '2024/0009' }]);
    expect((await t.data(admin, A, { id })).mandatsanfrage.kollisionGeprueftAm).toBeNull();
    // … and the recorded check.
    await t.data(anwaeltin, `mutation($id: ID!) { pruefeKollision(input: { id: $id }) { __typename } }`, { id });
    const a = (await t.data(admin, A, { id })).mandatsanfrage;
    expect(a.kollisionTreffer).toEqual([{ name: 'Bautechnik Huber GmbH', bekannterName: 'Bautechnik Huber', gruende: ['Rechtsform nicht verglichen (GmbH)'] }]);
    expect((await annehmen(anwaeltin, { id })).r).toMatchObject({ __typename: 'ValidationError', field: 'kollisionFreigabeGrund' });
    expect((await annehmen(sachbearbeiter, { id, kollisionFreigabeGrund: 'passt schon' })).r.__typename).toBe('ForbiddenError');
    expect(await t.db.prisma.akt.count()).toBe(1);
    expect((await annehmen(anwaeltin, { id, aktenzeichen: '2026/0100', kollisionFreigabeGrund: 'Altmandat 2024 beendet, keine Interessenkollision (Rücksprache Dr. M.)' })).r.__typename).toBe('AnnehmenMandatsanfragePayload');
    const done = (await t.data(admin, A, { id })).mandatsanfrage;
    expect(done).toMatchObject({ status: 'ANGENOMMEN', kollisionFreigabeVon: { kuerzel: 'MM' }, kollisionFreigabeGrund: expect.stringMatching(/Altmandat/), akt: { aktenzeichen: '2026/0100' } });
  });

  it('acceptance checks for conflicts again: a hit that arose after pruefeKollision refuses, naming it, and writes nothing', async () => {
    const { id, anwaeltin } = await setup();
    await pruefe(anwaeltin, id);
    expect((await t.data(admin, A, { id })).mandatsanfrage.kollisionTreffer).toEqual([]);
    // Meanwhile the request's Gegner becomes a Klient of the office.
    const huber = await createPerson(t, admin, { kurzbezeichnung: 'BAUHUBER', name: 'Bautechnik Huber Gesellschaft m.b.H.', art: 'UNTERNEHMEN' });
    await createAkt(t, admin, { aktenzeichen: '2026/0042', bezeichnung: 'neu', klientId: huber });
    const vorher = { akten: await t.db.prisma.akt.count(), personen: await t.db.prisma.person.count() };
    // A reason given for the hits the lawyer saw (none) does not cover a hit nobody has seen.
    for (const input of [{ id }, { id, kollisionFreigabeGrund: 'Geprüft' }]) {
      expect((await annehmen(anwaeltin, input)).r).toEqual({
        __typename: 'ConflictError', entity: 'Mandatsanfrage',
        message: 'Seit der Kollisionsprüfung ist ein Treffer dazugekommen: „Bautechnik Huber GmbH“ (neu als Gegner) ist Klient „Bautechnik Huber Gesellschaft m.b.H.“ in Akt 2026/0042. '
          + 'Bitte die Kollisionsprüfung erneut ausführen (pruefeKollision) und dann entscheiden.',
      });
    }
    expect({ akten: await t.db.prisma.akt.count(), personen: await t.db.prisma.person.count() }).toEqual(vorher);
    expect((await t.data(admin, A, { id })).mandatsanfrage).toMatchObject({ status: 'EINGEGANGEN', akt: null, kollisionTreffer: [] });
    // Checked again, the hit is on record: acceptance needs a lawyer's reason, as for any hit.
    await pruefe(anwaeltin, id);
    expect((await annehmen(anwaeltin, { id })).r).toMatchObject({ __typename: 'ValidationError', field: 'kollisionFreigabeGrund' });
    expect((await annehmen(anwaeltin, { id, kollisionFreigabeGrund: 'Andere Sache, Rücksprache gehalten' })).r.__typename).toBe('AnnehmenMandatsanfragePayload');
  });

  it('acceptance reuses a Person whose name is spelled with ae/oe/ue, another legal form or a title (same PLZ)', async () => {
    const oettl = await createPerson(t, admin, { kurzbezeichnung: 'OETTL', name: 'Jürgen Öttl', plz: '6020' });
    // The same name elsewhere is another person.
    await createPerson(t, admin, { kurzbezeichnung: 'OETTLW', name: 'Jürgen Öttl', plz: '1010' });
    const bau = await createPerson(t, admin, { kurzbezeichnung: 'HUBERBAU', name: 'Huber Bau GmbH', art: 'UNTERNEHMEN', plz: '5020' });
    const mayr = await createPerson(t, admin, { kurzbezeichnung: 'MAYR', name: 'Anna Mayr' });
    const { referenz } = (await submit(anfrage({
      klient: { name: 'Juergen Oettl', email: 'j.oettl@example.at', plz: '6020', ort: 'Innsbruck' },
      gegner: [{ name: 'Huber Bau Gesellschaft m.b.H.', art: 'UNTERNEHMEN', plz: '5020' }, { name: 'Mag.a Anna Mayr, MBA', plz: '4020' }],
    }))).body.data.submitMandatsanfrage;
    const { id } = await t.db.prisma.mandatsanfrage.findUniqueOrThrow({ where: { referenz } });
    await pruefe(admin, id);
    expect((await annehmen(admin, { id })).r.__typename).toBe('AnnehmenMandatsanfragePayload');
    const akt = (await t.data(admin, A, { id })).mandatsanfrage.akt;
    expect(await t.db.prisma.person.findUniqueOrThrow({ where: { id: oettl } })).toMatchObject({ name: 'Jürgen Öttl' });
    expect((await t.data(admin, `{ akten { edges { node { klient { id } gegner { id } } } } }`)).akten.edges[0].node).toEqual({ klient: { id: oettl }, gegner: [{ id: bau }, { id: mayr }] });
    expect(akt.klient.kurzbezeichnung).toBe('OETTL');
    expect(await t.db.prisma.person.count()).toBe(4);
  });

  it('a lawyer’s Sachgebiete are recorded by an ADMIN (setSachgebiete) and rank the proposal first, before the open caseload', async () => {
    const prisma = t.db.prisma;
    const anwaeltin = await t.key('Alpha', 'MM', 'ANWALT');
    await t.key('Alpha', 'ZZ', 'ANWALT');
    const sachbearbeiter = await t.key('Alpha', 'SB', 'SACHBEARBEITER');
    const { benutzer } = await t.data(admin, '{ benutzer { id kuerzel sachgebiete } }');
    const b = Object.fromEntries(benutzer.map((x: any) => [x.kuerzel, x.id]));
    expect(benutzer.map((x: any) => x.sachgebiete)).toEqual([[], [], [], []]);
    // MM carries two open Akten, AD and ZZ none.
    const klient = await createPerson(t, admin, { kurzbezeichnung: 'K', name: 'Klara Klient' });
    for (const az of ['2026/0001', '2026/0002']) await createAkt(t, admin, { aktenzeichen: az, bezeichnung: 'x', klientId: klient, zustaendigId: b.MM });
    const { referenz } = (await submit(anfrage({ gegner: [] }))).body.data.submitMandatsanfrage;
    const { id } = await prisma.mandatsanfrage.findUniqueOrThrow({ where: { referenz } });
    const vorschlag = async () => (await t.data(admin, A, { id })).mandatsanfrage.zuweisungsvorschlag;
    // Nobody's Sachgebiete known: fewest open Akten first, then Kürzel.
    expect(await vorschlag()).toEqual([
      { benutzer: { kuerzel: 'AD' }, sachgebietPasst: false, offeneAkten: 0 },
      { benutzer: { kuerzel: 'ZZ' }, sachgebietPasst: false, offeneAkten: 0 },
      { benutzer: { kuerzel: 'MM' }, sachgebietPasst: false, offeneAkten: 2 },
    ]);
    const SET = `mutation($i: SetSachgebieteInput!) { r: setSachgebiete(input: $i) { __typename ... on SetSachgebietePayload { benutzer { kuerzel sachgebiete } }
      ... on ValidationError { field message } ... on Error { message } } }`;
    const set = (key: string, i: object) => t.data(key, SET, { i }).then((d) => d.r);
    expect(await set(admin, { benutzerId: b.MM, sachgebiete: [' inkasso ', 'Zivilrecht'] })).toEqual({ __typename: 'SetSachgebietePayload', benutzer: { kuerzel: 'MM', sachgebiete: ['inkasso', 'Zivilrecht'] } });
    // The request's Sachgebiet "Inkasso" matches "inkasso": MM first despite two open Akten.
    expect(await vorschlag()).toEqual([
      { benutzer: { kuerzel: 'MM' }, sachgebietPasst: true, offeneAkten: 2 },
      { benutzer: { kuerzel: 'AD' }, sachgebietPasst: false, offeneAkten: 0 },
      { benutzer: { kuerzel: 'ZZ' }, sachgebietPasst: false, offeneAkten: 0 },
    ]);
    // Two who match: the one with fewer open Akten first.
    await set(admin, { benutzerId: b.ZZ, sachgebiete: ['Inkasso'] });
    expect((await vorschlag()).map((v: any) => [v.benutzer.kuerzel, v.sachgebietPasst])).toEqual([['ZZ', true], ['MM', true], ['AD', false]]);
    // An empty list clears.
    await set(admin, { benutzerId: b.ZZ, sachgebiete: [] });
    expect((await vorschlag()).map((v: any) => v.benutzer.kuerzel)).toEqual(['MM', 'AD', 'ZZ']);

    // Bounded and checked like a request's Sachgebiet; only an ADMIN, only the office's users.
    const vorher = JSON.stringify(await prisma.benutzer.findMany({ orderBy: { kuerzel: 'asc' } }));
    expect(await set(admin, { benutzerId: b.MM, sachgebiete: Array.from({ length: 21 }, (_, i) => `Gebiet ${i}`) })).toMatchObject({ __typename: 'ValidationError', field: 'sachgebiete', message: expect.stringMatching(/höchstens 20 Sachgebiete/) });
    expect(await set(admin, { benutzerId: b.MM, sachgebiete: ['Inkasso', ' '] })).toMatchObject({ __typename: 'ValidationError', field: 'sachgebiete.1', message: expect.stringMatching(/darf nicht leer/) });
    expect(await set(admin, { benutzerId: b.MM, sachgebiete: ['x'.repeat(101)] })).toMatchObject({ __typename: 'ValidationError', field: 'sachgebiete.0', message: expect.stringMatching(/höchstens 100 Zeichen/) });
    expect(await set(admin, { benutzerId: b.MM, sachgebiete: ['Inkasso', 'INKASSO'] })).toMatchObject({ __typename: 'ValidationError', field: 'sachgebiete.1', message: expect.stringMatching(/doppelt/) });
    expect((await set(anwaeltin, { benutzerId: b.MM, sachgebiete: ['Familienrecht'] })).__typename).toBe('ForbiddenError');
    expect((await set(sachbearbeiter, { benutzerId: b.MM, sachgebiete: ['Familienrecht'] })).__typename).toBe('ForbiddenError');
    const beta = await t.key('Beta', 'BE', 'ADMIN');
    expect((await set(beta, { benutzerId: b.MM, sachgebiete: ['Familienrecht'] })).__typename).toBe('NotFoundError');
    expect(JSON.stringify(await prisma.benutzer.findMany({ where: { kanzlei: { name: 'Alpha' } }, orderBy: { kuerzel: 'asc' } }))).toBe(vorher);
  });

  it('a refusal needs a reason and is final', async () => {
    const { id } = await setup();
    const upd = (i: object) => t.data(admin, `mutation($i: UpdateMandatsanfrageInput!) { r: updateMandatsanfrage(input: $i) { __typename ... on ValidationError { field } ... on UpdateMandatsanfragePayload { mandatsanfrage { status ablehnungsgrund } } } }`, { i: { id, ...i } });
    expect((await upd({ status: 'ABGELEHNT' })).r).toEqual({ __typename: 'ValidationError', field: 'ablehnungsgrund' });
    expect((await upd({ status: 'ABGELEHNT', ablehnungsgrund: 'Kein Tätigkeitsbereich der Kanzlei' })).r.mandatsanfrage).toEqual({ status: 'ABGELEHNT', ablehnungsgrund: 'Kein Tätigkeitsbereich der Kanzlei' });
    expect((await upd({ status: 'IN_PRUEFUNG' })).r).toEqual({ __typename: 'ValidationError', field: 'id' });
  });
});
