// Fuzzed inputs to every mutation of schema/schema.graphql: random strings, huge numbers, negative
// amounts, wrong and other offices' ids, impossible dates, unknown enum values, wrong types. Each
// answer must be a GraphQL error or a typed error (never "Unexpected error.", never a 500) or, for
// a valid input, a success; an error changes nothing, and nothing of the other office ever changes.
//
// Reproduce a run with FUZZ_SEED=<seed> (printed); FUZZ_SEED=random explores a new one;
// FUZZ_BUDGET=<n> sets the one-field cases per mutation.
import { getNamedType, isUnionType, type GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ABSENT, casesFor, describeValue, diff, judge, loadSchema, mutationDocument, mutationFields, readEverythingDocument, rng, snapshot, snapshotQuery, stamp, stampQuery, type Case, type IdContext,
} from './support/fuzz.js';
import { inTransaction } from '../server/services/db.js';
import { schreibeEreignis } from '../server/webhooks/outbox.js';
import { randomUUID } from 'node:crypto';
import { camt053 } from './support/camt.js';
import { TEST_BRIEFKOPF, testServer, type TestServer } from './support/testServer.js';

const SEED = process.env.FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? 20261126);
const BUDGET = Number(process.env.FUZZ_BUDGET ?? 28);
const RANDOM_INPUTS = 4;
console.log(`fuzz: seed ${SEED} (repeat with FUZZ_SEED=${SEED})`);

const schema = loadSchema();
const mutations = mutationFields(schema);
const READ_EVERYTHING = readEverythingDocument(schema);

let t: TestServer;
let A: Office;
let B: Office;

// ---------------------------------------------------------------------------------------------
// The data set: two offices with one of everything

type Office = Awaited<ReturnType<typeof office>>;

const field = (name: string) => mutations.find((m) => m.name === name)!;

/** Runs a mutation that must succeed; returns its payload. */
async function run(key: string, name: string, input?: unknown, select = '') {
  const f = field(name);
  const payload = getNamedType(f.type);
  const members = isUnionType(payload) ? payload.getTypes().map((x) => x.name) : [];
  const ok = members.find((m) => m.endsWith('Payload'))!;
  const input_ = f.args.find((a) => a.name === 'input');
  const res = await t.gql(
    key,
    `mutation${input_ ? `($input: ${String(input_.type)})` : ''} { r: ${name}${input_ ? '(input: $input)' : ''} { __typename ... on Error { message } ${select ? `... on ${ok} { ${select} }` : ''} } }`,
    input === undefined ? {} : { input },
  );
  const r = res.body.data?.r;
  if (r?.__typename !== ok) throw new Error(`set-up ${name}: ${JSON.stringify(res.body)}`);
  return r;
}

