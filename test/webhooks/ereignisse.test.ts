// Every mutation that causes an event writes it in its own transaction: the type, the office, and
// `data` equal to what the API answers for the same fragment (sdk/operations/webhooks.graphql) at
// that moment. A failed mutation leaves none; an office's events reach only its own webhooks; a
// webhook gets only the types it subscribed to.
import { createHmac } from 'node:crypto';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../sdk/dist/index.js';
import { mitFragmenten } from '../../server/webhooks/daten.js';
import { EREIGNIS_TYPEN } from '../../server/webhooks/ereignisse.js';
import { FaultInjector, faultyAdapter } from '../support/faultInjection.js';
import { officeWithAkt } from '../support/fixtures.js';
import { testServer, type TestServer } from '../support/testServer.js';


/** What the API answers for the same fragment (a client's query, over the API with the office's key). */
const ANSICHT = {
  akt: ['akt(id: $id) { ...AktEreignis }', (d: any) => d.akt],
  mandatsanfrage: ['mandatsanfrage(id: $id) { ...MandatsanfrageEreignis }', (d: any) => d.mandatsanfrage],
  honorarnote: ['honorarnote(id: $id) { ...HonorarnoteEreignis }', (d: any) => d.honorarnote],
  honorarzahlung: ['honorarzahlung(id: $id) { ...HonorarzahlungEreignis }', (d: any) => d.honorarzahlung],
  forderung: ['akt(id: $aktId) { forderungen { ...ForderungEreignis } }', (d: any, id: string) => d.akt.forderungen.find((x: any) => x.id === id)],
  leistung: ['akt(id: $aktId) { leistungen { ...LeistungEreignis } }', (d: any, id: string) => d.akt.leistungen.find((x: any) => x.id === id)],
  titel: ['akt(id: $aktId) { titel { ...TitelEreignis } }', (d: any, id: string) => d.akt.titel.find((x: any) => x.id === id)],
  zahlung: ['akt(id: $aktId) { zahlungen { ...ZahlungEreignis } }', (d: any, id: string) => d.akt.zahlungen.find((x: any) => x.id === id)],
  mahnschreiben: ['akt(id: $aktId) { mahnschreiben { ...MahnschreibenEreignis } }', (d: any, id: string) => d.akt.mahnschreiben.find((x: any) => x.id === id)],
} as const;
type Art = keyof typeof ANSICHT;

const faults = new FaultInjector();
let t: TestServer;
let a: Awaited<ReturnType<typeof officeWithAkt>>;
let b: Awaited<ReturnType<typeof officeWithAkt>>;
let kanzleiA: string;
let kanzleiB: string;
let nurZahlungen: string;

const ucfirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Runs a mutation that must succeed; returns its payload. */
async function m(key: string, name: string, input: Record<string, unknown> | null, auswahl = '') {
  const arg = input ? `(input: $i)` : '';
  const decl = input ? `($i: ${ucfirst(name)}Input!)` : '';
  const d = await t.data(key, `mutation${decl} { r: ${name}${arg} { __typename ... on Error { message } ${auswahl} } }`, input ? { i: input } : {});
  if (!String(d.r.__typename).endsWith('Payload')) throw new Error(`${name}: ${JSON.stringify(d.r)}`);
  return d.r;
}

async function ansicht(key: string, art: Art, id: string, aktId?: string) {
  const [feld, pick] = ANSICHT[art];
  const vars = aktId ? { aktId } : { id };
  const d = await t.data(key, print(mitFragmenten(`query(${aktId ? '$aktId' : '$id'}: ID!) { ${feld} }`)), vars);
  return (pick as (d: any, id: string) => unknown)(d, id);
}

const alleEreignisse = () => t.db.prisma.webhookEreignis.findMany({ include: { zustellungen: true }, orderBy: { zeitpunkt: 'asc' } });

type Erwartet = [typ: string, art: Art, id: string, aktId?: string];

/**
 * Runs `tun` and checks that it wrote exactly the events `erwartet` (for office A), each with
 * `data` equal to the API's answer for the same fragment: after the mutation, or, for a deletion
 * (`vorher`), before it.
 */
