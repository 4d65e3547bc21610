// Abuse limits, rate limit headers, CSRF prevention, masked errors and the health endpoint.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import type { PrismaClient } from '../server/generated/prisma/client.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let key: string;

beforeEach(async () => {
  t = await testServer();
  key = await t.key('Alpha', 'AL');
});
afterEach(() => t.close());

const post = (app: ReturnType<typeof createApp>, query: string, headers: Record<string, string> = {}) =>
  app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers }, body: JSON.stringify({ query }) });

describe('query limits', () => {
  const app = () => createApp({ prisma: t.db.prisma, limits: { maxDepth: 4, maxAliases: 3, maxTokens: 60, maxCost: 200, maxDirectives: 2 } });
  it.each([
    ['depth', '{ akten { edges { node { klient { name } } } } }', /^Die Anfrage ist \d+ Ebenen tief; erlaubt sind 4\.$/],
    ['aliases', '{ a: me { kuerzel } b: me { kuerzel } c: me { kuerzel } d: me { kuerzel } }', /^Die Anfrage hat 4 Aliase; erlaubt sind 3\.$/],
    ['tokens', `{ me { ${Array.from({ length: 80 }, () => 'kuerzel').join(' ')} } }`, /^Die Anfrage hat mehr als 60 Tokens\.$/],
    ['directives', '{ me @include(if: true) @include(if: true) @include(if: true) { kuerzel } }', /^Die Anfrage hat 3 Direktiven; erlaubt sind 2\.$/],
  ])('refuses too many %s with a clear error', async (_name, query, message) => {
    const res = await post(app(), query);
    const body = await res.json();
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0].message).toMatch(message);
  });

  it('refuses a too costly query', async () => {
    const teuer = createApp({ prisma: t.db.prisma, limits: { maxCost: 20 } });
    const res = await post(teuer, '{ akten(first: 100) { edges { node { id forderungen { id betrag } leistungen { id verdienst } } } } }');
    // node: id 1 + forderungen (1 + 50 × 2) + leistungen (1 + 100 × 2) = 303; node 304, edges 305; 1 + 100 × 305 = 30 501.
    expect((await res.json()).errors[0].message).toMatch(/Die Anfrage kostet 30501, mehr als die Grenze von 20/);
  });

  it('lets the default limits pass the dashboard query', async () => {
    const res = await post(createApp({ prisma: t.db.prisma }), `{ akten(first: 50) { edges { node { id aktenzeichen klient { name } gegner { name }
      forderungen { betrag titel { id } } titel { zugesprochen forderungen { id } } mahnkosten(tarif: "MAK") { brutto } } } } }`);
    const body = await res.json();
    expect(body.errors).toBeUndefined();
  });
});