async function office(name: string, kuerzel: string) {
  const key = await t.key(name, kuerzel, 'ADMIN');
  await t.key(name, `${kuerzel}AN`, 'ANWALT');
  const sbKey = await t.key(name, `${kuerzel}SB`, 'SACHBEARBEITER');
  const { benutzer, apiKeys } = await t.data(key, '{ benutzer { id kuerzel } apiKeys { id benutzer { kuerzel } } }');
  const me = benutzer.find((b: any) => b.kuerzel === kuerzel).id as string;
  const anwalt = benutzer.find((b: any) => b.kuerzel === `${kuerzel}AN`).id as string;
  const apiKeyAnwalt = apiKeys.find((k: any) => k.benutzer.kuerzel === `${kuerzel}AN`).id as string;
  const person = async (kurzbezeichnung: string, n: string, extra: object = {}) =>
    (await run(key, 'createPerson', { kurzbezeichnung, name: `${n} ${name}`, ...extra }, 'person { id }')).person.id as string;
  const klient = await person('KLIENT', 'Klara Klient', { plz: '1010', ort: 'Wien', strasse: 'Graben 1' });
  // With an address: the Mahnschreiben goes to Gegner 1 by post.
  const g1 = await person('G1', 'Gustav Gegner', { art: 'NATUERLICHE_PERSON', strasse: 'Schuldnergasse 1', plz: '1100', ort: 'Wien' });
  const g2 = await person('G2', 'Schuldner GmbH', { art: 'UNTERNEHMEN' });
  const p3 = await person('P3', 'Paula Dritte');
  const k3 = await person('K3', 'Karl Archiv', { plz: '1020', ort: 'Wien', strasse: 'Praterstraße 2' });
  // Named by no Akt: the one Person loeschePersonendaten may erase.
  const frei = await person('FREI', 'Fritz Frei');
  const gericht = (await run(key, 'createGericht', { kurzbezeichnung: 'FA FUZZ', name: 'Finanzamt Fuzz', plz: '1030', ort: 'Wien' }, 'gericht { id }')).gericht.id as string;
  const akt = (input: object) => run(key, 'createAkt', input, 'akt { id }').then((r) => r.akt.id as string);
  const akt1 = await akt({ aktenzeichen: '2026/0001', bezeichnung: `Inkasso ${name}`, sachgebiet: 'Inkasso', klientId: klient, gegnerIds: [g1, g2], zustaendigId: me });
  const forderung = (await run(key, 'createForderung', { aktId: akt1, art: 'HAUPTFORDERUNG', betrag: '1000.00', faelligAm: '2026-01-31', zinssatz: '4', zinsenAb: '2026-02-01' }, 'forderung { id }')).forderung.id as string;
  const forderung2 = (await run(key, 'createForderung', { aktId: akt1, art: 'NEBENFORDERUNG', betrag: '40.00', bezeichnung: 'Mahnspesen' }, 'forderung { id }')).forderung.id as string;
  const leistung = async (input: object) => (await run(key, 'createLeistung', { aktId: akt1, ...input }, 'leistung { id }')).leistung.id as string;
  const leistung1 = await leistung({ datum: '2026-01-15', kuerzel: 'MES', verdienst: '33.80' });
  const leistung2 = await leistung({ datum: '2026-01-20', kuerzel: 'MAK' });
  const leistung3 = await leistung({ datum: '2026-01-25', kuerzel: 'X', verdienst: '120.00', text: 'Besprechung' });
  const leistungDel = await leistung({ datum: '2026-01-26', kuerzel: '5' });
  const honorarnote = (await run(key, 'erstelleHonorarnote', { aktId: akt1, datum: '2026-02-01', leistungIds: [leistung3] }, 'honorarnote { id }')).honorarnote.id as string;
  // Notes of their own for the client's payments (brutto 6 000.00: room for every fuzzed payment) and the write-off.
  const leistungZahlung = await leistung({ datum: '2026-01-27', kuerzel: 'X', verdienst: '5000.00' });
  const honorarnoteZahlung = (await run(key, 'erstelleHonorarnote', { aktId: akt1, datum: '2026-02-02', leistungIds: [leistungZahlung] }, 'honorarnote { id }')).honorarnote.id as string;
  const honorarzahlung = (await run(key, 'erfasseHonorarzahlung', { honorarnoteId: honorarnoteZahlung, betrag: '10.00', bezahltAm: '2026-02-10' }, 'honorarzahlung { id }')).honorarzahlung.id as string;
  const leistungAb = await leistung({ datum: '2026-01-28', kuerzel: 'X', verdienst: '80.00' });
  const honorarnoteAb = (await run(key, 'erstelleHonorarnote', { aktId: akt1, datum: '2026-02-03', leistungIds: [leistungAb] }, 'honorarnote { id }')).honorarnote.id as string;
  const titel = (await run(key, 'createTitel', { aktId: akt1, datum: '2026-03-02', beschlussart: 'ZAHLUNGSBEFEHL', gericht: 'BGHS WIEN', vollstreckbarAm: '2026-04-01', verdienst: '100.00' }, 'titel { id }')).titel.id as string;
  const titel2 = (await run(key, 'createTitel', { aktId: akt1, datum: '2026-03-05', beschlussart: 'KOSTENTITEL', gericht: 'BGHS WIEN', verdienst: '50.00' }, 'titel { id }')).titel.id as string;
  const titelDel = (await run(key, 'createTitel', { aktId: akt1, datum: '2026-03-06', beschlussart: 'VERGLEICH', gericht: 'FA FUZZ', vollstreckbarAm: '2026-03-07' }, 'titel { id }')).titel.id as string;
  const zahlung = (await run(key, 'erfasseZahlung', { aktId: akt1, betrag: '100.00', datum: '2026-04-15' }, 'zahlung { id }')).zahlung.id as string;
  await run(key, 'setRatenvereinbarung', { aktId: akt1, rate: '100.00', anzahl: 10, ersteFaelligkeit: '2026-05-01' });
  const kommunikation = (await run(key, 'createKommunikation', { aktId: akt1, kanal: 'EMAIL', richtung: 'AUSGEHEND', betreff: 'Mahnung' }, 'kommunikation { id }')).kommunikation.id as string;
  await run(key, 'copyTarif', { code: 'MAK', neuerCode: 'MAKX', name: `Eigener Tarif ${name}` });
  await run(key, 'setLeistungsart', { kuerzel: 'MAKX', name: 'Mahnung eigener Tarif', tarif: 'MAKX' });
  const aktAbgeschlossen = await akt({ aktenzeichen: '2026/0002', bezeichnung: 'Erledigt', klientId: p3 });
  await run(key, 'setAktStatus', { aktId: aktAbgeschlossen, version: 1, status: 'ABGESCHLOSSEN' });
  // A closed, archived Akt with one of everything in it: read-only, every write on it is refused.
  const aktArchiviert = await akt({ aktenzeichen: '2025/0001', bezeichnung: 'Archiv', klientId: k3, gegnerIds: [g1] });
  const archiv = {
    forderung: (await run(key, 'createForderung', { aktId: aktArchiviert, art: 'HAUPTFORDERUNG', betrag: '300.00' }, 'forderung { id }')).forderung.id as string,
    leistung: (await run(key, 'createLeistung', { aktId: aktArchiviert, datum: '2025-03-01', kuerzel: 'X', verdienst: '10.00' }, 'leistung { id }')).leistung.id as string,
    titel: (await run(key, 'createTitel', { aktId: aktArchiviert, datum: '2025-03-02', beschlussart: 'KOSTENTITEL', gericht: 'BGHS WIEN', verdienst: '20.00' }, 'titel { id }')).titel.id as string,
    zahlung: (await run(key, 'erfasseZahlung', { aktId: aktArchiviert, betrag: '30.00', datum: '2025-03-03' }, 'zahlung { id }')).zahlung.id as string,
    honorarnote: '',
    honorarzahlung: '',
  };
  archiv.honorarnote = (await run(key, 'erstelleHonorarnote', { aktId: aktArchiviert, datum: '2025-03-04' }, 'honorarnote { id }')).honorarnote.id as string;
  // Paid in full (10.00 + 20 % USt): an Akt with an open note is not archived.
  archiv.honorarzahlung = (await run(key, 'erfasseHonorarzahlung', { honorarnoteId: archiv.honorarnote, betrag: '12.00', bezahltAm: '2025-03-20' }, 'honorarzahlung { id }')).honorarzahlung.id as string;
  await run(key, 'setAktStatus', { aktId: aktArchiviert, version: 1, status: 'ABGESCHLOSSEN' });
  await run(key, 'archiviereAkt', { aktId: aktArchiviert, version: 2 });
  const intake = (await run(key, 'rotateIntakeToken', undefined, 'token')).token as string;
  const anfrage = async (klient: string) => {
    await run(intake, 'submitMandatsanfrage', {
      klient: { name: `${klient} ${name}`, email: 'maria@example.at', plz: '1100' },
      gegner: [{ name: 'Bau Huber GmbH', art: 'UNTERNEHMEN' }], sachgebiet: 'Inkasso', beschreibung: 'Offene Rechnung seit drei Monaten.', streitwert: '5000.00',
    });
    const id = (await t.data(key, '{ mandatsanfragen(first: 1) { edges { node { id } } } }')).mandatsanfragen.edges[0].node.id as string;
    await run(key, 'pruefeKollision', { id });
    return id;
  };
  const webhook = (await run(key, 'createWebhook', { url: 'https://partner.example/hook', ereignisse: ['AKT_ANGELEGT'] }, 'webhook { id }')).webhook.id as string;
  const webhookLoeschen = (await run(key, 'createWebhook', { url: 'https://partner.example/weg', ereignisse: ['AKT_ANGELEGT'] }, 'webhook { id }')).webhook.id as string;
  const kanzleiId = (await t.db.prisma.webhook.findUniqueOrThrow({ where: { id: webhook } })).kanzleiId;
  await inTransaction(t.db.prisma, (tx) => schreibeEreignis(tx, { kanzleiId, typ: 'akt.angelegt', daten: async () => ({ id: akt1 }) }));
  const zustellung = (await t.db.prisma.webhookZustellung.findFirstOrThrow({ where: { webhookId: webhook } })).id;
  // Two queued bank entries (unknown payers): one to assign, one to dismiss.
  const offen = (await run(key, 'importiereKontoauszug', { format: 'CAMT053', datei: camt053(TEST_BRIEFKOPF.iban, [{ ref: 'FUZZ-1', betrag: '20.00', text: 'ohne Bezug' }, { ref: 'FUZZ-2', betrag: '30.00', text: 'ohne Bezug' }]) },
    'offen { id bankReferenz }')).offen as { id: string; bankReferenz: string }[];
  const buchung = offen.find((b) => b.bankReferenz === 'FUZZ-1')!.id;
  const buchungVerwerfen = offen.find((b) => b.bankReferenz === 'FUZZ-2')!.id;
  const anfrage1 = await anfrage('Maria Muster');
  const anfrageAnnehmen = await anfrage('Anna Annahme');
  return {
    key, sbKey, kuerzel, me, archiv, anwalt, apiKeyAnwalt, klient, g1, g2, p3, k3, frei, akt: akt1, aktAbgeschlossen, aktArchiviert, forderung, forderung2,
    leistung: leistung1, leistung2, leistung3, leistungDel, honorarnote, honorarnoteZahlung, honorarzahlung, honorarnoteAb, titel, titel2, titelDel, zahlung, kommunikation, gericht, anfrage: anfrage1, anfrageAnnehmen,
    webhook, webhookLoeschen, zustellung, buchung, buchungVerwerfen,
  };
}

