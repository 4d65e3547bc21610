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
