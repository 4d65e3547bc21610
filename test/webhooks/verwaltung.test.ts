// Managing webhooks through the API: ADMIN only (reads too), bounded and checked inputs, the
// secret shown once, another office's webhook looks like a missing one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../server/services/db.js';
import { schreibeEreignis } from '../../server/webhooks/outbox.js';
import { testServer, type TestServer } from '../support/testServer.js';

let t: TestServer;
let admin: string;
let sb: string;
let fremd: string;

beforeAll(async () => {
  t = await testServer();
  admin = await t.key('Alpha', 'AL');
  sb = await t.key('Alpha', 'SB', 'SACHBEARBEITER');
  fremd = await t.key('Beta', 'BE');
});
afterAll(() => t?.close());

const CREATE = `mutation($i: CreateWebhookInput!) { r: createWebhook(input: $i) { __typename ... on Error { message } ... on ValidationError { field }
  ... on CreateWebhookPayload { secret webhook { id url beschreibung ereignisse status pausiertAm pausiertGrund vorherigesSecretGueltigBis angelegtAm } } } }`;
const UPDATE = `mutation($i: UpdateWebhookInput!) { r: updateWebhook(input: $i) { __typename ... on Error { message } ... on ValidationError { field }
  ... on NotFoundError { entity } ... on UpdateWebhookPayload { webhook { id url beschreibung ereignisse status pausiertGrund } } } }`;
const DELETE = `mutation($i: DeleteWebhookInput!) { r: deleteWebhook(input: $i) { __typename ... on Error { message } ... on DeleteWebhookPayload { deletedId } } }`;
const ROTATE = `mutation($i: RotateWebhookSecretInput!) { r: rotateWebhookSecret(input: $i) { __typename ... on Error { message } ... on RotateWebhookSecretPayload { secret } } }`;
const WIEDERHOLEN = `mutation($i: ZustellungWiederholenInput!) { r: zustellungWiederholen(input: $i) { __typename ... on Error { message } } }`;

const create = async (key: string, i: object) => (await t.data(key, CREATE, { i })).r;