// ---------------------------------------------------------------------------------------------
// A valid input per mutation (A's ids): the fuzzer changes one position at a time

interface Ctx {
  version(aktId: string): Promise<number>;
}

const BASE: Record<string, (a: Office, c: Ctx) => Record<string, unknown> | Promise<Record<string, unknown>>> = {
  annehmenMandatsanfrage: (a) => ({ id: a.anfrageAnnehmen, aktenzeichen: '2026/0100', kollisionFreigabeGrund: 'Geprüft: kein Konflikt', zustaendigId: a.anwalt }),
  archiviereAkt: async (a, c) => ({ aktId: a.aktAbgeschlossen, version: await c.version(a.aktAbgeschlossen), rechtlicheSperreBis: '2040-01-01' }),
  assignForderungenToTitel: (a) => ({ titelId: a.titel2, forderungIds: [a.forderung] }),
  assignMandatsanfrage: (a) => ({ id: a.anfrage, benutzerId: a.anwalt }),
  copyTarif: () => ({ code: 'MAKX', neuerCode: 'MAKY', name: 'Noch ein Tarif' }),
  createAkt: (a) => ({ aktenzeichen: '2026/0050', bezeichnung: 'Neuer Akt', sachgebiet: 'Inkasso', klientId: a.klient, gegnerIds: [a.g1, a.g2], bemessungsgrundlage: '5000.00', zustaendigId: a.me }),
  createForderung: (a) => ({ aktId: a.akt, art: 'HAUPTFORDERUNG', betrag: '250.00', bezeichnung: 'Rechnung 7', faelligAm: '2026-05-01', zinssatz: '4.00', zinsenAb: '2026-05-02' }),
  createGericht: () => ({ kurzbezeichnung: 'MA WIEN', name: 'Magistrat Wien', art: 'BEHOERDE', strasse: 'Rathausplatz 1', plz: '1010', ort: 'Wien', bundesland: 'Wien' }),
  createKommunikation: (a) => ({ aktId: a.akt, am: '2026-05-01T10:00:00Z', betreff: 'Mahnung', kanal: 'EMAIL', richtung: 'AUSGEHEND', text: 'Sehr geehrte Damen und Herren', fuerMandant: true }),
  createLeistung: (a) => ({
    aktId: a.akt, datum: '2026-05-01', kuerzel: 'MES', text: 'Mahnschreiben', bemessungsgrundlage: '1000.00', verdienst: '33.80', einheitssatz: '0.00', streitgenossenzuschlag: '0',
    barauslagenUstPflichtig: '4.30', barauslagenUstFrei: '0', barauslagenDurchlaufer: '0', ust: '7.62', sachbearbeiterId: a.me, zeitMinuten: 15,
  }),
  createPerson: () => ({ kurzbezeichnung: 'NEU', name: 'Neue Person', art: 'UNTERNEHMEN', strasse: 'Gasse 1', plz: '1010', ort: 'Wien', email: 'neu@example.at', telefon: '+43 1 234567' }),
  createTitel: (a) => ({
    aktId: a.akt, datum: '2026-03-10', beschlussart: 'URTEIL', gericht: 'BGHS WIEN', geschaeftszahl: '12 C 345/26k', vollstreckbarAm: '2026-04-10', gegenWen: 1, honorartext: 'Kosten laut Urteil',
    memo: '#WV:Vorbringen#', sachbearbeiter: a.kuerzel, verdienst: '100.00', einheitssatz: '60.00', barauslagenUstPflichtig: '0', barauslagenUstFrei: '10.00', barauslagenDurchlaufer: '0',
    barauslagenKlient: '5.00', ust: '32.00', zeitMinuten: 30, zinsen54a: true,
  }),
  createTitelFromLeistung: (a) => ({
    leistungId: a.leistung2, datum: '2026-03-15', beschlussart: 'BESCHLUSS', gericht: 'BGHS WIEN', geschaeftszahl: '3 C 12/26x', vollstreckbarAm: '2026-04-20', gegenWen: 2, honorartext: 'Kosten',
    memo: 'Notiz', sachbearbeiter: a.kuerzel, verdienst: '80.00', einheitssatz: '40.00', barauslagenUstPflichtig: '0', barauslagenUstFrei: '0', barauslagenDurchlaufer: '2.00',
    barauslagenKlient: '0', ust: '24.00', zeitMinuten: 20, zinsen54a: false,
  }),
  // The office's account as it stands (updateKanzlei may have changed it), with an entry not seen before.
  importiereKontoauszug: async (a) => {
    const { iban } = await t.db.prisma.kanzlei.findFirstOrThrow({ where: { benutzer: { some: { id: a.me } } }, select: { iban: true } });
    return { format: 'CAMT053', datei: camt053(iban ?? TEST_BRIEFKOPF.iban, [{ ref: `FUZZ-${randomUUID()}`, betrag: '12.34', text: 'Überweisung', zahler: 'Jürgen Müller' }]) };
  },
  buchungZuordnen: (a) => ({ buchungId: a.buchung, aktId: a.akt }),
  buchungVerwerfen: (a) => ({ buchungId: a.buchungVerwerfen, grund: 'Fehlüberweisung' }),
  deleteForderung: (a) => ({ id: a.forderung2 }),
  deleteLeistung: (a) => ({ id: a.leistungDel }),
  deleteTitel: (a) => ({ id: a.titelDel }),
  erfasseHonorarzahlung: (a) => ({ honorarnoteId: a.honorarnoteZahlung, betrag: '50.00', bezahltAm: '2026-03-01', verwendungszweck: 'RE 2026-0002' }),
  erfasseZahlung: (a) => ({ aktId: a.akt, betrag: '50.00', datum: '2026-05-01', verwendungszweck: 'Rate Mai' }),
  erstelleHonorarnote: (a) => ({ aktId: a.akt, datum: '2026-05-01', leistungIds: [a.leistung] }),
  loescheAbgelaufeneAkten: () => ({ stichtag: '2026-01-01' }),
  mahnschreibenVersenden: (a) => ({ aktId: a.akt, gegnerPosition: 1, tarif: 'MAK', datum: '2026-05-04' }),
  loeschePersonendaten: (a) => ({ personId: a.frei }),
  pruefeKollision: (a) => ({ id: a.anfrage }),
  revokeApiKey: (a) => ({ id: a.apiKeyAnwalt }),
  schreibeHonorarnoteAb: (a) => ({ honorarnoteId: a.honorarnoteAb, grund: 'Klient insolvent' }),
  setAktStatus: async (a, c) => ({ aktId: a.akt, version: await c.version(a.akt), status: 'IN_BEARBEITUNG', grund: 'Arbeit beginnt' }),
  // Keeps Gegner 1 and 2: the Titel made here name them in gegenWen, and setGegner keeps those positions.
  setGegner: (a) => ({ aktId: a.akt, personIds: [a.g1, a.g2] }),
  setLeistungsart: () => ({ kuerzel: 'MAKX', name: 'Mahnung X', tarif: 'MAKX', nachDauer: false }),
  setPorto: () => ({ gueltigAb: '2027-01-01', betrag: '5.00', bezeichnung: 'Porto 2027' }),
  setRatenvereinbarung: (a) => ({ aktId: a.akt, rate: '50.00', anzahl: 12, ersteFaelligkeit: '2026-06-01', intervallMonate: 1 }),
  setSachgebiete: (a) => ({ benutzerId: a.anwalt, sachgebiete: ['Inkasso', 'Zivilrecht', 'Familienrecht'] }),
  setRechtlicheSperre: (a) => ({ aktId: a.aktArchiviert, rechtlicheSperreBis: '2045-01-01' }),
  stornoHonorarnote: (a) => ({ id: a.honorarnote, grund: 'Falscher Empfänger' }),
  stornoHonorarzahlung: (a) => ({ id: a.honorarzahlung, grund: 'Rückbuchung' }),
  stornoZahlung: (a) => ({ id: a.zahlung, grund: 'Irrtümlich erfasst' }),
  submitMandatsanfrage: () => ({
    klient: { art: 'NATUERLICHE_PERSON', name: 'Jürgen Müller', email: 'j.mueller@example.at', telefon: '+43 664 1234567', strasse: 'Hauptstraße 1', plz: '1100', ort: 'Wien' },
    gegner: [{ art: 'UNTERNEHMEN', name: 'Bautechnik Huber GmbH', strasse: 'Weg 2', plz: '5020', ort: 'Salzburg' }],
    sachgebiet: 'Inkasso', beschreibung: 'Offene Werklohnforderung, trotz Mahnung nicht bezahlt.', streitwert: '12345.67', dringlichkeit: 'HOCH',
    dokumente: [{ dateiname: 'Rechnung.pdf', typ: 'application/pdf', groesse: 182044 }],
  }),
  updateAkt: async (a, c) => ({
    id: a.akt, version: await c.version(a.akt), aktenzeichen: '2026/0001', bezeichnung: 'Umbenannt', sachgebiet: 'Miete', klientId: a.klient, bemessungsgrundlage: '2000.00',
    zustaendigId: a.anwalt, zahlungsreihenfolge: 'ZINSEN_KAPITAL_KOSTEN',
  }),
  updateForderung: (a) => ({ id: a.forderung, art: 'HAUPTFORDERUNG', betrag: '1200.00', bezeichnung: 'Rechnung 1', faelligAm: '2026-02-28', zinssatz: '5.5', zinsenAb: '2026-03-01' }),
  updateKanzlei: () => ({ anschrift: 'Ring 1\n1010 Wien', email: 'office@kanzlei.at', iban: 'AT611904300234573201', telefon: '+43 1 555', uid: 'ATU12345678', zahlungszielTage: 30 }),
  updateLeistung: (a) => ({
    id: a.leistung, datum: '2026-01-16', kuerzel: 'MES', text: 'Mahnung', bemessungsgrundlage: '1000.00', verdienst: '40.00', einheitssatz: '0', streitgenossenzuschlag: '0',
    barauslagenUstPflichtig: '4.30', barauslagenUstFrei: '0', barauslagenDurchlaufer: '1.00', ust: '8.86', sachbearbeiterId: a.anwalt, zeitMinuten: 10,
  }),
  updateMandatsanfrage: (a) => ({ id: a.anfrage, status: 'IN_PRUEFUNG', umfang: 'Klein', bewertung: 'Gute Aussichten', dringlichkeit: 'HOCH', ablehnungsgrund: 'noch keiner' }),
  updatePerson: (a) => ({ id: a.p3, kurzbezeichnung: 'P3NEU', name: 'Paula Neu', art: 'NATUERLICHE_PERSON', strasse: 'Gasse 3', plz: '8010', ort: 'Graz', email: 'paula@example.at', telefon: '0316 123456' }),
  updateTarif: () => ({ code: 'MAKX', name: 'Eigener Tarif', porto: true, positionen: [{ tarifpost: 'TP6', zuschlag: true, anzahl: 1 }, { tarifpost: 'TP8', zuschlag: false, anzahl: 2 }] }),
  updateTitel: (a) => ({
    id: a.titel, datum: '2026-03-03', beschlussart: 'URTEIL', gericht: 'FA FUZZ', geschaeftszahl: '12 C 345/26k', vollstreckbarAm: '2026-04-02', gegenWen: 2, honorartext: 'Kosten',
    memo: 'Notiz', sachbearbeiter: a.kuerzel, verdienst: '110.00', einheitssatz: '10.00', barauslagenUstPflichtig: '0', barauslagenUstFrei: '0', barauslagenDurchlaufer: '0',
    barauslagenKlient: '0', ust: '24.00', zeitMinuten: 5, zinsen54a: true,
  }),
  valorisiereRatg: () => ({ faktor: '1.05', gueltigAb: '2027-01-01', bezeichnung: 'Valorisierung 2027' }),
  createWebhook: () => ({ url: 'https://partner.example/neu', ereignisse: ['AKT_ANGELEGT', 'ZAHLUNG_ERFASST'], beschreibung: 'Buchhaltung' }),
  updateWebhook: (a) => ({ id: a.webhook, url: 'https://partner.example/anders', ereignisse: ['AKT_ARCHIVIERT'], beschreibung: 'Neu', status: 'PAUSIERT' }),
  deleteWebhook: (a) => ({ id: a.webhookLoeschen }),
  rotateWebhookSecret: (a) => ({ id: a.webhook }),
  zustellungWiederholen: (a) => ({ zustellungId: a.zustellung }),
};

