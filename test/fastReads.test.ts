// Compiled reads answered before Yoga (server/fastReads.ts), over real HTTP: the same text and
// headers as Yoga's path, the key checked on every request (in the read's own statement once hits
// are held in advance), the limits that depend on variables checked again, nothing counted twice,
// and everything else left to Yoga.
import { parse } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AKT, DASHBOARD } from '../bench/setup.js';
import { createApp, type RequestLog } from '../server/app.js';
import { VISIBLE_PREFIX_LENGTH } from '../server/auth/apiKeys.js';
import { provisionApiKey } from '../server/services/kanzleien.js';
import { fastReadsAnswered } from '../server/fastReads.js';
import { queryCost } from '../server/queryCost.js';
import { schema } from '../schema/index.js';
import { createAkt, createForderung, createPerson } from './support/fixtures.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;
let akt: string;
let logs: RequestLog[];
// Room for hits held in advance (a fiftieth of the budget, at most 256).
const BUDGET = 100_000;
// The single Akt and a dashboard page of two cost at most this; a larger page costs more.
const dashboardCost = (first: number) => queryCost(schema, parse(DASHBOARD), null, { first });
const maxCost = Math.max(queryCost(schema, parse(AKT), null, { id: 'x' }), dashboardCost(2));
const tooLarge = Array.from({ length: 100 }, (_, i) => i + 1).find((n) => dashboardCost(n) > maxCost)!;

beforeEach(async () => {
  logs = [];
  t = await testServer({ keyRateLimit: { max: BUDGET, windowMs: 600_000 }, limits: { maxCost }, log: (l) => logs.push(l) }, {}, { overHttp: true });
  key = await t.key('Alpha', 'AL');
  const klient = await createPerson(t, key, { kurzbezeichnung: 'K', name: 'Holzbau "Gruber" GmbH' });
  const gegner = await Promise.all(['G1', 'G2', 'G3'].map((x) => createPerson(t, key, { kurzbezeichnung: x, name: `Gegner ${x}` })));
  akt = await createAkt(t, key, { aktenzeichen: '2026/0042', bezeichnung: 'Gruber gegen drei', klientId: klient, gegnerIds: gegner });
  await createForderung(t, key, { aktId: akt, art: 'HAUPTFORDERUNG', betrag: '12345.67', faelligAm: '2026-01-01' });
});
afterEach(async () => {
  await t.close();
});

