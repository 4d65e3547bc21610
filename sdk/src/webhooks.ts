// Receiving webhooks: verify a delivery's Standard Webhooks signature and get the event, typed by
// its `type`. `data` is the object as the API's type shows it at the moment of the change; its
// types are generated from the same fragments the server renders it with
// (sdk/operations/webhooks.graphql).
import { Webhook, WebhookVerificationError as StandardError } from 'standardwebhooks';
import type {
  AktEreignisFragment,
  ForderungEreignisFragment,
  HonorarnoteEreignisFragment,
  HonorarzahlungEreignisFragment,
  LeistungEreignisFragment,
  MahnschreibenEreignisFragment,
  MandatsanfrageEreignisFragment,
  TitelEreignisFragment,
  ZahlungEreignisFragment,
} from './generated/graphql.js';

/** Each event type and the shape of its `data`. */
export interface WebhookEreignisDaten {
  'mandatsanfrage.eingegangen': MandatsanfrageEreignisFragment;
  'mandatsanfrage.angenommen': MandatsanfrageEreignisFragment;
  'mandatsanfrage.abgelehnt': MandatsanfrageEreignisFragment;
  'akt.angelegt': AktEreignisFragment;
  'akt.status_geaendert': AktEreignisFragment;
  'akt.archiviert': AktEreignisFragment;
  'akt.geaendert': AktEreignisFragment;
  'forderung.angelegt': ForderungEreignisFragment;
  'forderung.geaendert': ForderungEreignisFragment;
  'forderung.geloescht': ForderungEreignisFragment;
  'leistung.angelegt': LeistungEreignisFragment;
  'leistung.geaendert': LeistungEreignisFragment;
  'leistung.geloescht': LeistungEreignisFragment;
  'titel.angelegt': TitelEreignisFragment;
  'titel.geaendert': TitelEreignisFragment;
  'titel.geloescht': TitelEreignisFragment;
  'honorarnote.erstellt': HonorarnoteEreignisFragment;
  /** `data` is the Stornorechnung (art STORNORECHNUNG; stornoVon names the cancelled note). */
  'honorarnote.storniert': HonorarnoteEreignisFragment;
  'honorarnote.bezahlt': HonorarnoteEreignisFragment;
  'honorarnote.abgeschrieben': HonorarnoteEreignisFragment;
  'zahlung.erfasst': ZahlungEreignisFragment;
  'zahlung.storniert': ZahlungEreignisFragment;
  'honorarzahlung.erfasst': HonorarzahlungEreignisFragment;
  'honorarzahlung.storniert': HonorarzahlungEreignisFragment;
  'mahnschreiben.versendet': MahnschreibenEreignisFragment;
}

export type WebhookTyp = keyof WebhookEreignisDaten;

/** Every event type as a delivery names it in `type` (createWebhook takes the GraphQL enum: AKT_ANGELEGT for "akt.angelegt"). */
export const WEBHOOK_EREIGNIS_TYPEN = [
  'mandatsanfrage.eingegangen', 'mandatsanfrage.angenommen', 'mandatsanfrage.abgelehnt',
  'akt.angelegt', 'akt.status_geaendert', 'akt.archiviert', 'akt.geaendert',
  'forderung.angelegt', 'forderung.geaendert', 'forderung.geloescht',
  'leistung.angelegt', 'leistung.geaendert', 'leistung.geloescht',
  'titel.angelegt', 'titel.geaendert', 'titel.geloescht',
  'honorarnote.erstellt', 'honorarnote.storniert', 'honorarnote.bezahlt', 'honorarnote.abgeschrieben',
  'zahlung.erfasst', 'zahlung.storniert',
  'honorarzahlung.erfasst', 'honorarzahlung.storniert',
  'mahnschreiben.versendet',
] as const satisfies readonly WebhookTyp[];

/**
 * A verified event, discriminated by `type`: `switch (e.type) { case 'akt.angelegt': e.data.aktenzeichen … }`.
 * `id` is the `webhook-id` header: the same on every retry of one event, so deduplicate by it.
 */
export type WebhookEreignis = {
  [T in WebhookTyp]: { id: string; type: T; /** ISO 8601, when the change happened. */ timestamp: string; data: WebhookEreignisDaten[T] };
}[WebhookTyp];

export type WebhookFehlerCode =
  /** webhook-id, webhook-timestamp or webhook-signature missing. */
  | 'MISSING_HEADERS'
  /** No signature in the header matches the secret and the body. */
  | 'INVALID_SIGNATURE'
  /** webhook-timestamp is more than 5 minutes off the receiver's clock (a replay, or a wrong clock). */
  | 'TIMESTAMP_OUT_OF_TOLERANCE'
  /** Signed correctly, but the body is not an event `{ type, timestamp, data }`. */
  | 'INVALID_PAYLOAD';

/** The delivery is not authentic (or not an event): answer it with 400 and do not act on it. */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
  constructor(readonly code: WebhookFehlerCode, message: string) {
    super(message);
  }
}

/** Request headers as fetch (`Headers`) or Node's `IncomingMessage.headers` give them. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

const kopf = (headers: WebhookHeaders, name: string): string | undefined => {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  for (const [k, v] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (k.toLowerCase() === name) return Array.isArray(v) ? v.join(' ') : v;
  }
  return undefined;
};

const codeVon = (message: string): WebhookFehlerCode =>
  /headers/i.test(message) ? 'MISSING_HEADERS' : /timestamp/i.test(message) ? 'TIMESTAMP_OUT_OF_TOLERANCE' : 'INVALID_SIGNATURE';

/**
 * Verifies a delivery (Standard Webhooks: HMAC-SHA256 over `id.timestamp.body` with the webhook's
 * secret `whsec_…`, timestamp within 5 minutes) and returns its event. `body` must be the raw
 * request body, exactly as received (not parsed and serialised again).
 * Throws WebhookVerificationError when it is not authentic.
 */
export function verifyWebhook(secret: string, headers: WebhookHeaders, body: string | Uint8Array): WebhookEreignis {
  const id = kopf(headers, 'webhook-id');
  const timestamp = kopf(headers, 'webhook-timestamp');
  const signature = kopf(headers, 'webhook-signature');
  if (!id || !timestamp || !signature) throw new WebhookVerificationError('MISSING_HEADERS', 'webhook-id, webhook-timestamp and webhook-signature are required');
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  let payload: unknown;
  try {
    payload = new Webhook(secret).verify(text, { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature });
  } catch (error) {
    if (error instanceof StandardError) throw new WebhookVerificationError(codeVon(error.message), error.message);
    if (error instanceof SyntaxError) throw new WebhookVerificationError('INVALID_PAYLOAD', 'the body is not JSON');
    throw error;
  }
  const e = payload as { type?: unknown; timestamp?: unknown; data?: unknown } | null;
  if (!e || typeof e.type !== 'string' || typeof e.timestamp !== 'string' || typeof e.data !== 'object' || e.data === null) {
    throw new WebhookVerificationError('INVALID_PAYLOAD', 'the body is not an event { type, timestamp, data }');
  }
  return { id, type: e.type, timestamp: e.timestamp, data: e.data } as WebhookEreignis;
}