/** The entity an ID field names, by its name. */
const ID_FIELDS: Record<string, string> = {
  aktId: 'Akt', klientId: 'Person', gegnerIds: 'Person', personIds: 'Person', personId: 'Person', zustaendigId: 'Benutzer', benutzerId: 'Benutzer', sachbearbeiterId: 'Benutzer',
  leistungId: 'Leistung', leistungIds: 'Leistung', forderungIds: 'Forderung', titelId: 'Titel', honorarnoteId: 'Honorarnote',
  zustellungId: 'WebhookZustellung', buchungId: 'Bankbuchung',
};
/** `id` names the mutation's own object: updateAkt → Akt (and these, where the name does not say). */
const ID_OF_MUTATION: Record<string, string> = { pruefeKollision: 'Mandatsanfrage', rotateWebhookSecret: 'Webhook' };
const ENTITIES: Record<string, keyof Office> = {
  Akt: 'akt', Person: 'klient', Benutzer: 'me', Leistung: 'leistung', Forderung: 'forderung', Titel: 'titel', Honorarnote: 'honorarnote', Zahlung: 'zahlung', Honorarzahlung: 'honorarzahlung',
  Mandatsanfrage: 'anfrage', ApiKey: 'apiKeyAnwalt', Kommunikation: 'kommunikation', Gericht: 'gericht',
  Webhook: 'webhook', WebhookZustellung: 'zustellung', Bankbuchung: 'buchung',
};

