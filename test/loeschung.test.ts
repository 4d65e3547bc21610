// Erasure that erases (issue 15, finding 6): after the retention deletion and after an explicit
// GDPR erasure (loeschePersonendaten), no table and no answer of the API holds the person's name,
// e-mail, street or phone; the audit trail still says who changed what and when, with the values
// redacted in place, and records the erasure itself (action REDACT).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAkt, createLeistung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';
import { EREIGNIS_TYPEN } from '../server/webhooks/ereignisse.js';

let t: TestServer;
let admin: string;

beforeEach(async () => {
  t = await testServer();
  admin = await t.key('Alpha', 'AD', 'ADMIN');
  // A partner subscribed to every event: its outbox must be erased too (fundstellen scans it).
  const { id: kanzleiId } = await t.db.prisma.kanzlei.findUniqueOrThrow({ where: { name: 'Alpha' } });
  await t.db.prisma.webhook.create({ data: { kanzleiId, url: 'https://partner.example/hook', ereignisse: [...EREIGNIS_TYPEN], secret: 'whsec_dGVzdA==' } });
});
afterEach(() => t.close());

// Distinctive values: found anywhere means not erased.
const NAME = 'Zacharias Quirinxylander';
const EMAIL = 'zq.quirinxylander@example.at';
const STRASSE = 'Quittenweggasse 17';
const TELEFON = '+43 664 9876543';
const GEGNER = 'Eindeutigkeit Versand GmbH';
const SPUREN = ['quirinxylander', 'quittenweggasse', '9876543', 'eindeutigkeit'];

/** Every row of every table, as JSON text, that contains one of the traces. */
async function fundstellen(): Promise<string[]> {
  const tabellen = await t.db.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  expect(tabellen.map((x) => x.name)).toEqual(expect.arrayContaining(['AuditEntry', 'Person', 'Mandatsanfrage', 'Akt', 'Honorarnote', 'Kommunikation']));
  const treffer: string[] = [];
  for (const { name } of tabellen) {
    const rows = await t.db.prisma.$queryRawUnsafe<{ zeile: string }[]>(
      `SELECT row_to_json(x)::text AS zeile FROM "${name}" x WHERE ${SPUREN.map((_, i) => `lower(row_to_json(x)::text) LIKE $${i + 1}`).join(' OR ')}`,
      ...SPUREN.map((s) => `%${s}%`),
    );
    treffer.push(...rows.map((r) => `${name}: ${r.zeile}`));
  }
  return treffer;
}

/** The whole trail through the API, page by page. */
async function ganzesAuditLog(filter: object = {}): Promise<any[]> {
  const alle: any[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = (await t.data(admin, `query($f: AuditLogFilter, $a: String) { auditLog(filter: $f, first: 100, after: $a) {
      edges { node { at benutzerKuerzel operation entity entityId action changes { field before after } } } pageInfo { hasNextPage endCursor } } }`, { f: filter, a: after })).auditLog;
    alle.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) return alle;
    after = page.pageInfo.endCursor;
  }
}

const spurenIn = (x: unknown) => SPUREN.filter((s) => JSON.stringify(x).toLowerCase().includes(s));

const m = async (key: string, mutation: string, input: unknown, select = '') => {
  const name = mutation.charAt(0).toUpperCase() + mutation.slice(1);
  const r = (await t.data(key, `mutation($i: ${name}Input!) { r: ${mutation}(input: $i) { __typename ... on Error { message } ${select} } }`, { i: input })).r;
  return r;
};

