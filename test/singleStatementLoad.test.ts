// Akten loaded in one statement as JSON (server/db/singleStatementLoad.ts) must be what Prisma
// loads: value for value against Prisma's own findMany, and answer for answer against the same
// app with the single-statement reads turned off.
import { getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AKT as BENCH_AKT, DASHBOARD as BENCH_DASHBOARD } from '../bench/setup.js';
import { schema } from '../schema/index.js';
import { createApp } from '../server/app.js';
import { asDate, loadByIds, loadPage, planSingleStatementLoad, type Page } from '../server/db/singleStatementLoad.js';
import { Decimal } from '../server/domain/money.js';
import { officeWithAkt } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let alpha: Awaited<ReturnType<typeof officeWithAkt>>;
let kanzleiId: string;
let randfall: string;
let leer: string;
let fremd: string;

/** Text JSON must escape, in every kind of column. */
const SCHWIERIG = 'Müller & "Söhne" \\ GmbH\n\t☃ 𝄞 ünd ß';

beforeEach(async () => {
  // These queries ask for everything on purpose (server/queryCost.ts counts "everything, 3 levels
  // deep" in the millions): the limits here are far above the defaults.
  t = await testServer({ limits: { maxDepth: 20, maxCost: 100_000_000, maxAliases: 50, maxTokens: 50_000 } });
  alpha = await officeWithAkt(t, 'Alpha', 'AL');
  const p = t.db.prisma;
  kanzleiId = (await p.kanzlei.findFirstOrThrow({ where: { name: 'Alpha' } })).id;
  const gericht = await p.gericht.findFirstOrThrow({ where: { kurzbezeichnung: 'BGHS WIEN', kanzleiId: null } });
  const klient = await p.person.create({ data: { kanzleiId, kurzbezeichnung: 'RAND', name: SCHWIERIG, art: 'UNTERNEHMEN', strasse: 'Ölweg 1', email: 'a@b.at' } });
  // The edges of what the columns hold: the largest amount, four decimals, dates, nulls, text.
  const akt = await p.akt.create({
    data: {
      kanzleiId, aktenzeichen: '2026/0002', bezeichnung: SCHWIERIG, sachgebiet: 'Inkasso', klientId: klient.id, zustaendigId: alpha.benutzerId,
      bemessungsgrundlage: '9999999999999999.99', status: 'IN_BEARBEITUNG', angelegtAm: new Date('2026-02-03T04:05:06.789Z'),
      aufbewahrenBis: new Date('2033-12-31'),
      gegner: { create: [{ position: 1, personId: alpha.g2 }, { position: 2, personId: alpha.g1 }] },
      ratenvereinbarung: { create: { rate: '150.50', anzahl: 6, ersteFaelligkeit: new Date('2026-05-01') } },
    },
  });
  randfall = akt.id;
  const titel = await p.titel.create({
    data: {
      kanzleiId, aktId: akt.id, datum: new Date('2026-03-02'), beschlussart: 'ZAHLUNGSBEFEHL', gerichtId: gericht.id, zinsen54a: true,
      geschaeftszahl: '12 C 345/24k', vollstreckbarAm: new Date('2026-04-01'), gegenWen: 2, honorartext: SCHWIERIG,
      barauslagenDurchlaufer: '0.01', barauslagenUstFrei: '12.30', barauslagenUstPflichtig: '4.30', barauslagenKlient: '100.00',
      verdienst: '9999999999999999.99', einheitssatz: '0', ust: '0.86', memo: '#WV:Zustellung an "Gegner 2"#', sachbearbeiterId: alpha.benutzerId, zeitMinuten: 30,
    },
  });
  await p.forderung.createMany({
    data: [
      { kanzleiId, aktId: akt.id, art: 'HAUPTFORDERUNG', betrag: '9999999999999999.99', zinssatz: '4.1250', zinsenAb: new Date('2026-01-31'), faelligAm: new Date('2026-01-15'), titelId: titel.id, angelegtAm: new Date('2026-02-03T04:05:06.001Z') },
      { kanzleiId, aktId: akt.id, art: 'NEBENFORDERUNG', betrag: '0.01', bezeichnung: SCHWIERIG, angelegtAm: new Date('2026-02-03T04:05:06.002Z') },
      { kanzleiId, aktId: akt.id, art: 'HAUPTFORDERUNG', betrag: '1234.50', faelligAm: new Date('2024-02-29'), angelegtAm: new Date('2026-02-03T04:05:06.003Z') },
    ],
  });
  await p.leistung.create({
    data: {
      kanzleiId, aktId: akt.id, datum: new Date('2026-01-10'), kuerzel: 'MES', text: SCHWIERIG, verdienst: '33.80', einheitssatz: '0', barauslagenUstPflichtig: '4.30',
      barauslagenUstFrei: '0', barauslagenDurchlaufer: '0', ust: '7.62', sachbearbeiterId: alpha.benutzerId, bemessungsgrundlage: '500.00',
    },
  });
  // An Akt with nothing below it: empty lists, no Zuständigen, no Ratenvereinbarung.
  leer = (await p.akt.create({ data: { kanzleiId, aktenzeichen: '2026/0003', bezeichnung: 'Leer', klientId: klient.id } })).id;
  fremd = (await officeWithAkt(t, 'Beta', 'BE')).akt;
});
afterEach(() => t.close());