describe('webhook management', () => {
  let id: string;

  it('createWebhook returns the webhook and its secret once (Standard Webhooks format); the type has no secret field', async () => {
    const r = await create(admin, { url: 'https://partner.example/hooks/kanzlei', ereignisse: ['AKT_ANGELEGT', 'ZAHLUNG_ERFASST'], beschreibung: ' Buchhaltung ' });
    expect(r.__typename).toBe('CreateWebhookPayload');
    expect(r.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(r.secret.slice(6), 'base64').length).toBeGreaterThanOrEqual(24);
    expect(r.webhook).toMatchObject({ url: 'https://partner.example/hooks/kanzlei', beschreibung: 'Buchhaltung', ereignisse: ['AKT_ANGELEGT', 'ZAHLUNG_ERFASST'],
      status: 'AKTIV', pausiertAm: null, pausiertGrund: null, vorherigesSecretGueltigBis: null });
    id = r.webhook.id;
    const stored = await t.db.prisma.webhook.findUniqueOrThrow({ where: { id } });
    expect(stored.ereignisse).toEqual(['akt.angelegt', 'zahlung.erfasst']);
    expect(stored.secret).toBe(r.secret);
    const res = await t.gql(admin, '{ webhooks { secret } }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // The audit trail records it, the secret redacted.
    const audit = await t.db.prisma.auditEntry.findFirstOrThrow({ where: { entity: 'Webhook', entityId: id, action: 'CREATE' } });
    expect((audit.changes as { field: string; after: string }[]).find((c) => c.field === 'secret')!.after).toBe('[redacted]');
  });

  it.each([
    ['http without the operator setting', { url: 'http://partner.example/hook' }, 'url', /https/],
    ['a loopback literal', { url: 'https://127.0.0.1/hook' }, 'url', /intern/],
    ['the cloud metadata address', { url: 'https://169.254.169.254/latest' }, 'url', /intern/],
    ['an internal name', { url: 'https://db.internal/hook' }, 'url', /intern/],
    ['no URL', { url: 'kein url' }, 'url', /gültige URL/],
    ['a URL too long', { url: `https://partner.example/${'x'.repeat(2_000)}` }, 'url', /höchstens 2000 Zeichen/],
    ['no event', { ereignisse: [] }, 'ereignisse', /mindestens ein/],
    ['an event twice', { ereignisse: ['AKT_ANGELEGT', 'AKT_ANGELEGT'] }, 'ereignisse.1', /doppelt/],
    ['a description too long', { beschreibung: 'x'.repeat(501) }, 'beschreibung', /höchstens 500 Zeichen/],
  ])('refuses %s with a ValidationError and writes nothing', async (_name, change, field, message) => {
    const vorher = await t.db.prisma.webhook.count();
    const r = await create(admin, { url: 'https://partner.example/hook', ereignisse: ['AKT_ANGELEGT'], ...change });
    expect(r.__typename).toBe('ValidationError');
    expect(r.field).toBe(field);
    expect(r.message).toMatch(message);
    expect(await t.db.prisma.webhook.count()).toBe(vorher);
  });

  it('is ADMIN only, reads included', async () => {
    expect((await create(sb, { url: 'https://partner.example/hook', ereignisse: ['AKT_ANGELEGT'] })).__typename).toBe('ForbiddenError');
    for (const q of ['{ webhooks { id } }', `{ webhookZustellungen(webhookId: "${id}") { totalCount } }`, `{ webhookZustellungen(webhookId: "${id}") { edges { node { id } } } }`]) {
      const res = await t.gql(sb, q);
      expect(res.body.errors?.[0]?.extensions?.code, q).toBe('FORBIDDEN');
    }
  });

  it('another office sees none of them and cannot touch them (NotFound, as if missing)', async () => {
    expect((await t.data(fremd, '{ webhooks { id } }')).webhooks).toEqual([]);
    expect((await t.data(fremd, `{ webhookZustellungen(webhookId: "${id}") { totalCount } }`)).webhookZustellungen.totalCount).toBe(0);
    expect((await t.data(fremd, UPDATE, { i: { id, url: 'https://evil.example/' } })).r).toMatchObject({ __typename: 'NotFoundError', entity: 'Webhook' });
    expect((await t.data(fremd, DELETE, { i: { id } })).r.__typename).toBe('NotFoundError');
    expect((await t.data(fremd, ROTATE, { i: { id } })).r.__typename).toBe('NotFoundError');
    const kanzleiId = (await t.db.prisma.kanzlei.findUniqueOrThrow({ where: { name: 'Alpha' } })).id;
    await inTransaction(t.db.prisma, (tx) => schreibeEreignis(tx, { kanzleiId, typ: 'akt.angelegt', daten: async () => ({}) }));
    const z = await t.db.prisma.webhookZustellung.findFirstOrThrow({ where: { webhookId: id } });
    expect((await t.data(fremd, WIEDERHOLEN, { i: { zustellungId: z.id } })).r.__typename).toBe('NotFoundError');
    expect((await t.data(admin, `{ webhookZustellungen(webhookId: "${id}", status: [AUSSTEHEND]) { totalCount } }`)).webhookZustellungen.totalCount).toBe(1);
    expect((await t.data(admin, `{ webhookZustellungen(webhookId: "${id}", status: [ZUGESTELLT, AUFGEGEBEN]) { totalCount } }`)).webhookZustellungen.totalCount).toBe(0);
    expect((await t.db.prisma.webhook.findUniqueOrThrow({ where: { id } })).url).toBe('https://partner.example/hooks/kanzlei');
  });

  it('updateWebhook changes what is given, pauses (saying who) and re-activates; the URL is checked again', async () => {
    let r = (await t.data(admin, UPDATE, { i: { id, ereignisse: ['AKT_ARCHIVIERT'], beschreibung: null } })).r;
    expect(r.webhook).toMatchObject({ url: 'https://partner.example/hooks/kanzlei', ereignisse: ['AKT_ARCHIVIERT'], beschreibung: null, status: 'AKTIV' });
    r = (await t.data(admin, UPDATE, { i: { id, url: 'https://10.0.0.5/hook' } })).r;
    expect(r).toMatchObject({ __typename: 'ValidationError', field: 'url' });
    r = (await t.data(admin, UPDATE, { i: { id, status: 'PAUSIERT' } })).r;
    expect(r.webhook).toMatchObject({ status: 'PAUSIERT', pausiertGrund: 'Pausiert von AL.' });
    r = (await t.data(admin, UPDATE, { i: { id, status: 'AKTIV' } })).r;
    expect(r.webhook).toMatchObject({ status: 'AKTIV', pausiertGrund: null });
  });

  it('rotateWebhookSecret returns a new secret and keeps the previous one for 24 h; deleteWebhook removes it with its log', async () => {
    const vorher = (await t.db.prisma.webhook.findUniqueOrThrow({ where: { id } })).secret;
    const r = (await t.data(admin, ROTATE, { i: { id } })).r;
    expect(r.secret).toMatch(/^whsec_/);
    const w = await t.db.prisma.webhook.findUniqueOrThrow({ where: { id } });
    expect([w.secret, w.vorherigesSecret]).toEqual([r.secret, vorher]);
    expect((await t.data(admin, DELETE, { i: { id } })).r).toEqual({ __typename: 'DeleteWebhookPayload', deletedId: id });
    expect(await t.db.prisma.webhookZustellung.count({ where: { webhookId: id } })).toBe(0);
    expect((await t.data(admin, '{ webhooks { id } }')).webhooks).toEqual([]);
  });

  it('allows at most 20 webhooks per office', async () => {
    for (let i = 0; i < 20; i++) expect((await create(fremd, { url: `https://partner.example/${i}`, ereignisse: ['AKT_ANGELEGT'] })).__typename).toBe('CreateWebhookPayload');
    const r = await create(fremd, { url: 'https://partner.example/21', ereignisse: ['AKT_ANGELEGT'] });
    expect(r.__typename).toBe('ValidationError');
    expect(r.message).toMatch(/höchstens 20 Webhooks/);
  });
});
