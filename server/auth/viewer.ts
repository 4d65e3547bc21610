// Who is calling: the Benutzer behind a valid, unrevoked API key, and so their Kanzlei.
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import type { Rolle } from '../generated/prisma/enums.js';
import { hashApiKey } from './apiKeys.js';
import { direkt } from '../db/direkt.js';
import { addressBucket, quota, sweep, upsertHit, type Limit, type Quota } from './rateLimiter.js';

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

/** The key, its Benutzer and the office's tariff Stand, joined by hand (Prisma would send one statement per relation). */
const KEY_LOOKUP = (key: string) => Prisma.sql`SELECT k.id::text AS id, k.prefix, k."widerrufenAm", k."nurPersistiert", b.id::text AS "benutzerId",
           b."kanzleiId"::text AS "kanzleiId", b.rolle::text AS rolle, b.kuerzel, z."tarifStand"
      FROM "ApiKey" k JOIN "Benutzer" b ON b.id = k."benutzerId" JOIN "Kanzlei" z ON z.id = b."kanzleiId"
     WHERE k.hash = ${hashApiKey(key)}`;

function anmeldung(found: Row | undefined): Anmeldung | null {
  if (!found || found.widerrufenAm) return null;
  return {
    viewer: { benutzerId: found.benutzerId, kanzleiId: found.kanzleiId, rolle: found.rolle, kuerzel: found.kuerzel, keyPrefix: found.prefix, nurPersistiert: found.nurPersistiert },
    tarifStand: found.tarifStand,
  };
}

/**
 * The key lookup and the rate limit in one statement (it runs on every request, so no second one):
 * a valid key counts against its own budget, by its id; an unknown or revoked one against the
 * client address's. So nobody can spend a key's budget without the key, and what the RateLimit-*
 * headers tell an invalid key's sender is about their own address only.
 */
export async function authenticateAndCount(
  prisma: PrismaClient, key: string, address: string, limits: { perKey: Limit; perAddress: Limit },
): Promise<{ anmeldung: Anmeldung | null; quota: Quota; bucket: 'key' | 'address' }> {
  const statement = Prisma.sql`
    WITH k AS (${KEY_LOOKUP(key)}),
    b AS (
      SELECT CASE WHEN valid THEN 'k:' || k.id ELSE ${addressBucket(address)} END AS bucket,
             CASE WHEN valid THEN ${limits.perKey.windowMs}::float8 ELSE ${limits.perAddress.windowMs}::float8 END AS "windowMs",
             CASE WHEN valid THEN 'key' ELSE 'address' END AS charged
        FROM (SELECT 1) one LEFT JOIN (SELECT k.*, k."widerrufenAm" IS NULL AS valid FROM k) k ON true
    ),
    h AS (${upsertHit(Prisma.sql`(SELECT bucket FROM b)`, Prisma.sql`(SELECT "windowMs" FROM b)`)}),
    ${sweep(Prisma.sql`${addressBucket(address)}, COALESCE((SELECT 'k:' || id FROM k), '')`)}
    SELECT k.*, h.hits, h."resetSeconds", (SELECT charged FROM b) AS charged FROM h LEFT JOIN k ON true`;
  // Past Prisma's client (server/db/direkt.ts): the columns are text, integers and booleans, and
  // widerrufenAm is only asked whether it is set.
  const [row] = await direkt(prisma).$queryRawUnsafe<(Partial<Row> & { hits: number; resetSeconds: number; charged: 'key' | 'address' })[]>(
    statement.text, ...statement.values,
  );
  const charged = row!.charged;
  return {
    anmeldung: anmeldung(row!.prefix === null || row!.prefix === undefined ? undefined : (row as Row)),
    quota: quota(charged === 'key' ? limits.perKey : limits.perAddress, row!.hits, row!.resetSeconds),
    bucket: charged,
  };
}
