// The inputs of the webhook mutations. Where a URL may point (no server-side request forgery) is
// checked by the service with server/webhooks/ziel.ts, which depends on an operator setting.
import { z } from 'zod';
import { EREIGNIS_TYPEN } from '../webhooks/ereignisse.js';
import { id, optionalText } from './validation.js';

export const MAX_URL_LAENGE = 2_000;
export const MAX_BESCHREIBUNG = 500;
/** Webhooks per office: each costs a delivery row per subscribed event. */
export const MAX_WEBHOOKS_JE_KANZLEI = 20;

const url = () =>
  z.string().trim().min(1, { message: 'darf nicht leer sein' }).max(MAX_URL_LAENGE, { message: `höchstens ${MAX_URL_LAENGE} Zeichen` });

const ereignisse = () =>
  z
    .array(z.enum(EREIGNIS_TYPEN, { message: 'ist kein Ereignistyp' }))
    .min(1, { message: 'mindestens ein Ereignistyp' })
    .max(EREIGNIS_TYPEN.length, { message: `höchstens ${EREIGNIS_TYPEN.length} Ereignistypen` })
    .superRefine((list, ctx) => {
      list.forEach((typ, i) => {
        if (list.indexOf(typ) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `${typ} ist doppelt` });
      });
    });

export const createWebhookInput = z.object({
  url: url(),
  ereignisse: ereignisse(),
  beschreibung: optionalText(MAX_BESCHREIBUNG),
});

/** Fields left out stay as they are; `beschreibung: null` clears it. */
export const updateWebhookInput = z.object({
  id: id(),
  url: url().nullish(),
  ereignisse: ereignisse().nullish(),
  beschreibung: optionalText(MAX_BESCHREIBUNG),
  status: z.enum(['AKTIV', 'PAUSIERT']).nullish(),
});

export const zustellungWiederholenInput = z.object({ zustellungId: id() });
