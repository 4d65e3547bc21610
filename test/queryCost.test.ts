// The cost of a request bounds its work before it runs (server/queryCost.ts), with variables as with
// literals; the list budget and the deadline stop what an estimate missed, and the server answers
// others right after.
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../schema/index.js';
import { createApp } from '../server/app.js';
import { DEFAULT_LIMITS } from '../server/limits.js';
import { queryCost } from '../server/queryCost.js';
import { createAkt, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;
let akt: string;

beforeAll(async () => {
  t = await testServer();
  key = await t.key('Kosten', 'KO');
  const klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Klient Kosten' });
  akt = await createAkt(t, key, { aktenzeichen: 'K/1', bezeichnung: 'viele Leistungen', klientId: klient });
  const { kanzleiId } = await t.db.prisma.akt.findUniqueOrThrow({ where: { id: akt } });
  await t.db.prisma.leistung.createMany({
    data: Array.from({ length: 100 }, (_, i) => ({
      kanzleiId, aktId: akt, datum: new Date('2026-10-01'), kuerzel: `L${i}`, verdienst: '10.00', einheitssatz: '0', barauslagenUstPflichtig: '0',
      barauslagenUstFrei: '0', barauslagenDurchlaufer: '0', ust: '2.00',
    })),
  });
}, 60_000);
afterAll(() => t?.close());

const ATTACK = '{ akt(id: "%") { leistungen { akt { leistungen { akt { leistungen { akt { id } } } } } } } }';

describe('the cost of an operation', () => {
  it('counts fields and multiplies lists: a page by first/last, a relation by its bound', () => {
    // node: id 1 + gegner (1 + 10 × id 1) = 12; node field 1 + 12 = 13; edges (the page's own list) 1 + 13 = 14;
    // akten(first: 10): 1 + 10 × 14 = 141.
    expect(queryCost(schema, parse('{ akten(first: 10) { edges { node { id gegner { id } } } } }'), null, {})).toBe(141);
    // The same with first from a variable (7): 1 + 7 × 14 = 99; a variable left out takes its default (3): 1 + 3 × 14 = 43.
    const mitVariable = parse('query($n: Int = 3) { akten(first: $n) { edges { node { id gegner { id } } } } }');
    expect(queryCost(schema, mitVariable, null, { n: 7 })).toBe(99);
    expect(queryCost(schema, mitVariable, null, {})).toBe(43);
    // Nested relations multiply: leistungen (100) → akt (1) → leistungen (100) → akt → leistungen → akt { id }:
    // innermost akt 1 + 1 = 2; leistungen 1 + 100 × 2 = 201; akt 202; leistungen 1 + 100 × 202 = 20 201; akt 20 202;
    // leistungen 1 + 100 × 20 202 = 2 020 201; akt(id) 2 020 202.
    const attack = parse(ATTACK.replace('%', akt));
    expect(queryCost(schema, attack, null, {})).toBe(2_020_202);
    // A cost that reads no variable is remembered per document; one that reads a variable never:
    // the same documents again, the variable's 1 now giving 1 + 1 × 14 = 15.
    expect(queryCost(schema, attack, null, { egal: 1 })).toBe(2_020_202);
    expect(queryCost(schema, mitVariable, null, { n: 1 })).toBe(15);
  });

  it('refuses the nested-relation query within a second, and the server answers others right after', async () => {
    const started = performance.now();
    const res = await t.gql(key, ATTACK.replace('%', akt));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({
      message: `Die Anfrage kostet 2020202, mehr als die Grenze von ${DEFAULT_LIMITS.maxCost}: kleinere Seiten (first/last) oder weniger verschachtelte Listen anfordern.`,
      extensions: { code: 'QUERY_TOO_COSTLY', cost: 2_020_202, maxCost: DEFAULT_LIMITS.maxCost },
    });
    expect((await t.data(key, `query($id: ID!) { akt(id: $id) { leistungen { id } } }`, { id: akt })).akt.leistungen).toHaveLength(100);
  });

  it('counts first from variables as from literals: an alias flood is refused either way', async () => {
    const felder = (first: string) => Array.from({ length: 30 }, (_, i) => `a${i}: akten(first: ${first}) { edges { node { id leistungen { id } } } }`).join(' ');
    const literal = await t.gql(key, `{ ${felder('100')} }`);
    const variable = await t.gql(key, `query($n: Int) { ${felder('$n')} }`, { n: 100 });
    // Per alias: 1 + 100 × (edges 1 + node 1 + id 1 + leistungen (1 + 100)) = 10 401; 30 aliases: 312 030.
    for (const res of [literal, variable]) expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', cost: 312_030 });
    // Small pages are fine: 30 × (1 + 2 × 104) = 6 270.
    expect((await t.gql(key, `query($n: Int) { ${felder('$n')} }`, { n: 2 })).body.errors).toBeUndefined();
  });
});

describe('while a request runs', () => {
  const post = async (app: ReturnType<typeof createApp>, query: string, variables: object) =>
    (await app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }) })).json();

  it('an answer with more list items than the budget ends with RESPONSE_TOO_LARGE', async () => {
    const app = createApp({ prisma: t.db.prisma, limits: { maxListItems: 50 } });
    const body = await post(app, `query($id: ID!) { akt(id: $id) { leistungen { id } } }`, { id: akt });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'RESPONSE_TOO_LARGE' } });
    expect(body.data?.akt ?? null).toBeNull();
    // Within the budget the same app answers.
    expect((await post(app, `query($id: ID!) { akt(id: $id) { gegner { id } } }`, { id: akt })).data.akt.gegner).toEqual([]);
  });

  it('a request past its deadline ends with EXECUTION_TIMEOUT', async () => {
    const app = createApp({ prisma: t.db.prisma, limits: { maxExecutionMs: 0 } });
    const body = await post(app, `query($id: ID!) { akt(id: $id) { leistungen { id } } }`, { id: akt });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'EXECUTION_TIMEOUT' } });
  });
});
