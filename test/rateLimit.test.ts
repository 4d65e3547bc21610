// Rate limits that cannot be bypassed (issue 15, findings 3–5): counted after authentication by the
// key's id on every path that reaches GraphQL and on the PDF download; requests without a valid key
// by client address; X-Forwarded-For read from the right; one budget across server processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { clientAddress } from '../server/auth/clientAddress.js';
import { SERVER_NODE_ARGS } from '../server/cli/nodeArgs.js';
import { RateLimits } from '../server/auth/rateLimiter.js';
import { openDatabase } from '../server/db/database.js';
import { provisionApiKey } from '../server/services/kanzleien.js';
import { adminUrl, withDatabase } from './support/postgres.js';
import { testServer, type TestServer } from './support/testServer.js';

const ME = '{ me { kuerzel } }';
const SUBMIT = 'mutation S($i: SubmitMandatsanfrageInput!) { submitMandatsanfrage(input: $i) { __typename ... on RateLimitError { message } } }';
const anfrage = { klient: { name: 'Anna Anfrage', email: 'anna@example.at' }, sachgebiet: 'Zivilrecht', beschreibung: 'Bitte um Vertretung in einer Sache.' };

let t: TestServer;
let open = false;
afterEach(async () => {
  if (open) await t.close();
  open = false;
});

/** A request to `path` of the in-process app, with a bearer token and extra headers. */
const send = (path: string, token: string | null, headers: Record<string, string> = {}) =>
  appFetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query: ME }),
  });
let appFetch: (path: string, init: RequestInit) => Promise<Response>;

const headersOf = (r: Response) => [r.status, r.headers.get('ratelimit-limit'), r.headers.get('ratelimit-remaining')];

async function setUp(options: Parameters<typeof testServer>[0]) {
  const { createApp } = await import('../server/app.js');
  t = await testServer(options);
  open = true;
  const app = createApp({ prisma: t.db.prisma, ...options });
  appFetch = async (path, init) => app.fetch(`http://yoga${path}`, init);
}

describe('the per-key limit', () => {
  it('counts every path that reaches GraphQL, and the PDF download, against one budget', async () => {
    await setUp({ keyRateLimit: { max: 4, windowMs: 600_000 } });
    const key = await t.key('Alpha', 'AL');
    const pdf = () => appFetch('/dokumente/honorarnote/00000000-0000-0000-0000-000000000000.pdf', { headers: { authorization: `Bearer ${key}` } });
    // Yoga answers GraphQL on each of these paths: before, only `/graphql` was counted.
    expect(headersOf(await send('/graphql/', key))).toEqual([200, '4', '3']);
    expect(headersOf(await send('/x/graphql', key))).toEqual([200, '4', '2']);
    expect(headersOf(await send('/?a=/graphql', key))).toEqual([200, '4', '1']);
    expect(headersOf(await pdf())).toEqual([404, '4', '0']);
    for (const path of ['/graphql', '/graphql/', '/x/graphql', '/?a=/graphql']) {
      const r = await send(path, key);
      expect([r.status, Number(r.headers.get('retry-after')) > 0]).toEqual([429, true]);
      const { errors } = await r.json();
      expect(errors[0]).toMatchObject({ message: expect.stringMatching(/^Anfragelimit erreicht für diesen Schlüssel: 4 Anfragen/), extensions: { code: 'RATE_LIMITED' } });
    }
    const p = await pdf();
    expect([p.status, Number(p.headers.get('retry-after')) > 0]).toEqual([429, true]);
    // Another key of the same office has its own budget.
    expect(headersOf(await send('/graphql', await t.key('Alpha', 'BE')))).toEqual([200, '4', '3']);
  });

  it('invalid tokens with a key’s visible prefix neither spend its budget nor learn about it', async () => {
    await setUp({ keyRateLimit: { max: 3, windowMs: 600_000 }, addressRateLimit: { max: 50, windowMs: 600_000 } });
    const victim = await t.key('Alpha', 'AL');
    // The attacker knows the prefix (shown by apiKeys, the trail, the log) and tries every 12th character.
    for (const c of '0123456789abcdef') {
      const r = await send('/graphql', `${victim.slice(0, 11)}${c}${'0'.repeat(victim.length - 12)}`);
      expect(r.status).toBe(401);
      // The headers are the attacker's address's budget, the same whatever the 12th character.
      expect(r.headers.get('ratelimit-limit')).toBe('50');
    }
    expect(headersOf(await send('/graphql', victim))).toEqual([200, '3', '2']);
    // A revoked key counts against the address too.
    const revoked = await t.key('Alpha', 'RE');
    await t.db.prisma.apiKey.updateMany({ where: { benutzer: { kuerzel: 'RE' } }, data: { widerrufenAm: new Date() } });
    expect(headersOf(await send('/graphql', revoked))).toEqual([401, '50', String(50 - 16 - 1)]);
  });
});

