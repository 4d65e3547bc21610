// The delivery worker over real HTTP: a receiver on 127.0.0.1 (WEBHOOK_LOKALE_ZIELE on), backoff
// in milliseconds (base 1 ms: 1, 60, 360 ms, …), three days simulated by moving the first
// attempt's time back in the database. Signatures are checked with the standardwebhooks package.
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../server/services/db.js';
import { schreibeEreignis } from '../../server/webhooks/outbox.js';
import { AUFGEBEN_NACH_MS, naechsteVerzoegerungMs, VERZOEGERUNG_IN_BASIS } from '../../server/webhooks/zeitplan.js';
import { raeumeAuf, starteZustellung, type ZustellungEinstellungen, type Zusteller } from '../../server/webhooks/zustellung.js';
import { bisZu, webhookEmpfaenger, type Empfaenger } from '../support/webhookEmpfaenger.js';
import { testServer, type TestServer } from '../support/testServer.js';

const EINSTELLUNGEN: ZustellungEinstellungen = { lokaleZiele: true, pollMs: 20, leaseMs: 3_000, timeoutMs: 2_000, backoffBasisMs: 1, gleichzeitig: 4 };

let t: TestServer;
let admin: string;
let kanzleiId: string;
let empfaenger: Empfaenger;
let zusteller: Zusteller | null = null;

beforeAll(async () => {
  t = await testServer({ webhookZiele: { lokaleZiele: true } });
  admin = await t.key('Alpha', 'AL');
  kanzleiId = (await t.db.prisma.kanzlei.findUniqueOrThrow({ where: { name: 'Alpha' } })).id;
  empfaenger = await webhookEmpfaenger();
});
afterEach(async () => {
  await zusteller?.stop();
  zusteller = null;
  empfaenger.empfangen.length = 0;
  empfaenger.antwort = () => 200;
  await t.db.prisma.webhook.deleteMany();
});
afterAll(async () => {
  await empfaenger?.close();
  await t?.close();
});

const CREATE = `mutation($i: CreateWebhookInput!) { r: createWebhook(input: $i) { __typename ... on Error { message }
  ... on CreateWebhookPayload { secret webhook { id } } } }`;

async function webhook(url = empfaenger.url, ereignisse = ['AKT_ANGELEGT']): Promise<{ id: string; secret: string }> {
  const r = (await t.data(admin, CREATE, { i: { url, ereignisse } })).r;
  expect(r.__typename, r.message).toBe('CreateWebhookPayload');
  return { id: r.webhook.id, secret: r.secret };
}

const ereignis = (daten: object = { id: 'akt-1', aktenzeichen: '2026/0001' }) =>
  inTransaction(t.db.prisma, (tx) => schreibeEreignis(tx, { kanzleiId, typ: 'akt.angelegt', daten: async () => daten })) as Promise<string>;

const zustellung = (webhookId: string) => t.db.prisma.webhookZustellung.findFirstOrThrow({ where: { webhookId }, orderBy: { angelegtAm: 'desc' } });

const start = (e: Partial<ZustellungEinstellungen> = {}) => (zusteller = starteZustellung(t.db.prisma, { ...EINSTELLUNGEN, ...e }, (z) => process.env.DEBUG_WH && console.log(z)));

const verify = (secret: string, x: { id: string; timestamp: string; signature: string; body: string }) =>
  new Webhook(secret).verify(x.body, { 'webhook-id': x.id, 'webhook-timestamp': x.timestamp, 'webhook-signature': x.signature });

describe('the backoff schedule', () => {
  it('waits 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, then 24 h, each ±10 %', () => {
    const mitte = (n: number) => naechsteVerzoegerungMs(n, 5_000, () => 0.5);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30].map(mitte)).toEqual(
      [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000, 72_000_000, 86_400_000, 86_400_000, 86_400_000]);
    expect(naechsteVerzoegerungMs(4, 5_000, () => 0)).toBe(6_480_000);
    expect(naechsteVerzoegerungMs(4, 5_000, () => 1)).toBe(7_920_000);
    // Nominally, the 10th attempt comes 75.6 h after the first: beyond the three days after which a
    // delivery is given up; retries go on every 24 h until one fails after the three days.
    expect(VERZOEGERUNG_IN_BASIS.reduce((s, x) => s + x * 5_000, 0) / 3_600_000).toBeCloseTo(75.58, 1);
    expect(AUFGEBEN_NACH_MS).toBe(72 * 3_600_000);
  });
});