async function pruefe<T>(tun: () => Promise<T>, erwartet: (r: T) => Erwartet[], vorherSicht: Erwartet[] = []) {
  const vorher = new Set((await alleEreignisse()).map((e) => e.id));
  const sichtVorher = await Promise.all(vorherSicht.map(([, art, id, aktId]) => ansicht(a.key, art, id, aktId)));
  const r = await tun();
  const neu = (await alleEreignisse()).filter((e) => !vorher.has(e.id));
  const liste = erwartet(r);
  expect(neu.map((e) => e.typ).sort()).toEqual(liste.map(([typ]) => typ).sort());
  for (const [typ, art, id, aktId] of liste) {
    const e = neu.find((x) => x.typ === typ && (x.daten as { id: string }).id === id);
    expect(e, `${typ} ${id}`).toBeDefined();
    expect(e!.kanzleiId).toBe(kanzleiA);
    const i = vorherSicht.findIndex(([vt, , vid]) => vt === typ && vid === id);
    const api = i >= 0 ? sichtVorher[i] : await ansicht(a.key, art, id, aktId);
    expect(api).toBeTruthy();
    expect(e!.daten).toEqual(api);
    // Every webhook of office A that subscribed to the type, and no other, has a delivery.
    const webhooks = await t.db.prisma.webhook.findMany({ where: { kanzleiId: kanzleiA, ereignisse: { has: typ } } });
    expect(e!.zustellungen.map((z) => z.webhookId).sort()).toEqual(webhooks.map((w) => w.id).sort());
  }
  return r;
}

const version = async (aktId: string) => (await t.data(a.key, 'query($id: ID!) { akt(id: $id) { version } }', { id: aktId })).akt.version as number;

beforeAll(async () => {
  t = await testServer({}, { wrapAdapter: (adapter) => faultyAdapter(adapter, faults) });
  await t.key('Kanzlei A', 'AA');
  await t.key('Kanzlei B', 'BB');
  kanzleiA = (await t.db.prisma.kanzlei.findUniqueOrThrow({ where: { name: 'Kanzlei A' } })).id;
  kanzleiB = (await t.db.prisma.kanzlei.findUniqueOrThrow({ where: { name: 'Kanzlei B' } })).id;
  const hook = (kanzleiId: string, ereignisse: readonly string[]) =>
    t.db.prisma.webhook.create({ data: { kanzleiId, url: 'https://partner.example/hook', ereignisse: [...ereignisse], secret: 'whsec_dGVzdA==' } });
  await hook(kanzleiA, EREIGNIS_TYPEN);
  await hook(kanzleiB, EREIGNIS_TYPEN);
  nurZahlungen = (await hook(kanzleiA, ['zahlung.erfasst'])).id;
  a = await officeWithAkt(t, 'Kanzlei A', 'AA');
  b = await officeWithAkt(t, 'Kanzlei B', 'BB');
});
afterAll(() => t.close());

