// The role matrix (server/auth/rollen.ts) walked over every mutation of schema/schema.graphql and
// every role: an allowed call is never answered with ForbiddenError; a disallowed one is, with an
// input that then succeeds for an allowed role, and writes nothing (no audit entry, which every
// table's trigger would write). The README prints the same table.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isUnionType, type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLLEN, ROLLENMATRIX } from '../server/auth/rollen.js';
import type { Rolle } from '../server/generated/prisma/enums.js';
import { inTransaction } from '../server/services/db.js';
import { schreibeEreignis } from '../server/webhooks/outbox.js';
import { createAkt, createLeistung, createPerson } from './support/fixtures.js';
import { camt053 } from './support/camt.js';
import { TEST_BRIEFKOPF, testServer, type TestServer } from './support/testServer.js';

const schema = buildSchema(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields());

/** A value GraphQL accepts for the type (ids of nothing): enough to get past the role check. */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, placeholder(f.type)]));
  }
  const scalars: Record<string, unknown> = { ID: randomUUID(), String: 'x', Int: 1, Float: 1, Boolean: false, Decimal: '1.00', Date: '2026-01-02', DateTime: '2026-01-02T10:00:00Z' };
  if (!(type.name in scalars)) throw new Error(`no placeholder for scalar ${type.name}`);
  return scalars[type.name];
}

let t: TestServer;
const keys = {} as Record<Rolle, string>;
let fx: Record<'akt' | 'leistung' | 'honorarnote' | 'honorarnoteOffen' | 'aktAbgeschlossen' | 'aktArchiviert' | 'anwalt' | 'anfrageAssign' | 'anfrageAnnehmen' | 'frei'
  | 'webhook' | 'webhookLoeschen' | 'zustellung' | 'buchungZuordnen' | 'buchungVerwerfen', string>;

async function call(key: string, f: GraphQLField<unknown, unknown>, input: unknown) {
  const arg = f.args.find((a) => a.name === 'input');
  const res = await t.gql(key, `mutation${arg ? `($input: ${String(arg.type)})` : ''} { r: ${f.name}${arg ? '(input: $input)' : ''} { __typename ... on Error { message } } }`, arg ? { input } : {});
  expect(res.body.errors, `${f.name}: ${JSON.stringify(res.body.errors)}`).toBeUndefined();
  return res.body.data.r as { __typename: string; message?: string };
}

const version = async (aktId: string) => (await t.data(keys.ADMIN, 'query($id: ID!) { akt(id: $id) { version } }', { id: aktId })).akt.version as number;

/** For each mutation some role may not run: an input that succeeds for a role that may. */
const VALID: Record<string, () => unknown> = {
  assignMandatsanfrage: () => ({ id: fx.anfrageAssign, benutzerId: fx.anwalt }),
  annehmenMandatsanfrage: () => ({ id: fx.anfrageAnnehmen, aktenzeichen: '2026/0100' }),
  erstelleHonorarnote: () => ({ aktId: fx.akt, datum: '2026-02-01', leistungIds: [fx.leistung] }),
  stornoHonorarnote: () => ({ id: fx.honorarnote, grund: 'Falscher Empfänger' }),
  schreibeHonorarnoteAb: () => ({ honorarnoteId: fx.honorarnoteOffen, grund: 'Klient insolvent' }),
  archiviereAkt: async () => ({ aktId: fx.aktAbgeschlossen, version: await version(fx.aktAbgeschlossen) }),
  setRechtlicheSperre: () => ({ aktId: fx.aktArchiviert, rechtlicheSperreBis: '2045-01-01' }),
  updateTarif: () => ({ code: 'MAK', positionen: [{ tarifpost: 'TP6' }, { tarifpost: 'TP8' }] }),
  copyTarif: () => ({ code: 'MAK', neuerCode: 'MAKX', name: 'Eigener Tarif' }),
  setLeistungsart: () => ({ kuerzel: 'MAKY', name: 'Mahnung Y', tarif: 'MAK' }),
  setPorto: () => ({ gueltigAb: '2027-01-01', betrag: '5.00' }),
  valorisiereRatg: () => ({ faktor: '1.05', gueltigAb: '2031-01-01', bezeichnung: 'Valorisierung 2031' }),
  createGericht: () => ({ kurzbezeichnung: 'MA WIEN', name: 'Magistrat Wien', plz: '1010', ort: 'Wien' }),
  updateKanzlei: () => ({ email: 'office@kanzlei.at' }),
  setSachgebiete: () => ({ benutzerId: fx.anwalt, sachgebiete: ['Inkasso', 'Zivilrecht'] }),
  rotateIntakeToken: () => undefined,
  loescheAbgelaufeneAkten: () => ({}),
  loeschePersonendaten: () => ({ personId: fx.frei }),
  createWebhook: () => ({ url: 'https://partner.example/hook', ereignisse: ['AKT_ANGELEGT'] }),
  updateWebhook: () => ({ id: fx.webhook, status: 'PAUSIERT' }),
  deleteWebhook: () => ({ id: fx.webhookLoeschen }),
  rotateWebhookSecret: () => ({ id: fx.webhook }),
  zustellungWiederholen: () => ({ zustellungId: fx.zustellung }),
  importiereKontoauszug: () => ({ format: 'CAMT053', datei: camt053(TEST_BRIEFKOPF.iban, [{ ref: `ROLLE-${randomUUID()}`, betrag: '1.00', text: 'Rollen' }]) }),
  buchungZuordnen: () => ({ buchungId: fx.buchungZuordnen, aktId: fx.akt }),
  buchungVerwerfen: () => ({ buchungId: fx.buchungVerwerfen, grund: 'Rollentest' }),
};

