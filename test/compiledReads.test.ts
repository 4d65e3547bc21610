// Queries of Akten answered from PostgreSQL's JSON (schema/compiledReads.ts): that they are (one
// statement besides the key's), with the values computed by hand and the answer graphql-js gives;
// that whatever they cannot answer goes to graphql-js whole; and that the scalars PostgreSQL writes
// are what the API's scalars write. test/singleStatementLoad.test.ts compares many more shapes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AKT as BENCH_AKT, DASHBOARD as BENCH_DASHBOARD } from '../bench/setup.js';
import { createApp } from '../server/app.js';
import { dateJson, dateTimeJson, decimalJson, uuidCursorJson } from '../server/db/jsonScalars.js';
import { isoDate } from '../server/domain/dates.js';
import type { QueryLimits } from '../server/limits.js';
import { Decimal, formatDecimal } from '../server/domain/money.js';
import { createAkt, createForderung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;
let akt: string;
let leer: string;
let titelId: string;

const LIMITS: Partial<QueryLimits> = { maxDepth: 20, maxCost: 100_000_000, maxAliases: 50, maxTokens: 50_000 };

/** The answer's text and the statements it took, from the app under test or one without compiled reads. */
async function answer(query: string, variables: Record<string, unknown> = {}, compiled = true, limits = LIMITS) {
  const app = compiled ? appOn ??= createApp({ prisma: t.db.prisma, limits }) : createApp({ prisma: t.db.prisma, limits, compiledReads: false });
  t.db.statements.reset();
  const res = await app.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  return { body, text: JSON.stringify(body), statements: [...t.db.statements.statements] };
}
let appOn: ReturnType<typeof createApp> | null = null;

/** A statement of a compiled read: the response's JSON built in PostgreSQL (the loads build arrays). */
const compiledStatements = (statements: string[]) => statements.filter((s) => s.includes('json_build_object('));

beforeEach(async () => {
  t = await testServer({ limits: LIMITS });
  key = await t.key('Alpha', 'AL');
  const klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Holzbau "Gruber" GmbH' });
  const gegner = await Promise.all(['G1', 'G2', 'G3'].map((x) => createPerson(t, key, { kurzbezeichnung: x, name: `Gegner ${x}` })));
  akt = await createAkt(t, key, { aktenzeichen: '2026/0042', bezeichnung: 'Gruber gegen drei', klientId: klient, gegnerIds: gegner });
  const titel = await t.data(key, `mutation($i: CreateTitelInput!) { createTitel(input: $i) { ... on CreateTitelPayload { titel { id } } ... on Error { message } } }`, {
    i: { aktId: akt, gericht: 'BGHS WIEN', datum: '2026-03-02', vollstreckbarAm: '2026-04-01', beschlussart: 'ZAHLUNGSBEFEHL', verdienst: '100.5', einheitssatz: '60', barauslagenUstFrei: '12.3' },
  });
  expect(titel.createTitel.titel?.id, JSON.stringify(titel)).toBeTruthy();
  titelId = titel.createTitel.titel.id;
  // Both go to the Akt's (first) Titel.
  await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '12345.67', faelligAm: '2026-01-01' });
  await createForderung(t, key, { aktId: akt, art: 'NEBENFORDERUNG', betrag: '150' });
  // No Forderung, no Bemessungsgrundlage: Mahnkosten are a TARIF_ERROR here.
  leer = await createAkt(t, key, { aktenzeichen: '2026/0043', bezeichnung: 'Leer', klientId: klient });
});
afterEach(async () => {
  appOn = null;
  await t.close();
});