describe('requests without a valid key, per client address', () => {
  it('have their own budget per address: keyless and invalid keys share it, a valid key is not touched', async () => {
    await setUp({ trustProxy: 1, keyRateLimit: { max: 100, windowMs: 600_000 }, addressRateLimit: { max: 3, windowMs: 600_000 } });
    const key = await t.key('Alpha', 'AL');
    const from = (address: string) => ({ 'x-forwarded-for': address });
    expect(headersOf(await send('/graphql', null, from('198.51.100.1')))).toEqual([401, '3', '2']);
    expect(headersOf(await send('/x/graphql', 'kz_invalid', from('198.51.100.1')))).toEqual([401, '3', '1']);
    expect(headersOf(await send('/graphql', 'kzi_invalid', from('198.51.100.1')))).toEqual([401, '3', '0']);
    for (const token of [null, 'kz_invalid', 'kzi_invalid', 'kz_other']) {
      const r = await send('/graphql', token, from('198.51.100.1'));
      expect(r.status).toBe(429);
      expect((await r.json()).errors[0].message).toMatch(/Anfragelimit erreicht für Ihre Adresse: 3 Anfragen/);
    }
    // The key from the same address (an office behind one NAT with a broken client): unaffected.
    expect(headersOf(await send('/graphql', key, from('198.51.100.1')))).toEqual([200, '100', '99']);
    // Another address has its own budget.
    expect(headersOf(await send('/graphql', null, from('198.51.100.2')))).toEqual([401, '3', '2']);
  });
});

describe('the client address behind proxies (TRUST_PROXY)', () => {
  it('is read from the right of X-Forwarded-For: what the last trusted proxy saw', () => {
    const xff = '9.9.9.1, 203.0.113.7, 10.0.0.2';
    expect(clientAddress('10.0.0.1', xff, 0)).toBe('10.0.0.1'); // no proxy: the socket's peer
    expect(clientAddress('10.0.0.1', xff, 1)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.1', xff, 2)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.1', xff, 3)).toBe('9.9.9.1');
    expect(clientAddress('10.0.0.1', xff, 9)).toBe('9.9.9.1'); // fewer entries than hops: the leftmost
    expect(clientAddress('::ffff:10.0.0.1', '9.9.9.1, 203.0.113.7', ['10.0.0.1'])).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.1', xff, ['10.0.0.1', '10.0.0.2'])).toBe('203.0.113.7');
    // A peer that is not a trusted proxy: its header means nothing.
    expect(clientAddress('198.51.100.9', xff, ['10.0.0.1'])).toBe('198.51.100.9');
    expect(clientAddress('10.0.0.1', null, 1)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', 'x'.repeat(10_000), 1)).toHaveLength(64);
  });

  it('the intake limit cannot be bypassed by varying the left part of X-Forwarded-For (over HTTP, one trusted hop)', async () => {
    t = await testServer({ trustProxy: true, intakeRateLimit: { max: 2, windowMs: 600_000 } }, {}, { overHttp: true });
    open = true;
    const admin = await t.key('Alpha', 'AL');
    const intake = (await t.data(admin, 'mutation { rotateIntakeToken { ... on RotateIntakeTokenPayload { token } } }')).rotateIntakeToken.token;
    const submit = (n: number) => t.gql(intake, SUBMIT, { i: anfrage }, { 'x-forwarded-for': `9.9.9.${n}, 127.0.0.1` });
    expect((await submit(1)).body.data.submitMandatsanfrage.__typename).toBe('SubmitMandatsanfragePayload');
    expect((await submit(2)).body.data.submitMandatsanfrage.__typename).toBe('SubmitMandatsanfragePayload');
    for (const n of [3, 4, 5]) {
      const r = await submit(n);
      expect(r.body.data.submitMandatsanfrage).toEqual({ __typename: 'RateLimitError', message: expect.stringMatching(/\d+/) });
    }
    // What the proxy saw differs: another client, its own budget.
    const other = await t.gql(intake, SUBMIT, { i: anfrage }, { 'x-forwarded-for': '9.9.9.3, 127.0.0.2' });
    expect(other.body.data.submitMandatsanfrage.__typename).toBe('SubmitMandatsanfragePayload');
    expect(await t.db.prisma.mandatsanfrage.count()).toBe(3);
  });

  it('without TRUST_PROXY, X-Forwarded-For is ignored: the socket’s peer counts', async () => {
    t = await testServer({ intakeRateLimit: { max: 1, windowMs: 600_000 } }, {}, { overHttp: true });
    open = true;
    const admin = await t.key('Alpha', 'AL');
    const intake = (await t.data(admin, 'mutation { rotateIntakeToken { ... on RotateIntakeTokenPayload { token } } }')).rotateIntakeToken.token;
    expect((await t.gql(intake, SUBMIT, { i: anfrage }, { 'x-forwarded-for': '9.9.9.1' })).body.data.submitMandatsanfrage.__typename).toBe('SubmitMandatsanfragePayload');
    expect((await t.gql(intake, SUBMIT, { i: anfrage }, { 'x-forwarded-for': '9.9.9.2' })).body.data.submitMandatsanfrage.__typename).toBe('RateLimitError');
  });
});