/** Inputs whose placeholder would be refused before the role matters as a request error (an unreadable file): a real one. */
const ECHT: Record<string, () => unknown> = { importiereKontoauszug: VALID.importiereKontoauszug! };

beforeAll(async () => {
  t = await testServer();
  for (const rolle of ROLLEN) keys[rolle] = await t.key('Alpha', rolle.slice(0, 2), rolle);
  const admin = keys.ADMIN;
  const { benutzer } = await t.data(admin, '{ benutzer { id rolle } }');
  const klient = await createPerson(t, admin, { kurzbezeichnung: 'K', name: 'Klara Klient', strasse: 'Graben 1', plz: '1010', ort: 'Wien' });
  const akt = await createAkt(t, admin, { aktenzeichen: '2026/0001', bezeichnung: 'Inkasso', klientId: klient });
  const leistung = await createLeistung(t, admin, { aktId: akt, datum: '2026-01-15', kuerzel: 'X', verdienst: '100.00' });
  const billed = await createLeistung(t, admin, { aktId: akt, datum: '2026-01-16', kuerzel: 'X', verdienst: '50.00' });
  const hn = await t.data(admin, `mutation($i: ErstelleHonorarnoteInput!) { r: erstelleHonorarnote(input: $i) { ... on ErstelleHonorarnotePayload { honorarnote { id } } } }`, {
    i: { aktId: akt, datum: '2026-01-31', leistungIds: [billed] },
  });
  const offen = await createLeistung(t, admin, { aktId: akt, datum: '2026-01-17', kuerzel: 'X', verdienst: '70.00' });
  const hnOffen = await t.data(admin, `mutation($i: ErstelleHonorarnoteInput!) { r: erstelleHonorarnote(input: $i) { ... on ErstelleHonorarnotePayload { honorarnote { id } } } }`, {
    i: { aktId: akt, datum: '2026-01-31', leistungIds: [offen] },
  });
  const closed = async (aktenzeichen: string) => {
    const id = await createAkt(t, admin, { aktenzeichen, bezeichnung: 'Erledigt', klientId: klient });
    await t.data(admin, `mutation($i: SetAktStatusInput!) { setAktStatus(input: $i) { __typename } }`, { i: { aktId: id, version: 1, status: 'ABGESCHLOSSEN' } });
    return id;
  };
  const aktAbgeschlossen = await closed('2026/0002');
  const aktArchiviert = await closed('2026/0003');
  await t.data(admin, `mutation($i: ArchiviereAktInput!) { archiviereAkt(input: $i) { __typename } }`, { i: { aktId: aktArchiviert, version: 2 } });
  const anfrage = async (name: string) => {
    const sub = await t.data(admin, `mutation($i: SubmitMandatsanfrageInput!) { r: submitMandatsanfrage(input: $i) { ... on SubmitMandatsanfragePayload { referenz } } }`, {
      i: { klient: { name, email: 'x@example.at' }, gegner: [], sachgebiet: 'Inkasso', beschreibung: 'Offene Rechnung seit drei Monaten.' },
    });
    const { id } = await t.db.prisma.mandatsanfrage.findUniqueOrThrow({ where: { referenz: sub.r.referenz } });
    await t.data(admin, `mutation($id: ID!) { pruefeKollision(input: { id: $id }) { __typename } }`, { id });
    return id;
  };
  fx = {
    akt, leistung, honorarnote: hn.r.honorarnote.id, honorarnoteOffen: hnOffen.r.honorarnote.id, aktAbgeschlossen, aktArchiviert,
    anwalt: benutzer.find((b: any) => b.rolle === 'ANWALT').id,
    frei: await createPerson(t, admin, { kurzbezeichnung: 'FREI', name: 'Fritz Frei' }),
    anfrageAssign: await anfrage('Anna Zuweisung'), anfrageAnnehmen: await anfrage('Otto Annahme'),
    ...(await webhooks()),
    ...(await bankbuchungen()),
  };
});
afterAll(() => t?.close());