/** Prisma's Decimal and ours as their digits, dates as milliseconds: the values, not the classes. */
const normal = (value: unknown): unknown => {
  if (value instanceof Date) return `Date ${value.getTime()}`;
  if (Decimal.isDecimal(value)) return `Decimal ${String(value)}`;
  if (Array.isArray(value)) return value.map(normal);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normal(v)]));
  return value;
};

const TITEL_ORDER = [{ datum: 'asc' }, { angelegtAm: 'asc' }, { id: 'asc' }];
const SHAPES: Record<string, Record<string, unknown>> = {
  // What plugin-prisma plans for the benchmark's dashboard page.
  dashboard: {
    klient: true,
    gegner: { orderBy: { position: 'asc' }, select: { person: true, position: true } },
    forderungen: { orderBy: [{ angelegtAm: 'asc' }, { id: 'asc' }] },
    titel: { where: {}, orderBy: TITEL_ORDER },
    ratenvereinbarung: { select: { rate: true } },
  },
  // A detail page: relations of relations, to-one both ways, nullable ones.
  detail: {
    klient: true,
    zustaendig: true,
    gegner: { orderBy: { position: 'asc' }, include: { person: true } },
    forderungen: { orderBy: [{ angelegtAm: 'asc' }, { id: 'asc' }], include: { titel: { include: { gericht: true } } } },
    leistungen: { orderBy: [{ datum: 'asc' }, { id: 'asc' }], include: { sachbearbeiter: true } },
    titel: { orderBy: TITEL_ORDER, include: { gericht: true, forderungen: { orderBy: { betrag: 'desc' } }, sachbearbeiter: { select: { kuerzel: true } } } },
    ratenvereinbarung: true,
  },
};