describe('hits counted in advance (a key sending many requests)', () => {
  const limit = { max: 1_000, windowMs: 60_000 };
  const fake = () => {
    let now = 1_000_000;
    const r = new RateLimits(null as never, limit, limit, limit, () => now);
    return { r, tick: (ms: number) => void (now += ms) };
  };

  it('takes twice as many while the last count is under a second old, up to a fiftieth of the budget (at most 256)', () => {
    const { r, tick } = fake();
    const taken: number[] = [];
    let hits = 0;
    for (let i = 0; i < 40; i++) {
      if (r.ausVorrat('t:a', limit)) continue;
      const n = r.vorausZaehlen('t:a', limit);
      taken.push(n);
      hits += n;
      r.gezaehlt('t:a', limit, n, hits, 60, 59_000);
      tick(10);
    }
    // 1 000 / 50 = 20: 1, 2, 4, 8, 16, then 20 each.
    expect(taken).toEqual([1, 2, 4, 8, 16, 20]);
    // A second's pause: one at a time again.
    tick(1_000);
    r.ausVorrat('t:a', limit);
    while (r.ausVorrat('t:a', limit));
    expect(r.vorausZaehlen('t:a', limit)).toBe(1);
    // Small budgets count one by one: 6 / 50 < 2.
    expect(r.vorausZaehlen('t:a', { max: 6, windowMs: 60_000 })).toBe(1);
  });

  it('the quota counts what is held as used; past the budget only what was left is granted', () => {
    const { r } = fake();
    // Others used 990; this count took 16 hits (the database now says 1 006): 10 were left.
    expect(r.gezaehlt('t:b', limit, 16, 1_006, 30, 29_500)).toEqual({ limit: 1_000, remaining: 9, resetSeconds: 30, retryAfterSeconds: null });
    const spent = Array.from({ length: 10 }, () => r.ausVorrat('t:b', limit)?.remaining ?? null);
    expect(spent).toEqual([8, 7, 6, 5, 4, 3, 2, 1, 0, null]);
    // The next count finds nothing left: refused, as a count of one would be.
    expect(r.gezaehlt('t:b', limit, 32, 1_038, 30, 29_400)).toMatchObject({ remaining: 0, retryAfterSeconds: 30 });
  });

  it('unspent hits lapse just before their window ends; a new window counts afresh', () => {
    const { r, tick } = fake();
    expect(r.gezaehlt('t:c', limit, 8, 8, 2, 1_000)).toMatchObject({ remaining: 999 });
    expect(r.ausVorrat('t:c', limit)).toMatchObject({ remaining: 998 });
    tick(960);
    expect(r.ausVorrat('t:c', limit)).toBeNull();
    // The new window: 4 hits, the quota from them alone (the old window's 6 unspent are gone).
    expect(r.gezaehlt('t:c', limit, 4, 4, 60, 60_000)).toMatchObject({ remaining: 999 });
    expect(r.ausVorrat('t:c', limit)).toMatchObject({ remaining: 998 });
  });

  it('over HTTP: fewer counts, the same remaining figures, and a revoked key refused at once', async () => {
    await setUp({ keyRateLimit: { max: 500, windowMs: 600_000 } });
    const key = await t.key('Alpha', 'AL');
    const remaining = [];
    for (let i = 0; i < 8; i++) remaining.push((await send('/graphql', key)).headers.get('ratelimit-remaining'));
    expect(remaining).toEqual(['499', '498', '497', '496', '495', '494', '493', '492']);
    // Counts of 1, 2, 4, 8 (cap 500 / 50 = 10): 15 hits counted for 8 requests, 7 held.
    expect((await t.db.prisma.rateLimitCounter.findFirstOrThrow()).hits).toBe(15);
    await t.db.prisma.apiKey.updateMany({ data: { widerrufenAm: new Date() } });
    const r = await send('/graphql', key);
    expect(r.status).toBe(401);
    expect((await r.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('two apps on one database never grant more than the budget together', async () => {
    await setUp({ keyRateLimit: { max: 100, windowMs: 600_000 } });
    const { createApp } = await import('../server/app.js');
    const zweite = createApp({ prisma: t.db.prisma, keyRateLimit: { max: 100, windowMs: 600_000 } });
    const key = await t.key('Alpha', 'AL');
    const status: number[] = [];
    for (let i = 0; i < 130; i++) {
      const init = { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query: ME }) };
      // Runs of three on each: both hold hits in advance (100 / 50 = 2 at a time).
      const r = Math.floor(i / 3) % 2 ? await zweite.fetch('http://yoga/graphql', init) : await appFetch('/graphql', init);
      status.push(r.status);
    }
    const granted = status.filter((s) => s === 200).length;
    // Never more than 100; at most one held unspent by the other app when the budget ran out.
    expect(granted).toBeLessThanOrEqual(100);
    expect(granted).toBeGreaterThanOrEqual(99);
    expect(status.slice(granted + 1).every((s) => s === 429)).toBe(true);
  });
});

// Hits counted in advance under real concurrency: two apps (as two processes would) on one
// PostgreSQL over HTTP, 300 requests at once against a budget of 200.
describe.runIf(process.env.TEST_DATABASE_URL)('hits counted in advance, at once, on PostgreSQL', () => {
  it('never grant more than the budget, and at most a held count less', async () => {
    const limit = { max: 200, windowMs: 600_000 };
    t = await testServer({ keyRateLimit: limit }, {}, { overHttp: true });
    open = true;
    const { createApp } = await import('../server/app.js');
    const { createServer } = await import('node:http');
    const zweite = createServer(createApp({ prisma: t.db.prisma, keyRateLimit: limit }));
    await new Promise<void>((r) => zweite.listen(0, '127.0.0.1', r));
    try {
      const key = await t.key('Alpha', 'AL');
      const urls = [t.url, `http://127.0.0.1:${(zweite.address() as import('node:net').AddressInfo).port}/graphql`];
      const status = await Promise.all(Array.from({ length: 300 }, (_, i) =>
        fetch(urls[i % 2]!, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query: ME }) }).then((r) => r.status)));
      const granted = status.filter((s) => s === 200).length;
      expect(status.filter((s) => s !== 200 && s !== 429)).toEqual([]);
      // 200 / 50 = 4 hits at a time: when the budget runs out, the other app may hold up to 3 unspent.
      expect(granted).toBeLessThanOrEqual(200);
      expect(granted).toBeGreaterThanOrEqual(200 - 3);
      const [counter] = await t.db.prisma.rateLimitCounter.findMany({ where: { bucket: { startsWith: 'k:' } } });
      expect(counter!.hits).toBeGreaterThanOrEqual(granted);
    } finally {
      await new Promise((r) => zweite.close(r));
    }
  });
});