describe('compiled reads', () => {
  it('answer one Akt from one statement besides the key, with the values computed by hand', async () => {
    const query = `query($id: ID!) { akt(id: $id) { __typename id aktenzeichen a: bezeichnung status
      klient { name } gegner { name } forderungen { art betrag faelligAm titel { id } }
      titel { datum beschlussart zugesprochen gericht { kurzbezeichnung } }
      mahnkosten(tarif: "MAK", datum: "2026-11-30") { tarif positionen { tarifpost betrag } verdienst streitgenossenzuschlagProzent streitgenossenzuschlag porto netto ust brutto } } }`;
    await answer(query, { id: akt }); // the office's tariff data, cached from now on
    const on = await answer(query, { id: akt });
    expect(on.statements).toHaveLength(2);
    expect(compiledStatements(on.statements)).toHaveLength(1);
    const a = on.body.data.akt;
    expect(a).toMatchObject({ __typename: 'Akt', id: akt, aktenzeichen: '2026/0042', a: 'Gruber gegen drei', status: 'ANGELEGT', klient: { name: 'Holzbau "Gruber" GmbH' } });
    expect(a.gegner.map((g: { name: string }) => g.name)).toEqual(['Gegner G1', 'Gegner G2', 'Gegner G3']);
    expect(a.forderungen).toEqual([
      { art: 'HAUPTFORDERUNG', betrag: '12345.67', faelligAm: '2026-01-01', titel: { id: titelId } },
      { art: 'NEBENFORDERUNG', betrag: '150.00', faelligAm: null, titel: { id: titelId } },
    ]);
    // 100.50 + 60.00 + 12.30 + USt 20 % of 160.50 = 32.10 → 204.90.
    expect(a.titel).toEqual([{ datum: '2026-03-02', beschlussart: 'ZAHLUNGSBEFEHL', zugesprochen: '204.90', gericht: { kurzbezeichnung: 'BGHS WIEN' } }]);
    // MAK at BG 12 345.67 (the Hauptforderung) with 3 Gegner (test/mahnschreiben.test.ts): TP6 67.80;
    // TP6 + 50 % 101.70; TP8/2 141.30 → 310.80; SG 15 % 46.62; Porto 4.30; netto 361.72; USt 72.34;
    // 434.06 → 434.10.
    expect(a.mahnkosten).toEqual({
      tarif: 'MAK', positionen: [{ tarifpost: 'TP6', betrag: '67.80' }, { tarifpost: 'TP6', betrag: '101.70' }, { tarifpost: 'TP8', betrag: '141.30' }],
      verdienst: '310.80', streitgenossenzuschlagProzent: '15.00', streitgenossenzuschlag: '46.62', porto: '4.30', netto: '361.72', ust: '72.34', brutto: '434.10',
    });
    // What graphql-js answers, key for key in the same order.
    const off = await answer(query, { id: akt }, false);
    expect(compiledStatements(off.statements)).toHaveLength(0);
    expect(on.text).toBe(off.text);
  });

  it('read a Titel of which only the id is asked from the Forderung’s key, null where it has none', async () => {
    // An Akt without a Titel: its Forderung stays without one.
    const ohne = await createAkt(t, key, { aktenzeichen: '2026/0044', bezeichnung: 'Ohne Titel', klientId: (await createPerson(t, key, { kurzbezeichnung: 'K2', name: 'K2' })) });
    await createForderung(t, key, { aktId: ohne, art: 'HAUPTFORDERUNG', betrag: '10' });
    const query = `{ akten(first: 10) { edges { node { aktenzeichen forderungen { betrag titel { __typename i: id } t: titel { id } } } } } }`;
    const on = await answer(query);
    const [statement] = compiledStatements(on.statements);
    expect(statement).toBeDefined();
    expect(statement).not.toContain('FROM "Titel"');
    const byAz = Object.fromEntries(on.body.data.akten.edges.map((e: { node: { aktenzeichen: string; forderungen: unknown[] } }) => [e.node.aktenzeichen, e.node.forderungen]));
    expect(byAz['2026/0044']).toEqual([{ betrag: '10.00', titel: null, t: null }]);
    expect(byAz['2026/0042']).toEqual([
      { betrag: '12345.67', titel: { __typename: 'Titel', i: titelId }, t: { id: titelId } },
      { betrag: '150.00', titel: { __typename: 'Titel', i: titelId }, t: { id: titelId } },
    ]);
    expect(on.text).toBe((await answer(query, {}, false)).text);
    // Anything besides the id: the Titel's row is read.
    const mitDatum = await answer(`{ akten(first: 10) { edges { node { forderungen { titel { id datum } } } } } }`);
    expect(compiledStatements(mitDatum.statements)[0]).toContain('FROM "Titel"');
  });

  it('answer a page with its cursors and page info from one statement besides the key', async () => {
    const query = `query($first: Int, $after: String) { akten(first: $first, after: $after) { __typename
      edges { cursor node { id aktenzeichen angelegtAm forderungen { betrag } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const first = await answer(query, { first: 1 });
    expect(first.statements).toHaveLength(2);
    expect(compiledStatements(first.statements)).toHaveLength(1);
    const cursor = (id: string) => Buffer.from(`GPC:S:${id}`).toString('base64');
    // Newest first: the empty Akt was created last.
    const angelegt = (await t.db.prisma.akt.findUniqueOrThrow({ where: { id: leer } })).angelegtAm.toISOString();
    expect(first.body.data.akten).toEqual({
      __typename: 'QueryAktenConnection',
      edges: [{ cursor: cursor(leer), node: { id: leer, aktenzeichen: '2026/0043', angelegtAm: angelegt, forderungen: [] } }],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: cursor(leer), endCursor: cursor(leer) },
    });
    const second = await answer(query, { first: 1, after: cursor(leer) });
    expect(compiledStatements(second.statements)).toHaveLength(1);
    expect(second.body.data.akten.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([akt]);
    expect(second.body.data.akten.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: cursor(akt), endCursor: cursor(akt) });
    const empty = await answer(query, { first: 5, after: cursor(akt) });
    expect(empty.body.data.akten).toEqual({ __typename: 'QueryAktenConnection', edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null } });
    for (const [variables, result] of [[{ first: 1 }, first], [{ first: 1, after: cursor(leer) }, second], [{ first: 5, after: cursor(akt) }, empty]] as const) {
      expect(result.text).toBe((await answer(query, variables, false)).text);
    }
  });

  it('answer the benchmark’s documents as graphql-js does (the empty Akt’s Mahnkosten error goes through graphql-js)', async () => {
    const dashboard = await answer(BENCH_DASHBOARD, { first: 50 });
    // The empty Akt's TARIF_ERROR: graphql-js answers the whole page, with the error on its path.
    expect(compiledStatements(dashboard.statements)).toHaveLength(1);
    expect(dashboard.body.errors.map((e: { extensions: { code: string }; path: unknown[] }) => [e.extensions.code, e.path])).toEqual([['TARIF_ERROR', ['akten', 'edges', 0, 'node', 'mahnkosten']]]);
    expect(dashboard.text).toBe((await answer(BENCH_DASHBOARD, { first: 50 }, false)).text);
    const one = await answer(BENCH_AKT, { id: akt });
    expect(one.statements).toHaveLength(2); // the tariff data is cached since the dashboard
    expect(one.body.data.akt.mahnkosten.brutto).toBe('434.10');
    expect(one.text).toBe((await answer(BENCH_AKT, { id: akt }, false)).text);
    // An id of no Akt; one that is no id at all without a statement (graphql-js answers the same in
    // production, in tests plugin-prisma's check of unused queries reports it: onUnusedQuery).
    const none = await answer(BENCH_AKT, { id: '00000000-0000-4000-8000-000000000000' });
    expect(none.body).toEqual({ data: { akt: null } });
    expect(none.text).toBe((await answer(BENCH_AKT, { id: '00000000-0000-4000-8000-000000000000' }, false)).text);
    const keine = await answer(BENCH_AKT, { id: 'kein-id' });
    expect(keine.body).toEqual({ data: { akt: null } });
    expect(keine.statements).toHaveLength(1);
  });

  it.each([
    ['a filter', `{ akten(first: 5, filter: { text: "leer" }) { edges { node { id } } } }`, {}],
    ['paging backwards', `{ akten(last: 1) { edges { node { id } } pageInfo { hasPreviousPage } } }`, {}],
    ['totalCount', `{ akten(first: 1) { totalCount edges { node { id } } } }`, {}],
    ['a page too large', `query($n: Int) { akten(first: $n) { edges { node { id } } } }`, { n: 101 }],
    ['a malformed cursor', `{ akten(first: 1, after: "kaputt") { edges { node { id } } } }`, {}],
    ['a field with its own resolver', `query($id: ID!) { akt(id: $id) { id zustaendig { kuerzel } schuldnerstand(stichtag: "2026-11-30") { gesamt } } }`, { id: 'AKT' }],
    ['Titel for one Gegner', `query($id: ID!) { akt(id: $id) { titel(gegner: 2) { id } } }`, { id: 'AKT' }],
    ['a directive with a variable', `query($id: ID!, $mit: Boolean!) { akt(id: $id) { id klient @include(if: $mit) { name } } }`, { id: 'AKT', mit: false }],
    ['an invalid Mahnkosten date', `query($id: ID!) { akt(id: $id) { mahnkosten(tarif: "MAK", datum: "2026-02-30") { brutto } } }`, { id: 'AKT' }],
    ['another root field beside', `query($id: ID!) { akt(id: $id) { id } tarife { code } }`, { id: 'AKT' }],
    // Known only once the statement has answered: the Mahnkosten's computation throws.
    ['an unknown tariff', `query($id: ID!) { akt(id: $id) { mahnkosten(tarif: "XYZ") { brutto } } }`, { id: 'AKT' }, 1],
  ])('leave to graphql-js what they cannot answer: %s', async (_name, query, variables, tried = 0) => {
    const vars = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, v === 'AKT' ? akt : v]));
    const on = await answer(query, vars);
    const off = await answer(query, vars, false);
    expect(on.text).toBe(off.text);
    expect(compiledStatements(on.statements)).toHaveLength(tried);
  });

  it('price Mahnkosten with each request’s variables, and with written-out arguments as written', async () => {
    // MAK as above; MES at 12 345.67 with 3 Gegner (test/mahnschreiben.test.ts): TP5 33.90 + 50 % 17.00 = 50.90,
    // TP6 67.80 + 33.90 = 101.70 → 152.60; SG 15 % 22.89; netto 152.60 + 22.89 + 4.30 = 179.79; USt 35.96; 215.75 → 215.80.
    const MAK = { tarif: 'MAK', verdienst: '310.80', brutto: '434.10' };
    const MES = { tarif: 'MES', verdienst: '152.60', brutto: '215.80' };
    const mitVariable = `query($id: ID!, $t: String!) { akt(id: $id) { mahnkosten(tarif: $t, datum: "2026-11-30") { tarif verdienst brutto } } }`;
    for (const [tarif, erwartet] of [['MAK', MAK], ['mes', MES], ['MAK', MAK]] as const) {
      const r = await answer(mitVariable, { id: akt, t: tarif });
      expect(compiledStatements(r.statements)).toHaveLength(1);
      expect(r.body.data.akt.mahnkosten).toEqual(erwartet);
    }
    const ausgeschrieben = (tarif: string) => `query($id: ID!) { akt(id: $id) { mahnkosten(tarif: "${tarif}", datum: "2026-11-30") { tarif verdienst brutto } } }`;
    for (const [tarif, erwartet] of [['MES', MES], ['MAK', MAK], ['MES', MES]] as const) {
      const r = await answer(ausgeschrieben(tarif), { id: akt });
      expect(compiledStatements(r.statements)).toHaveLength(1);
      expect(r.body.data.akt.mahnkosten).toEqual(erwartet);
    }
  });

  it('put each Akt’s Mahnkosten in its place: two under aliases, on every Akt of a page', async () => {
    // A third Akt priced on its own Bemessungsgrundlage (no Forderung).
    const eigene = await createAkt(t, key, { aktenzeichen: '2026/0044', bezeichnung: 'Eigene BG', klientId: (await t.db.prisma.person.findFirstOrThrow({ where: { kurzbezeichnung: 'K' } })).id, bemessungsgrundlage: '500' });
    const query = `{ akten(first: 2) { edges { node { aktenzeichen m1: mahnkosten(tarif: "MAK", datum: "2026-11-30") { bemessungsgrundlage brutto }
      forderungen { betrag } m2: mahnkosten(tarif: "MES", datum: "2026-11-30") { tarif bemessungsgrundlageQuelle } } } } }`;
    // The empty Akt (no basis) is on this page: its TARIF_ERRORs come from graphql-js, with their paths.
    const on = await answer(query);
    expect(on.body.data.akten.edges[0].node).toEqual({ aktenzeichen: '2026/0044', m1: { bemessungsgrundlage: '500.00', brutto: expect.any(String) }, forderungen: [], m2: { tarif: 'MES', bemessungsgrundlageQuelle: 'AKT' } });
    expect(on.body.errors.map((e: { path: unknown[] }) => e.path)).toEqual([['akten', 'edges', 1, 'node', 'm1'], ['akten', 'edges', 1, 'node', 'm2']]);
    expect(on.text).toBe((await answer(query, {}, false)).text);
    // Without the empty Akt (no basis: TARIF_ERROR through graphql-js): both priced from the statement.
    await t.db.prisma.akt.update({ where: { id: leer }, data: { angelegtAm: new Date('2020-01-01') } });
    const priced = await answer(query);
    expect(compiledStatements(priced.statements)).toHaveLength(1);
    expect(priced.body.errors).toBeUndefined();
    expect(priced.body.data.akten.edges.map((e: { node: { aktenzeichen: string; m1: { bemessungsgrundlage: string } } }) => [e.node.aktenzeichen, e.node.m1.bemessungsgrundlage]))
      .toEqual([['2026/0044', '500.00'], ['2026/0042', '12345.67']]);
    expect(priced.body.data.akten.edges[0].node.m2).toEqual({ tarif: 'MES', bemessungsgrundlageQuelle: 'AKT' });
    expect(priced.text).toBe((await answer(query, {}, false)).text);
    expect(eigene).toBeTruthy();
  });

  it('leave to graphql-js a document whose Mahnkosten key another object uses too', async () => {
    const query = `query($id: ID!) { akt(id: $id) { mahnkosten(tarif: "MAK", datum: "2026-11-30") { brutto } klient { mahnkosten: name } } }`;
    const on = await answer(query, { id: akt });
    expect(compiledStatements(on.statements)).toHaveLength(0);
    expect(on.body.data.akt).toEqual({ mahnkosten: { brutto: '434.10' }, klient: { mahnkosten: 'Holzbau "Gruber" GmbH' } });
    expect(on.text).toBe((await answer(query, { id: akt }, false)).text);
  });

  it('leave to graphql-js an answer that could exceed the list budget, which counts exactly', async () => {
    const query = `{ akten(first: 10) { edges { node { forderungen { betrag } gegner { name } } } } }`;
    const small = { ...LIMITS, maxListItems: 5 }; // the answer has 7 items: 2 edges, 2 Forderungen, 3 Gegner
    const on = await answer(query, {}, true, small);
    expect(on.body.errors[0].extensions.code).toBe('RESPONSE_TOO_LARGE');
    expect(on.text).toBe((await answer(query, {}, false, small)).text);
    // Within the budget the compiled read answers.
    appOn = null;
    const ok = await answer(query, {}, true, { ...LIMITS, maxListItems: 1_000 });
    expect(compiledStatements(ok.statements)).toHaveLength(1);
    expect(ok.body.errors).toBeUndefined();
  });

  it('apply literal @skip/@include, fragments and aliases as graphql-js does', async () => {
    const query = `query($id: ID!) { x: akt(id: $id) { ...A k: klient @skip(if: true) { name } ... on Akt { g: gegner { n: name } } f: forderungen @include(if: true) { betrag } } __typename }
      fragment A on Akt { id aktenzeichen titel { ...T } } fragment T on Titel { zugesprochen gericht { __typename name } }`;
    const on = await answer(query, { id: akt });
    expect(compiledStatements(on.statements)).toHaveLength(1);
    expect(Object.keys(on.body.data.x)).toEqual(['id', 'aktenzeichen', 'titel', 'g', 'f']);
    expect(on.body.data.__typename).toBe('Query');
    expect(on.text).toBe((await answer(query, { id: akt }, false)).text);
  });
});

describe('the scalars PostgreSQL writes', () => {
  it('are what the API’s Decimal, Date, DateTime and cursors write', async () => {
    const decimals = ['0', '0.00', '-0.5', '1', '1.5', '1.50', '1.005', '4.1250', '0.0001', '-12345.67', '9999999999999999.99', '100000000000000000000', '123.4500'];
    const dates = ['0005-01-31', '1999-12-31', '2024-02-29', '2026-11-27', '9999-12-31'];
    const times = ['2026-02-03T04:05:06.789Z', '2026-12-31T23:59:59.999Z', '1970-01-01T00:00:00.000Z', '0999-05-06T07:08:09.010Z'];
    // As they end up in the answer: a value in PostgreSQL's JSON (under a DateStyle other than ISO).
    const json = async (expression: string, value: string) => {
      const [row] = await t.db.prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL DateStyle = 'SQL, DMY'`);
        return tx.$queryRawUnsafe<{ v: string }[]>(`SELECT json_build_array(${expression})::text AS v`, value);
      });
      return (JSON.parse(row!.v) as unknown[])[0];
    };
    for (const d of decimals) expect(await json(decimalJson('$1::numeric'), d), d).toBe(formatDecimal(new Decimal(d)));
    for (const d of dates) expect(await json(dateJson('$1::date'), d), d).toBe(isoDate(new Date(`${d}T00:00:00Z`)));
    for (const ts of times) expect(await json(dateTimeJson('$1::timestamp(3)'), ts.slice(0, -1)), ts).toBe(new Date(ts).toISOString());
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(await json(uuidCursorJson('$1::uuid'), id)).toBe(Buffer.from(`GPC:S:${id}`).toString('base64'));
  });
});
