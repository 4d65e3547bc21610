// The whole chain as a partner tool sees it, over real HTTP and through the SDK only: it subscribes
// with createWebhook, the office works through the API, the server's worker delivers, and the
// partner's endpoint verifies each delivery with the secret it was shown once (verifyWebhook) and
// gets a typed event whose data is the object as the API shows it. A mutation the API refuses
// sends nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, verifyWebhook, type WebhookEreignis } from '../../sdk/src/index.js';
import { starteZustellung, type Zusteller } from '../../server/webhooks/zustellung.js';
import { bisZu, webhookEmpfaenger, type Empfaenger } from '../support/webhookEmpfaenger.js';
import { testServer, type TestServer } from '../support/testServer.js';

let t: TestServer;
let empfaenger: Empfaenger;
let zusteller: Zusteller;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  t = await testServer({ webhookZiele: { lokaleZiele: true } }, {}, { overHttp: true });
  empfaenger = await webhookEmpfaenger();
  client = createClient({ url: t.url, apiKey: await t.key('Durchgehend', 'DG') });
  zusteller = starteZustellung(t.db.prisma, { lokaleZiele: true, pollMs: 20, leaseMs: 3_000, timeoutMs: 2_000, backoffBasisMs: 1, gleichzeitig: 4 });
});
afterAll(async () => {
  await zusteller?.stop();
  await empfaenger?.close();
  await t?.close();
});

describe('a partner tool subscribed through the SDK', () => {
  it('receives verified, typed events of committed changes and none of refused ones', async () => {
    const webhook = await client.mutation.createWebhook({ url: empfaenger.url, ereignisse: ['AKT_ANGELEGT', 'FORDERUNG_ANGELEGT'], beschreibung: 'Partner-CRM' });
    if (!webhook.ok) throw new Error(webhook.error.message);
    const { secret } = webhook.value;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);

    const klient = await client.mutation.createPerson({ kurzbezeichnung: 'HUBER', name: 'Huber Bau GmbH', art: 'UNTERNEHMEN' });
    if (!klient.ok) throw new Error(klient.error.message);
    const akt = await client.mutation.createAkt({ aktenzeichen: '2026/0815', bezeichnung: 'Werklohn Huber', klientId: klient.value.person.id });
    if (!akt.ok) throw new Error(akt.error.message);
    // Refused by the API: nothing is written, so nothing is sent.
    const abgelehnt = await client.mutation.createForderung({ aktId: akt.value.akt.id, art: 'HAUPTFORDERUNG', betrag: '-1.00' });
    expect(!abgelehnt.ok && abgelehnt.error.__typename).toBe('ValidationError');
    const forderung = await client.mutation.createForderung({ aktId: akt.value.akt.id, art: 'HAUPTFORDERUNG', betrag: '1234.56', faelligAm: '2026-10-01' });
    if (!forderung.ok) throw new Error(forderung.error.message);

    await bisZu(async () => empfaenger.empfangen.length >= 2, 10_000, 'two deliveries');
    await new Promise((r) => setTimeout(r, 200)); // time for a wrong third delivery to show up
    expect(empfaenger.empfangen).toHaveLength(2);

    const ereignisse: WebhookEreignis[] = empfaenger.empfangen.map((e) =>
      verifyWebhook(secret, { 'webhook-id': e.id, 'webhook-timestamp': e.timestamp, 'webhook-signature': e.signature }, e.body));
    const angelegt = ereignisse.find((e) => e.type === 'akt.angelegt');
    const neueForderung = ereignisse.find((e) => e.type === 'forderung.angelegt');
    if (angelegt?.type !== 'akt.angelegt' || neueForderung?.type !== 'forderung.angelegt') throw new Error(`unexpected events ${ereignisse.map((e) => e.type)}`);
    // The data needs no follow-up query: the Akt and the Forderung as the API shows them.
    expect(angelegt.data).toMatchObject({ id: akt.value.akt.id, aktenzeichen: '2026/0815', bezeichnung: 'Werklohn Huber', klient: { id: klient.value.person.id } });
    expect(neueForderung.data).toMatchObject({ id: forderung.value.forderung.id, betrag: '1234.56', art: 'HAUPTFORDERUNG' });
    // webhook-id is the event's id, the same on any retry; ids differ between events.
    expect(new Set(ereignisse.map((e) => e.id)).size).toBe(2);
    const log = await client.query.webhookZustellungen({ webhookId: webhook.value.webhook.id });
    expect(log.edges.map((e) => e.node.status)).toEqual(['ZUGESTELLT', 'ZUGESTELLT']);

    // Another secret does not verify.
    const fremd = 'whsec_' + Buffer.from('ein anderes geheimnis 0123456789').toString('base64');
    const e0 = empfaenger.empfangen[0]!;
    expect(() => verifyWebhook(fremd, { 'webhook-id': e0.id, 'webhook-timestamp': e0.timestamp, 'webhook-signature': e0.signature }, e0.body)).toThrow();
  });
});
