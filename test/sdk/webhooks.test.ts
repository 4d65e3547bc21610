// verifyWebhook against deliveries signed here, independently of the standardwebhooks package:
// HMAC-SHA256 over "<id>.<timestamp>.<body>" with the base64 secret after "whsec_" (the Standard
// Webhooks spec). A valid one gives the typed event; anything else a WebhookVerificationError.
import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhook, WEBHOOK_EREIGNIS_TYPEN, WebhookVerificationError, type WebhookEreignis } from '../../sdk/dist/index.js';
import { EREIGNIS_TYPEN } from '../../server/webhooks/ereignisse.js';

const schluessel = randomBytes(24);
const SECRET = `whsec_${schluessel.toString('base64')}`;

const signiere = (id: string, ts: number, body: string, key = schluessel) =>
  `v1,${createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64')}`;

const jetzt = () => Math.floor(Date.now() / 1000);
const BODY = JSON.stringify({
  type: 'zahlung.erfasst',
  timestamp: '2026-12-01T10:00:00.000Z',
  data: { id: 'z1', betrag: '120.50', datum: '2026-12-01', verwendungszweck: null, storniertAm: null, stornoGrund: null, akt: { id: 'a1', aktenzeichen: '2026/0001' } },
});

const kopf = (id: string, ts: number, sig: string) => ({ 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': sig });

const fehlerCode = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(WebhookVerificationError);
    return (e as WebhookVerificationError).code;
  }
  throw new Error('no error');
};

describe('verifyWebhook', () => {
  it('returns the event, typed by its type, for a valid signature (Node headers, fetch Headers, bytes)', () => {
    const ts = jetzt();
    const e: WebhookEreignis = verifyWebhook(SECRET, kopf('msg_1', ts, signiere('msg_1', ts, BODY)), BODY);
    expect(e).toEqual({ id: 'msg_1', ...JSON.parse(BODY) });
    if (e.type !== 'zahlung.erfasst') throw new Error(e.type);
    // Narrowed: data is a ZahlungEreignisFragment.
    const betrag: string = e.data.betrag;
    expect(betrag).toBe('120.50');
    const headers = new Headers(kopf('msg_1', ts, `v1,${'A'.repeat(44)} ${signiere('msg_1', ts, BODY)}`));
    expect(verifyWebhook(SECRET, headers, new TextEncoder().encode(BODY)).type).toBe('zahlung.erfasst');
  });

  it('refuses a wrong secret, a changed body, another id, old or future timestamps and missing headers', () => {
    const ts = jetzt();
    const sig = signiere('msg_1', ts, BODY);
    expect(fehlerCode(() => verifyWebhook(`whsec_${randomBytes(24).toString('base64')}`, kopf('msg_1', ts, sig), BODY))).toBe('INVALID_SIGNATURE');
    expect(fehlerCode(() => verifyWebhook(SECRET, kopf('msg_1', ts, sig), BODY.replace('120.50', '999.99')))).toBe('INVALID_SIGNATURE');
    expect(fehlerCode(() => verifyWebhook(SECRET, kopf('msg_2', ts, sig), BODY))).toBe('INVALID_SIGNATURE');
    const alt = ts - 10 * 60;
    expect(fehlerCode(() => verifyWebhook(SECRET, kopf('msg_1', alt, signiere('msg_1', alt, BODY)), BODY))).toBe('TIMESTAMP_OUT_OF_TOLERANCE');
    const neu = ts + 10 * 60;
    expect(fehlerCode(() => verifyWebhook(SECRET, kopf('msg_1', neu, signiere('msg_1', neu, BODY)), BODY))).toBe('TIMESTAMP_OUT_OF_TOLERANCE');
    expect(fehlerCode(() => verifyWebhook(SECRET, { 'webhook-id': 'msg_1', 'webhook-timestamp': String(ts) }, BODY))).toBe('MISSING_HEADERS');
  });

  it('refuses a correctly signed body that is no event', () => {
    const ts = jetzt();
    for (const body of ['{"type":"akt.angelegt"}', 'not json']) {
      expect(fehlerCode(() => verifyWebhook(SECRET, kopf('msg_1', ts, signiere('msg_1', ts, body)), body))).toBe('INVALID_PAYLOAD');
    }
  });

  it('knows exactly the server’s event types', () => {
    expect([...WEBHOOK_EREIGNIS_TYPEN].sort()).toEqual([...EREIGNIS_TYPEN].sort());
  });
});
