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

export async function viewerForApiKey(prisma: PrismaClient, key: string): Promise<Viewer | null> {
  const found = await prisma.apiKey.findUnique({
    where: { hash: hashApiKey(key) },
    select: { prefix: true, widerrufenAm: true, nurPersistiert: true, benutzer: { select: { id: true, kanzleiId: true, rolle: true, kuerzel: true } } },
  });
  if (!found || found.widerrufenAm) return null;
  return { benutzerId: found.benutzer.id, kanzleiId: found.benutzer.kanzleiId, rolle: found.benutzer.rolle, kuerzel: found.benutzer.kuerzel, keyPrefix: found.prefix, nurPersistiert: found.nurPersistiert };
}
