// The outbox: an event is written in the transaction of the change it reports. A rolled-back
// mutation thus leaves no event, and a committed one always leaves one, with one delivery row
// per webhook of the office that subscribed to its type (paused ones too: their deliveries wait
// until the webhook is active again, so pausing loses nothing). The delivery worker
// (server/webhooks/zustellung.ts) sends them after the commit.
//
// The `webhook-id` of a delivery is "msg_" + the event's id: the same on every attempt, so a
// receiver can deduplicate.
import { vollerClient, type SchreibTx, type SqlTx, type Tx } from '../services/db.js';
import type { EreignisTyp } from './ereignisse.js';

export interface Ereignis {
  kanzleiId: string;
  typ: EreignisTyp;
  /**
   * The object as the API's type shows it, read in `tx`. Called only when a webhook subscribed to
   * the type, so a change nobody listens to costs one indexed SELECT and no rendering.
   */
  daten: (tx: Tx) => Promise<unknown>;
}

/**
 * Transactions that learnt with their Akt lock that their office has no webhook (sperren.ts): their
 * events need no lookup. A webhook committed after that lock is concurrent with the write and may
 * miss its event, as one committed after the lookup always could; the lock is the write's first
 * statement, so the window is the same few milliseconds.
 */
const ohneWebhooks = new WeakSet<SqlTx>();

export function merkeKeineWebhooks(tx: SqlTx): void {
  ohneWebhooks.add(tx);
}

/**
 * Writes the event and its deliveries in `tx`; returns the event's id, or null when no webhook
 * listens. Rendering the data needs Prisma's client: on the adapter's own transaction (which only an
 * office without webhooks keeps to the end), the write starts again on Prisma's.
 */
export async function schreibeEreignis(schreibTx: SchreibTx, e: Ereignis): Promise<string | null> {
  if (ohneWebhooks.has(schreibTx)) return null;
  const tx = vollerClient(schreibTx, 'die Daten eines Ereignisses');
  const abonnenten = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Webhook" WHERE "kanzleiId" = ${e.kanzleiId}::uuid AND ${e.typ} = ANY ("ereignisse")`;
  if (abonnenten.length === 0) return null;
  const daten = JSON.stringify(await e.daten(tx));
  const [ereignis] = await tx.$queryRaw<{ id: string }[]>`
    WITH ereignis AS (
      INSERT INTO "WebhookEreignis" (id, "kanzleiId", typ, daten)
      VALUES (gen_random_uuid(), ${e.kanzleiId}::uuid, ${e.typ}, ${daten}::jsonb)
      RETURNING id
    ), zustellungen AS (
      INSERT INTO "WebhookZustellung" (id, "kanzleiId", "webhookId", "ereignisId")
      SELECT gen_random_uuid(), ${e.kanzleiId}::uuid, w.id, ereignis.id
        FROM "Webhook" w, ereignis
       WHERE w."kanzleiId" = ${e.kanzleiId}::uuid AND ${e.typ} = ANY (w."ereignisse")
    )
    SELECT id FROM ereignis`;
  return ereignis!.id;
}

/**
 * GDPR erasure and the retention deletion reach the outbox too: an event whose data names one of
 * `ids` (a Person, Mandatsanfrage or Akt being erased) or contains one of `werte` (their name,
 * e-mail, …) is deleted with its deliveries, sent or not. The partner keeps what it received; what
 * was not yet sent is not sent any more, since erasure comes before delivery.
 */
export async function loescheEreignisseMit(tx: Tx, kanzleiId: string, ids: string[], werte: string[]): Promise<number> {
  const suche = [...new Set([...ids, ...werte].filter((w) => w.length >= 3))];
  if (suche.length === 0) return 0;
  return tx.$executeRaw`
    DELETE FROM "WebhookEreignis" e
     WHERE e."kanzleiId" = ${kanzleiId}::uuid
       AND EXISTS (SELECT 1 FROM unnest(${suche}::text[]) AS s WHERE strpos(lower(e.daten::text), lower(s)) > 0)`;
}