describe('the counters', () => {
  it('one row per bucket, a new window once the old one ended, expired rows swept by later requests', async () => {
    await setUp({ keyRateLimit: { max: 2, windowMs: 600_000 } });
    const key = await t.key('Alpha', 'AL');
    const keyId = (await t.db.prisma.apiKey.findFirstOrThrow()).id;
    await send('/graphql', key);
    expect(await t.db.prisma.rateLimitCounter.findMany({ select: { bucket: true, hits: true } })).toEqual([{ bucket: `k:${keyId}`, hits: 1 }]);
    // The window ended (moved into the past, as time would): the next request opens a new one.
    await t.db.prisma.rateLimitCounter.updateMany({ data: { hits: 99, windowEnd: new Date(Date.now() - 1000) } });
    await t.db.prisma.rateLimitCounter.createMany({ data: Array.from({ length: 15 }, (_, i) => ({ bucket: `a:old${i}`, hits: 1, windowEnd: new Date(Date.now() - 1000) })) });
    expect(headersOf(await send('/graphql', key))).toEqual([200, '2', '1']);
    // Each request deletes up to ten expired counters (never its own).
    expect(await t.db.prisma.rateLimitCounter.count()).toBe(1 + 5);
    await send('/graphql', key);
    expect(await t.db.prisma.rateLimitCounter.findMany({ select: { bucket: true, hits: true } })).toEqual([{ bucket: `k:${keyId}`, hits: 2 }]);
  });
});

