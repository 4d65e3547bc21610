import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
beforeEach(async () => (t = await testServer()));
afterEach(() => t.close());

describe('authentication', () => {
  it('refuses a request without a key with 401 and no data', async () => {
    const res = await t.gql(null, '{ me { kuerzel } }');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown key, and introspection without a key', async () => {
    expect((await t.gql('kz_not-a-real-key', '{ me { kuerzel } }')).status).toBe(401);
    const intro = await t.gql(null, '{ __schema { types { name } } }');
    expect(intro.status).toBe(401);
    expect(intro.body.data).toBeUndefined();
  });

  it('refuses a malformed Authorization header', async () => {
    const key = await t.key('Alpha', 'AL');
    const res = await t.gql(null, '{ me { kuerzel } }');
    expect(res.status).toBe(401);
    const basic = await (await import('../server/app.js')).createApp({ prisma: t.db.prisma }).fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${key}` },
      body: JSON.stringify({ query: '{ me { kuerzel } }' }),
    });
    expect(basic.status).toBe(401);
  });

  it('answers `me` for a valid key', async () => {
    const key = await t.key('Alpha', 'AL', 'ANWALT');
    expect(await t.data(key, '{ me { kuerzel rolle kanzlei { name } } }')).toEqual({
      me: { kuerzel: 'AL', rolle: 'ANWALT', kanzlei: { name: 'Alpha' } },
    });
  });

  it('stores only a hash and a short prefix of a key', async () => {
    const key = await t.key('Alpha', 'AL');
    const rows = await t.db.prisma.apiKey.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.prefix).toBe(key.slice(0, 11));
    expect(JSON.stringify(rows)).not.toContain(key);
  });

  it('provisioning the same office and user twice adds a key, not a second office', async () => {
    const k1 = await t.key('Alpha', 'AL');
    const k2 = await t.key('Alpha', 'AL');
    expect(k1).not.toBe(k2);
    expect(await t.db.prisma.kanzlei.count()).toBe(1);
    expect(await t.db.prisma.benutzer.count()).toBe(1);
    expect((await t.data(k2, '{ apiKeys { prefix } }')).apiKeys).toHaveLength(2);
  });

  it('a revoked key stops working at once', async () => {
    const key = await t.key('Alpha', 'AL');
    const other = await t.key('Alpha', 'AL');
    const [first] = (await t.data(key, '{ apiKeys { id prefix } }')).apiKeys;
    const res = await t.data(other, `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { __typename ... on RevokeApiKeyPayload { apiKey { widerrufenAm } } } }`, {
      id: first.id,
    });
    expect(res.revokeApiKey.apiKey.widerrufenAm).toMatch(/^\d{4}-/);
    expect((await t.gql(key, '{ me { kuerzel } }')).status).toBe(401);
    expect((await t.gql(other, '{ me { kuerzel } }')).status).toBe(200);
  });

  it('only an ADMIN revokes other users’ keys', async () => {
    const admin = await t.key('Alpha', 'AD', 'ADMIN');
    const clerk = await t.key('Alpha', 'SB', 'SACHBEARBEITER');
    const keys = (await t.data(admin, '{ apiKeys { id benutzer { kuerzel } } }')).apiKeys;
    const adminKeyId = keys.find((k: any) => k.benutzer.kuerzel === 'AD').id;
    const clerkKeyId = keys.find((k: any) => k.benutzer.kuerzel === 'SB').id;
    // A clerk sees only their own keys and cannot revoke the admin's.
    expect((await t.data(clerk, '{ apiKeys { id } }')).apiKeys).toEqual([{ id: clerkKeyId }]);
    const denied = await t.data(clerk, `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { __typename ... on Error { message } } }`, { id: adminKeyId });
    expect(denied.revokeApiKey.__typename).toBe('ForbiddenError');
    expect((await t.gql(admin, '{ me { kuerzel } }')).status).toBe(200);
    const done = await t.data(admin, `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { __typename } }`, { id: clerkKeyId });
    expect(done.revokeApiKey.__typename).toBe('RevokeApiKeyPayload');
    expect((await t.gql(clerk, '{ me { kuerzel } }')).status).toBe(401);
  });
});