/** Texts of the data set, for uniqueness clashes. */
const EXISTING = ['KLIENT', 'G1', 'P3', '2026/0001', '2025/0001', 'MAK', 'MAKX', 'MES', 'FA FUZZ', 'BGHS WIEN', 'AA', 'AAAN', 'BB', 'Inkasso'];

/** Nominally invalid values that a field accepts ("mutation.path", label). */
const RELAX: [RegExp, RegExp][] = [
  [/\.zinssatz$/, /^three decimals$/], // rates have up to 4 decimals
  [/^valorisiereRatg\.faktor$/, /^(three decimals|tiny)$/],
  [/^(createKommunikation\.text|\w+\.memo)$/, /^long$/], // 100 000 characters
  // GraphQL coerces a single value to a list of one (spec: input coercion of lists), and "x" is a valid Sachgebiet.
  [/^setSachgebiete\.sachgebiete$/, /^string, not a list$/],
];

/** Fields with a format (or naming an existing row by text): random text there is invalid ("mutation.path", label). */
const TIGHTEN: [RegExp, RegExp][] = [
  [/\.(email|telefon|plz|iban|uid|sachbearbeiter|typ)$/, /^(unicode|sql)$/],
  [/\.gericht$/, /^unicode$/], // createGericht may have added the SQL text as a Kurzbezeichnung
  [/^(copyTarif\.(code|neuerCode)|updateTarif\.code|setLeistungsart\.(kuerzel|tarif)|mahnschreibenVersenden\.tarif)$/, /^(unicode|sql)$/],
];

