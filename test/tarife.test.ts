// Tariffs through the API: Mahnkosten of an Akt, the tables, a custom tariff (MAKX), the
// Leistungstabelle redirect, Ratenmahnung, table versions by date, pricing of Leistungen.
// Expected figures are computed by hand from ratg.md / mahnkosten.md (see the comments).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAkt, createForderung, createLeistung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;
let klient: string;
let gegner: string[];

beforeEach(async () => {
  t = await testServer();
  key = await t.key('Alpha', 'AL');
  klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Klient' });
  gegner = await Promise.all(['G1', 'G2', 'G3'].map((k) => createPerson(t, key, { kurzbezeichnung: k, name: k })));
});
afterEach(() => t.close());

const MAHNKOSTEN = `query($id: ID!, $tarif: String!, $raten: Boolean, $datum: Date) { akt(id: $id) { mahnkosten(tarif: $tarif, ratenmahnung: $raten, datum: $datum) {
  tarif bemessungsgrundlage bemessungsgrundlageQuelle ratgGueltigAb positionen { tarifpost bezeichnung grundbetrag zuschlag anzahl betrag }
  verdienst streitgenossenzuschlagProzent streitgenossenzuschlag porto netto ust brutto } } }`;

const mahnkosten = (id: string, tarif: string, extra: Record<string, unknown> = {}) =>
  t.gql(key, MAHNKOSTEN, { id, tarif, datum: '2026-11-26', ...extra });

async function aktMit(opts: { gegner: number; forderungen?: [string, string][]; bg?: string }) {
  const akt = await createAkt(t, key, {
    aktenzeichen: `A${Math.random()}`, bezeichnung: 'x', klientId: klient, gegnerIds: gegner.slice(0, opts.gegner), bemessungsgrundlage: opts.bg,
  });
  for (const [art, betrag] of opts.forderungen ?? []) await createForderung(t, key, { aktId: akt, art, betrag });
  return akt;
}