/** A request over HTTP: status, the headers that matter, the text. */
async function ask(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}, token = key) {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, type: res.headers.get('content-type'), remaining: res.headers.get('ratelimit-remaining'), text: await res.text() };
}
/** Requests answered before Yoga so far. */
const answeredHere = () => fastReadsAnswered.get(t.app)?.count ?? 0;
/** An app on the same database, asked in-process: Yoga's path only (fetch never takes the other). */
const yogaOnly = () => createApp({ prisma: t.db.prisma, keyRateLimit: { max: BUDGET, windowMs: 600_000 }, limits: { maxCost } });
async function viaYoga(query: string, variables: Record<string, unknown>, token = key) {
  const res = await yogaOnly().fetch('http://yoga/graphql', {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, text: await res.text() };
}

describe('compiled reads before Yoga', () => {
  it('answer a query Yoga answered from a compiled read again with the same text and headers, the key in the read’s statement', async () => {
    const expected = (await viaYoga(AKT, { id: akt })).text;
    expect(expected).not.toContain('errors');
    // MAK at BG 12 345.67 with 3 Gegner (test/compiledReads.test.ts, by hand): brutto 434.10.
    expect(JSON.parse(expected).data.akt.mahnkosten.brutto).toBe('434.10');
    const answers = [];
    const statements: string[][] = [];
    for (let i = 0; i < 8; i++) {
      t.db.statements.reset();
      answers.push(await ask(AKT, { id: akt }, i % 2 ? { accept: 'application/graphql-response+json' } : {}));
      statements.push([...t.db.statements.statements]);
    }
    for (const [i, a] of answers.entries()) {
      expect(a.text).toBe(expected);
      expect(a.status).toBe(200);
      expect(a.type).toBe(i % 2 ? 'application/graphql-response+json; charset=utf-8' : 'application/json; charset=utf-8');
    }
    // One budget, one hit each: what is left falls with every answer (by one, or by more where a
    // count sees the in-process app's hit, a second "process" on the same budget).
    const left = answers.map((a) => Number(a.remaining));
    for (let i = 1; i < left.length; i++) expect(left[i]).toBeLessThan(left[i - 1]!);
    expect(left.at(-1)).toBeGreaterThanOrEqual(BUDGET - 16);
    // The first went through Yoga (it remembers the text); the last ones hold hits in advance and
    // send one statement: the key lookup around the compiled read.
    expect(answeredHere()).toBe(7);
    const last = statements.at(-1)!;
    expect(last).toHaveLength(1);
    expect(last[0]).toMatch(/"ApiKey"[\s\S]*LEFT JOIN LATERAL[\s\S]*json_build_object/);
    expect(logs.at(-1)).toMatchObject({ method: 'POST', path: '/graphql', operation: null, status: 200, keyPrefix: key.slice(0, VISIBLE_PREFIX_LENGTH) });
  });

  /** Warms the path: Yoga answers once (and remembers the text), then hits are held in advance. */
  async function warm(query: string, variables: Record<string, unknown>) {
    for (let i = 0; i < 6; i++) expect((await ask(query, variables)).status).toBe(200);
    expect(answeredHere()).toBeGreaterThanOrEqual(5);
  }

  it('refuse a key revoked while hits are held for it, at once', async () => {
    await warm(AKT, { id: akt });
    await t.db.prisma.apiKey.updateMany({ data: { widerrufenAm: new Date() } });
    const before = answeredHere();
    const r = await ask(AKT, { id: akt });
    expect(r.status).toBe(401);
    expect(JSON.parse(r.text)).toEqual({ errors: [{ message: 'Ungültiger oder widerrufener API-Schlüssel.', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(answeredHere()).toBe(before);
  });

  it('check what depends on the variables again, and leave the errors to Yoga', async () => {
    await warm(DASHBOARD, { first: 2 });
    await warm(AKT, { id: akt });
    const before = answeredHere();
    const cases: [string, Record<string, unknown>, string][] = [
      [AKT, { id: 'x'.repeat(201) }, 'BAD_USER_INPUT'],
      [DASHBOARD, { first: tooLarge }, 'QUERY_TOO_COSTLY'],
      // Not an Int: Yoga's cost check counts it as the largest page.
      [DASHBOARD, { first: 'zwei' }, 'QUERY_TOO_COSTLY'],
    ];
    for (const [query, variables, code] of cases) {
      const r = await ask(query, variables);
      expect(JSON.parse(r.text).errors[0].extensions.code).toBe(code);
      expect(r.text).toBe((await viaYoga(query, variables)).text);
    }
    expect(answeredHere()).toBe(before);
    // An id that is none: no statement here, so Yoga answers (null), and the request counts once.
    const first = await ask(AKT, { id: 'kein-id' });
    const second = await ask(AKT, { id: 'kein-id' });
    expect([first.text, second.text]).toEqual(['{"data":{"akt":null}}', '{"data":{"akt":null}}']);
    expect(Number(first.remaining) - Number(second.remaining)).toBe(1);
    expect(answeredHere()).toBe(before);
    // An Akt that is none (well-formed id): null, from here.
    expect((await ask(AKT, { id: '00000000-0000-4000-8000-000000000000' })).text).toBe('{"data":{"akt":null}}');
    expect(answeredHere()).toBe(before + 1);
  });

  it('answer through Yoga once when the office’s tariff Stand changed since the key’s last check, and here again after', async () => {
    await warm(AKT, { id: akt });
    const expected = (await ask(AKT, { id: akt })).text;
    await t.db.prisma.kanzlei.updateMany({ data: { tarifStand: { increment: 1 } } });
    const before = answeredHere();
    expect((await ask(AKT, { id: akt })).text).toBe(expected);
    expect(answeredHere()).toBe(before);
    expect((await ask(AKT, { id: akt })).text).toBe(expected);
    expect(answeredHere()).toBe(before + 1);
  });

  it('leave a partner key to Yoga (persisted operations only), and documents Yoga did not answer from a compiled read', async () => {
    await warm(AKT, { id: akt });
    const before = answeredHere();
    const partner = (await provisionApiKey(t.db.prisma, { kanzlei: 'Alpha', kuerzel: 'PA', rolle: 'ADMIN', partner: true })).key;
    for (let i = 0; i < 3; i++) {
      const r = await ask(AKT, { id: akt }, {}, partner);
      expect([r.status, JSON.parse(r.text).errors[0].extensions.code]).toEqual([403, 'PERSISTED_ONLY']);
    }
    for (let i = 0; i < 3; i++) expect(JSON.parse((await ask('{ me { kuerzel } }', {})).text)).toEqual({ data: { me: { kuerzel: 'AL' } } });
    expect(answeredHere()).toBe(before);
  });
});