function idContext(mutation: string): IdContext {
  const ownRoles = Object.keys(A) as (keyof Office)[];
  return {
    entityOf: (path) => {
      const name = [...path].reverse().find((p): p is string => typeof p === 'string')!;
      if (name === 'id') return ID_OF_MUTATION[mutation] ?? (mutation.replace(/^[a-z]+/, '') in ENTITIES ? mutation.replace(/^[a-z]+/, '') : null);
      return ID_FIELDS[name] ?? null;
    },
    // B's row in the same role as A's (B's closed Akt for A's closed Akt …), else B's default one.
    foreignId: (entity, own) => {
      const role = ownRoles.find((k) => A[k] === own);
      return String(role ? B[role] : B[ENTITIES[entity]!]);
    },
    ownIdOfOtherEntity: (entity) => String(entity === 'Person' ? A.akt : A.klient),
    archivedId: (entity) => (entity === 'Akt' ? A.aktArchiviert : (A.archiv as Record<string, string>)[entity.toLowerCase()] ?? null),
  };
}

const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 0);

// One data set for all mutations (a fresh one each would cost ~2 s per mutation): every mutation
// has its own objects where a success of another could spoil its base input, and the ones whose
// success ends something (deleting archived Akten, a new intake token, a revoked key) come last.
const LAST = ['revokeApiKey', 'rotateIntakeToken', 'loescheAbgelaufeneAkten'];
const ordered = [...mutations.filter((m) => !LAST.includes(m.name)), ...LAST.map(field).filter(Boolean)];

