// Bad input gets a typed error naming the field, and changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAkt, createForderung, createLeistung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;
let ids: { klient: string; gegner: string; akt: string; forderung: string; leistung: string };

const countAll = async () => {
  const p = t.db.prisma;
  return {
    personen: await p.person.count(), akten: await p.akt.count(), gegner: await p.aktGegner.count(),
    forderungen: await p.forderung.count(), leistungen: await p.leistung.count(),
    rows: JSON.stringify([await p.akt.findMany({ orderBy: { id: 'asc' } }), await p.forderung.findMany(), await p.leistung.findMany(), await p.person.findMany({ orderBy: { id: 'asc' } })]),
  };
};

beforeEach(async () => {
  t = await testServer();
  key = await t.key('Alpha', 'AL');
  const klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Klient' });
  const gegner = await createPerson(t, key, { kurzbezeichnung: 'G', name: 'Gegner' });
  const akt = await createAkt(t, key, { aktenzeichen: '2026/0001', bezeichnung: 'x', klientId: klient, gegnerIds: [gegner] });
  const forderung = await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '100.00' });
  const leistung = await createLeistung(t, key, { aktId: akt, datum: '2026-01-01', kuerzel: 'X', verdienst: '10.00' });
  ids = { klient, gegner, akt, forderung, leistung };
});
afterEach(() => t.close());

type Case = [label: string, mutation: string, inputType: string, input: () => Record<string, unknown>, field: string, message: RegExp];
const many = (n: number) => Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

