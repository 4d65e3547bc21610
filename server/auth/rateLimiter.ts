// Rate limits in fixed windows, counted in the database (table RateLimitCounter): every server
// process on one PostgreSQL counts into the same row, so a budget holds however many processes
// serve. The embedded PGlite (one process) uses the same table; its budgets survive a restart.
//
// A bucket's window begins with its first request and lasts `windowMs` on the database clock (so
// processes with skewed clocks agree, and not every bucket resets at the same moment). A bucket
// over its limit is also remembered in this process until its window ends: a flood is refused
// without a statement each.
//
// A key that sends many requests takes its hits in advance (`Vorrat`): when its last count is less
// than a second old, the next count takes twice as many (up to a fiftieth of the budget, at most
// 256) and this process spends them without a statement each until they run out or the window
// ends. The counter row is one row that every request of the key would otherwise update in turn
// (10 connections: 3 500 against 27 700 key checks per second without it, measured with pgbench).
// The budget still holds across processes (hits are counted before they are spent); what a
// process holds unspent counts as used, so with several processes a key can be refused up to
// (processes - 1) x 256 requests early (never more than a fiftieth of the budget each), never late.
// Unspent hits lapse with their window. (At most 32 before: a key sending 2 500 requests a second
// then counted 80 times a second, 0.015 ms of PostgreSQL's CPU per request; BENCHMARKS.md.)
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';

export interface Limit {
  max: number;
  windowMs: number;
}

/** What RateLimit-* headers and a 429 say about one bucket. */
export interface Quota {
  limit: number;
  remaining: number;
  resetSeconds: number;
  /** Set once the limit is reached: the seconds until the window ends. */
  retryAfterSeconds: number | null;
}

/**
 * One atomic statement's core: count a hit into `bucket` (a SQL expression), opening a new window
 * of `windowMs` (a SQL expression) when there is none or it has ended. RETURNING hits, windowEnd.
 */
export const upsertHit = (bucket: Prisma.Sql, windowMs: Prisma.Sql, n: Prisma.Sql = Prisma.sql`1`) => Prisma.sql`
  INSERT INTO "RateLimitCounter" AS c (bucket, "windowEnd", hits) VALUES (${bucket}, now() + ${windowMs} * interval '1 millisecond', ${n})
  ON CONFLICT (bucket) DO UPDATE SET
    hits = CASE WHEN c."windowEnd" <= now() THEN EXCLUDED.hits ELSE c.hits + EXCLUDED.hits END,
    "windowEnd" = CASE WHEN c."windowEnd" <= now() THEN EXCLUDED."windowEnd" ELSE c."windowEnd" END
  RETURNING hits, ceil(extract(epoch FROM "windowEnd" - now()))::int AS "resetSeconds",
            floor(extract(epoch FROM "windowEnd" - now()) * 1000)::int AS "restMs"`;

/**
 * A CTE that deletes up to 10 expired counters, never those in `keep` (the statement's own: one
 * statement must not change a row twice): added to every counting statement, it keeps the table
 * small for the price of one index probe (ORDER BY makes it one: without it PostgreSQL scanned the
 * table and every dead row version the counters leave, half the statement's cost); SKIP LOCKED, so
 * concurrent requests never wait on it.
 */
export const sweep = (keep: Prisma.Sql) => Prisma.sql`swept AS (
  DELETE FROM "RateLimitCounter" WHERE ctid = ANY(ARRAY(
    SELECT ctid FROM "RateLimitCounter" WHERE "windowEnd" < now() AND bucket NOT IN (${keep})
     ORDER BY "windowEnd" LIMIT 10 FOR UPDATE SKIP LOCKED)))`;

export function quota(limit: Limit, hits: number, resetSeconds: number): Quota {
  const reset = Math.max(1, resetSeconds);
  return { limit: limit.max, remaining: Math.max(0, limit.max - hits), resetSeconds: reset, retryAfterSeconds: hits > limit.max ? reset : null };
}

/** Hits a bucket counted in advance and this process has not spent yet. */
interface Vorrat {
  /** Unspent hits. */
  uebrig: number;
  /** Hits of the window granted as of the last count (others' and this process's, its unspent ones included). */
  gezaehlt: number;
  /** When the window ends, on this process's clock (a little before the database's). */
  bis: number;
  /** When the last count was made, and how many it took. */
  am: number;
  groesse: number;
}

/** How much earlier than the database a process lets its unspent hits lapse: never spends one of an ended window. */
const VORRAT_MARGE_MS = 50;
const VORRAT_HOECHSTENS = 256;

export class RateLimits {
  /** Buckets known to be over their limit, until when (this process's clock). */
  private readonly blocked = new Map<string, { until: number; limit: Limit }>();
  /** Hits counted in advance, by the name this process knows the bucket by. */
  private readonly vorraete = new Map<string, Vorrat>();

  private readonly prisma: PrismaClient;
  readonly perKey: Limit;
  readonly perAddress: Limit;
  readonly intake: Limit;
  private readonly now: () => number;