describe('retention deletion', () => {
  it('leaves the requester, the Klient and the Gegner nowhere in clear, in no table and not in auditLog; the erasure is recorded', async () => {
    const token = (await t.data(admin, 'mutation { rotateIntakeToken { ... on RotateIntakeTokenPayload { token } } }')).rotateIntakeToken.token;
    const sub = await t.gql(token, `mutation($i: SubmitMandatsanfrageInput!) { submitMandatsanfrage(input: $i) { ... on SubmitMandatsanfragePayload { referenz } } }`, {
      i: {
        klient: { name: NAME, email: EMAIL, strasse: STRASSE, plz: '1100', ort: 'Wien', telefon: TELEFON },
        gegner: [{ name: GEGNER, art: 'UNTERNEHMEN' }], sachgebiet: 'Inkasso', beschreibung: `Herr ${NAME} schildert eine offene Rechnung.`,
      },
    });
    const { id: anfrage } = await t.db.prisma.mandatsanfrage.findUniqueOrThrow({ where: { referenz: sub.body.data.submitMandatsanfrage.referenz } });
    await m(admin, 'pruefeKollision', { id: anfrage });
    const angenommen = await m(admin, 'annehmenMandatsanfrage', { id: anfrage, aktenzeichen: '2020/0001' }, '... on AnnehmenMandatsanfragePayload { mandatsanfrage { akt { id klient { id } gegner { id } } } }');
    const { id: akt, klient, gegner } = angenommen.mandatsanfrage.akt;
    // The name copied into other rows: the Akt's Bezeichnung, a note, an invoice's recipient.
    expect((await m(admin, 'updateAkt', { id: akt, version: 1, bezeichnung: `Quirinxylander gg. Eindeutigkeit` })).__typename).toBe('UpdateAktPayload');
    await m(admin, 'createKommunikation', { aktId: akt, kanal: 'TELEFON', richtung: 'EINGEHEND', betreff: `Anruf ${NAME}`, text: `Rückruf unter ${TELEFON}` });
    await createLeistung(t, admin, { aktId: akt, datum: '2020-02-01', kuerzel: 'X', verdienst: '100.00', text: `Besprechung mit ${NAME}` });
    const note = await m(admin, 'erstelleHonorarnote', { aktId: akt, datum: '2020-02-15' }, '... on ErstelleHonorarnotePayload { honorarnote { id } }');
    expect(note.__typename).toBe('ErstelleHonorarnotePayload');
    // Paid (an Akt with an open invoice is not archived), with the client's name in the reference.
    expect((await m(admin, 'erfasseHonorarzahlung', { honorarnoteId: note.honorarnote.id, betrag: '120.00', bezahltAm: '2020-03-01', verwendungszweck: `Honorar ${NAME}` })).__typename)
      .toBe('ErfasseHonorarzahlungPayload');
    expect(spurenIn(await ganzesAuditLog({ entityId: klient.id }))).toEqual(['quirinxylander', 'quittenweggasse', '9876543']);
    expect((await fundstellen()).length).toBeGreaterThan(5);

    await m(admin, 'setAktStatus', { aktId: akt, version: 2, status: 'ABGESCHLOSSEN' });
    await m(admin, 'archiviereAkt', { aktId: akt, version: 3 });
    // The deadline long past (an archived Akt takes only a new deadline and hold).
    await t.db.prisma.akt.update({ where: { id: akt }, data: { aufbewahrenBis: new Date('2025-01-01T00:00:00Z') } });
    const bericht = await t.data(admin, `mutation { loescheAbgelaufeneAkten { ... on LoescheAbgelaufeneAktenPayload { geloeschteAkten anonymisiertePersonen anonymisierteAnfragen } } }`);
    expect(bericht.loescheAbgelaufeneAkten).toEqual({ geloeschteAkten: ['2020/0001'], anonymisiertePersonen: 2, anonymisierteAnfragen: 1 });

    expect(await fundstellen()).toEqual([]);
    const trail = await ganzesAuditLog();
    expect(spurenIn(trail)).toEqual([]);
    // Who changed what and when is still there: the Klient's creation, with its fields, values redacted.
    const personLog = await ganzesAuditLog({ entityId: klient.id });
    const erstellt = personLog.find((e) => e.action === 'CREATE');
    expect(erstellt).toMatchObject({ benutzerKuerzel: 'AD', operation: 'annehmenMandatsanfrage', entity: 'Person' });
    expect(erstellt.changes).toEqual(expect.arrayContaining([{ field: 'name', before: null, after: '[gelöscht]' }, { field: 'email', before: null, after: '[gelöscht]' }, { field: 'plz', before: null, after: '[gelöscht]' }]));
    expect(erstellt.changes).toContainEqual({ field: 'art', before: null, after: 'NATUERLICHE_PERSON' });
    // The erasure itself: who, when, which fields, no values.
    expect(personLog[0]).toMatchObject({
      action: 'REDACT', entity: 'Person', entityId: klient.id, benutzerKuerzel: 'AD', operation: 'loescheAbgelaufeneAkten',
      changes: ['email', 'kurzbezeichnung', 'name', 'ort', 'plz', 'strasse', 'telefon', 'uid'].map((field) => ({ field, before: null, after: null })),
    });
    for (const [entity, entityId] of [['Person', gegner[0].id], ['Mandatsanfrage', anfrage], ['Akt', akt]]) {
      expect(trail.filter((e) => e.action === 'REDACT' && e.entity === entity && e.entityId === entityId), `${entity} ${entityId}`).toHaveLength(1);
    }
    // The request as the API shows it.
    const ma = (await t.data(admin, `query($id: ID!) { mandatsanfrage(id: $id) { klientName klientEmail beschreibung } }`, { id: anfrage })).mandatsanfrage;
    expect(ma).toEqual({ klientName: 'anonymisiert', klientEmail: 'anonymisiert', beschreibung: 'anonymisiert' });
  });
});