describe('Akt.mahnkosten', () => {
  it('MAK at 12 345.67 with three Gegner: the worked example, with every posting', async () => {
    const akt = await aktMit({ gegner: 3, forderungen: [['HAUPTFORDERUNG', '10000.00'], ['HAUPTFORDERUNG', '2345.67'], ['NEBENFORDERUNG', '500.00']] });
    const m = (await mahnkosten(akt, 'MAK')).body.data.akt.mahnkosten;
    // TP6 = 2 × (10.80 + 7 × 3.30) = 67.80; + 50 % = 33.90; TP8 = 52.50 + 8 × 11.10 = 141.30
    expect(m).toEqual({
      tarif: 'MAK', bemessungsgrundlage: '12345.67', bemessungsgrundlageQuelle: 'HAUPTFORDERUNGEN', ratgGueltigAb: '2023-05-01',
      positionen: [
        { tarifpost: 'TP6', bezeichnung: 'TP 6 anderer Brief', grundbetrag: '67.80', zuschlag: '0.00', anzahl: 1, betrag: '67.80' },
        { tarifpost: 'TP6', bezeichnung: 'TP 6 anderer Brief + 50 %', grundbetrag: '67.80', zuschlag: '33.90', anzahl: 1, betrag: '101.70' },
        { tarifpost: 'TP8', bezeichnung: 'TP 8 Besprechung (je halbe Stunde)', grundbetrag: '141.30', zuschlag: '0.00', anzahl: 1, betrag: '141.30' },
      ],
      verdienst: '310.80', streitgenossenzuschlagProzent: '15.00', streitgenossenzuschlag: '46.62', porto: '4.30',
      netto: '361.72', ust: '72.34', brutto: '434.10',
    });
  });

  it.each([
    // tariff, BG, Gegner, brutto (mahnkosten.md worked examples)
    ['MES', '500.00', 1, '45.70'],
    ['MET', '1500.00', 1, '74.50'],
    ['MAS', '2911.00', 1, '106.70'],
    ['MAT', '100000.00', 1, '882.50'],
    ['MES', '70.00', 2, '30.10'],
    // MEK at 1 000, 1 Gegner: TP5 9.20 + TP8 52.50 + TP6 18.40 + 9.20 = 89.30; + 4.30 = 93.60; USt 18.72; 112.32 → 112.30
    ['MEK', '1000.00', 1, '112.30'],
  ])('%s at %s with %i Gegner costs %s', async (tarif, bg, n, brutto) => {
    const akt = await aktMit({ gegner: n, forderungen: [['HAUPTFORDERUNG', bg]] });
    expect((await mahnkosten(akt, tarif)).body.data.akt.mahnkosten.brutto).toBe(brutto);
  });

  it('takes the Akt’s own Bemessungsgrundlage when it has no Forderung', async () => {
    const akt = await aktMit({ gegner: 1, bg: '500.00' });
    const m = (await mahnkosten(akt, 'mes')).body.data.akt.mahnkosten;
    expect([m.bemessungsgrundlageQuelle, m.bemessungsgrundlage, m.brutto]).toEqual(['AKT', '500.00', '45.70']);
  });

  it('a Ratenmahnung is based on one instalment', async () => {
    const akt = await aktMit({ gegner: 1, forderungen: [['HAUPTFORDERUNG', '12000.00']] });
    const set = await t.data(key, `mutation($i: SetRatenvereinbarungInput!) { setRatenvereinbarung(input: $i) { __typename ... on SetRatenvereinbarungPayload { akt { ratenvereinbarung { rate anzahl ersteFaelligkeit intervallMonate } } } } }`, {
      i: { aktId: akt, rate: '500.00', anzahl: 24, ersteFaelligkeit: '2026-12-01' },
    });
    expect(set.setRatenvereinbarung.akt.ratenvereinbarung).toEqual({ rate: '500.00', anzahl: 24, ersteFaelligkeit: '2026-12-01', intervallMonate: 1 });
    const m = (await mahnkosten(akt, 'MES', { raten: true })).body.data.akt.mahnkosten;
    expect([m.bemessungsgrundlageQuelle, m.bemessungsgrundlage, m.brutto]).toEqual(['RATE', '500.00', '45.70']);
  });

  it('refuses with a typed error instead of a made-up number', async () => {
    const leer = await aktMit({ gegner: 1 });
    const nurNeben = await aktMit({ gegner: 1, forderungen: [['NEBENFORDERUNG', '40.00']] });
    const ok = await aktMit({ gegner: 1, forderungen: [['HAUPTFORDERUNG', '500.00']] });
    const cases: [string, string, Record<string, unknown>, string, RegExp][] = [
      [ok, 'NOPE', {}, 'tarif', /Unbekannter Tarif „NOPE“/],
      [leer, 'MAK', {}, 'bemessungsgrundlage', /weder Forderungen noch eine Bemessungsgrundlage/],
      [nurNeben, 'MAK', {}, 'bemessungsgrundlage', /größer als 0/],
      [ok, 'MAK', { raten: true }, 'ratenmahnung', /Ratenvereinbarung/],
      [ok, 'MAK', { datum: '2023-04-30' }, 'datum', /Keine RATG-Tabelle gilt am 2023-04-30/],
    ];
    for (const [akt, tarif, extra, field, message] of cases) {
      const res = await mahnkosten(akt, tarif, extra);
      expect(res.body.data.akt.mahnkosten).toBeNull();
      expect(res.body.errors?.[0]).toMatchObject({ path: ['akt', 'mahnkosten'], extensions: { code: 'TARIF_ERROR', field } });
      expect(res.body.errors?.[0]?.message).toMatch(message);
    }
  });

  it('one Akt without a basis does not hide the others in a list', async () => {
    await aktMit({ gegner: 1 });
    await aktMit({ gegner: 1, forderungen: [['HAUPTFORDERUNG', '500.00']] });
    const res = await t.gql(key, `{ akten { edges { node { mahnkosten(tarif: "MES", datum: "2026-11-26") { brutto } } } } }`);
    expect(res.body.data.akten.edges.map((e: any) => e.node.mahnkosten?.brutto ?? null).sort()).toEqual(['45.70', null]);
    expect(res.body.errors).toHaveLength(1);
  });
});