/** Two queued bank entries (one to assign, one to dismiss). */
async function bankbuchungen() {
  const r = await t.data(keys.ADMIN, `mutation($i: ImportiereKontoauszugInput!) { r: importiereKontoauszug(input: $i) { ... on ImportiereKontoauszugPayload { offen { id bankReferenz } } } }`, {
    i: { format: 'CAMT053', datei: camt053(TEST_BRIEFKOPF.iban, [{ ref: 'ROLLE-Z', betrag: '3.00', text: 'x' }, { ref: 'ROLLE-V', betrag: '4.00', text: 'y' }]) },
  });
  const id = (ref: string) => r.r.offen.find((b: { bankReferenz: string }) => b.bankReferenz === ref).id as string;
  return { buchungZuordnen: id('ROLLE-Z'), buchungVerwerfen: id('ROLLE-V') };
}

/** Two webhooks of the office (one to delete) and a delivery to re-queue. */
async function webhooks() {
  const neu = async () => (await t.data(keys.ADMIN, `mutation { r: createWebhook(input: { url: "https://partner.example/hook", ereignisse: [AKT_ANGELEGT] }) {
    ... on CreateWebhookPayload { webhook { id } } } }`)).r.webhook.id as string;
  const webhook = await neu();
  const { kanzleiId } = await t.db.prisma.webhook.findUniqueOrThrow({ where: { id: webhook } });
  await inTransaction(t.db.prisma, (tx) => schreibeEreignis(tx, { kanzleiId, typ: 'akt.angelegt', daten: async () => ({}) }));
  const zustellung = (await t.db.prisma.webhookZustellung.findFirstOrThrow({ where: { webhookId: webhook } })).id;
  return { webhook, webhookLoeschen: await neu(), zustellung };
}

describe('the role matrix', () => {
  it('names every mutation of the schema, and nothing else', () => {
    expect(Object.keys(ROLLENMATRIX).sort()).toEqual(mutations.map((m) => m.name).sort());
    for (const m of mutations) {
      const result = getNamedType(m.type);
      expect(isUnionType(result) && result.getTypes().some((x) => x.name === 'ForbiddenError'), m.name).toBe(true);
    }
  });

  it('is enforced for every mutation and role: allowed runs, disallowed is ForbiddenError and writes nothing', async () => {
    const walked: string[] = [];
    for (const m of mutations) {
      const erlaubt = ROLLENMATRIX[m.name]!;
      const arg = m.args.find((a) => a.name === 'input');
      for (const rolle of ROLLEN) {
        if (erlaubt.includes(rolle)) {
          const r = await call(keys[rolle], m, arg ? (ECHT[m.name]?.() ?? placeholder(arg.type)) : undefined);
          expect(r.__typename, `${m.name} as ${rolle}: ${r.message}`).not.toBe('ForbiddenError');
        } else {
          expect(VALID[m.name], `${m.name}: no valid input for the disallowed roles`).toBeDefined();
          const vorher = await t.db.prisma.auditEntry.count();
          const r = await call(keys[rolle], m, await VALID[m.name]!());
          expect(r, `${m.name} as ${rolle}`).toEqual({ __typename: 'ForbiddenError', message: `${m.name} ist ${erlaubt.join(' oder ')} vorbehalten (Ihre Rolle: ${rolle}).` });
          expect(await t.db.prisma.auditEntry.count(), `${m.name} as ${rolle} wrote`).toBe(vorher);
          walked.push(`${m.name}/${rolle}`);
        }
      }
      // The same input as the least privileged allowed role: it was the role that stood in the way.
      if (erlaubt.length < ROLLEN.length) {
        const r = await call(keys[erlaubt.at(-1)!], m, await VALID[m.name]!());
        expect(r.__typename, `${m.name} as ${erlaubt.at(-1)}: ${r.message}`).toMatch(/Payload$/);
      }
    }
    // Statutory tariffs and tables are the office's: the SACHBEARBEITER of issue 15 is refused.
    for (const m of ['updateTarif', 'setLeistungsart', 'copyTarif', 'createGericht', 'valorisiereRatg', 'setPorto']) {
      expect(walked).toContain(`${m}/SACHBEARBEITER`);
      expect(walked).toContain(`${m}/ANWALT`);
    }
  });

  it('is the table printed in the README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const rows = Object.fromEntries(
      [...readme.matchAll(/^\| `(\w+)` \| (.*) \|$/gm)].filter(([, name]) => name! in ROLLENMATRIX).map(([, name, cells]) => {
        const [admin, anwalt, sb] = cells!.split(' | ').map((c) => c.trim() === '✓');
        return [name!, ROLLEN.filter((_, i) => [admin, anwalt, sb][i])];
      }),
    );
    expect(rows).toEqual(ROLLENMATRIX);
  });
});