describe('rate limit per API key', () => {
  it('tells the remaining quota and answers 429 with Retry-After once used up', async () => {
    const app = createApp({ prisma: t.db.prisma, keyRateLimit: { max: 2, windowMs: 60_000 } });
    const r1 = await post(app, '{ me { kuerzel } }');
    expect([r1.status, r1.headers.get('ratelimit-limit'), r1.headers.get('ratelimit-remaining')]).toEqual([200, '2', '1']);
    const r2 = await post(app, '{ me { kuerzel } }');
    expect(r2.headers.get('ratelimit-remaining')).toBe('0');
    const r3 = await post(app, '{ me { kuerzel } }');
    expect(r3.status).toBe(429);
    expect(Number(r3.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await r3.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another key has its own quota.
    const other = await t.key('Alpha', 'BE');
    const r4 = await app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${other}` }, body: JSON.stringify({ query: '{ me { kuerzel } }' }) });
    expect(r4.status).toBe(200);
  });
});

describe('CSRF prevention', () => {
  it('refuses a request a browser would send cross-site without a preflight', async () => {
    const app = createApp({ prisma: t.db.prisma });
    const res = await app.fetch(`http://yoga/graphql?query=${encodeURIComponent('{ me { kuerzel } }')}`, { method: 'GET', headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(403);
    const ok = await app.fetch(`http://yoga/graphql?query=${encodeURIComponent('{ me { kuerzel } }')}`, { method: 'GET', headers: { authorization: `Bearer ${key}`, 'x-graphql-yoga-csrf': '1' } });
    expect(ok.status).toBe(200);
  });
});

describe('request body size', () => {
  // Over real HTTP: Node's parser, Content-Length and chunked transfer encoding as a client sends them.
  async function send(body: string, chunked: boolean): Promise<{ status: number; body: any }> {
    const server = createServer(createApp({ prisma: t.db.prisma, maxRequestBodyBytes: 200 }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      return await new Promise((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: (server.address() as AddressInfo).port, path: '/graphql', method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...(chunked ? {} : { 'content-length': Buffer.byteLength(body) }) } },
          (res) => {
            let text = '';
            res.on('data', (c) => (text += c)).on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
          },
        );
        req.on('error', reject);
        // Chunked: written in pieces of 50 bytes, so the limit is hit while the body still arrives.
        if (chunked) for (let i = 0; i < body.length; i += 50) req.write(body.slice(i, i + 50));
        req.end(chunked ? undefined : body);
      });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }
  const query = (padding: number) => JSON.stringify({ query: `{ me { kuerzel } }${' '.repeat(padding)}` });

  it.each([false, true])('answers a body of the limit, refuses one byte more with 413 (chunked: %s)', async (chunked) => {
    // 30 bytes of JSON around the padding: 200 bytes are the limit itself, 201 one too many.
    expect(Buffer.byteLength(query(170))).toBe(200);
    expect(await send(query(170), chunked)).toEqual({ status: 200, body: { data: { me: { kuerzel: 'AL' } } } });
    const big = await send(query(171), chunked);
    expect(big.status).toBe(413);
    expect(big.body.errors[0]).toMatchObject({ message: 'Der Inhalt der Anfrage ist zu groß.', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } });
  });

  it('refuses a Content-Length that is not one number', async () => {
    const res = await createApp({ prisma: t.db.prisma }).fetch('http://yoga/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '10, 10', authorization: `Bearer ${key}` }, body: query(0),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

/** The real client, with one operation failing like a broken database would. */
function failing(prisma: PrismaClient, fail: 'akt' | '$queryRaw'): PrismaClient {
  return new Proxy(prisma, {
    get(target, prop, receiver) {
      if (prop === fail) {
        if (fail === '$queryRaw') return () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432 password=geheim'));
        return new Proxy(Reflect.get(target, prop, receiver), {
          get: (d, p) => (p === 'findMany' ? () => Promise.reject(new Error('relation "Akt" does not exist SELECT * FROM secret')) : Reflect.get(d, p)),
        });
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

describe('safe failure', () => {
  it('masks unexpected errors: no SQL, no stack for the client', async () => {
    // With a filter Prisma picks the page's ids (server/services/aktenLesen.ts): its findMany fails.
    const res = await post(createApp({ prisma: failing(t.db.prisma, 'akt') }), '{ akten(filter: { status: [ANGELEGT] }) { edges { node { id } } } }');
    const text = await res.text();
    expect(text).toContain('Unerwarteter Fehler.');
    expect(text).not.toMatch(/SELECT|secret|relation|stack/i);
  });

  it('GET /health reports process and database', async () => {
    const ok = await createApp({ prisma: t.db.prisma }).fetch('http://yoga/health');
    expect([ok.status, await ok.json()]).toEqual([200, { status: 'ok', database: 'ok' }]);
    const bad = await createApp({ prisma: failing(t.db.prisma, '$queryRaw') }).fetch('http://yoga/health');
    const body = await bad.json();
    expect([bad.status, body]).toEqual([503, { status: 'degraded', database: 'unavailable' }]);
  });
});

describe('operations', () => {
  it('logs one JSON line per request: operation, status, duration, key prefix, nothing personal', async () => {
    const lines: Record<string, unknown>[] = [];
    const app = createApp({ prisma: t.db.prisma, log: (l) => lines.push(l as never) });
    await app.fetch('http://yoga/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: 'mutation NeuePerson { createPerson(input: { kurzbezeichnung: "GEHEIM", name: "Max Mustermann" }) { __typename } }', operationName: 'NeuePerson' }),
    });
    await app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { kuerzel } }"}' });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ method: 'POST', path: '/graphql', operation: 'NeuePerson', status: 200, keyPrefix: key.slice(0, 11) });
    expect(typeof lines[0]!.durationMs).toBe('number');
    expect(lines[1]).toMatchObject({ status: 401, keyPrefix: null });
    expect(JSON.stringify(lines)).not.toMatch(/Mustermann|GEHEIM/);
    expect(JSON.stringify(lines)).not.toContain(key);
  });

  it('introspection can be switched off (production default)', async () => {
    const off = createApp({ prisma: t.db.prisma, introspection: false });
    const body = await (await post(off, '{ __schema { types { name } } }')).json();
    expect(body.data ?? null).toBeNull();
    expect(body.errors[0].message).toMatch(/Introspektion/);
    expect((await (await post(off, '{ me { kuerzel } }')).json()).data).toEqual({ me: { kuerzel: 'AL' } });
    expect((await (await post(createApp({ prisma: t.db.prisma }), '{ __schema { queryType { name } } }')).json()).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('limits from the environment', () => {
  it('reads each limit, and refuses a nonsense value with a clear message', async () => {
    const { loadConfig } = await import('../server/config.js');
    const c = loadConfig({ MAX_DEPTH: '8', MAX_COST: '1000', MAX_LIST_ITEMS: '500', MAX_EXECUTION_MS: '2000', RATE_LIMIT_PER_MINUTE: '60', INTAKE_LIMIT_PER_HOUR: '3', TRUST_PROXY: 'true' });
    expect(c.limits).toEqual({ maxDepth: 8, maxCost: 1000, maxAliases: 30, maxTokens: 5000, maxDirectives: 50, maxListItems: 500, maxExecutionMs: 2000 });
    expect([c.keyRateLimit, c.addressRateLimit, c.intakeRateLimit, c.trustProxy]).toEqual([{ max: 60, windowMs: 60_000 }, { max: 120, windowMs: 60_000 }, { max: 3, windowMs: 3_600_000 }, 1]);
    // TRUST_PROXY: true is one hop; a number of hops; or the proxies' addresses.
    expect([loadConfig({}).trustProxy, loadConfig({ TRUST_PROXY: 'false' }).trustProxy, loadConfig({ TRUST_PROXY: '2' }).trustProxy]).toEqual([0, 0, 2]);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, ::ffff:10.0.0.2' }).trustProxy).toEqual(['10.0.0.1', '10.0.0.2']);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ MAX_DEPTH: '0' })).toThrow(/MAX_DEPTH/);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: 'viele' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });
});