describe('single-statement loads', () => {
  it.each(Object.keys(SHAPES))('%s: the rows Prisma loads, value for value', async (shape) => {
    const include = SHAPES[shape]!;
    const ids = [alpha.akt, randfall, leer];
    const plan = planSingleStatementLoad('Akt', { include });
    expect(plan).not.toBeNull();
    t.db.statements.reset();
    const rows = await loadByIds(t.db.prisma, plan!, ids, kanzleiId);
    expect(t.db.statements.count).toBe(1);
    const prisma = await t.db.prisma.akt.findMany({ where: { id: { in: ids } }, include: include as never });
    const byId = new Map(prisma.map((a) => [a.id, a]));
    expect(normal(rows)).toEqual(normal(ids.map((id) => byId.get(id))));
    // What was hard to carry: the largest amount, four decimals, text JSON must escape, empties.
    const rand = rows[1] as unknown as { bemessungsgrundlage: Decimal; forderungen: { zinssatz: Decimal | null }[]; klient: { name: string } };
    expect(rand.bemessungsgrundlage.toFixed(2)).toBe('9999999999999999.99');
    expect(rand.klient.name).toBe(SCHWIERIG);
    expect(rows[2]).toMatchObject({ forderungen: [], titel: [], ratenvereinbarung: null });
  });

  it('keeps the order of the ids and leaves out other offices’ rows and unknown ids', async () => {
    const plan = planSingleStatementLoad('Akt', { include: { klient: true } })!;
    const ids = [leer, fremd, randfall, '00000000-0000-0000-0000-000000000000', alpha.akt];
    const rows = await loadByIds<{ id: string }>(t.db.prisma, plan, ids, kanzleiId);
    expect(rows.map((r) => r.id)).toEqual([leer, randfall, alpha.akt]);
    expect(await loadByIds(t.db.prisma, plan, [], kanzleiId)).toEqual([]);
    // One id has a statement of its own (plan.sqlForOne): the same rules.
    expect((await loadByIds<{ id: string }>(t.db.prisma, plan, [randfall], kanzleiId)).map((r) => r.id)).toEqual([randfall]);
    expect(await loadByIds(t.db.prisma, plan, [fremd], kanzleiId)).toEqual([]);
  });

  // What the statements are shaped for (see `statement` in the module): PostgreSQL plans a prepared
  // statement five times for its parameters, then keeps a generic plan only if it does not look
  // dearer. Before, one Akt and a dashboard page were planned again on every request.
  it.runIf(process.env.TEST_DATABASE_URL)('PostgreSQL keeps a generic plan for one Akt and for a page', async () => {
    const plan = planSingleStatementLoad('Akt', { include: SHAPES.dashboard! })!;
    const page: Page = { orderBy: [{ angelegtAm: 'desc' }, { aktenzeichen: 'desc' }], take: 3, skip: 0, cursorId: null };
    // The estimates that make a generic plan look dearer need a table of some size: 5 000 more
    // Akten of the office, counted by ANALYZE. (With offices of very different sizes PostgreSQL may
    // rightly keep planning a page for the small one: its generic plan assumes an average office.)
    await t.db.prisma.$executeRawUnsafe(
      `INSERT INTO "Akt" (id, "kanzleiId", aktenzeichen, bezeichnung, "klientId")
       SELECT gen_random_uuid(), a."kanzleiId", 'X/' || i, 'Masse', a."klientId" FROM "Akt" a, generate_series(1, 5000) i WHERE a.id = $1::uuid`,
      randfall,
    );
    await t.db.prisma.$executeRawUnsafe(`ANALYZE "Akt"`);
    const plans = await t.db.prisma.$transaction(async (tx) => {
      // One connection: prepared statements are the session's.
      for (let i = 0; i < 8; i++) {
        expect(await loadByIds(tx, plan, [randfall], kanzleiId)).toHaveLength(1);
        expect(await loadPage(tx, plan, page, kanzleiId)).toHaveLength(3);
      }
      return tx.$queryRawUnsafe<{ statement: string; generic: number; custom: number }[]>(
        `SELECT statement, generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE statement LIKE $1`,
        `SELECT coalesce(json_agg(${plan.json} %`,
      );
    });
    const einAkt = plans.filter((p) => p.statement === plan.sqlForOne);
    const seite = plans.filter((p) => p.statement.includes('LIMIT 3 OFFSET 0'));
    expect([einAkt.length, seite.length]).toEqual([1, 1]);
    // The connection may have run them in earlier tests: at most five custom plans all the same.
    for (const p of [...einAkt, ...seite]) {
      expect(p.custom, p.statement).toBeLessThanOrEqual(5);
      expect(p.generic, p.statement).toBeGreaterThanOrEqual(3);
    }
  });

  it('with column needs, sends only those columns (and the ids); a select only what it names', async () => {
    const needs = { columns: (model: string) => (model === 'Person' ? new Set(['name']) : 'all' as const), key: 'Person:name' };
    const plan = planSingleStatementLoad('Akt', { include: { klient: true, ratenvereinbarung: { select: { rate: true } } } }, needs)!;
    const [row] = await loadByIds<{ klient: object; ratenvereinbarung: object }>(t.db.prisma, plan, [randfall], kanzleiId);
    expect(row!.klient).toEqual({ id: expect.any(String), name: SCHWIERIG });
    expect(normal(row!.ratenvereinbarung)).toEqual({ rate: 'Decimal 150.5' });
  });

  it('plans plain shapes only: anything else is left to Prisma', () => {
    const plain = { klient: true };
    expect(planSingleStatementLoad('Akt', { include: plain })).not.toBeNull();
    for (const include of [
      { _count: { select: { forderungen: true } } },
      { forderungen: { where: { art: 'HAUPTFORDERUNG' } } },
      { forderungen: { take: 2 } },
      { forderungen: { orderBy: { titel: { datum: 'asc' } } } },
      { forderungen: { distinct: ['art'] } },
      // deeper than planned
      { forderungen: { include: { titel: { include: { forderungen: { include: { titel: { include: { gericht: true } } } } } } } } },
    ]) {
      expect(planSingleStatementLoad('Akt', { include }), JSON.stringify(include)).toBeNull();
    }
    // Models without a UUID id and an office, or with columns JSON cannot carry exactly.
    expect(planSingleStatementLoad('AuditEntry', {})).toBeNull();
    expect(planSingleStatementLoad('AktGegner', {})).toBeNull();
  });

  it('reads dates and timestamps as PostgreSQL writes them in JSON', () => {
    expect(asDate('2026-11-27').toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(asDate('2026-11-27T07:08:09.123').toISOString()).toBe('2026-11-27T07:08:09.123Z');
    expect(asDate('2026-11-27T07:08:09').toISOString()).toBe('2026-11-27T07:08:09.000Z');
    expect(asDate('2026-11-27T08:08:09.123+01:00').toISOString()).toBe('2026-11-27T07:08:09.123Z');
    expect(asDate('2026-11-27T07:08:09.123Z').toISOString()).toBe('2026-11-27T07:08:09.123Z');
  });
});

/** Everything an Akt shows, down to `depth` levels, each type once per path (and Mahnkosten). */
function aktSelection(type: GraphQLObjectType, depth: number, path: Set<string>): string {
  return Object.values(type.getFields())
    .map((f) => {
      if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) {
        return f.name === 'mahnkosten' ? `mahnkosten(tarif: "MAK", datum: "2026-11-27") { brutto bemessungsgrundlage positionen { betrag } }` : '';
      }
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      if (!isObjectType(named) || depth === 0 || path.has(named.name)) return '';
      const inner = aktSelection(named, depth - 1, new Set([...path, named.name]));
      return inner ? `${f.name} { ${inner} }` : '';
    })
    .filter(Boolean)
    .join(' ');
}

