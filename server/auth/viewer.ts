// Who is calling: the Benutzer behind a valid, unrevoked API key, and so their Kanzlei.
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Rolle } from '../generated/prisma/enums.js';
import { hashApiKey } from './apiKeys.js';

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

/**
 * One statement per request (it runs on every one): the key, its Benutzer and the office's tariff
 * Stand, joined by hand because Prisma sends one statement per relation.
 */
export async function authenticate(prisma: PrismaClient, key: string): Promise<Anmeldung | null> {
  const rows = await prisma.$queryRaw<
    { prefix: string; widerrufenAm: Date | null; nurPersistiert: boolean; benutzerId: string; kanzleiId: string; rolle: Rolle; kuerzel: string; tarifStand: number }[]
  >`SELECT k.prefix, k."widerrufenAm", k."nurPersistiert", b.id::text AS "benutzerId", b."kanzleiId"::text AS "kanzleiId",
           b.rolle::text AS rolle, b.kuerzel, z."tarifStand"
      FROM "ApiKey" k JOIN "Benutzer" b ON b.id = k."benutzerId" JOIN "Kanzlei" z ON z.id = b."kanzleiId"
     WHERE k.hash = ${hashApiKey(key)}`;
  const found = rows[0];
  if (!found || found.widerrufenAm) return null;
  return {
    viewer: { benutzerId: found.benutzerId, kanzleiId: found.kanzleiId, rolle: found.rolle, kuerzel: found.kuerzel, keyPrefix: found.prefix, nurPersistiert: found.nurPersistiert },
    tarifStand: found.tarifStand,
  };
}

export const viewerForApiKey = async (prisma: PrismaClient, key: string): Promise<Viewer | null> => (await authenticate(prisma, key))?.viewer ?? null;
