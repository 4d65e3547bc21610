// Webhooks of an office (ADMIN only; the role matrix and the read guards in schema/webhook.ts see
// to that): create, change, pause and resume, delete, rotate the signing secret, and re-queue a
// delivery. Another office's webhook or delivery looks like a missing one. The deliveries
// themselves are sent by server/webhooks/zustellung.ts.
import type { Viewer } from '../auth/viewer.js';
import { ValidationError } from '../domain/errors.js';
import { byIdInput, parseInput } from '../domain/validation.js';
import { createWebhookInput, MAX_WEBHOOKS_JE_KANZLEI, updateWebhookInput, zustellungWiederholenInput } from '../domain/webhook.js';
import { neuesSecret, ROTATION_UEBERGANG_MS } from '../webhooks/signatur.js';
import { zielUrlFehler, type ZielRegeln } from '../webhooks/ziel.js';
import { inTransaction, orNotFound, type Db, type Tx } from './db.js';

const pruefeUrl = (url: string, regeln: ZielRegeln): void => {
  const fehler = zielUrlFehler(url, regeln);
  if (fehler) throw new ValidationError({ field: 'url', message: fehler });
};

/** Locks the office's webhook row (or finds none: NotFoundError). */
async function sperreWebhook(tx: Tx, viewer: Viewer, id: string) {
  const [w] = await tx.$queryRaw<{ id: string; status: 'AKTIV' | 'PAUSIERT' }[]>`
    SELECT id, status FROM "Webhook" WHERE id = ${id}::uuid AND "kanzleiId" = ${viewer.kanzleiId}::uuid FOR UPDATE`;
  return orNotFound(w ?? null, 'Webhook', id);
}

/** The new webhook's id and its signing secret (shown once). */
export async function createWebhook(db: Db, viewer: Viewer, regeln: ZielRegeln, raw: unknown): Promise<{ id: string; secret: string }> {
  const input = parseInput(createWebhookInput, raw);
  pruefeUrl(input.url, regeln);
  const secret = neuesSecret();
  return inTransaction(db, async (tx) => {
    // Counted under the office's row lock, so two creations at once do not both pass the limit.
    await tx.$executeRaw`SELECT 1 FROM "Kanzlei" WHERE id = ${viewer.kanzleiId}::uuid FOR UPDATE`;
    if ((await tx.webhook.count({ where: { kanzleiId: viewer.kanzleiId } })) >= MAX_WEBHOOKS_JE_KANZLEI) {
      throw new ValidationError({ field: 'url', message: `Eine Kanzlei hat höchstens ${MAX_WEBHOOKS_JE_KANZLEI} Webhooks` });
    }
    const w = await tx.webhook.create({
      data: { kanzleiId: viewer.kanzleiId, url: input.url, ereignisse: input.ereignisse, beschreibung: input.beschreibung ?? null, secret },
      select: { id: true },
    });
    return { id: w.id, secret };
  });
}

/**
 * Changes what is given. PAUSIERT stops its deliveries (they wait, nothing is lost); AKTIV again
 * sends every delivery still undelivered, the given-up ones included, each with a fresh backoff
 * series and a fresh three days.
 */
export async function updateWebhook(db: Db, viewer: Viewer, regeln: ZielRegeln, raw: unknown): Promise<string> {
  const { id, url, ereignisse, beschreibung, status } = parseInput(updateWebhookInput, raw);
  if (url != null) pruefeUrl(url, regeln);
  return inTransaction(db, async (tx) => {
    const vorher = await sperreWebhook(tx, viewer, id);
    const pausieren = status === 'PAUSIERT' && vorher.status !== 'PAUSIERT';
    const fortsetzen = status === 'AKTIV' && vorher.status !== 'AKTIV';
    await tx.webhook.update({
      where: { id },
      data: {
        url: url ?? undefined,
        ereignisse: ereignisse ?? undefined,
        beschreibung,
        ...(pausieren ? { status: 'PAUSIERT', pausiertAm: new Date(), pausiertGrund: `Pausiert von ${viewer.kuerzel}.` } : {}),
        ...(fortsetzen ? { status: 'AKTIV', pausiertAm: null, pausiertGrund: null } : {}),
      },
    });
    if (fortsetzen) {
      await tx.$executeRaw`
        UPDATE "WebhookZustellung"
           SET status = 'AUSSTEHEND', "naechsterVersuchAm" = now(), "ersterVersuchAm" = NULL, "versucheInReihe" = 0
         WHERE "webhookId" = ${id}::uuid AND status IN ('AUSSTEHEND', 'AUFGEGEBEN')`;
    }
    return id;
  });
}

export async function deleteWebhook(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { id } = parseInput(byIdInput, raw);
  return inTransaction(db, async (tx) => {
    await sperreWebhook(tx, viewer, id);
    await tx.webhook.delete({ where: { id } }); // its deliveries go with it
    return id;
  });
}

/** A new signing secret (shown once); the previous one keeps signing alongside for 24 hours. */
export async function rotateWebhookSecret(db: Db, viewer: Viewer, raw: unknown): Promise<{ id: string; secret: string }> {
  const { id } = parseInput(byIdInput, raw);
  const secret = neuesSecret();
  return inTransaction(db, async (tx) => {
    await sperreWebhook(tx, viewer, id);
    const { secret: bisher } = await tx.webhook.findUniqueOrThrow({ where: { id }, select: { secret: true } });
    await tx.webhook.update({
      where: { id },
      data: { secret, vorherigesSecret: bisher, vorherigesSecretBis: new Date(Date.now() + ROTATION_UEBERGANG_MS) },
    });
    return { id, secret };
  });
}

/**
 * Sends a delivery again now, whatever its state (a given-up one, or a delivered one a receiver
 * lost), with a fresh backoff series. A paused webhook's delivery waits until it is resumed.
 */
export async function zustellungWiederholen(db: Db, viewer: Viewer, raw: unknown): Promise<string> {
  const { zustellungId } = parseInput(zustellungWiederholenInput, raw);
  return inTransaction(db, async (tx) => {
    const n = await tx.$executeRaw`
      UPDATE "WebhookZustellung"
         SET status = 'AUSSTEHEND', "naechsterVersuchAm" = now(), "ersterVersuchAm" = NULL, "versucheInReihe" = 0, "zugestelltAm" = NULL
       WHERE id = ${zustellungId}::uuid AND "kanzleiId" = ${viewer.kanzleiId}::uuid`;
    return orNotFound(n === 1 ? zustellungId : null, 'WebhookZustellung', zustellungId);
  });
}