// Two real server processes (as `npm start` runs server/main.ts) on one PostgreSQL database.
const url = process.env.TEST_DATABASE_URL;
describe.runIf(url)('two server processes on one PostgreSQL', () => {
  let admin: pg.Client;
  let name: string;
  const servers: ChildProcess[] = [];

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: adminUrl(url!) });
    await admin.connect();
    name = `kanzlei_test_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('pgTemplate')}"`);
  });
  afterAll(async () => {
    for (const s of servers) s.kill('SIGTERM');
    await Promise.all(servers.map((s) => (s.exitCode === null ? new Promise((r) => s.once('exit', r)) : null)));
    await admin?.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin?.end();
  });

  /** Starts `server/main.ts` and resolves with its port once it listens. */
  const start = (env: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, [...SERVER_NODE_ARGS, 'server/main.ts'], {
        env: { ...process.env, PORT: '0', LOG_REQUESTS: 'false', NODE_ENV: 'production', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      servers.push(child);
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d;
        const m = /localhost:(\d+)\/graphql/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.stderr!.on('data', (d: Buffer) => (out += d));
      child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
    });

  it('share one budget per key and one per address', async () => {
    const db = await openDatabase({ kind: 'postgresql', url: withDatabase(url!, name) });
    const key = (await provisionApiKey(db.prisma, { kanzlei: 'Alpha', kuerzel: 'AL', rolle: 'ADMIN' })).key;
    await db.close();
    const env = { DATABASE_URL: withDatabase(url!, name), RATE_LIMIT_PER_MINUTE: '6', RATE_LIMIT_PER_MINUTE_PER_ADDRESS: '4' };
    const ports = await Promise.all([start(env), start(env)]);
    const ask = (port: number, token: string | null) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: ME }),
      }).then((r) => [r.status, r.headers.get('ratelimit-remaining')]);
    // Alternating between the processes: one budget of 6, not 6 each.
    const answers = [];
    for (let i = 0; i < 8; i++) answers.push(await ask(ports[i % 2]!, key));
    expect(answers).toEqual([[200, '5'], [200, '4'], [200, '3'], [200, '2'], [200, '1'], [200, '0'], [429, '0'], [429, '0']]);
    // Keyless from one address: one budget of 4 across both.
    const keyless = [];
    for (let i = 0; i < 6; i++) keyless.push((await ask(ports[i % 2]!, null))[0]);
    expect(keyless).toEqual([401, 401, 401, 401, 429, 429]);
  }, 120_000);
});