const cases: Case[] = [
  ['empty Kurzbezeichnung', 'createPerson', 'CreatePersonInput', () => ({ kurzbezeichnung: '  ', name: 'x' }), 'kurzbezeichnung', /darf nicht leer sein/],
  ['duplicate Kurzbezeichnung', 'createPerson', 'CreatePersonInput', () => ({ kurzbezeichnung: 'K', name: 'x' }), 'kurzbezeichnung', /schon vergeben/],
  ['bad e-mail', 'createPerson', 'CreatePersonInput', () => ({ kurzbezeichnung: 'N', name: 'x', email: 'kein@' }), 'email', /E-Mail/],
  ['bad phone', 'createPerson', 'CreatePersonInput', () => ({ kurzbezeichnung: 'N', name: 'x', telefon: 'ruf mich an' }), 'telefon', /Telefonnummer/],
  // E.164: at most 15 digits (issue 16: 28 were accepted), the same rule wherever a phone number is taken.
  ['phone with 28 digits', 'createPerson', 'CreatePersonInput', () => ({ kurzbezeichnung: 'N', name: 'x', telefon: '+43 664 1234567 8901234567890123' }), 'telefon', /höchstens 15 Ziffern/],
  ['phone with 16 digits', 'updatePerson', 'UpdatePersonInput', () => ({ id: ids.gegner, telefon: '+43 664 12345678901' }), 'telefon', /höchstens 15 Ziffern/],
  ['phone with 5 digits', 'updatePerson', 'UpdatePersonInput', () => ({ id: ids.gegner, telefon: '12 345' }), 'telefon', /mindestens 6 Ziffern/],
  ['office phone with 16 digits', 'updateKanzlei', 'UpdateKanzleiInput', () => ({ telefon: '+43 1 2345678901234' }), 'telefon', /höchstens 15 Ziffern/],
  ['too long name', 'createPerson', 'CreatePersonInput', () => ({ kurzbezeichnung: 'N', name: 'x'.repeat(201) }), 'name', /höchstens 200/],
  ['rename to a taken Kurzbezeichnung', 'updatePerson', 'UpdatePersonInput', () => ({ id: ids.gegner, kurzbezeichnung: 'K' }), 'kurzbezeichnung', /schon vergeben/],
  ['null for a required field', 'updatePerson', 'UpdatePersonInput', () => ({ id: ids.gegner, name: null }), 'name', /./],
  ['duplicate Aktenzeichen', 'createAkt', 'CreateAktInput', () => ({ aktenzeichen: '2026/0001', bezeichnung: 'y', klientId: ids.klient }), 'aktenzeichen', /schon vergeben/],
  ['unknown Klient', 'createAkt', 'CreateAktInput', () => ({ aktenzeichen: 'N', bezeichnung: 'y', klientId: many(1)[0] }), 'klientId', /nicht gefunden/],
  ['malformed Klient id', 'createAkt', 'CreateAktInput', () => ({ aktenzeichen: 'N', bezeichnung: 'y', klientId: 'abc' }), 'klientId', /keine gültige ID/],
  ['eleven Gegner', 'createAkt', 'CreateAktInput', () => ({ aktenzeichen: 'N', bezeichnung: 'y', klientId: ids.klient, gegnerIds: many(11) }), 'gegnerIds', /höchstens 10 Gegner/],
  ['a Gegner twice', 'createAkt', 'CreateAktInput', () => ({ aktenzeichen: 'N', bezeichnung: 'y', klientId: ids.klient, gegnerIds: [ids.gegner, ids.gegner] }), 'gegnerIds', /mehrfach/],
  ['Klient as Gegner', 'createAkt', 'CreateAktInput', () => ({ aktenzeichen: 'N', bezeichnung: 'y', klientId: ids.klient, gegnerIds: [ids.klient] }), 'gegnerIds', /nicht zugleich Gegner/],
  ['Bemessungsgrundlage 0', 'createAkt', 'CreateAktInput', () => ({ aktenzeichen: 'N', bezeichnung: 'y', klientId: ids.klient, bemessungsgrundlage: '0' }), 'bemessungsgrundlage', /größer als 0/],
  ['updateAkt: Klient who is a Gegner', 'updateAkt', 'UpdateAktInput', () => ({ id: ids.akt, version: 1, klientId: ids.gegner }), 'klientId', /nicht zugleich Gegner/],
  ['updateAkt: empty Bezeichnung', 'updateAkt', 'UpdateAktInput', () => ({ id: ids.akt, version: 1, bezeichnung: '' }), 'bezeichnung', /darf nicht leer/],
  ['updateAkt: version 0', 'updateAkt', 'UpdateAktInput', () => ({ id: ids.akt, version: 0, bezeichnung: 'z' }), 'version', /./],
  ['setGegner: Klient as Gegner', 'setGegner', 'SetGegnerInput', () => ({ aktId: ids.akt, personIds: [ids.klient] }), 'personIds', /nicht zugleich Gegner/],
  ['setGegner: eleven', 'setGegner', 'SetGegnerInput', () => ({ aktId: ids.akt, personIds: many(11) }), 'personIds', /höchstens 10/],
  ['setGegner: unknown Person', 'setGegner', 'SetGegnerInput', () => ({ aktId: ids.akt, personIds: many(1) }), 'personIds', /nicht gefunden/],
  ['Forderung: negative', 'createForderung', 'CreateForderungInput', () => ({ aktId: ids.akt, art: 'HAUPTFORDERUNG', betrag: '-1.00' }), 'betrag', /größer als 0/],
  ['Forderung: Zinsbeginn without rate', 'createForderung', 'CreateForderungInput', () => ({ aktId: ids.akt, art: 'HAUPTFORDERUNG', betrag: '1.00', zinsenAb: '2026-01-01' }), 'zinssatz', /Zinsbeginn ohne Zinssatz/],
  ['Forderung: rate over 100 %', 'createForderung', 'CreateForderungInput', () => ({ aktId: ids.akt, art: 'HAUPTFORDERUNG', betrag: '1.00', zinssatz: '101' }), 'zinssatz', /zwischen 0 und 100/],
  ['updateForderung: Zinsbeginn without rate', 'updateForderung', 'UpdateForderungInput', () => ({ id: ids.forderung, zinsenAb: '2026-01-01' }), 'zinssatz', /Zinsbeginn ohne Zinssatz/],
  ['updateForderung: three decimals', 'updateForderung', 'UpdateForderungInput', () => ({ id: ids.forderung, betrag: '1.001' }), 'betrag', /2 Nachkommastellen/],
  ['Leistung: negative Verdienst', 'createLeistung', 'CreateLeistungInput', () => ({ aktId: ids.akt, datum: '2026-01-01', kuerzel: 'X', verdienst: '-1.00' }), 'verdienst', /nicht negativ/],
  ['Leistung: empty Kürzel', 'createLeistung', 'CreateLeistungInput', () => ({ aktId: ids.akt, datum: '2026-01-01', kuerzel: '', verdienst: '1.00' }), 'kuerzel', /darf nicht leer/],
  ['Leistung: negative minutes', 'createLeistung', 'CreateLeistungInput', () => ({ aktId: ids.akt, datum: '2026-01-01', kuerzel: 'X', verdienst: '1.00', zeitMinuten: -5 }), 'zeitMinuten', /./],
  ['updateLeistung: unknown Sachbearbeiter', 'updateLeistung', 'UpdateLeistungInput', () => ({ id: ids.leistung, sachbearbeiterId: many(1)[0] }), 'sachbearbeiterId', /nicht gefunden/],
  ['deleteForderung: malformed id', 'deleteForderung', 'DeleteForderungInput', () => ({ id: 'x' }), 'id', /keine gültige ID/],
];

describe('every mutation validates its input', () => {
  it.each(cases)('%s', async (_label, mutation, inputType, input, field, message) => {
    const before = await countAll();
    const d = await t.data(key, `mutation($i: ${inputType}!) { r: ${mutation}(input: $i) { __typename ... on ValidationError { field message issues { field message } } } }`, { i: input() });
    expect(d.r.__typename).toBe('ValidationError');
    expect(d.r.field).toBe(field);
    expect(d.r.message).toMatch(message);
    expect(await countAll()).toEqual(before);
  });

  it('a GraphQL-level type error (missing required field) is refused before anything runs', async () => {
    const before = await countAll();
    const res = await t.gql(key, `mutation { createAkt(input: { bezeichnung: "x" }) { __typename } }`);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.message).toMatch(/aktenzeichen/);
    expect(await countAll()).toEqual(before);
  });
});