beforeAll(async () => {
  t = await testServer({
    intakeRateLimit: { max: 100_000, windowMs: 3_600_000 },
    keyRateLimit: { max: 100_000, windowMs: 60_000 },
    addressRateLimit: { max: 100_000, windowMs: 60_000 },
    // For READ_EVERYTHING; the mutations stay far below the default limits.
    limits: { maxCost: 10_000_000, maxTokens: 100_000, maxDepth: 50 },
  });
  A = await office('Kanzlei A', 'AA');
  B = await office('Kanzlei B', 'BB');
}, 180_000); // two offices with one of everything: ~100 requests, longer than hookTimeout on a busy machine
afterAll(() => t?.close());

describe('fuzzed inputs to every mutation', () => {
  it('the schema has mutations, and every one of them a valid base input here', () => {
    expect(mutations.length).toBeGreaterThan(30);
    const withInput = mutations.filter((m) => m.args.some((a) => a.name === 'input'));
    expect(withInput.filter((m) => !BASE[m.name]).map((m) => m.name), 'mutations without a generator: add a valid input to BASE').toEqual([]);
  });

  it('the stamp that spares reading every row sees a write, even one that changes no value', async () => {
    const query = await snapshotQuery(t.db.prisma);
    const stampSql = stampQuery(query);
    const [rows, s] = [await snapshot(t.db.prisma, query), await stamp(t.db.prisma, stampSql)];
    expect(await stamp(t.db.prisma, stampSql)).toBe(s);
    await t.db.prisma.$executeRawUnsafe(`UPDATE "Person" SET name = name WHERE id = (SELECT id FROM "Person" LIMIT 1)`);
    expect(await stamp(t.db.prisma, stampSql)).not.toBe(s);
    expect(await snapshot(t.db.prisma, query)).toEqual(rows);
  });

  it.each(ordered.map((m) => [m.name, m] as const))('%s', async (name, f: GraphQLField<unknown, unknown>) => {
    const seed = (SEED ^ hash(name)) >>> 0;
    const base = f.args.some((a) => a.name === 'input') ? BASE[name] : null;
    if (f.args.length && !base) throw new Error(`${name}: no generator (valid input) in BASE`);
    const ctx: Ctx = { version: async (id) => (await t.db.prisma.akt.findUniqueOrThrow({ where: { id }, select: { version: true } })).version };
    const cases: Case[] = casesFor(f, base ? await base(A, ctx) : null, {
      rnd: rng(seed),
      ids: idContext(name),
      relax: (path, label) => RELAX.some(([p, l]) => p.test(`${name}.${path}`) && l.test(label)),
      tighten: (path, label) => TIGHTEN.some(([p, l]) => p.test(`${name}.${path}`) && l.test(label)),
      existing: EXISTING,
    }, BUDGET, RANDOM_INPUTS);
    const result = getNamedType(f.type);
    const payloadType = (isUnionType(result) ? result.getTypes().map((x) => x.name) : []).find((n) => !n.endsWith('Error'))!;
    // The web form's token (made here: rotateIntakeToken replaces it).
    const intake = (await run(A.key, 'rotateIntakeToken', undefined, 'token')).token as string;
    const keys = { admin: name === 'submitMandatsanfrage' ? intake : A.key, sachbearbeiter: A.sbKey, intake };
    const query = await snapshotQuery(t.db.prisma);
    const stampSql = stampQuery(query);
    const kanzleiA = (await t.db.prisma.kanzlei.findFirstOrThrow({ where: { name: 'Kanzlei A' } })).id;
    const problems: string[] = [];
    const outcomes: Record<string, number> = {};
    let before = await snapshot(t.db.prisma, query);
    // Every row is read again only when a case wrote to a table (its stamp changed): a case that
    // wrote nothing left `before` as it was, and there is nothing to compare (test/support/fuzz.ts,
    // stampQuery). Reading every row after every case was most of this file's time.
    let stampBefore = await stamp(t.db.prisma, stampSql);
    const successes: string[] = [];
    for (const c of cases) {
      // Inputs naming the current version (updateAkt …) are re-read, so a success does not turn the rest into conflicts.
      const input = c.input as { version?: unknown } | null;
      if (base && input && typeof input === 'object' && Number.isInteger(input.version) && (input.version as number) >= 1 && (input.version as number) < 2 ** 31 - 1) {
        input.version = (await base(A, ctx)).version;
      }
      const lastAudit = await t.db.prisma.auditEntry.aggregate({ _max: { id: true } });
      const key = keys[c.as ?? 'admin'];
      const res = await t.gql(key, mutationDocument(f, c.argumentsText), c.input === ABSENT ? {} : { input: c.input });
      const { outcome, problems: found } = judge(res, c, payloadType);
      // The audit trail: an entry for every written row, naming this mutation and this key; none without a change.
      const audit = await t.db.prisma.auditEntry.findMany({ where: { id: { gt: lastAudit._max.id ?? 0n } }, select: { operation: true, keyPrefix: true, entity: true } });
      outcomes[outcome ?? 'broken'] = (outcomes[outcome ?? 'broken'] ?? 0) + 1;
      const stampAfter = await stamp(t.db.prisma, stampSql);
      const after = stampAfter === stampBefore ? before : await snapshot(t.db.prisma, query);
      stampBefore = stampAfter;
      if (outcome !== 'success') {
        const changed = after === before ? [] : diff(before, after);
        if (changed.length) found.push(`data changed despite an error:\n      ${changed.slice(0, 6).join('\n      ')}`);
        if (audit.length) found.push(`audit entries despite an error: ${describeValue(audit)}`);
      } else {
        const changed = after === before ? [] : diff(before, after, (office) => office !== kanzleiA);
        if (changed.length) found.push(`data outside office A changed:\n      ${changed.slice(0, 6).join('\n      ')}`);
        // (The optimistic-lock counter alone is no change worth an entry: saving the same values bumps it.)
        const ohneVersion = (x: typeof before) => ({ rows: x.rows.map((l) => l.replace(/"version": ?\d+/, '"version": 0')) });
        if (after !== before && diff(ohneVersion(before), ohneVersion(after)).length && !audit.length) found.push('data changed without an audit entry');
        const foreign = audit.filter((e) => e.operation !== name || !e.keyPrefix || !key.startsWith(e.keyPrefix));
        if (foreign.length) found.push(`audit entries not naming ${name} and its key: ${describeValue(foreign)}`);
      }
      if (outcome === 'success') successes.push(c.label);
      for (const p of found) {
        problems.push(`${name} [${c.label}] expect=${c.expect}\n    input: ${describeValue(c.input === ABSENT ? '(none)' : c.input)}\n    ${p}\n    answer: ${res.status} ${describeValue(res.body, 500)}`);
      }
      before = after;
    }
    // What the successes stored must stay readable: every query, every field.
    if (successes.length) {
      const read = await t.gql(A.key, READ_EVERYTHING);
      const broken = (read.body.errors ?? []).filter((e) => /unexpected error/i.test(e.message));
      if (read.status >= 500 || broken.length) {
        problems.push(`${name}: after the successes [${successes.join('; ')}] reading everything fails: ${read.status} ${describeValue(broken, 800)}`);
      }
    }
    expect(problems, `seed ${SEED} (FUZZ_SEED=${SEED}), ${cases.length} cases, outcomes ${JSON.stringify(outcomes)}`).toEqual([]);
    // The cases must reach the resolvers, not only the GraphQL validation.
    if (base) expect((outcomes['typed-error'] ?? 0) + (outcomes.success ?? 0), `${name}: no case got past the GraphQL validation`).toBeGreaterThan(0);
  });
});