describe('answers with single-statement reads on and off', () => {
  const AKT = schema.getType('Akt') as GraphQLObjectType;
  const EVERYTHING = aktSelection(AKT, 3, new Set(['Akt']));
  // The same without the paged lists below an Akt (a plugin-prisma connection is not planned).
  const PLANNED = aktSelection(AKT, 3, new Set(['Akt', 'AktKommunikationConnection', 'AktMandantenUpdatesConnection']));
  const QUERIES: [string, string, Record<string, unknown>?][] = [
    ['everything, 3 levels deep', `{ akten(first: 10) { edges { cursor node { ${EVERYTHING} } } pageInfo { hasNextPage endCursor } } }`],
    ['one Akt, everything', `query($id: ID!) { akt(id: $id) { ${EVERYTHING} } }`, {}],
    ['everything but paged lists', `{ akten(first: 10) { edges { node { ${PLANNED} } } } }`],
    ['one Akt, everything but paged lists', `query($id: ID!) { akt(id: $id) { ${PLANNED} } }`, {}],
    ['the dashboard', `{ akten(first: 50) { edges { node { id aktenzeichen bezeichnung status angelegtAm klient { id name } gegner { id name }
      forderungen { id art betrag faelligAm } titel { id datum beschlussart zugesprochen } mahnkosten(tarif: "MAK", datum: "2026-11-27") { brutto } } } } }`],
    ['aliases, fragments, __typename, titel(gegner: 2)', `{ a: akten(first: 3) { edges { node { ...F k: klient { n: name __typename } ... on Akt { t2: titel(gegner: 2) { id geschaeftszahlHinweis weiteresVorbringen } } } } }
      b: akten(last: 2) { edges { node { id f: forderungen { b: betrag z: zinssatz } } } } }
      fragment F on Akt { id titel { zugesprochen forderungen { betrag titel { id } } } forderungen { betrag } }`],
    // The benchmark's pages (bench/setup.ts), both planned whole: 1 statement for the Akt and all below it.
    ['the benchmark’s dashboard', BENCH_DASHBOARD, { first: 50 }],
    ['the benchmark’s Akt page', BENCH_AKT, {}],
    ['a filter', `{ akten(first: 5, filter: { text: "gmbh", status: [IN_BEARBEITUNG] }) { totalCount edges { node { id klient { name } } } } }`],
    ['Ratenmahnung and Schuldnerstand', `query($id: ID!) { akt(id: $id) { mahnkosten(tarif: "MES", ratenmahnung: true, datum: "2026-11-27") { brutto bemessungsgrundlageQuelle }
      schuldnerstand(stichtag: "2026-12-31") { __typename } offeneRaten(stichtag: "2026-12-31") { __typename } exekutionsantrag(stichtag: "2026-12-31") { gesamt } } }`, {}],
  ];

  it.each(QUERIES)('%s', async (_name, query, variables) => {
    const aus = createApp({ prisma: t.db.prisma, limits: { maxDepth: 20, maxCost: 100_000_000, maxAliases: 50, maxTokens: 50_000 }, singleStatementReads: false });
    const run = async (fetch: typeof aus.fetch) => {
      const res = await fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${alpha.key}` },
        body: JSON.stringify({ query, variables: variables && { id: randfall, ...variables } }),
      });
      return res.json();
    };
    const on = await run(createOn().fetch);
    const off = await run(aus.fetch);
    // Errors too: the empty Akt has no Bemessungsgrundlage for Mahnkosten (a TARIF_ERROR on its row).
    for (const e of off.errors ?? []) expect(e.extensions.code).toBe('TARIF_ERROR');
    // Key order too (a compiled read's JSON comes from PostgreSQL: schema/compiledReads.ts).
    expect(JSON.stringify(on)).toBe(JSON.stringify(off));
    // And through graphql-js on the single-statement loads (what a query without a compiled plan gets).
    const mitte = createApp({ prisma: t.db.prisma, limits: { maxDepth: 20, maxCost: 100_000_000, maxAliases: 50, maxTokens: 50_000 }, compiledReads: false });
    expect(JSON.stringify(await run(mitte.fetch))).toBe(JSON.stringify(off));
    // Not vacuous: the Akten are there, with what is below them.
    expect(JSON.stringify(on)).toMatch(/Müller|"brutto":"\d/);
  });

  it('pages forwards as Prisma pages them: every page by cursor, a foreign, unknown or malformed cursor', async () => {
    const aus = createApp({ prisma: t.db.prisma, singleStatementReads: false });
    const run = async (fetch: typeof aus.fetch, first: number, after: string | null) => {
      const res = await fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${alpha.key}` },
        body: JSON.stringify({
          query: `query($first: Int!, $after: String) { akten(first: $first, after: $after) { edges { cursor node { id aktenzeichen klient { name } } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
          variables: { first, after },
        }),
      });
      return res.json();
    };
    // The same akten in the same order as Prisma returns them, page after page.
    for (const first of [1, 2, 5]) {
      let after: string | null = null;
      const seen: string[] = [];
      for (let page = 0; page < 5; page++) {
        const on = await run(createOn().fetch, first, after);
        expect(JSON.stringify(on)).toBe(JSON.stringify(await run(aus.fetch, first, after)));
        seen.push(...on.data.akten.edges.map((e: { node: { id: string } }) => e.node.id));
        if (!on.data.akten.pageInfo.hasNextPage) break;
        after = on.data.akten.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(3); // all of Alpha's Akten, each once
      expect(new Set(seen).size).toBe(3);
    }
    // A cursor is the Akt's id, encoded: one of another office, one of no Akt, and not an id at all.
    const { endCursor } = (await run(aus.fetch, 1, null)).data.akten.pageInfo;
    const id = (await run(aus.fetch, 1, null)).data.akten.edges[0].node.id as string;
    const recode = (to: string) => Buffer.from(Buffer.from(endCursor, 'base64').toString('utf8').replace(id, to)).toString('base64');
    for (const after of [recode(fremd), recode('00000000-0000-4000-8000-000000000000'), recode('kein-id'), 'kaputt']) {
      expect(JSON.stringify(await run(createOn().fetch, 2, after))).toBe(JSON.stringify(await run(aus.fetch, 2, after)));
    }
  });

  /** The exposed leaf fields of a type: what compiled reads (schema/compiledReads.ts) build from columns. */
  const exposed = (name: string) =>
    Object.values((schema.getType(name) as GraphQLObjectType).getFields())
      .filter((f) => typeof f.extensions?.pothosExposedField === 'string' && isLeafType(getNamedType(f.type)))
      .map((f) => f.name)
      .join(' ');
  const COMPILED = `${exposed('Akt')} __typename klient { ${exposed('Person')} } gegner { ${exposed('Person')} }
    forderungen { ${exposed('Forderung')} titel { id datum } } leistungen { ${exposed('Leistung')} }
    titel { ${exposed('Titel')} zugesprochen gericht { ${exposed('Gericht')} } }`;
  const MAHNKOSTEN = `mahnkosten(tarif: "MAK", datum: "2026-11-27") { tarif bemessungsgrundlage bemessungsgrundlageQuelle ratgGueltigAb
    positionen { tarifpost bezeichnung grundbetrag zuschlag anzahl betrag } verdienst streitgenossenzuschlagProzent streitgenossenzuschlag porto netto ust brutto }`;

  it.each([
    ['a page', `{ akten(first: 10) { edges { cursor node { ${COMPILED} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`],
    ['the Akt with the edges of what the columns hold, with Mahnkosten', `query($id: ID!) { akt(id: $id) { ${COMPILED} ${MAHNKOSTEN} } }`],
  ])('every field compiled reads build, %s: from one statement, as graphql-js answers', async (_name, query) => {
    const aus = createApp({ prisma: t.db.prisma, limits: { maxDepth: 20, maxCost: 100_000_000, maxAliases: 50, maxTokens: 50_000 }, singleStatementReads: false });
    const run = async (fetch: typeof aus.fetch) => {
      t.db.statements.reset();
      const res = await fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${alpha.key}` },
        body: JSON.stringify({ query, variables: { id: randfall } }),
      });
      return { text: await res.text(), statements: [...t.db.statements.statements] };
    };
    const on = await run(createOn().fetch);
    // Built by PostgreSQL (the single-statement loads build arrays, not objects), and answered from it.
    expect(on.statements.filter((sql) => sql.includes('json_build_object('))).toHaveLength(1);
    expect(on.text).toMatch(/9999999999999999\.99/);
    const off = await run(aus.fetch);
    expect(JSON.stringify(JSON.parse(on.text))).toBe(JSON.stringify(JSON.parse(off.text)));
  });

  let onApp: ReturnType<typeof createApp> | null = null;
  const createOn = () => (onApp ??= createApp({ prisma: t.db.prisma, limits: { maxDepth: 20, maxCost: 100_000_000, maxAliases: 50, maxTokens: 50_000 } }));
  afterEach(() => void (onApp = null));
});
