// Who is calling: the Benutzer behind a valid, unrevoked API key, and so their Kanzlei.
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import type { Rolle } from '../generated/prisma/enums.js';
import { direkt } from '../db/direkt.js';
import { addressBucket, sweep, upsertHit, type Limit } from './rateLimiter.js';

export interface Viewer {
  benutzerId: string;
  kanzleiId: string;
  rolle: Rolle;
  /** The Benutzer's Kürzel (for the audit trail). */
  kuerzel: string;
  keyPrefix: string;
  /** A partner key: persisted operations only. */
  nurPersistiert: boolean;
}

/** A valid key's Viewer, and the Stand of its office's tariff data (see Kanzlei.tarifStand). */
export interface Anmeldung {
  viewer: Viewer;
  tarifStand: number;
}

type Row = { prefix: string; widerrufenAm: unknown; nurPersistiert: boolean; benutzerId: string; kanzleiId: string; rolle: Rolle; kuerzel: string; tarifStand: number };

/** The key, its Benutzer and the office's tariff Stand, joined by hand (Prisma would send one statement per relation); the key's hash follows. */
const KEY_FROM = `FROM "ApiKey" k JOIN "Benutzer" b ON b.id = k."benutzerId" JOIN "Kanzlei" z ON z.id = b."kanzleiId"
     WHERE k.hash = `;
const KEY_SELECT = `SELECT k.id::text AS id, k.prefix, k."widerrufenAm", k."nurPersistiert", b.id::text AS "benutzerId",
           b."kanzleiId"::text AS "kanzleiId", b.rolle::text AS rolle, b.kuerzel, z."tarifStand"
      ${KEY_FROM}`;
const KEY_LOOKUP = (hash: string) => Prisma.sql`${Prisma.raw(KEY_SELECT)}${hash}`;

/**
 * The key lookup of `aroundKeyLookup`: what `anmeldung` reads, in one column (`schluessel`, a JSON
 * array). pg parses each column's description and value on every row it reads: the key's nine
 * columns cost the compiled read more than the one text's parse (BENCHMARKS.md).
 */
const KEY_ROW_SELECT = `SELECT json_build_array(k.prefix, k."widerrufenAm" IS NOT NULL, k."nurPersistiert", b.id, b."kanzleiId", b.rolle, b.kuerzel, z."tarifStand")::text AS schluessel
      ${KEY_FROM}`;
type KeyRow = [prefix: string, widerrufen: boolean, nurPersistiert: boolean, benutzerId: string, kanzleiId: string, rolle: Rolle, kuerzel: string, tarifStand: number];

/**
 * The key lookup around another statement (`inner`, the key's hash its parameter $n): one row with
 * the key (`schluessel`) and the inner statement's first row's columns (none: nulls); no row, no
 * such key. The inner statement runs whatever the key: what it read is used only once `keyRow`
 * accepted the row.
 */
export function aroundKeyLookup(inner: string, n: number): string {
  // A plan's statement is the same string each time: looked up by it, its hash is computed once.
  let known = umhuellt.get(inner);
  if (known?.n !== n) {
    if (umhuellt.size >= 1_000) umhuellt.clear();
    umhuellt.set(inner, (known = { n, sql: `SELECT k.schluessel, q.* FROM (${KEY_ROW_SELECT}$${n}) k LEFT JOIN LATERAL (${inner}) q ON true` }));
  }
  return known.sql;
}
const umhuellt = new Map<string, { n: number; sql: string }>();

/** The Anmeldung a row of `aroundKeyLookup` gives (null: no valid key). */
export function keyRow(row: Record<string, unknown> | undefined): Anmeldung | null {
  if (typeof row?.schluessel !== 'string') return null;
  const [prefix, widerrufen, nurPersistiert, benutzerId, kanzleiId, rolle, kuerzel, tarifStand] = JSON.parse(row.schluessel) as KeyRow;
  return anmeldung({ prefix, widerrufenAm: widerrufen || null, nurPersistiert, benutzerId, kanzleiId, rolle, kuerzel, tarifStand });
}

function anmeldung(found: Row | undefined): Anmeldung | null {
  if (!found || found.widerrufenAm) return null;
  return {
    viewer: { benutzerId: found.benutzerId, kanzleiId: found.kanzleiId, rolle: found.rolle, kuerzel: found.kuerzel, keyPrefix: found.prefix, nurPersistiert: found.nurPersistiert },
    tarifStand: found.tarifStand,
  };
}

/** The key (by its hash, apiKeys.ts) alone, for a request whose count this process already holds (server/auth/rateLimiter.ts, Vorrat). */
export async function authenticate(prisma: PrismaClient, hash: string): Promise<Anmeldung | null> {
  const statement = KEY_LOOKUP(hash);
  const [row] = await direkt(prisma).$queryRawUnsafe<Row[]>(statement.text, ...statement.values);
  return anmeldung(row);
}

/** What one count said: the hits of the bucket's window now, and how long it still runs. */
export interface Zaehlung {
  hits: number;
  resetSeconds: number;
  restMs: number;
}

/**
 * The key lookup and the rate limit in one statement (it runs on every request a count is not held
 * in advance for, so no second one): a valid key counts `n` hits against its own budget, by its id;
 * an unknown or revoked one one hit against the client address's. So nobody can spend a key's
 * budget without the key, and what the RateLimit-* headers tell an invalid key's sender is about
 * their own address only.
 */
export async function authenticateAndCount(
  prisma: PrismaClient, hash: string, address: string, limits: { perKey: Limit; perAddress: Limit }, n: number,
): Promise<{ anmeldung: Anmeldung | null; zaehlung: Zaehlung; bucket: 'key' | 'address' }> {
  const statement = Prisma.sql`
    WITH k AS (${KEY_LOOKUP(hash)}),
    b AS (
      SELECT CASE WHEN valid THEN 'k:' || k.id ELSE ${addressBucket(address)} END AS bucket,
             CASE WHEN valid THEN ${limits.perKey.windowMs}::float8 ELSE ${limits.perAddress.windowMs}::float8 END AS "windowMs",
             CASE WHEN valid THEN ${n}::int ELSE 1 END AS n,
             CASE WHEN valid THEN 'key' ELSE 'address' END AS charged
        FROM (SELECT 1) one LEFT JOIN (SELECT k.*, k."widerrufenAm" IS NULL AS valid FROM k) k ON true
    ),
    h AS (${upsertHit(Prisma.sql`(SELECT bucket FROM b)`, Prisma.sql`(SELECT "windowMs" FROM b)`, Prisma.sql`(SELECT n FROM b)`)}),
    ${sweep(Prisma.sql`${addressBucket(address)}, COALESCE((SELECT 'k:' || id FROM k), '')`)}
    SELECT k.*, h.hits, h."resetSeconds", h."restMs", (SELECT charged FROM b) AS charged FROM h LEFT JOIN k ON true`;
  // Past Prisma's client (server/db/direkt.ts): the columns are text, integers and booleans, and
  // widerrufenAm is only asked whether it is set.
  const [row] = await direkt(prisma).$queryRawUnsafe<(Partial<Row> & Zaehlung & { charged: 'key' | 'address' })[]>(
    statement.text, ...statement.values,
  );
  return {
    anmeldung: anmeldung(row!.prefix === null || row!.prefix === undefined ? undefined : (row as Row)),
    zaehlung: { hits: row!.hits, resetSeconds: row!.resetSeconds, restMs: row!.restMs },
    bucket: row!.charged,
  };
}