  constructor(prisma: PrismaClient, perKey: Limit, perAddress: Limit, intake: Limit, now: () => number = Date.now) {
    this.prisma = prisma;
    this.perKey = perKey;
    this.perAddress = perAddress;
    this.intake = intake;
    this.now = now;
  }

  /** A 429 answer known without asking the database, or null. */
  known(name: string): Quota | null {
    const b = this.blocked.get(name);
    if (!b) return null;
    const seconds = Math.ceil((b.until - this.now()) / 1000);
    if (seconds <= 0) {
      this.blocked.delete(name);
      return null;
    }
    return { limit: b.limit.max, remaining: 0, resetSeconds: seconds, retryAfterSeconds: seconds };
  }

  /** Remembers a bucket the database said is used up (`name`: how this process recognises it). */
  remember(name: string, q: Quota, limit: Limit) {
    if (q.retryAfterSeconds === null) return;
    if (this.blocked.size > 10_000) {
      const t = this.now();
      for (const [k, b] of this.blocked) if (b.until <= t) this.blocked.delete(k);
    }
    this.blocked.set(name, { until: this.now() + q.retryAfterSeconds * 1000, limit });
  }

  /**
   * How many hits the next count of `name` takes: one, or (the last count less than a second ago)
   * twice the last, at most a fiftieth of the budget and VORRAT_HOECHSTENS. Small budgets count one
   * by one, exactly.
   */
  vorausZaehlen(name: string, limit: Limit): number {
    const v = this.vorraete.get(name);
    const cap = Math.min(VORRAT_HOECHSTENS, Math.floor(limit.max / 50));
    if (!v || cap <= 1 || this.now() - v.am >= 1000) return 1;
    return Math.min(cap, v.groesse * 2);
  }

  /** One hit from what `name` holds in advance, with its quota; null when none is left in a running window. */
  ausVorrat(name: string, limit: Limit): Quota | null {
    const v = this.vorraete.get(name);
    if (!v || v.uebrig === 0) return null;
    const rest = v.bis - this.now();
    if (rest <= 0) {
      this.vorraete.delete(name);
      return null;
    }
    v.uebrig--;
    return { limit: limit.max, remaining: Math.max(0, limit.max - (v.gezaehlt - v.uebrig)), resetSeconds: Math.max(1, Math.ceil(rest / 1000)), retryAfterSeconds: null };
  }

  /**
   * The quota of a request whose count took `n` hits (the database now says `hits`, `restMs` left in
   * the window): it spends one if the budget had one before the count; the rest it was granted is kept.
   */
  gezaehlt(name: string, limit: Limit, n: number, hits: number, resetSeconds: number, restMs: number): Quota {
    const vorher = hits - n;
    const gewaehrt = Math.max(0, Math.min(n, limit.max - vorher));
    if (gewaehrt === 0) {
      this.vorraete.delete(name);
      return quota(limit, hits, resetSeconds);
    }
    const t = this.now();
    const bis = t + restMs - VORRAT_MARGE_MS;
    const alt = this.vorraete.get(name);
    // Two counts of one window (concurrent requests) add up; a count of a new window replaces the old.
    const sameWindow = alt && alt.bis > t && Math.abs(alt.bis - bis) < 200;
    if (this.vorraete.size > 10_000) for (const [k, v] of this.vorraete) if (v.bis <= t) this.vorraete.delete(k);
    const v: Vorrat = { uebrig: gewaehrt - 1 + (sameWindow ? alt.uebrig : 0), gezaehlt: Math.max(vorher + gewaehrt, sameWindow ? alt.gezaehlt : 0), bis, am: t, groesse: n };
    // Kept with nothing left too: when it was counted decides how many the next count takes.
    if (restMs > VORRAT_MARGE_MS) this.vorraete.set(name, v);
    else this.vorraete.delete(name);
    return quota(limit, v.gezaehlt - v.uebrig, resetSeconds);
  }

  /** Gives back a hit `ausVorrat` took (the request did not spend it after all). */
  zuruecklegen(name: string) {
    const v = this.vorraete.get(name);
    if (v) v.uebrig++;
  }

  /** Forgets what `name` holds in advance (its key turned out invalid). */
  vergessen(name: string) {
    this.vorraete.delete(name);
  }

  /** Counts one request against `bucket` (one statement) and says what is left. */
  async hit(bucket: string, limit: Limit): Promise<Quota> {
    const known = this.known(bucket);
    if (known) return known;
    const [row] = await this.prisma.$queryRaw<{ hits: number; resetSeconds: number }[]>`
      WITH h AS (${upsertHit(Prisma.sql`${bucket}`, Prisma.sql`${limit.windowMs}::float8`)}), ${sweep(Prisma.sql`${bucket}`)}
      SELECT hits, "resetSeconds" FROM h`;
    const q = quota(limit, row!.hits, row!.resetSeconds);
    this.remember(bucket, q, limit);
    return q;
  }
}

/** Buckets: an API key by its id (never by what the caller sends), a client address, intake per office. */
export const keyBucket = (apiKeyId: string) => `k:${apiKeyId}`;
export const addressBucket = (address: string) => `a:${address}`;
export const intakeBucket = (kanzleiId: string, address: string) => `i:${kanzleiId}|${address}`;
