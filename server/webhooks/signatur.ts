// Signing secrets and signatures as Standard Webhooks specifies them (the `standardwebhooks`
// package implements the signing): a secret is "whsec_" + base64 of random bytes; a delivery
// carries `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`
// ("v1,<base64 HMAC-SHA256 of id.timestamp.body>"; during a rotation one per valid secret,
// separated by spaces, so a receiver with either secret accepts it).
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** How long the previous secret keeps signing after a rotation. */
export const ROTATION_UEBERGANG_MS = 24 * 3_600_000;

/** A new signing secret: 32 random bytes (Standard Webhooks asks for 24 to 64). */
export const neuesSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

/** The headers of one attempt. `secrets`: the current one first, then the previous one while it is valid. */
export function signiere(nachrichtId: string, zeitpunkt: Date, body: string, secrets: string[]): Record<string, string> {
  return {
    'webhook-id': nachrichtId,
    'webhook-timestamp': String(Math.floor(zeitpunkt.getTime() / 1000)),
    'webhook-signature': secrets.map((s) => new Webhook(s).sign(nachrichtId, zeitpunkt, body)).join(' '),
  };
}