describe('tables', () => {
  it('lists the six seeded tariffs with their postings and the Leistungstabelle', async () => {
    const d = await t.data(key, `{ tarife { code porto positionen { tarifpost zuschlag anzahl } } leistungsarten { kuerzel tarif { code } ratgPost nachDauer } portoSaetze { gueltigAb betrag } }`);
    expect(d.tarife.map((x: any) => x.code)).toEqual(['MAK', 'MAS', 'MAT', 'MEK', 'MES', 'MET']);
    expect(d.tarife.find((x: any) => x.code === 'MET').positionen).toEqual([
      { tarifpost: 'TP5', zuschlag: false, anzahl: 1 }, { tarifpost: 'TP8_KURZ', zuschlag: false, anzahl: 1 }, { tarifpost: 'TP6', zuschlag: true, anzahl: 1 },
    ]);
    const byKuerzel = Object.fromEntries(d.leistungsarten.map((l: any) => [l.kuerzel, l]));
    expect(byKuerzel.MAKAZ.tarif).toEqual({ code: 'MAK' });
    expect(byKuerzel['3A'].ratgPost).toBe('TP3A');
    expect(byKuerzel['82'].nachDauer).toBe(true);
    expect(d.portoSaetze).toEqual([{ gueltigAb: '2023-05-01', betrag: '4.30' }]);
  });

  it('ratg() gives the statutory amount for partner tools', async () => {
    const q = `query($p: Tarifpost!, $bg: Decimal!, $m: Int) { ratg(tarifpost: $p, bemessungsgrundlage: $bg, datum: "2026-11-26", minuten: $m) { tarifpost betrag ratgGueltigAb } }`;
    expect((await t.data(key, q, { p: 'TP3A', bg: '50000' })).ratg).toEqual({ tarifpost: 'TP3A', betrag: '992.10', ratgGueltigAb: '2023-05-01' });
    expect((await t.data(key, q, { p: 'TP8_KURZ', bg: '1500' })).ratg.betrag).toBe('21.00'); // 0.4 × 52.50
    expect((await t.data(key, q, { p: 'TP8', bg: '1500', m: 61 })).ratg.betrag).toBe('157.50'); // 3 started half hours × 52.50
    const bad = await t.gql(key, q, { p: 'TP5', bg: '0' });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'TARIF_ERROR', field: 'bemessungsgrundlage' });
  });

  it('a valorisation adds a table version; each date uses the version then in force', async () => {
    const v = await t.data(key, `mutation { valorisiereRatg(input: { faktor: "1.2", gueltigAb: "2027-01-01", bezeichnung: "Valorisierung 2027" }) {
      __typename ... on ValorisiereRatgPayload { ratgTabelle { gueltigAb posten { tarifpost stufen { bis betrag } } } } } }`);
    const tp5 = v.valorisiereRatg.ratgTabelle.posten.find((p: any) => p.tarifpost === 'TP5');
    expect(tp5.stufen[0]).toEqual({ bis: '70.00', betrag: '5.10' }); // 4.20 × 1.2 = 5.04, rounded up to 5.10
    const q = `query($d: Date) { ratg(tarifpost: TP5, bemessungsgrundlage: "70", datum: $d) { betrag ratgGueltigAb } }`;
    expect((await t.data(key, q, { d: '2026-12-31' })).ratg).toEqual({ betrag: '4.20', ratgGueltigAb: '2023-05-01' });
    expect((await t.data(key, q, { d: '2027-01-01' })).ratg).toEqual({ betrag: '5.10', ratgGueltigAb: '2027-01-01' });
    const again = await t.data(key, `mutation { valorisiereRatg(input: { faktor: "1.1", gueltigAb: "2027-01-01", bezeichnung: "x" }) { __typename ... on ValidationError { field } } }`);
    expect(again.valorisiereRatg).toEqual({ __typename: 'ValidationError', field: 'gueltigAb' });
  });

  it('postage is a dated setting', async () => {
    const akt = await aktMit({ gegner: 1, forderungen: [['HAUPTFORDERUNG', '500.00']] });
    await t.data(key, `mutation { setPorto(input: { gueltigAb: "2027-01-01", betrag: "5.00" }) { __typename } }`);
    // MES at 500 from 2027: 33.80 + 5.00 = 38.80; USt 7.76; 46.56 → 46.60
    expect((await mahnkosten(akt, 'MES', { datum: '2027-01-01' })).body.data.akt.mahnkosten).toMatchObject({ porto: '5.00', brutto: '46.60' });
    expect((await mahnkosten(akt, 'MES', { datum: '2026-12-31' })).body.data.akt.mahnkosten).toMatchObject({ porto: '4.30', brutto: '45.70' });
  });

  it('only an ADMIN changes the statutory tables and the postage', async () => {
    const clerk = await t.key('Alpha', 'SB', 'SACHBEARBEITER');
    const d = await t.data(clerk, `mutation { a: valorisiereRatg(input: { faktor: "1.2", gueltigAb: "2027-01-01", bezeichnung: "x" }) { __typename }
      b: setPorto(input: { gueltigAb: "2027-01-01", betrag: "9.99" }) { __typename } }`);
    expect(d).toEqual({ a: { __typename: 'ForbiddenError' }, b: { __typename: 'ForbiddenError' } });
  });
});

