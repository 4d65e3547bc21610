// GraphQL over HTTP conformance: the graphql-http audit suite against the server, with a valid
// API key on every request (the API answers nothing without one). Every MUST and SHOULD passes.
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { testServer, type TestServer } from '../support/testServer.js';

let t: TestServer;
let results: Awaited<ReturnType<typeof auditServer>>;

beforeAll(async () => {
  t = await testServer();
  const key = await t.key('Audit', 'AU');
  const app = createApp({ prisma: t.db.prisma });
  results = await auditServer({
    url: 'http://yoga/graphql',
    fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${key}`);
      return app.fetch(input as string, { ...init, headers });
    },
  });
});
afterAll(() => t.close());

describe('graphql-http audits', () => {
  it('passes every MUST', () => {
    const failed = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    expect(failed.map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });

  it('passes every SHOULD as well', () => {
    const shoulds = results.filter((r) => r.name.startsWith('SHOULD'));
    expect(shoulds.filter((r) => r.status !== 'ok').map((r) => r.name)).toEqual([]);
    expect(shoulds.length).toBeGreaterThan(10);
  });
});
