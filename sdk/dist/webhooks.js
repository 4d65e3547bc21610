// Receiving webhooks: verify a delivery's Standard Webhooks signature and get the event, typed by
// its `type`. `data` is the object as the API's type shows it at the moment of the change; its
// types are generated from the same fragments the server renders it with
// (sdk/operations/webhooks.graphql).
import { Webhook, WebhookVerificationError as StandardError } from 'standardwebhooks';
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
];
/** The delivery is not authentic (or not an event): answer it with 400 and do not act on it. */
export class WebhookVerificationError extends Error {
    code;
    name = 'WebhookVerificationError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
const kopf = (headers, name) => {
    if (typeof headers.get === 'function')
        return headers.get(name) ?? undefined;
    for (const [k, v] of Object.entries(headers)) {
        if (k.toLowerCase() === name)
            return Array.isArray(v) ? v.join(' ') : v;
    }
    return undefined;
};
const codeVon = (message) => /headers/i.test(message) ? 'MISSING_HEADERS' : /timestamp/i.test(message) ? 'TIMESTAMP_OUT_OF_TOLERANCE' : 'INVALID_SIGNATURE';
/**
 * Verifies a delivery (Standard Webhooks: HMAC-SHA256 over `id.timestamp.body` with the webhook's
 * secret `whsec_…`, timestamp within 5 minutes) and returns its event. `body` must be the raw
 * request body, exactly as received (not parsed and serialised again).
 * Throws WebhookVerificationError when it is not authentic.
 */
export function verifyWebhook(secret, headers, body) {
    const id = kopf(headers, 'webhook-id');
    const timestamp = kopf(headers, 'webhook-timestamp');
    const signature = kopf(headers, 'webhook-signature');
    if (!id || !timestamp || !signature)
        throw new WebhookVerificationError('MISSING_HEADERS', 'webhook-id, webhook-timestamp and webhook-signature are required');
    const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
    let payload;
    try {
        payload = new Webhook(secret).verify(text, { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature });
    }
    catch (error) {
        if (error instanceof StandardError)
            throw new WebhookVerificationError(codeVon(error.message), error.message);
        if (error instanceof SyntaxError)
            throw new WebhookVerificationError('INVALID_PAYLOAD', 'the body is not JSON');
        throw error;
    }
    const e = payload;
    if (!e || typeof e.type !== 'string' || typeof e.timestamp !== 'string' || typeof e.data !== 'object' || e.data === null) {
        throw new WebhookVerificationError('INVALID_PAYLOAD', 'the body is not an event { type, timestamp, data }');
    }
    return { id, type: e.type, timestamp: e.timestamp, data: e.data };
}