describe('events of the mutations', () => {
  it('Akt: angelegt, geaendert (updateAkt, setGegner, setRatenvereinbarung), status_geaendert', async () => {
    const akt = await pruefe(
      async () => (await m(a.key, 'createAkt', { aktenzeichen: '2026/0100', bezeichnung: 'Webhook-Akt', klientId: a.klient, gegnerIds: [a.g1] }, '... on CreateAktPayload { akt { id } }')).akt.id as string,
      (id) => [['akt.angelegt', 'akt', id]],
    );
    await pruefe(() => m(a.key, 'updateAkt', { id: akt, version: 1, bezeichnung: 'Webhook-Akt neu', bemessungsgrundlage: '5000.00' }), () => [['akt.geaendert', 'akt', akt]]);
    await pruefe(() => m(a.key, 'setGegner', { aktId: akt, personIds: [a.g2, a.g1] }), () => [['akt.geaendert', 'akt', akt]]);
    await pruefe(() => m(a.key, 'setRatenvereinbarung', { aktId: akt, anzahl: 3, ersteFaelligkeit: '2026-02-01', rate: '100.00' }), () => [['akt.geaendert', 'akt', akt]]);
    await pruefe(async () => m(a.key, 'setAktStatus', { aktId: akt, version: await version(akt), status: 'IN_BEARBEITUNG', grund: 'los' }), () => [['akt.status_geaendert', 'akt', akt]]);
    const daten = (await t.db.prisma.webhookEreignis.findFirstOrThrow({ where: { typ: 'akt.status_geaendert' } })).daten as any;
    expect(daten).toMatchObject({ id: akt, status: 'IN_BEARBEITUNG', bezeichnung: 'Webhook-Akt neu', bemessungsgrundlage: '5000.00', gegner: [{ id: a.g2 }, { id: a.g1 }] });
    expect(daten.verlauf.map((v: any) => v.nach)).toEqual(['ANGELEGT', 'IN_BEARBEITUNG']);
  });

  it('Forderung and Leistung: angelegt, geaendert, geloescht (data as it was before the deletion)', async () => {
    const f = await pruefe(
      async () => (await m(a.key, 'createForderung', { aktId: a.akt, art: 'HAUPTFORDERUNG', betrag: '250.50', faelligAm: '2026-03-01' }, '... on CreateForderungPayload { forderung { id } }')).forderung.id as string,
      (id) => [['forderung.angelegt', 'forderung', id, a.akt]],
    );
    await pruefe(() => m(a.key, 'updateForderung', { id: f, betrag: '260.00' }), () => [['forderung.geaendert', 'forderung', f, a.akt]]);
    await pruefe(() => m(a.key, 'deleteForderung', { id: f }), () => [['forderung.geloescht', 'forderung', f]], [['forderung.geloescht', 'forderung', f, a.akt]]);
    const l = await pruefe(
      async () => (await m(a.key, 'createLeistung', { aktId: a.akt, datum: '2026-02-01', kuerzel: 'MES', verdienst: '40.00' }, '... on CreateLeistungPayload { leistung { id } }')).leistung.id as string,
      (id) => [['leistung.angelegt', 'leistung', id, a.akt]],
    );
    await pruefe(() => m(a.key, 'updateLeistung', { id: l, text: 'Mahnschreiben' }), () => [['leistung.geaendert', 'leistung', l, a.akt]]);
    await pruefe(() => m(a.key, 'deleteLeistung', { id: l }), () => [['leistung.geloescht', 'leistung', l]], [['leistung.geloescht', 'leistung', l, a.akt]]);
    const geloescht = (await t.db.prisma.webhookEreignis.findFirstOrThrow({ where: { typ: 'forderung.geloescht' } })).daten;
    expect(geloescht).toMatchObject({ id: f, betrag: '260.00', akt: { id: a.akt, aktenzeichen: '2026/0001' } });
  });

  it('Titel: angelegt (also from a Leistung, which changes too), geaendert, Forderungen moved, geloescht', async () => {
    const titel = { datum: '2026-03-02', beschlussart: 'ZAHLUNGSBEFEHL', gericht: 'BGHS WIEN', vollstreckbarAm: '2026-04-01', verdienst: '100.00' };
    const t1 = await pruefe(
      async () => (await m(a.key, 'createTitel', { aktId: a.akt, ...titel }, '... on CreateTitelPayload { titel { id } }')).titel.id as string,
      (id) => [['titel.angelegt', 'titel', id, a.akt]],
    );
    await pruefe(() => m(a.key, 'updateTitel', { id: t1, geschaeftszahl: '12 C 345/26k' }), () => [['titel.geaendert', 'titel', t1, a.akt]]);
    const t2 = await pruefe(
      async () => (await m(a.key, 'createTitelFromLeistung', { leistungId: a.leistung, ...titel, datum: '2026-03-05' }, '... on CreateTitelFromLeistungPayload { titel { id } }')).titel.id as string,
      (id) => [['titel.angelegt', 'titel', id, a.akt], ['leistung.geaendert', 'leistung', a.leistung, a.akt]],
    );
    // A new Forderung goes to the first Titel; then both move to the second: one event each.
    const f2 = await pruefe(
      async () => (await m(a.key, 'createForderung', { aktId: a.akt, art: 'HAUPTFORDERUNG', betrag: '75.00' }, '... on CreateForderungPayload { forderung { id titel { id } } }')).forderung,
      (f) => [['forderung.angelegt', 'forderung', f.id, a.akt]],
    );
    expect(f2.titel.id).toBe(t1);
    await pruefe(
      () => m(a.key, 'assignForderungenToTitel', { titelId: t2, forderungIds: [a.forderung, f2.id] }),
      () => [['forderung.geaendert', 'forderung', a.forderung, a.akt], ['forderung.geaendert', 'forderung', f2.id, a.akt]],
    );
    await pruefe(
      () => m(a.key, 'deleteTitel', { id: t2 }),
      () => [['titel.geloescht', 'titel', t2], ['leistung.geaendert', 'leistung', a.leistung, a.akt]],
      [['titel.geloescht', 'titel', t2, a.akt]],
    );
  });

  it('Zahlung: erfasst, storniert; a webhook subscribed to zahlung.erfasst only gets that', async () => {
    const z = await pruefe(
      async () => (await m(a.key, 'erfasseZahlung', { aktId: a.akt, betrag: '300.00', datum: '2026-03-10' }, '... on ErfasseZahlungPayload { zahlung { id } }')).zahlung.id as string,
      (id) => [['zahlung.erfasst', 'zahlung', id, a.akt]],
    );
    await pruefe(() => m(a.key, 'stornoZahlung', { id: z, grund: 'Irrtum' }), () => [['zahlung.storniert', 'zahlung', z, a.akt]]);
    const zustellungen = await t.db.prisma.webhookZustellung.findMany({ where: { webhookId: nurZahlungen }, include: { ereignis: true } });
    expect(zustellungen.map((x) => x.ereignis.typ)).toEqual(['zahlung.erfasst']);
  });

  it('Mahnschreiben: versendet (the letter recorded, with its stufe and total)', async () => {
    // Gegner 1 of A's Akt needs an address for the letter.
    await m(a.key, 'updatePerson', { id: a.g1, strasse: 'Schuldnergasse 1', plz: '1100', ort: 'Wien' });
    const brief = await pruefe(
      async () => (await m(a.key, 'mahnschreibenVersenden', { aktId: a.akt, gegnerPosition: 1, tarif: 'MES', datum: '2026-03-12' }, '... on MahnschreibenVersendenPayload { mahnschreiben { id } }')).mahnschreiben.id as string,
      (id) => [['mahnschreiben.versendet', 'mahnschreiben', id, a.akt]],
    );
    const daten = (await t.db.prisma.webhookEreignis.findFirstOrThrow({ where: { typ: 'mahnschreiben.versendet' } })).daten;
    expect(daten).toMatchObject({ id: brief, stufe: 1, bezeichnung: 'Mahnung', gegnerPosition: 1, tarif: 'MES', datum: '2026-03-12', gegner: { id: a.g1 }, akt: { id: a.akt } });
  });

  it('Honorarnote: erstellt, Honorarzahlungen, bezahlt, storniert (the Stornorechnung), abgeschrieben', async () => {
    const l = (await m(a.key, 'createLeistung', { aktId: a.akt, datum: '2026-02-02', kuerzel: 'MES', verdienst: '100.00' }, '... on CreateLeistungPayload { leistung { id } }')).leistung.id;
    const note = await pruefe(
      async () => (await m(a.key, 'erstelleHonorarnote', { aktId: a.akt, datum: '2026-03-15', leistungIds: [l] }, '... on ErstelleHonorarnotePayload { honorarnote { id brutto } }')).honorarnote,
      (n) => [['honorarnote.erstellt', 'honorarnote', n.id]],
    );
    expect(note.brutto).toBe('120.00');
    const z1 = await pruefe(
      async () => (await m(a.key, 'erfasseHonorarzahlung', { honorarnoteId: note.id, betrag: '20.00', bezahltAm: '2026-03-20' }, '... on ErfasseHonorarzahlungPayload { honorarzahlung { id } }')).honorarzahlung.id as string,
      (id) => [['honorarzahlung.erfasst', 'honorarzahlung', id]],
    );
    const z2 = await pruefe(
      async () => (await m(a.key, 'erfasseHonorarzahlung', { honorarnoteId: note.id, betrag: '100.00', bezahltAm: '2026-03-25' }, '... on ErfasseHonorarzahlungPayload { honorarzahlung { id } }')).honorarzahlung.id as string,
      (id) => [['honorarzahlung.erfasst', 'honorarzahlung', id], ['honorarnote.bezahlt', 'honorarnote', note.id]],
    );
    const bezahlt = (await t.db.prisma.webhookEreignis.findFirstOrThrow({ where: { typ: 'honorarnote.bezahlt' } })).daten;
    expect(bezahlt).toMatchObject({ id: note.id, zahlungsstatus: 'BEZAHLT', offenerBetrag: '0.00', bezahlterBetrag: '120.00', bezahltAm: '2026-03-25' });
    await pruefe(() => m(a.key, 'stornoHonorarzahlung', { id: z2, grund: 'Rückbuchung' }), () => [['honorarzahlung.storniert', 'honorarzahlung', z2]]);
    await pruefe(() => m(a.key, 'stornoHonorarzahlung', { id: z1, grund: 'Rückbuchung' }), () => [['honorarzahlung.storniert', 'honorarzahlung', z1]]);
    const storno = await pruefe(
      async () => (await m(a.key, 'stornoHonorarnote', { id: note.id, grund: 'falsch' }, '... on StornoHonorarnotePayload { honorarnote { id } }')).honorarnote.id as string,
      (id) => [['honorarnote.storniert', 'honorarnote', id]],
    );
    const daten = (await t.db.prisma.webhookEreignis.findFirstOrThrow({ where: { typ: 'honorarnote.storniert' } })).daten;
    expect(daten).toMatchObject({ id: storno, art: 'STORNORECHNUNG', brutto: '-120.00', stornoVon: { id: note.id } });
    const note2 = (await m(a.key, 'erstelleHonorarnote', { aktId: a.akt, datum: '2026-03-16', leistungIds: [l] }, '... on ErstelleHonorarnotePayload { honorarnote { id } }')).honorarnote.id;
    await pruefe(() => m(a.key, 'schreibeHonorarnoteAb', { honorarnoteId: note2, grund: 'uneinbringlich' }), () => [['honorarnote.abgeschrieben', 'honorarnote', note2]]);
  });

  it('Akt closed and archived: status_geaendert twice and archiviert; the legal hold: geaendert', async () => {
    await pruefe(async () => m(a.key, 'setAktStatus', { aktId: a.akt, version: await version(a.akt), status: 'ABGESCHLOSSEN' }), () => [['akt.status_geaendert', 'akt', a.akt]]);
    await pruefe(
      async () => m(a.key, 'archiviereAkt', { aktId: a.akt, version: await version(a.akt) }),
      () => [['akt.status_geaendert', 'akt', a.akt], ['akt.archiviert', 'akt', a.akt]],
    );
    await pruefe(() => m(a.key, 'setRechtlicheSperre', { aktId: a.akt, rechtlicheSperreBis: '2040-01-01' }), () => [['akt.geaendert', 'akt', a.akt]]);
  });

  it('Mandatsanfrage: eingegangen (with the intake token), angenommen (and its Akt angelegt), abgelehnt', async () => {
    const intake = (await m(a.key, 'rotateIntakeToken', null, '... on RotateIntakeTokenPayload { token }')).token;
    const anfrage = { klient: { name: 'Maria Mustermann', email: 'maria@example.at' }, gegner: [{ name: 'Säumig GmbH' }], sachgebiet: 'Inkasso', beschreibung: 'Offene Rechnung seit Monaten', streitwert: '1500.00' };
    const idVon = async (referenz: string) => (await t.db.prisma.mandatsanfrage.findFirstOrThrow({ where: { referenz } })).id;
    let id1 = '';
    await pruefe(async () => {
      id1 = await idVon((await m(intake, 'submitMandatsanfrage', anfrage, '... on SubmitMandatsanfragePayload { referenz }')).referenz);
    }, () => [['mandatsanfrage.eingegangen', 'mandatsanfrage', id1]]);
    await m(a.key, 'pruefeKollision', { id: id1 });
    let aktId = '';
    await pruefe(async () => {
      aktId = (await m(a.key, 'annehmenMandatsanfrage', { id: id1 }, '... on AnnehmenMandatsanfragePayload { mandatsanfrage { akt { id } } }')).mandatsanfrage.akt.id;
    }, () => [['akt.angelegt', 'akt', aktId], ['mandatsanfrage.angenommen', 'mandatsanfrage', id1]]);
    const angelegt = (await t.db.prisma.webhookEreignis.findFirstOrThrow({ where: { typ: 'akt.angelegt', daten: { path: ['id'], equals: aktId } } })).daten;
    expect(angelegt).toMatchObject({ mandatsanfrage: { id: id1 }, klient: { name: 'Maria Mustermann' }, bemessungsgrundlage: '1500.00' });
    let id2 = '';
    await pruefe(async () => {
      id2 = await idVon((await m(intake, 'submitMandatsanfrage', { ...anfrage, beschreibung: 'Zweite Anfrage, bitte prüfen' }, '... on SubmitMandatsanfragePayload { referenz }')).referenz);
    }, () => [['mandatsanfrage.eingegangen', 'mandatsanfrage', id2]]);
    await pruefe(() => m(a.key, 'updateMandatsanfrage', { id: id2, status: 'ABGELEHNT', ablehnungsgrund: 'Kein Fachgebiet' }), () => [['mandatsanfrage.abgelehnt', 'mandatsanfrage', id2]]);
  });
});