describe('loeschePersonendaten', () => {
  it('is refused while an Akt names the Person; then erases the Person and their request everywhere', async () => {
    const person = await createPerson(t, admin, { kurzbezeichnung: 'QUIRIN', name: NAME, email: EMAIL, strasse: STRASSE, plz: '1100', ort: 'Wien', telefon: TELEFON });
    await m(admin, 'updatePerson', { id: person, telefon: '+43 1 9876543' });
    // An earlier web request of the same person (same e-mail, other spelling of the name).
    await m(admin, 'submitMandatsanfrage', { klient: { name: 'Z. Quirinxylander', email: EMAIL.toUpperCase() }, gegner: [], sachgebiet: 'Inkasso', beschreibung: 'Eine Anfrage.' });
    const anderer = await createPerson(t, admin, { kurzbezeichnung: 'ANDERER', name: 'Anton Anderer', email: 'anton@example.at' });
    const akt = await createAkt(t, admin, { aktenzeichen: '2026/0001', bezeichnung: 'Inkasso', klientId: anderer, gegnerIds: [person] });
    const vorher = await t.db.prisma.auditEntry.count();
    const verweigert = await t.data(admin, `mutation($p: ID!) { r: loeschePersonendaten(input: { personId: $p }) { __typename ... on ValidationError { field message } } }`, { p: person });
    expect(verweigert.r).toEqual({ __typename: 'ValidationError', field: 'personId', message: 'personId: Die Person ist noch in 2026/0001 genannt: erst mit dem Akt (nach seiner Aufbewahrung) löschbar' });
    expect(await t.db.prisma.auditEntry.count()).toBe(vorher);
    expect((await t.data(admin, `mutation($a: ID!) { setGegner(input: { aktId: $a, personIds: [] }) { __typename } }`, { a: akt })).setGegner.__typename).toBe('SetGegnerPayload');

    const r = await t.data(admin, `mutation($p: ID!) { r: loeschePersonendaten(input: { personId: $p }) { __typename
      ... on LoeschePersonendatenPayload { person { name kurzbezeichnung email telefon strasse plz ort } anonymisierteAnfragen geschwaerzteEintraege } } }`, { p: person });
    expect(r.r).toMatchObject({
      __typename: 'LoeschePersonendatenPayload', anonymisierteAnfragen: 1,
      person: { name: 'anonymisiert', kurzbezeichnung: `ANON-${person.slice(0, 8)}`, email: null, telefon: null, strasse: null, plz: null, ort: null },
    });
    // Person CREATE and UPDATE, request CREATE, the AktGegner row? (ids only: untouched), the anonymising UPDATEs.
    expect(r.r.geschwaerzteEintraege).toBeGreaterThanOrEqual(3);

    expect(await fundstellen()).toEqual([]);
    expect(spurenIn(await ganzesAuditLog())).toEqual([]);
    const log = await ganzesAuditLog({ entityId: person });
    expect(log.map((e) => e.action)).toEqual(['REDACT', 'UPDATE', 'UPDATE', 'CREATE']);
    expect(log[0]).toMatchObject({ benutzerKuerzel: 'AD', operation: 'loeschePersonendaten', entity: 'Person' });
    expect(log[2].changes).toEqual([{ field: 'telefon', before: '[gelöscht]', after: '[gelöscht]' }]);
    // Another person's data is untouched, in the table and in the trail.
    expect(JSON.stringify(await ganzesAuditLog({ entityId: anderer }))).toContain('Anton Anderer');
  });

  it('a Person of another office is not found; nothing changes', async () => {
    const beta = await t.key('Beta', 'BE', 'ADMIN');
    const fremd = await createPerson(t, beta, { kurzbezeichnung: 'Q', name: NAME, email: EMAIL });
    const r = await t.data(admin, `mutation($p: ID!) { r: loeschePersonendaten(input: { personId: $p }) { __typename } }`, { p: fremd });
    expect(r.r.__typename).toBe('NotFoundError');
    expect((await t.db.prisma.person.findUniqueOrThrow({ where: { id: fremd } })).name).toBe(NAME);
  });
});

