// Offices, their users and API keys: provisioning (CLI, demo seed) and revocation.
import { generateApiKey } from '../auth/apiKeys.js';
import type { Viewer } from '../auth/viewer.js';
import { ForbiddenError } from '../domain/errors.js';
import { z } from 'zod';
import { istGueltigeBic, istGueltigeIban } from '../domain/iban.js';
import { optionalUid } from '../domain/uid.js';
import { byIdInput, optionalText, parseInput, telefon } from '../domain/validation.js';
import type { Rolle } from '../generated/prisma/enums.js';
import { seedTarifdaten } from './tarifdaten.js';
import { inTransaction, orNotFound, type Db } from './db.js';

export interface ProvisionedKey {
  key: string;
  kanzleiId: string;
  benutzerId: string;
}

/** The office named for a new key does not exist (and was not to be created), or exists although it was to be new. */
export class KanzleiAngabeError extends Error {
  /** The names of all offices, for the user to pick from. */
  readonly vorhandene: string[];
  constructor(message: string, vorhandene: string[]) {
    super(message);
    this.name = 'KanzleiAngabeError';
    this.vorhandene = vorhandene;
  }
}

/**
 * Creates the user if missing, and a new API key for the user. The office: `kanzleiModus`
 * `bestehend` takes only an existing one, `neu` only creates one (the CLI: a typo must not make a
 * new, empty office with an ADMIN key); `beliebig` (default: demo seed, tests, benchmarks) either.
 */
export async function provisionApiKey(
  db: Db,
  args: { kanzlei: string; kuerzel: string; rolle?: Rolle; name?: string; demo?: boolean; partner?: boolean; kanzleiModus?: 'bestehend' | 'neu' | 'beliebig' },
): Promise<ProvisionedKey> {
  const newKey = generateApiKey();
  const modus = args.kanzleiModus ?? 'beliebig';
  return inTransaction(db, async (tx) => {
    if (modus !== 'beliebig') {
      const vorhanden = await tx.kanzlei.findUnique({ where: { name: args.kanzlei }, select: { id: true } });
      if ((modus === 'bestehend') !== Boolean(vorhanden)) {
        const vorhandene = (await tx.kanzlei.findMany({ select: { name: true }, orderBy: { name: 'asc' } })).map((k) => k.name);
        throw new KanzleiAngabeError(
          modus === 'bestehend' ? `Keine Kanzlei heißt "${args.kanzlei}".` : `Die Kanzlei "${args.kanzlei}" gibt es schon.`,
          vorhandene,
        );
      }
    }
    const kanzlei = await tx.kanzlei.upsert({
      where: { name: args.kanzlei },
      update: {},
      create: { name: args.kanzlei, demo: args.demo ?? false },
    });
    const benutzer = await tx.benutzer.upsert({
      where: { kanzleiId_kuerzel: { kanzleiId: kanzlei.id, kuerzel: args.kuerzel } },
      update: args.rolle ? { rolle: args.rolle } : {},
      create: { kanzleiId: kanzlei.id, kuerzel: args.kuerzel, name: args.name ?? args.kuerzel, rolle: args.rolle ?? 'ADMIN' },
    });
    await tx.apiKey.create({ data: { benutzerId: benutzer.id, prefix: newKey.prefix, hash: newKey.hash, nurPersistiert: args.partner ?? false } });
    await seedTarifdaten(tx, kanzlei.id);
    return { key: newKey.key, kanzleiId: kanzlei.id, benutzerId: benutzer.id };
  });
}

/** A user revokes their own keys; an ADMIN any key of the office. */
export async function revokeApiKey(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id } = parseInput(byIdInput, raw);
  const key = orNotFound(
    await db.apiKey.findFirst({ where: { id, benutzer: { kanzleiId: viewer.kanzleiId } }, select: { id: true, benutzerId: true } }),
    'ApiKey',
    id,
  );
  if (key.benutzerId !== viewer.benutzerId && viewer.rolle !== 'ADMIN') {
    throw new ForbiddenError('Nur ADMIN darf Schlüssel anderer Benutzer widerrufen.');
  }
  await inTransaction(db, (tx) => tx.apiKey.updateMany({ where: { id, widerrufenAm: null }, data: { widerrufenAm: new Date() } }));
  return id;
}

const updateKanzleiInput = z.object({
  anschrift: optionalText(500),
  uid: optionalUid(),
  // Stored as entered (printed so); the EPC QR code and the bank statement import use `normalisiereIban`.
  iban: optionalText(42)
    .refine((v) => v == null || istGueltigeIban(v), { message: 'ist keine gültige IBAN (Länderkennzeichen, Prüfziffern, Kontonummer; Prüfsumme nach ISO 13616)' }),
  bic: optionalText(11)
    .refine((v) => v == null || istGueltigeBic(v), { message: 'ist kein gültiger BIC (8 oder 11 Zeichen, z. B. BKAUATWW)' })
    .transform((v) => (v == null ? v : v.toUpperCase())),
  email: optionalText(200).refine((v) => v == null || z.email().safeParse(v).success, { message: 'ist keine gültige E-Mail-Adresse' }),
  telefon: telefon(),
  zahlungszielTage: z.number().int().min(0).max(365).optional(),
});

/** The office's letterhead and payment term (ADMIN). */
export async function updateKanzlei(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const input = parseInput(updateKanzleiInput, raw);
  await inTransaction(db, (tx) => tx.kanzlei.update({ where: { id: viewer.kanzleiId }, data: input }));
  return viewer.kanzleiId;
}