describe('the SDK reads what the outbox holds', () => {
  it('an event in the delivery envelope, signed, verifies and is typed by its type', async () => {
    const e = await t.db.prisma.webhookEreignis.findFirstOrThrow({ where: { kanzleiId: kanzleiA, typ: 'akt.angelegt' } });
    const secret = 'whsec_' + Buffer.from('geheimer Schlüssel für den Test').toString('base64');
    const body = JSON.stringify({ type: e.typ, timestamp: e.zeitpunkt.toISOString(), data: e.daten });
    const id = `msg_${e.id}`;
    const ts = Math.floor(Date.now() / 1000);
    const sig = createHmac('sha256', Buffer.from(secret.slice(6), 'base64')).update(`${id}.${ts}.${body}`).digest('base64');
    const ereignis = verifyWebhook(secret, { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': `v1,${sig}` }, body);
    if (ereignis.type !== 'akt.angelegt') throw new Error(ereignis.type);
    expect(ereignis.data.aktenzeichen).toBe((e.daten as { aktenzeichen: string }).aktenzeichen);
    expect(ereignis.data.klient.id).toBeTruthy();
    expect(ereignis).toEqual({ id, type: 'akt.angelegt', timestamp: e.zeitpunkt.toISOString(), data: e.daten });
  });
});

describe('no event without its change, none across offices', () => {
  it('a mutation refused after it wrote leaves no event', async () => {
    const vorher = await t.db.prisma.webhookEreignis.count();
    // setGegner writes the Akt's new version before it finds that a Titel names the position.
    const titel = (await m(b.key, 'createTitel', { aktId: b.akt, datum: '2026-03-02', beschlussart: 'ZAHLUNGSBEFEHL', gericht: 'BGHS WIEN', vollstreckbarAm: '2026-04-01', gegenWen: 2 }, '... on CreateTitelPayload { titel { id } }')).titel.id;
    const nachTitel = await t.db.prisma.webhookEreignis.count();
    expect(nachTitel).toBe(vorher + 1);
    const r = await t.data(b.key, 'mutation($i: SetGegnerInput!) { r: setGegner(input: $i) { __typename } }', { i: { aktId: b.akt, personIds: [b.g1] } });
    expect(r.r.__typename).toBe('ValidationError');
    expect(await t.db.prisma.webhookEreignis.count()).toBe(nachTitel);
    await m(b.key, 'deleteTitel', { id: titel });
  });

  it('a mutation that fails after writing its event (injected fault) leaves no event and no delivery', async () => {
    const vorher = [await t.db.prisma.webhookEreignis.count(), await t.db.prisma.webhookZustellung.count()];
    // The event's insert runs, then the mutation fails: the event must go with the rollback.
    faults.arm({ at: /INSERT INTO "WebhookEreignis"/, when: 'after' });
    const r = await t.gql(b.key, 'mutation($i: CreateForderungInput!) { r: createForderung(input: $i) { __typename } }', { i: { aktId: b.akt, art: 'HAUPTFORDERUNG', betrag: '10.00' } });
    expect(faults.disarm()).toMatch(/WebhookEreignis/);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect([await t.db.prisma.webhookEreignis.count(), await t.db.prisma.webhookZustellung.count()]).toEqual(vorher);
    expect(await t.db.prisma.forderung.count({ where: { aktId: b.akt, betrag: '10.00' } })).toBe(0);
  });

  it('an office’s events reach only its own webhooks and show only its own data', async () => {
    const ereignisse = await alleEreignisse();
    const webhooks = new Map((await t.db.prisma.webhook.findMany()).map((w) => [w.id, w.kanzleiId]));
    for (const e of ereignisse) {
      expect([kanzleiA, kanzleiB]).toContain(e.kanzleiId);
      for (const z of e.zustellungen) expect(webhooks.get(z.webhookId)).toBe(e.kanzleiId);
      const text = JSON.stringify(e.daten);
      const fremd = e.kanzleiId === kanzleiA ? b : a;
      for (const id of [fremd.akt, fremd.klient, fremd.g1, fremd.g2, fremd.forderung, fremd.leistung]) expect(text).not.toContain(id);
    }
    expect(ereignisse.filter((e) => e.kanzleiId === kanzleiB).length).toBeGreaterThan(0);
  });
});
