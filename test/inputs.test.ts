// Every input bounded and strict (issue 15): what a client sends outside the rules is refused with a
// typed error before it reaches the database, never "Unexpected error." and never silently bent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, LOG_FIELD_MAX } from '../server/app.js';
import { officeWithAkt } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

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
      expect([am, variable.body.data ?? null, variable.body.errors[0].extensions.code]).toEqual([am, null, 'BAD_USER_INPUT']);
      expect(variable.body.errors[0].message).toMatch(/is not a DateTime/);
      const literal = await t.gql(o.key, `mutation { r: createKommunikation(input: { aktId: "${o.akt}", kanal: EMAIL, richtung: INTERN, betreff: "x", am: ${JSON.stringify(am)} }) { __typename } }`);
      expect([am, literal.body.errors[0].extensions.code]).toEqual([am, 'BAD_USER_INPUT']);
      const filter = await t.gql(o.key, `query($f: DateTime) { auditLog(filter: { from: $f }) { edges { cursor } } }`, { f: am });
      expect([am, filter.body.errors[0].extensions.code]).toEqual([am, 'BAD_USER_INPUT']);
    }
    expect(await t.db.prisma.kommunikation.count()).toBe(vorher);
  });

  it('Date refuses impossible dates with BAD_USER_INPUT, in a query filter too', async () => {
    for (const bad of ['2026-02-30', '2025-02-29', '2026-04-31', '2026-00-10']) {
      const res = await t.gql(o.key, `query($d: Date) { akten(filter: { faelligBis: $d }) { totalCount } }`, { d: bad });
      expect([bad, res.body.errors[0].extensions.code]).toEqual([bad, 'BAD_USER_INPUT']);
      const literal = await t.gql(o.key, `{ akten(filter: { faelligBis: "${bad}" }) { totalCount } }`);
      expect([bad, literal.body.errors[0].extensions.code]).toEqual([bad, 'BAD_USER_INPUT']);
    }
    expect((await t.data(o.key, `{ akten(filter: { faelligBis: "2024-02-29" }) { totalCount } }`)).akten.totalCount).toBe(0);
  });
});