describe('a custom tariff (MAKX) and the Leistungstabelle', () => {
  it('copy MAK to MAKX, add a TP5 posting, point MAK and MAKAZ at it: new Leistungen use MAKX', async () => {
    const copy = await t.data(key, `mutation { copyTarif(input: { code: "MAK", neuerCode: "makx", name: "Mahnung ausführlich, eigene Variante" }) {
      __typename ... on CopyTarifPayload { tarif { code name positionen { tarifpost zuschlag } } } } }`);
    expect(copy.copyTarif.tarif).toMatchObject({ code: 'MAKX', positionen: [{ tarifpost: 'TP6', zuschlag: false }, { tarifpost: 'TP6', zuschlag: true }, { tarifpost: 'TP8', zuschlag: false }] });
    const upd = await t.data(key, `mutation { updateTarif(input: { code: "MAKX", positionen: [
      { tarifpost: TP6 }, { tarifpost: TP6, zuschlag: true }, { tarifpost: TP8 }, { tarifpost: TP5, zuschlag: true } ] }) {
      __typename ... on UpdateTarifPayload { tarif { positionen { reihenfolge tarifpost zuschlag anzahl } } } } }`);
    expect(upd.updateTarif.tarif.positionen).toHaveLength(4);
    for (const kuerzel of ['MAK', 'MAKAZ']) {
      const r = await t.data(key, `mutation($k: String!) { setLeistungsart(input: { kuerzel: $k, tarif: "MAKX" }) { __typename ... on SetLeistungsartPayload { leistungsart { kuerzel tarif { code } } } } }`, { k: kuerzel });
      expect(r.setLeistungsart.leistungsart).toEqual({ kuerzel, tarif: { code: 'MAKX' } });
    }
    const akt = await aktMit({ gegner: 3, forderungen: [['HAUPTFORDERUNG', '12345.67']] });
    const lid = await createLeistung(t, key, { aktId: akt, datum: '2026-11-26', kuerzel: 'MAKAZ' });
    const { akt: read } = await t.data(key, `query($id: ID!) { akt(id: $id) { leistungen { id kuerzel tarifbasis ratgGueltigAb bemessungsgrundlage verdienst einheitssatz streitgenossenzuschlag barauslagenUstPflichtig ust } mahnkosten(tarif: "MAKX", datum: "2026-11-26") { verdienst brutto } } }`, { id: akt });
    // MAKX = MAK (310.80) + TP5 33.90 + 50 % 17.00 (16.95 → 17.00) = 361.70; SG 15 % = 54.255 → 54.26;
    // Netto 361.70 + 54.26 + 4.30 = 420.26; USt 84.05 (84.052); Brutto 504.31 → 504.30
    expect(read.mahnkosten).toEqual({ verdienst: '361.70', brutto: '504.30' });
    expect(read.leistungen).toEqual([{
      id: lid, kuerzel: 'MAKAZ', tarifbasis: 'MAKX', ratgGueltigAb: '2023-05-01', bemessungsgrundlage: '12345.67',
      verdienst: '361.70', einheitssatz: '0.00', streitgenossenzuschlag: '54.26', barauslagenUstPflichtig: '4.30', ust: '84.05',
    }]);
  });

  it('a seeded tariff cannot be broken: empty postings, unknown source, duplicate code', async () => {
    const cases: [string, string, string][] = [
      [`updateTarif(input: { code: "MAK", positionen: [] })`, 'positionen', 'Ein Tarif braucht mindestens eine Position'],
      [`updateTarif(input: { code: "MAK", positionen: [{ tarifpost: TP5, anzahl: 0 }] })`, 'positionen.0.anzahl', 'mindestens 1'],
      [`copyTarif(input: { code: "NOPE", neuerCode: "X" })`, 'code', 'Unbekannter Tarif „NOPE“'],
      [`copyTarif(input: { code: "MAK", neuerCode: "MES" })`, 'neuerCode', 'Tarif „MES“ gibt es schon'],
      [`copyTarif(input: { code: "MAK", neuerCode: "mit leer" })`, 'neuerCode', 'Buchstaben'],
      [`setLeistungsart(input: { kuerzel: "MAK", tarif: "NOPE" })`, 'tarif', 'Unbekannter Tarif'],
      [`setLeistungsart(input: { kuerzel: "NEU", tarif: "MAK" })`, 'name', 'braucht einen Namen'],
      [`setLeistungsart(input: { kuerzel: "MAK", tarif: "MAK", ratgPost: TP5 })`, 'tarif', 'nicht beides'],
    ];
    const before = await t.data(key, `{ tarife { code positionen { tarifpost zuschlag anzahl } } leistungsarten { kuerzel tarif { code } ratgPost } }`);
    for (const [mutation, field, message] of cases) {
      const d = await t.data(key, `mutation { r: ${mutation} { __typename ... on ValidationError { field message } } }`);
      expect(d.r.__typename).toBe('ValidationError');
      expect(d.r.field).toBe(field);
      expect(d.r.message).toContain(message);
    }
    const unknownPost = await t.gql(key, `mutation { updateTarif(input: { code: "MAK", positionen: [{ tarifpost: TP99 }] }) { __typename } }`);
    expect(unknownPost.body.errors?.[0]?.message).toMatch(/TP99/);
    expect(await t.data(key, `{ tarife { code positionen { tarifpost zuschlag anzahl } } leistungsarten { kuerzel tarif { code } ratgPost } }`)).toEqual(before);
  });
});