describe('delivery over HTTP', () => {
  it('a receiver failing three times gets the event on the fourth attempt, same webhook-id, valid signature, after the backoff', async () => {
    const w = await webhook();
    empfaenger.antwort = (_e, nr) => (nr <= 3 ? 503 : 200);
    const id = await ereignis();
    start();
    await bisZu(async () => (await zustellung(w.id)).status === 'ZUGESTELLT', 10_000, 'delivery');
    const e = empfaenger.empfangen;
    expect(e).toHaveLength(4);
    expect(new Set(e.map((x) => x.id))).toEqual(new Set([`msg_${id}`]));
    // Standard Webhooks: the body is { type, timestamp, data }, signed over id, timestamp and body.
    const payload = verify(w.secret, e[3]!) as { type: string; timestamp: string; data: unknown };
    expect(payload).toEqual({ type: 'akt.angelegt', timestamp: expect.any(String), data: { id: 'akt-1', aktenzeichen: '2026/0001' } });
    const ev = await t.db.prisma.webhookEreignis.findUniqueOrThrow({ where: { id } });
    expect(payload.timestamp).toBe(ev.zeitpunkt.toISOString());
    for (const x of e) expect(x.body).toBe(e[0]!.body); // the same body on every attempt
    // The waits grew: 1, 60, 360 ms (−10 % jitter at most).
    expect(e[2]!.at - e[1]!.at).toBeGreaterThanOrEqual(54);
    expect(e[3]!.at - e[2]!.at).toBeGreaterThanOrEqual(324);
    const z = await zustellung(w.id);
    expect(z).toMatchObject({ status: 'ZUGESTELLT', versuche: 4, letzterStatusCode: 200, letzterFehler: null, gesperrtBis: null });
    // The delivery log shows it.
    const log = (await t.data(admin, `query($w: ID!) { webhookZustellungen(webhookId: $w) { totalCount edges { node {
      status versuche letzterStatusCode letzterFehler naechsterVersuchAm ereignisTyp ereignisId nachrichtId zugestelltAm } } } }`, { w: w.id })).webhookZustellungen;
    expect(log.totalCount).toBe(1);
    expect(log.edges[0].node).toMatchObject({ status: 'ZUGESTELLT', versuche: 4, letzterStatusCode: 200, letzterFehler: null, naechsterVersuchAm: null,
      ereignisTyp: 'AKT_ANGELEGT', ereignisId: id, nachrichtId: `msg_${id}` });
  });

  it('records a failure with its code and next attempt, and after three days of failures gives up and pauses the webhook, saying why', async () => {
    const w = await webhook();
    empfaenger.antwort = () => 500;
    await ereignis();
    start({ backoffBasisMs: 3_600_000 }); // the second attempt would come after an hour
    await bisZu(async () => (await zustellung(w.id)).letzterStatusCode === 500, 10_000, 'first attempt');
    const nachEins = await zustellung(w.id);
    expect(nachEins).toMatchObject({ status: 'AUSSTEHEND', versuche: 1, letzterFehler: 'HTTP 500', gesperrtBis: null });
    const wartet = nachEins.naechsterVersuchAm.getTime() - nachEins.letzterVersuchAm!.getTime();
    expect(wartet).toBeGreaterThanOrEqual(3_240_000);
    expect(wartet).toBeLessThanOrEqual(3_960_000);
    // Three days later (moved back in the database, no waiting): the next failure gives up.
    await t.db.prisma.$executeRaw`UPDATE "WebhookZustellung" SET "ersterVersuchAm" = now() - interval '72 hours 1 minute', "naechsterVersuchAm" = now() WHERE id = ${nachEins.id}::uuid`;
    zusteller!.wecken();
    await bisZu(async () => (await zustellung(w.id)).status === 'AUFGEGEBEN', 10_000, 'giving up');
    expect(empfaenger.empfangen).toHaveLength(2);
    const d = (await t.data(admin, '{ webhooks { id status pausiertAm pausiertGrund } }')).webhooks;
    expect(d).toHaveLength(1);
    expect(d[0].status).toBe('PAUSIERT');
    expect(d[0].pausiertAm).toBeTruthy();
    expect(d[0].pausiertGrund).toMatch(/^Automatisch pausiert: die Zustellung von akt\.angelegt \(webhook-id msg_[0-9a-f-]+\) scheitert seit \d{4}-\d\d-\d\dT.* \(2 Versuche, 3 Tage\); zuletzt: HTTP 500\./);
    // The system's pause is in the audit trail.
    expect(await t.db.prisma.auditEntry.count({ where: { entity: 'Webhook', entityId: w.id, action: 'UPDATE', benutzerId: null } })).toBe(1);
    // While paused, new events wait: nothing is sent, nothing is lost.
    await ereignis({ id: 'akt-2' });
    await new Promise((r) => setTimeout(r, 150));
    expect(empfaenger.empfangen).toHaveLength(2);
    // Fixed and re-activated: both the given-up and the waiting one arrive.
    empfaenger.antwort = () => 204;
    const r = (await t.data(admin, `mutation($i: UpdateWebhookInput!) { r: updateWebhook(input: $i) { __typename ... on UpdateWebhookPayload { webhook { status pausiertGrund } } } }`,
      { i: { id: w.id, status: 'AKTIV' } })).r;
    expect(r).toEqual({ __typename: 'UpdateWebhookPayload', webhook: { status: 'AKTIV', pausiertGrund: null } });
    zusteller!.wecken();
    await bisZu(async () => (await t.db.prisma.webhookZustellung.count({ where: { webhookId: w.id, status: 'ZUGESTELLT' } })) === 2, 10_000, 'resumed deliveries');
    expect(empfaenger.empfangen).toHaveLength(4);
    expect(await t.db.prisma.webhookZustellung.findMany({ where: { webhookId: w.id }, select: { versucheInReihe: true, letzterStatusCode: true } }))
      .toEqual([{ versucheInReihe: 1, letzterStatusCode: 204 }, { versucheInReihe: 1, letzterStatusCode: 204 }]);
  });

  it('zustellungWiederholen sends a delivery again now, also a delivered one, with the same webhook-id', async () => {
    const w = await webhook();
    const id = await ereignis();
    start();
    await bisZu(async () => (await zustellung(w.id)).status === 'ZUGESTELLT', 10_000, 'delivery');
    const z = await zustellung(w.id);
    // The worker pauses while the mutation runs: polling every 20 ms, it could send again between the
    // commit and the payload's read, and the payload would show the second attempt.
    await zusteller!.stop();
    const r = (await t.data(admin, `mutation($i: ZustellungWiederholenInput!) { r: zustellungWiederholen(input: $i) { __typename
      ... on ZustellungWiederholenPayload { zustellung { id status versuche } } } }`, { i: { zustellungId: z.id } })).r;
    expect(r).toEqual({ __typename: 'ZustellungWiederholenPayload', zustellung: { id: z.id, status: 'AUSSTEHEND', versuche: 1 } });
    start();
    await bisZu(async () => (await zustellung(w.id)).versuche === 2 && (await zustellung(w.id)).status === 'ZUGESTELLT', 10_000, 'second delivery');
    expect(empfaenger.empfangen.map((x) => x.id)).toEqual([`msg_${id}`, `msg_${id}`]);
  });

  it('signs with the new and the previous secret during the 24 h after a rotation, then with the new one only', async () => {
    const w = await webhook();
    const rot = (await t.data(admin, `mutation($i: RotateWebhookSecretInput!) { r: rotateWebhookSecret(input: $i) { __typename
      ... on RotateWebhookSecretPayload { secret webhook { vorherigesSecretGueltigBis } } } }`, { i: { id: w.id } })).r;
    expect(rot.secret).toMatch(/^whsec_/);
    expect(rot.secret).not.toBe(w.secret);
    const bis = new Date(rot.webhook.vorherigesSecretGueltigBis).getTime() - Date.now();
    expect(bis).toBeGreaterThan(23.9 * 3_600_000);
    expect(bis).toBeLessThanOrEqual(24 * 3_600_000);
    await ereignis();
    start();
    await bisZu(() => empfaenger.empfangen.length === 1, 10_000, 'delivery');
    const e = empfaenger.empfangen[0]!;
    expect(e.signature.split(' ')).toHaveLength(2);
    expect(verify(rot.secret, e)).toBeTruthy();
    expect(verify(w.secret, e)).toBeTruthy();
    // The grace period is over: the previous secret no longer verifies.
    await t.db.prisma.webhook.update({ where: { id: w.id }, data: { vorherigesSecretBis: new Date(Date.now() - 1_000) } });
    await ereignis({ id: 'akt-2' });
    await bisZu(() => empfaenger.empfangen.length === 2, 10_000, 'second delivery');
    const e2 = empfaenger.empfangen[1]!;
    expect(e2.signature.split(' ')).toHaveLength(1);
    expect(verify(rot.secret, e2)).toBeTruthy();
    expect(() => verify(w.secret, e2)).toThrow();
  });

  it('refuses at delivery a name that resolves to a loopback address, unless local targets are allowed', async () => {
    // Saved while it pointed elsewhere (DNS can change): written directly, past the check at saving.
    const w = await t.db.prisma.webhook.create({ data: { kanzleiId, url: `https://localhost:${empfaenger.port}/hook`, ereignisse: ['akt.angelegt'], secret: 'whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0' } });
    await ereignis();
    start({ lokaleZiele: false, backoffBasisMs: 3_600_000 });
    await bisZu(async () => (await zustellung(w.id)).letzterFehler !== null, 10_000, 'refusal');
    const z = await zustellung(w.id);
    expect(z.letzterFehler).toMatch(/^Die Adresse (127\.0\.0\.1|::1) von localhost ist intern; Zustellung verweigert\.$/);
    expect(z).toMatchObject({ versuche: 1, status: 'AUSSTEHEND', letzterStatusCode: null });
    expect(empfaenger.empfangen).toHaveLength(0);
  });

  it('stop() cuts a delivery in flight and hands it back at once; the next worker sends it', async () => {
    const w = await webhook();
    let halten = true;
    empfaenger.antwort = () => (halten ? new Promise<number>(() => {}) : 200);
    await ereignis();
    start({ timeoutMs: 2_000 });
    await bisZu(() => empfaenger.empfangen.length === 1, 10_000, 'delivery in flight');
    const t0 = Date.now();
    await zusteller!.stop();
    zusteller = null;
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(await zustellung(w.id)).toMatchObject({ status: 'AUSSTEHEND', gesperrtBis: null, versuche: 1, letzterFehler: null });
    halten = false;
    start();
    await bisZu(async () => (await zustellung(w.id)).status === 'ZUGESTELLT', 10_000, 'delivery after the restart');
    expect(empfaenger.empfangen.map((x) => x.id)).toEqual([empfaenger.empfangen[0]!.id, empfaenger.empfangen[0]!.id]);
  });

  it('does not follow a redirect, and records a refused connection', async () => {
    const w = await webhook();
    empfaenger.antwort = () => 302;
    await ereignis();
    start({ backoffBasisMs: 3_600_000 });
    await bisZu(async () => (await zustellung(w.id)).letzterStatusCode === 302, 10_000, 'redirect');
    expect((await zustellung(w.id)).letzterFehler).toBe('HTTP 302 (Weiterleitungen werden nicht verfolgt)');
    expect(empfaenger.empfangen).toHaveLength(1);
    await zusteller!.stop();
    const tot = await webhook('http://127.0.0.1:1/hook');
    await ereignis();
    start({ backoffBasisMs: 3_600_000 });
    await bisZu(async () => (await zustellung(tot.id)).letzterFehler !== null, 10_000, 'refused connection');
    expect((await zustellung(tot.id)).letzterFehler).toBe('Verbindung abgelehnt (127.0.0.1)');
  });
});

