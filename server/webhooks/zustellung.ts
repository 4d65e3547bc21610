// The delivery worker: sends the outbox's deliveries (server/webhooks/outbox.ts) to the webhooks'
// endpoints, at least once, signed as Standard Webhooks specifies.
//
// - Claim: one statement picks due deliveries of AKTIV webhooks with `FOR UPDATE SKIP LOCKED` and
//   takes a lease on them (`gesperrtBis`), and commits at once. Several processes on one database
//   thus never take the same delivery at the same time; a process killed mid-delivery leaves its
//   lease to run out, and the delivery is taken again (by another process, or after the restart).
// - Send: outside any transaction, to an address `pruefeZiel` has just resolved and checked (the
//   connection is pinned to it; Host and TLS server name stay the URL's), with a timeout, no
//   redirects followed. The lease is longer than the timeout (the settings enforce it).
// - Outcome: 2xx is ZUGESTELLT; anything else is tried again after a backoff (zeitplan.ts). A
//   delivery still failing three days after the first attempt of its series is AUFGEGEBEN and its
//   webhook PAUSIERT with the reason: nothing expires silently, and an ADMIN sees it in `webhooks`.
// - Waking: the worker polls every `pollMs` (1 s by default), and at once again after a round that
//   found work. Polling rather than LISTEN/NOTIFY: it works the same on PGlite and PostgreSQL, needs
//   no connection of its own, and a NOTIFY in every writing transaction would serialise commits
//   (PostgreSQL takes a global lock for it at commit); an idle poll is one indexed SELECT.
//   The worker shares the process's connection pool but runs its statements one at a time (at most
//   one connection) and holds none while sending, so the request path keeps its connections.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { PrismaClient } from '../generated/prisma/client.js';
import { signiere } from './signatur.js';
import { AUFGEBEN_NACH_MS, naechsteVerzoegerungMs } from './zeitplan.js';
import { pruefeZiel, type ZielRegeln } from './ziel.js';

export interface ZustellungEinstellungen extends ZielRegeln {
  /** How often an idle worker looks for due deliveries. */
  pollMs: number;
  /** How long a claimed delivery belongs to this process; longer than `timeoutMs`. */
  leaseMs: number;
  /** The longest an endpoint may take to answer. */
  timeoutMs: number;
  /** Unit of the backoff schedule (zeitplan.ts): 5 s in production. */
  backoffBasisMs: number;
  /** Deliveries in flight at once per process. */
  gleichzeitig: number;
  /** Give up after this long since the first attempt of a series (default three days). */
  aufgebenNachMs?: number;
  /** How long a delivered event stays in the log (default 30 days); see raeumeAuf. */
  aufbewahrungMs?: number;
}

export const ZUSTELLUNG_STANDARD: ZustellungEinstellungen = {
  lokaleZiele: false, pollMs: 1_000, leaseMs: 60_000, timeoutMs: 15_000, backoffBasisMs: 5_000, gleichzeitig: 10,
};

interface Beansprucht {
  id: string;
  webhookId: string;
  versuche: number;
  versucheInReihe: number;
  url: string;
  secrets: string[];
  ereignisId: string;
  typ: string;
  zeitpunkt: Date;
  daten: string;
}

/** What came back from an endpoint: a status code, or no answer at all (with why). */
type Ergebnis = { ok: true; status: number } | { ok: false; status: number | null; fehler: string };

export interface Zusteller {
  /** Stops looking for work, cuts deliveries in flight and hands them back (sent again at once, here or elsewhere). */
  stop(): Promise<void>;
  /** Looks for due deliveries now (instead of at the next poll). */
  wecken(): void;
}

const MAX_FEHLERTEXT = 500;
const TAG_MS = 86_400_000;
/** How often a worker clears old events (every process does; a second one finds nothing). */
const AUFRAEUMEN_ALLE_MS = 3_600_000;

/**
 * Retention of the outbox: an event whose deliveries all succeeded (or whose webhooks were
 * deleted) is deleted `aufbewahrungMs` after it happened, with its delivery log. Events still
 * waiting or given up stay: a paused webhook resumed later still gets them. The log is for
 * diagnosing deliveries, not an archive, and it holds personal data (data minimisation, GDPR
 * Art. 5 (1) (c)); the audit trail keeps the changes themselves. At most `stapel` per call, so
 * that one call never holds many rows locked.
 */
