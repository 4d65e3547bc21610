import type { AktEreignisFragment, ForderungEreignisFragment, HonorarnoteEreignisFragment, HonorarzahlungEreignisFragment, LeistungEreignisFragment, MahnschreibenEreignisFragment, MandatsanfrageEreignisFragment, TitelEreignisFragment, ZahlungEreignisFragment } from './generated/graphql.js';
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
export declare const WEBHOOK_EREIGNIS_TYPEN: readonly ["mandatsanfrage.eingegangen", "mandatsanfrage.angenommen", "mandatsanfrage.abgelehnt", "akt.angelegt", "akt.status_geaendert", "akt.archiviert", "akt.geaendert", "forderung.angelegt", "forderung.geaendert", "forderung.geloescht", "leistung.angelegt", "leistung.geaendert", "leistung.geloescht", "titel.angelegt", "titel.geaendert", "titel.geloescht", "honorarnote.erstellt", "honorarnote.storniert", "honorarnote.bezahlt", "honorarnote.abgeschrieben", "zahlung.erfasst", "zahlung.storniert", "honorarzahlung.erfasst", "honorarzahlung.storniert", "mahnschreiben.versendet"];
/**
 * A verified event, discriminated by `type`: `switch (e.type) { case 'akt.angelegt': e.data.aktenzeichen … }`.
 * `id` is the `webhook-id` header: the same on every retry of one event, so deduplicate by it.
 */
export type WebhookEreignis = {
    [T in WebhookTyp]: {
        id: string;
        type: T; /** ISO 8601, when the change happened. */
        timestamp: string;
        data: WebhookEreignisDaten[T];
    };
}[WebhookTyp];
export type WebhookFehlerCode = 
/** webhook-id, webhook-timestamp or webhook-signature missing. */
'MISSING_HEADERS'
/** No signature in the header matches the secret and the body. */
 | 'INVALID_SIGNATURE'
/** webhook-timestamp is more than 5 minutes off the receiver's clock (a replay, or a wrong clock). */
 | 'TIMESTAMP_OUT_OF_TOLERANCE'
/** Signed correctly, but the body is not an event `{ type, timestamp, data }`. */
 | 'INVALID_PAYLOAD';
/** The delivery is not authentic (or not an event): answer it with 400 and do not act on it. */
export declare class WebhookVerificationError extends Error {
    readonly code: WebhookFehlerCode;
    readonly name = "WebhookVerificationError";
    constructor(code: WebhookFehlerCode, message: string);
}
/** Request headers as fetch (`Headers`) or Node's `IncomingMessage.headers` give them. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;
/**
 * Verifies a delivery (Standard Webhooks: HMAC-SHA256 over `id.timestamp.body` with the webhook's
 * secret `whsec_…`, timestamp within 5 minutes) and returns its event. `body` must be the raw
 * request body, exactly as received (not parsed and serialised again).
 * Throws WebhookVerificationError when it is not authentic.
 */
export declare function verifyWebhook(secret: string, headers: WebhookHeaders, body: string | Uint8Array): WebhookEreignis;