describe('Leistungen priced by the tables', () => {
  it('3A at BG 5 000 with two Gegner: fee, 60 % ES, 10 % Streitgenossenzuschlag, USt', async () => {
    const akt = await aktMit({ gegner: 2 });
    const lid = await createLeistung(t, key, { aktId: akt, datum: '2026-06-01', kuerzel: '3A', bemessungsgrundlage: '5000.00' });
    const l = (await t.data(key, `query($id: ID!) { akt(id: $id) { leistungen { id tarifbasis verdienst einheitssatz streitgenossenzuschlag ust } } }`, { id: akt })).akt.leistungen[0];
    // TP3A ≤ 5 450: 208.20; ES 60 % = 124.92; SG 10 % of 333.12 = 33.31; USt 20 % of 366.43 = 73.29
    expect(l).toEqual({ id: lid, tarifbasis: 'TP3A', verdienst: '208.20', einheitssatz: '124.92', streitgenossenzuschlag: '33.31', ust: '73.29' });
  });

  it('ES is 50 % above BG 10 170, and a conference (82) is priced per started half hour', async () => {
    const akt = await aktMit({ gegner: 1, forderungen: [['HAUPTFORDERUNG', '20000.00']] });
    await createLeistung(t, key, { aktId: akt, datum: '2026-06-01', kuerzel: '2' });
    await createLeistung(t, key, { aktId: akt, datum: '2026-06-02', kuerzel: '82', zeitMinuten: 45 });
    const ls = (await t.data(key, `query($id: ID!) { akt(id: $id) { leistungen { kuerzel bemessungsgrundlage verdienst einheitssatz ust } } }`, { id: akt })).akt.leistungen;
    // TP2 at 20 000: 173.80 + 7 × 17.90 = 299.10; ES 50 % = 149.55; USt 20 % of 448.65 = 89.73
    expect(ls[0]).toEqual({ kuerzel: '2', bemessungsgrundlage: '20000.00', verdienst: '299.10', einheitssatz: '149.55', ust: '89.73' });
    // TP8 at 20 000: 52.50 + 13 × 11.10 = 196.80; 45 minutes = 2 half hours: 393.60; no ES; USt 78.72
    expect(ls[1]).toEqual({ kuerzel: '82', bemessungsgrundlage: '20000.00', verdienst: '393.60', einheitssatz: '0.00', ust: '78.72' });
  });

  it('an unknown Kürzel without amounts is refused; entered amounts are kept as entered', async () => {
    const akt = await aktMit({ gegner: 1, forderungen: [['HAUPTFORDERUNG', '500.00']] });
    const d = await t.data(key, `mutation($a: ID!) { createLeistung(input: { aktId: $a, datum: "2026-01-01", kuerzel: "XYZ" }) { __typename ... on ValidationError { field message } } }`, { a: akt });
    expect(d.createLeistung).toEqual({ __typename: 'ValidationError', field: 'verdienst', message: 'verdienst: Kein Tarif für das Kürzel „XYZ“: bitte den Verdienst angeben' });
    const noBasis = await aktMit({ gegner: 1 });
    const e = await t.data(key, `mutation($a: ID!) { createLeistung(input: { aktId: $a, datum: "2026-01-01", kuerzel: "MAK" }) { __typename ... on ValidationError { field } } }`, { a: noBasis });
    expect(e.createLeistung).toEqual({ __typename: 'ValidationError', field: 'bemessungsgrundlage' });
    await createLeistung(t, key, { aktId: akt, datum: '2026-01-01', kuerzel: 'MAK', verdienst: '100.00' });
    const l = (await t.data(key, `query($id: ID!) { akt(id: $id) { leistungen { verdienst tarifbasis ust } } }`, { id: akt })).akt.leistungen;
    expect(l).toEqual([{ verdienst: '100.00', tarifbasis: null, ust: '20.00' }]);
    expect(await t.db.prisma.leistung.count()).toBe(1);
  });
});