export async function raeumeAuf(prisma: PrismaClient, aufbewahrungMs: number, stapel = 1_000): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM "WebhookEreignis" WHERE id IN (
      SELECT e.id FROM "WebhookEreignis" e
       WHERE e.zeitpunkt < now() - ${aufbewahrungMs} * interval '1 millisecond'
         AND NOT EXISTS (SELECT 1 FROM "WebhookZustellung" z WHERE z."ereignisId" = e.id AND z.status <> 'ZUGESTELLT')
       LIMIT ${stapel})`;
}
const kuerze = (s: string) => (s.length > MAX_FEHLERTEXT ? `${s.slice(0, MAX_FEHLERTEXT)}…` : s);

/** Starts the worker on `prisma`'s database. */
export function starteZustellung(prisma: PrismaClient, e: ZustellungEinstellungen, log: (zeile: string) => void = console.error): Zusteller {
  const aufgebenNachMs = e.aufgebenNachMs ?? AUFGEBEN_NACH_MS;
  const aufbewahrungMs = e.aufbewahrungMs ?? 30 * TAG_MS;
  let aufgeraeumtAm = 0;
  let gestoppt = false;
  let wach: () => void = () => {};
  const laufend = new Map<string, { abbrechen: AbortController; fertig: Promise<void>; versuche: number }>();
  let letzterFehler = '';
  // The worker's statements run one at a time: it holds at most one pooled connection, whatever
  // the number of deliveries in flight, and leaves the others to the requests.
  let reihe: Promise<unknown> = Promise.resolve();
  const einzeln = <T>(arbeit: () => Promise<T>): Promise<T> => {
    const p = reihe.then(arbeit);
    reihe = p.catch(() => {});
    return p;
  };

  const beanspruche = (n: number): Promise<Beansprucht[]> => einzeln(() => prisma.$queryRaw<Beansprucht[]>`
      UPDATE "WebhookZustellung" z
         SET "gesperrtBis" = now() + ${e.leaseMs} * interval '1 millisecond',
             versuche = z.versuche + 1,
             "versucheInReihe" = z."versucheInReihe" + 1,
             "ersterVersuchAm" = coalesce(z."ersterVersuchAm", now()),
             "letzterVersuchAm" = now()
        FROM (SELECT f.id FROM "WebhookZustellung" f JOIN "Webhook" fw ON fw.id = f."webhookId"
               WHERE f.status = 'AUSSTEHEND' AND f."naechsterVersuchAm" <= now()
                 AND (f."gesperrtBis" IS NULL OR f."gesperrtBis" <= now()) AND fw.status = 'AKTIV'
               ORDER BY f."naechsterVersuchAm"
               LIMIT ${n}
                 FOR UPDATE OF f SKIP LOCKED) faellig,
             "Webhook" w, "WebhookEreignis" ev
       WHERE z.id = faellig.id AND w.id = z."webhookId" AND ev.id = z."ereignisId"
   RETURNING z.id, z."webhookId", z.versuche, z."versucheInReihe", w.url,
             CASE WHEN w."vorherigesSecret" IS NOT NULL AND w."vorherigesSecretBis" > now()
                  THEN ARRAY[w.secret, w."vorherigesSecret"] ELSE ARRAY[w.secret] END AS secrets,
             ev.id AS "ereignisId", ev.typ, ev.zeitpunkt, ev.daten::text AS daten`);

  // Successes are recorded in batches: those that finish while a batch is written go into the next
  // (one statement for many, which is what lets one process deliver hundreds a second).
  let erledigt: { id: string; versuche: number; status: number }[] = [];
  let naechsterSchub: Promise<void> | null = null;
  function zugestellt(z: Beansprucht, status: number): Promise<void> {
    erledigt.push({ id: z.id, versuche: z.versuche, status });
    return (naechsterSchub ??= einzeln(async () => {
      const schub = erledigt;
      erledigt = [];
      naechsterSchub = null;
      await prisma.$executeRaw`
        UPDATE "WebhookZustellung" z
           SET status = 'ZUGESTELLT', "zugestelltAm" = now(), "gesperrtBis" = NULL, "letzterStatusCode" = v.status, "letzterFehler" = NULL
          FROM unnest(${schub.map((x) => x.id)}::uuid[], ${schub.map((x) => x.versuche)}::int[], ${schub.map((x) => x.status)}::int[]) AS v(id, versuche, status)
         WHERE z.id = v.id AND z.versuche = v.versuche`;
    }));
  }

  async function gescheitert(z: Beansprucht, status: number | null, fehler: string): Promise<void> {
    const warten = naechsteVerzoegerungMs(z.versucheInReihe, e.backoffBasisMs);
    await einzeln(() => prisma.$transaction(async (tx) => {
      const [r] = await tx.$queryRaw<{ status: string; ersterVersuchAm: Date }[]>`
        UPDATE "WebhookZustellung"
           SET "gesperrtBis" = NULL, "letzterStatusCode" = ${status}, "letzterFehler" = ${kuerze(fehler)},
               "naechsterVersuchAm" = now() + ${warten} * interval '1 millisecond',
               status = CASE WHEN now() - "ersterVersuchAm" >= ${aufgebenNachMs} * interval '1 millisecond'
                             THEN 'AUFGEGEBEN' ELSE 'AUSSTEHEND' END::"ZustellungStatus"
         WHERE id = ${z.id}::uuid AND versuche = ${z.versuche} AND status = 'AUSSTEHEND'
     RETURNING status::text, "ersterVersuchAm"`;
      if (r?.status !== 'AUFGEGEBEN') return;
      const tage = Math.round(aufgebenNachMs / 86_400_000 * 10) / 10;
      const grund = kuerze(`Automatisch pausiert: die Zustellung von ${z.typ} (webhook-id msg_${z.ereignisId}) scheitert seit ${r.ersterVersuchAm.toISOString()} `
        + `(${z.versucheInReihe} Versuche, ${tage} Tage); zuletzt: ${fehler}. Nach der Behebung mit updateWebhook(status: AKTIV) fortsetzen: `
        + 'dann wird alles noch nicht Zugestellte gesendet.');
      await tx.$executeRaw`
        UPDATE "Webhook" SET status = 'PAUSIERT', "pausiertAm" = now(), "pausiertGrund" = ${grund}, "geaendertAm" = now()
         WHERE id = ${z.webhookId}::uuid AND status = 'AKTIV'`;
      log(`Webhook ${z.webhookId}: ${grund}`);
    }));
  }

  /** Hands a delivery cut by stop() back: due at once, for whichever process comes first. */
  async function zurueckgeben(z: Beansprucht): Promise<void> {
    await einzeln(() => prisma.$executeRaw`
      UPDATE "WebhookZustellung" SET "gesperrtBis" = NULL, "naechsterVersuchAm" = now()
       WHERE id = ${z.id}::uuid AND versuche = ${z.versuche} AND status = 'AUSSTEHEND'`);
  }

  async function zustellen(z: Beansprucht, signal: AbortSignal): Promise<void> {
    const body = `{"type":${JSON.stringify(z.typ)},"timestamp":${JSON.stringify(z.zeitpunkt.toISOString())},"data":${z.daten}}`;
    let ergebnis: Ergebnis;
    try {
      const url = new URL(z.url);
      const [adresse] = await pruefeZiel(url, e);
      if (!adresse) throw new Error(`${url.hostname} hat keine Adresse.`);
      const kopf = signiere(`msg_${z.ereignisId}`, new Date(), body, z.secrets);
      const status = await sende(url, adresse, kopf, body, e.timeoutMs, signal);
      ergebnis = status >= 200 && status < 300 ? { ok: true, status }
        : { ok: false, status, fehler: status >= 300 && status < 400 ? `HTTP ${status} (Weiterleitungen werden nicht verfolgt)` : `HTTP ${status}` };
    } catch (error) {
      ergebnis = { ok: false, status: null, fehler: (error as Error).message || String(error) };
    }
    if (signal.aborted && !ergebnis.ok) return zurueckgeben(z);
    if (ergebnis.ok) await zugestellt(z, ergebnis.status);
    else await gescheitert(z, ergebnis.status, ergebnis.fehler);
  }

  async function runde(): Promise<number> {
    const frei = e.gleichzeitig - laufend.size;
    // Claims in batches: wait until at least half the slots are free (a claim per finished delivery would cost a statement each).
    if (frei <= 0 || (laufend.size > 0 && frei < Math.ceil(e.gleichzeitig / 2))) {
      await Promise.race([...laufend.values()].map((l) => l.fertig));
      return 1;
    }
    const faellig = await beanspruche(frei);
    if (gestoppt) {
      await Promise.all(faellig.map(zurueckgeben)); // claimed while stopping: not sent, handed back
      return 0;
    }
    for (const z of faellig) {
      const abbrechen = new AbortController();
      const fertig = zustellen(z, abbrechen.signal)
        .catch((error) => log(`Webhook-Zustellung ${z.id}: ${(error as Error).message}`))
        .finally(() => laufend.delete(z.id));
      laufend.set(z.id, { abbrechen, fertig, versuche: z.versuche });
    }
    return faellig.length;
  }

  const schleife = (async () => {
    while (!gestoppt) {
      let gefunden = 0;
      try {
        if (Date.now() - aufgeraeumtAm >= AUFRAEUMEN_ALLE_MS) {
          aufgeraeumtAm = Date.now();
          await einzeln(() => raeumeAuf(prisma, aufbewahrungMs));
        }
        gefunden = await runde();
        letzterFehler = '';
      } catch (error) {
        // The database is away, say: try again at the next poll; say so once, not every second.
        const text = (error as Error).message;
        if (text !== letzterFehler) log(`Webhook-Zustellung: ${text}`);
        letzterFehler = text;
      }
      if (gestoppt || gefunden > 0) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, e.pollMs);
        wach = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();

  return {
    wecken: () => wach(),
    async stop() {
      gestoppt = true;
      wach();
      for (const l of laufend.values()) l.abbrechen.abort();
      await schleife;
      await Promise.all([...laufend.values()].map((l) => l.fertig));
    },
  };
}

/** What a failed connection means, in words for the office's ADMIN (the delivery log shows it). */
const NETZFEHLER: Record<string, (adresse: string) => string> = {
  ECONNREFUSED: (a) => `Verbindung abgelehnt (${a})`,
  ECONNRESET: (a) => `Verbindung von der Gegenseite abgebrochen (${a})`,
  ETIMEDOUT: (a) => `Verbindungsaufbau zu ${a} dauerte zu lange`,
  EHOSTUNREACH: (a) => `${a} ist nicht erreichbar`,
  ENETUNREACH: (a) => `Kein Netz zu ${a}`,
  CERT_HAS_EXPIRED: (a) => `Das TLS-Zertifikat von ${a} ist abgelaufen`,
  DEPTH_ZERO_SELF_SIGNED_CERT: (a) => `${a} zeigt ein selbst signiertes TLS-Zertifikat`,
  SELF_SIGNED_CERT_IN_CHAIN: (a) => `${a} zeigt ein TLS-Zertifikat ohne anerkannte Zertifizierungsstelle`,
  ERR_TLS_CERT_ALTNAME_INVALID: (a) => `Das TLS-Zertifikat von ${a} gilt nicht für diesen Namen`,
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: (a) => `Das TLS-Zertifikat von ${a} lässt sich nicht prüfen`,
};

/**
 * POSTs `body` to `url`, connecting only to `adresse` (already checked), and resolves with the
 * answer's status code. The answer's body is read and dropped. No redirects are followed.
 */
function sende(url: URL, adresse: { address: string; family: 4 | 6 }, kopf: Record<string, string>, body: string, timeoutMs: number, signal: AbortSignal): Promise<number> {
  const lookup: LookupFunction = (_name, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [adresse]);
    else callback(null, adresse.address, adresse.family);
  };
  const senden = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => req.destroy(new Error(`keine Antwort innerhalb von ${timeoutMs} ms`)), timeoutMs);
    const req = senden(url, {
      method: 'POST',
      agent: false,
      lookup,
      signal,
      headers: { ...kopf, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'Kanzlei-GraphQL-Webhooks/1' },
    }, (res: IncomingMessage) => {
      res.on('data', () => {});
      res.on('end', () => {
        clearTimeout(timer);
        resolve(res.statusCode ?? 0);
      });
      res.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new Error(NETZFEHLER[error.code ?? '']?.(adresse.address) ?? error.message));
    });
    req.end(body);
  });
}