describe('the audit trail stays append-only outside the erasure step', () => {
  it('refuses an UPDATE without the setting, one that changes more than values to the marker, and any DELETE', async () => {
    await createPerson(t, admin, { kurzbezeichnung: 'K', name: NAME });
    const { id } = await t.db.prisma.auditEntry.findFirstOrThrow({ where: { entity: 'Person' } });
    const versuch = (sql: string, loeschung: boolean) =>
      t.db.prisma.$transaction(async (tx) => {
        if (loeschung) await tx.$executeRawUnsafe(`SELECT set_config('audit.loeschung', 'on', true)`);
        await tx.$executeRawUnsafe(sql, id);
      });
    const marker = `(SELECT jsonb_agg(e || '{"after": "[gelöscht]"}') FROM jsonb_array_elements(changes) e)`;
    await expect(versuch(`UPDATE "AuditEntry" SET changes = ${marker} WHERE id = $1`, false)).rejects.toThrow(/append-only/);
    await expect(versuch(`UPDATE "AuditEntry" SET changes = ${marker}, entity = 'Akt' WHERE id = $1`, true)).rejects.toThrow(/append-only/);
    await expect(versuch(`UPDATE "AuditEntry" SET changes = (SELECT jsonb_agg(e || '{"after": "anders"}') FROM jsonb_array_elements(changes) e) WHERE id = $1`, true)).rejects.toThrow(/append-only/);
    await expect(versuch(`UPDATE "AuditEntry" SET changes = '[]' WHERE id = $1`, true)).rejects.toThrow(/append-only/);
    await expect(versuch(`DELETE FROM "AuditEntry" WHERE id = $1`, true)).rejects.toThrow(/append-only/);
    expect(JSON.stringify((await t.db.prisma.auditEntry.findUniqueOrThrow({ where: { id } })).changes)).toContain(NAME);
    // The step itself may: values to the marker, nothing else.
    await versuch(`UPDATE "AuditEntry" SET changes = ${marker} WHERE id = $1`, true);
    expect(JSON.stringify((await t.db.prisma.auditEntry.findUniqueOrThrow({ where: { id } })).changes)).not.toContain(NAME);
  });
});