describe('retention of the outbox', () => {
  it('deletes delivered events older than the retention with their log, keeps waiting, given-up and recent ones', async () => {
    const w = await webhook();
    const alt = async (status: 'ZUGESTELLT' | 'AUSSTEHEND' | 'AUFGEGEBEN', tage: number) => {
      const id = await ereignis({ id: `akt-${status}-${tage}` });
      await t.db.prisma.webhookEreignis.update({ where: { id }, data: { zeitpunkt: new Date(Date.now() - tage * 86_400_000) } });
      await t.db.prisma.webhookZustellung.updateMany({ where: { ereignisId: id }, data: { status } });
      return id;
    };
    const weg = await alt('ZUGESTELLT', 31);
    const bleiben = [await alt('ZUGESTELLT', 29), await alt('AUSSTEHEND', 40), await alt('AUFGEGEBEN', 40)];
    // An event whose webhook was deleted has no delivery left: it goes after the retention too.
    const verwaist = await ereignis({ id: 'akt-verwaist' });
    await t.db.prisma.webhookEreignis.update({ where: { id: verwaist }, data: { zeitpunkt: new Date(Date.now() - 31 * 86_400_000) } });
    await t.db.prisma.webhookZustellung.deleteMany({ where: { ereignisId: verwaist } });

    expect(await raeumeAuf(t.db.prisma, 30 * 86_400_000)).toBe(2);
    const uebrig = (await t.db.prisma.webhookEreignis.findMany({ select: { id: true } })).map((e) => e.id);
    expect(uebrig).not.toContain(weg);
    expect(uebrig).not.toContain(verwaist);
    expect(uebrig).toEqual(expect.arrayContaining(bleiben));
    expect(await t.db.prisma.webhookZustellung.count({ where: { ereignisId: weg } })).toBe(0);
    expect(await t.db.prisma.webhookZustellung.count({ where: { webhookId: w.id } })).toBe(3);
    await t.db.prisma.webhookEreignis.deleteMany();
  });

  it('says in German why a name could not be resolved', async () => {
    const w = await webhook('https://gibt-es-nicht.invalid/hook');
    await ereignis();
    start({ lokaleZiele: false });
    await bisZu(async () => (await zustellung(w.id)).versuche >= 1 && (await zustellung(w.id)).letzterFehler !== null, 10_000, 'an attempt');
    expect((await zustellung(w.id)).letzterFehler).toBe('Der Rechnername gibt-es-nicht.invalid ist unbekannt (DNS)');
    await t.db.prisma.webhookEreignis.deleteMany();
  });
});
