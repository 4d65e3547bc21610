// Every input bounded and strict (issue 15): what a client sends outside the rules is refused with a
// typed error before it reaches the database, never "Unexpected error." and never silently bent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, LOG_FIELD_MAX } from '../server/app.js';
import { createAkt, createPerson, officeWithAkt } from './support/fixtures.js';
import { testServer, type GqlResponse, type TestServer } from './support/testServer.js';

const code = (res: GqlResponse) => res.body.errors?.[0]?.extensions?.code;
const message = (res: GqlResponse) => res.body.errors?.[0]?.message;

let t: TestServer;
let o: Awaited<ReturnType<typeof officeWithAkt>>;

beforeEach(async () => {
  t = await testServer();
  o = await officeWithAkt(t, 'Alpha', 'AL');
});
afterEach(() => t.close());

describe('persisted operations', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('documentId "%s" is an unknown operation, not a server error', async (documentId) => {
    const res = await createApp({ prisma: t.db.prisma }).fetch('http://yoga/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${o.key}` }, body: JSON.stringify({ documentId }),
    });
    const body = await res.json();
    expect([res.status, body.errors[0].extensions.code]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('request log', () => {
  it('cuts the client’s operation name and path to 100 characters, also without a key', async () => {
    const lines: { path: string; operation: string | null; status: number }[] = [];
    const app = createApp({ prisma: t.db.prisma, log: (l) => lines.push(l) });
    const name = `A${'x'.repeat(2 * 1024 * 1024)}`;
    await app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `query ${name} { me { kuerzel } }`, operationName: name }) });
    await app.fetch(`http://yoga/${'p'.repeat(5000)}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { kuerzel } }"}' });
    expect(lines).toHaveLength(2);
    expect(lines[0]!.status).toBe(401);
    expect(lines[0]!.operation).toBe(`${name.slice(0, LOG_FIELD_MAX)}…`);
    expect(lines[1]!.path).toBe(`/${'p'.repeat(LOG_FIELD_MAX - 1)}…`);
    expect(JSON.stringify(lines).length).toBeLessThan(1000);
  });
});

describe('DateTime is RFC 3339 with a real calendar date; Date a real calendar date', () => {
  const KOMMUNIKATION = `mutation($am: DateTime) { r: createKommunikation(input: { aktId: $aktId, kanal: EMAIL, richtung: INTERN, betreff: "x", am: $am }) {
    __typename ... on CreateKommunikationPayload { kommunikation { am } } } }`;
  const schreibe = (am: string) => t.gql(o.key, KOMMUNIKATION.replace('$aktId', JSON.stringify(o.akt)), { am });

  it('accepts RFC 3339 with any offset and fraction, and answers in UTC', async () => {
    for (const [am, utc] of [
      ['2026-03-07T10:00:00Z', '2026-03-07T10:00:00.000Z'],
      ['2026-03-07T11:30:00.5+01:00', '2026-03-07T10:30:00.500Z'],
      ['2026-03-07T05:00:00.123456789-05:30', '2026-03-07T10:30:00.123Z'],
      ['2024-02-29t23:59:59z', '2024-02-29T23:59:59.000Z'],
    ]) {
      expect([am, (await schreibe(am!)).body.data.r.kommunikation.am]).toEqual([am, utc]);
    }
  });

  const FALSCH = [
    '1', 'March 7, 2026', '2026-02-30T10:00:00Z', '2025-02-29T10:00:00Z', '2026-13-01T10:00:00Z', '2026-03-07', '2026-03-07T10:00Z',
    '2026-03-07 10:00:00Z', '2026-03-07T10:00:00', '2026-03-07T24:00:00Z', '2026-03-07T10:60:00Z', '2026-03-07T10:00:00+24:00',
    '0000-01-01T00:00:00Z', '+002026-03-07T10:00:00Z', '2026-03-07T10:00:00.Z',
  ];
  it(`refuses ${FALSCH.length} non-RFC-3339 or impossible values with BAD_USER_INPUT (variable, literal, query filter), stores nothing`, async () => {
    const vorher = await t.db.prisma.kommunikation.count();
    for (const am of FALSCH) {
      const variable = await schreibe(am);
      expect([am, variable.body.data ?? null, code(variable)]).toEqual([am, null, 'BAD_USER_INPUT']);
      expect(message(variable)).toMatch(/ist kein DateTime/);
      const literal = await t.gql(o.key, `mutation { r: createKommunikation(input: { aktId: "${o.akt}", kanal: EMAIL, richtung: INTERN, betreff: "x", am: ${JSON.stringify(am)} }) { __typename } }`);
      expect([am, code(literal)]).toEqual([am, 'BAD_USER_INPUT']);
      const filter = await t.gql(o.key, `query($f: DateTime) { auditLog(filter: { from: $f }) { edges { cursor } } }`, { f: am });
      expect([am, code(filter)]).toEqual([am, 'BAD_USER_INPUT']);
    }
    expect(await t.db.prisma.kommunikation.count()).toBe(vorher);
  });

  it('Date refuses impossible dates with BAD_USER_INPUT, in a query filter too', async () => {
    for (const bad of ['2026-02-30', '2025-02-29', '2026-04-31', '2026-00-10']) {
      const res = await t.gql(o.key, `query($d: Date) { akten(filter: { faelligBis: $d }) { totalCount } }`, { d: bad });
      expect([bad, code(res)]).toEqual([bad, 'BAD_USER_INPUT']);
      const literal = await t.gql(o.key, `{ akten(filter: { faelligBis: "${bad}" }) { totalCount } }`);
      expect([bad, code(literal)]).toEqual([bad, 'BAD_USER_INPUT']);
    }
    expect((await t.data(o.key, `{ akten(filter: { faelligBis: "2024-02-29" }) { totalCount } }`)).akten.totalCount).toBe(0);
  });
});

describe('query arguments: length caps, NUL, pages and cursors', () => {
  const lang = 'x'.repeat(201);
  const refused = async (query: string, variables?: Record<string, unknown>) => {
    const res = await t.gql(o.key, query, variables);
    expect([query, code(res)]).toEqual([query, 'BAD_USER_INPUT']);
    expect(JSON.stringify(res.body)).not.toMatch(/Unerwarteter Fehler|INTERNAL_SERVER_ERROR/);
    return res;
  };

  it('refuses a 5 MB search within a second, as a variable and as a literal', async () => {
    const riesig = 'Bezirksgericht '.repeat(350_000);
    for (const send of [
      () => t.gql(o.key, 'query($s: String) { gerichte(suche: $s) { name } }', { s: riesig }),
      () => t.gql(o.key, `{ gerichte(suche: ${JSON.stringify(riesig)}) { name } }`),
    ]) {
      const start = performance.now();
      const res = await send();
      expect(performance.now() - start).toBeLessThan(1000);
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(message(res)).toBe('Argument "suche" von "gerichte" ist länger als 200 Zeichen.');
    }
  });

  it('caps every string argument of every query field and every string in a query filter at 200 characters', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['query($v: String) { akten(filter: { text: $v }) { totalCount } }', { v: lang }],
      ['query($v: String) { akten(filter: { sachgebiet: $v }) { totalCount } }', { v: lang }],
      ['query($v: ID) { akten(filter: { klientId: $v }) { totalCount } }', { v: lang }],
      ['query($v: String) { personen(filter: { text: $v }) { totalCount } }', { v: lang }],
      ['query($v: String) { auditLog(filter: { entity: $v }) { edges { cursor } } }', { v: lang }],
      ['query($v: String) { auditLog(filter: { entityId: $v }) { edges { cursor } } }', { v: lang }],
      ['query($v: String) { auditLog(filter: { operation: $v }) { edges { cursor } } }', { v: lang }],
      ['query($v: String) { gerichte(plz: $v) { name } }', { v: lang }],
      ['query($v: String!) { tarif(code: $v) { code } }', { v: lang }],
      ['query($v: [String!]) { kollisionspruefung(klient: $v) { name } }', { v: [lang] }],
      ['query($v: [String!]) { kollisionspruefung(gegner: $v) { name } }', { v: Array.from({ length: 101 }, () => 'A') }],
      ['query($v: ID!) { akt(id: $v) { id } }', { v: lang }],
      ['query($v: ID!) { person(id: $v) { id } }', { v: lang }],
      ['query($v: ID!) { honorarnote(id: $v) { id } }', { v: lang }],
      ['query($v: ID!) { mandatsanfrage(id: $v) { id } }', { v: lang }],
      ['query($v: ID) { mandatsanfragen(filter: { zugewiesenAnId: $v }) { edges { cursor } } }', { v: lang }],
      ['query($a: ID!, $v: String!) { akt(id: $a) { mahnkosten(tarif: $v) { brutto } } }', { a: o.akt, v: lang }],
      ['query($v: String) { akten(after: $v) { totalCount } }', { v: lang }],
    ];
    for (const [query, variables] of cases) {
      const res = await refused(query, variables);
      expect(message(res)).toMatch(/länger als 200 Zeichen|mehr als 100 Einträge/);
    }
    // 200 is allowed.
    expect((await t.data(o.key, 'query($v: String) { akten(filter: { text: $v }) { totalCount } }', { v: 'x'.repeat(200) })).akten.totalCount).toBe(0);
  });

  it('refuses a NUL character or a lone surrogate in any query argument or filter with BAD_USER_INPUT', async () => {
    for (const bad of ['a\u0000b', 'a\uD800b']) {
      for (const query of [
        'query($v: String) { akten(filter: { text: $v }) { totalCount } }',
        'query($v: String) { personen(filter: { text: $v }) { totalCount } }',
        'query($v: String) { gerichte(suche: $v) { name } }',
        'query($v: String!) { tarif(code: $v) { code } }',
        'query($v: String) { auditLog(filter: { entityId: $v }) { edges { cursor } } }',
        'query($v: [String!]) { kollisionspruefung(klient: $v) { name } }',
      ]) {
        const res = await refused(query, { v: query.includes('[String!]') ? [bad] : bad });
        expect(message(res)).toMatch(/enthält ein NUL-Zeichen oder ungültiges Unicode/);
      }
    }
  });

  it('refuses first/last outside 0..100 on every connection, top-level and nested, literal or variable, instead of cutting', async () => {
    for (const kommunikation of ['1', '2']) {
      await t.data(o.key, `mutation { createKommunikation(input: { aktId: "${o.akt}", kanal: EMAIL, richtung: INTERN, betreff: "${kommunikation}" }) { __typename } }`);
    }
    const a = JSON.stringify(o.akt);
    for (const query of [
      '{ akten(first: 101) { totalCount } }', '{ akten(first: -5) { totalCount } }', '{ akten(last: 101) { totalCount } }',
      '{ personen(first: 1000) { totalCount } }', '{ mandatsanfragen(first: -1) { edges { cursor } } }', '{ auditLog(last: 1000) { edges { cursor } } }',
      `{ akt(id: ${a}) { kommunikation(first: 1000) { edges { cursor } } } }`,
      `{ akt(id: ${a}) { kommunikation(first: -5) { edges { cursor } } } }`,
      `{ akt(id: ${a}) { mandantenUpdates(last: 101) { edges { cursor } } } }`,
      `{ akten { edges { node { kommunikation(first: 1000) { edges { cursor } } } } } }`,
      `query { ...F } fragment F on Query { akt(id: ${a}) { ... on Akt { kommunikation(first: 101) { edges { cursor } } } } }`,
    ]) {
      expect(message(await refused(query))).toMatch(/^(first|last) muss zwischen 0 und 100 liegen\.$/);
    }
    // One document text, its variables checked on every request (the fields to check are found once per document).
    const seite = 'query($n: Int) { akt(id: "' + o.akt + '") { kommunikation(first: $n) { edges { cursor } } } }';
    await refused(seite, { n: 1000 });
    expect((await t.data(o.key, seite, { n: 1 })).akt.kommunikation.edges).toHaveLength(1);
    expect(message(await refused(seite, { n: -1 }))).toBe('first muss zwischen 0 und 100 liegen.');
    // In a mutation's payload too, refused before the mutation runs.
    await refused(`mutation { setGegner(input: { aktId: ${a}, personIds: [] }) { ... on SetGegnerPayload { akt { kommunikation(first: 1000) { edges { cursor } } } } } }`);
    expect(await t.db.prisma.aktGegner.count({ where: { aktId: o.akt } })).toBe(2);
    // The court register's plain list: 0..200.
    for (const n of [-1, 201]) expect(message(await refused(`{ gerichte(first: ${n}) { name } }`))).toBe('first muss zwischen 0 und 200 liegen.');
    expect((await t.data(o.key, '{ gerichte(first: 0) { name } }')).gerichte).toEqual([]);
    expect((await t.data(o.key, '{ gerichte(first: 2) { name } }')).gerichte).toHaveLength(2);
    // The bounds themselves are pages.
    expect((await t.data(o.key, `{ akt(id: ${a}) { kommunikation(first: 100) { edges { cursor } } } }`)).akt.kommunikation.edges).toHaveLength(2);
    expect((await t.data(o.key, `{ akt(id: ${a}) { kommunikation(first: 0) { edges { cursor } } } }`)).akt.kommunikation.edges).toHaveLength(0);
  });

  it('refuses a malformed cursor, or one of another list, with BAD_USER_INPUT; one it issued pages on', async () => {
    await t.data(o.key, `mutation { createKommunikation(input: { aktId: "${o.akt}", kanal: EMAIL, richtung: INTERN, betreff: "x" }) { __typename } }`);
    const aktCursor = (await t.data(o.key, '{ akten(first: 1) { pageInfo { endCursor } } }')).akten.pageInfo.endCursor as string;
    const auditCursor = (await t.data(o.key, '{ auditLog(first: 1) { pageInfo { endCursor } } }')).auditLog.pageInfo.endCursor as string;
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const a = JSON.stringify(o.akt);
    for (const [query, variables] of [
      ['{ akten(after: "garbage") { totalCount } }', {}],
      ['query($c: String) { akten(before: $c) { totalCount } }', { c: b64('GPC:S:kein-uuid') }],
      ['query($c: String) { akten(after: $c) { totalCount } }', { c: auditCursor }],
      ['query($c: String) { auditLog(after: $c) { edges { cursor } } }', { c: aktCursor }],
      ['query($c: String) { auditLog(after: $c) { edges { cursor } } }', { c: b64('GPC:I:99999999999999999999999') }],
      ['query($c: String) { personen(after: $c) { totalCount } }', { c: b64('GPC:O:{"id":1}') }],
      [`{ akt(id: ${a}) { kommunikation(after: "garbage") { edges { cursor } } } }`, {}],
      [`{ akt(id: ${a}) { mandantenUpdates(before: "${b64('GPC:N:1')}") { edges { cursor } } } }`, {}],
    ] as [string, Record<string, unknown>][]) {
      expect(message(await refused(query, variables))).toMatch(/ist kein Cursor dieser Liste/);
    }
    expect((await t.data(o.key, 'query($c: String) { akten(after: $c) { totalCount edges { cursor } } }', { c: aktCursor })).akten.edges).toEqual([]);
    expect((await t.data(o.key, 'query($c: String) { auditLog(first: 1, after: $c) { edges { cursor } } }', { c: auditCursor })).auditLog.edges).toHaveLength(1);
  });
});

describe('LIKE metacharacters match literally', () => {
  it('"50%" finds only the literal 50 %, "_" only an underscore, in Akt text, Sachgebiet (exact, any case), Personen and Gerichte', async () => {
    await createAkt(t, o.key, { aktenzeichen: '2026/0002', bezeichnung: 'Rabatt 50% Streit', klientId: o.klient, sachgebiet: 'Miet_Recht' });
    await createAkt(t, o.key, { aktenzeichen: '2026/0003', bezeichnung: 'Rabatt 500 Streit', klientId: o.klient, sachgebiet: 'MietXRecht' });
    await createAkt(t, o.key, { aktenzeichen: '2026/0004', bezeichnung: 'Ordner A\\B', klientId: o.klient, sachgebiet: 'Miet%' });
    const akten = async (filter: object) =>
      (await t.data(o.key, 'query($f: AktFilter) { akten(filter: $f) { edges { node { aktenzeichen } } } }', { f: filter })).akten.edges.map((e: any) => e.node.aktenzeichen).sort();
    expect(await akten({ text: '50%' })).toEqual(['2026/0002']);
    expect(await akten({ text: 'rabatt 50' })).toEqual(['2026/0002', '2026/0003']);
    expect(await akten({ text: '%' })).toEqual(['2026/0002']);
    expect(await akten({ text: '_' })).toEqual([]);
    expect(await akten({ text: 'a\\b' })).toEqual(['2026/0004']);
    expect(await akten({ text: '\\' })).toEqual(['2026/0004']);
    expect(await akten({ sachgebiet: 'miet_recht' })).toEqual(['2026/0002']);
    expect(await akten({ sachgebiet: 'MIET_RECHT' })).toEqual(['2026/0002']);
    expect(await akten({ sachgebiet: '%' })).toEqual([]);
    expect(await akten({ sachgebiet: 'miet%' })).toEqual(['2026/0004']);
    expect(await akten({ sachgebiet: 'miet' })).toEqual([]);

    await createPerson(t, o.key, { kurzbezeichnung: 'P50', name: 'Anteil 50% GmbH' });
    await createPerson(t, o.key, { kurzbezeichnung: 'P500', name: 'Anteil 500 GmbH' });
    const personen = async (text: string) =>
      (await t.data(o.key, 'query($t: String) { personen(filter: { text: $t }) { edges { node { name } } } }', { t: text })).personen.edges.map((e: any) => e.node.name).sort();
    expect(await personen('50%')).toEqual(['Anteil 50% GmbH']);
    expect(await personen('anteil 50')).toEqual(['Anteil 50% GmbH', 'Anteil 500 GmbH']);
    expect(await personen('_')).toEqual([]);

    const gerichte = async (suche: string) => (await t.data(o.key, 'query($s: String) { gerichte(suche: $s, first: 200) { name } }', { s: suche })).gerichte;
    expect((await gerichte('wien')).length).toBeGreaterThan(0);
    expect(await gerichte('%')).toEqual([]);
    expect(await gerichte('_')).toEqual([]);
    expect(await gerichte('W_en')).toEqual([]);
  });
});
