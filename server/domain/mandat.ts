// The mandate life cycle (lifecycle.md): what an online request may contain, and which status
// changes an Akt may make. Pure.
import { z } from 'zod';
import { PERSON_ARTEN } from './person.js';
import { amount, id, idempotencyKey, optionalText, telefon, text } from './validation.js';

const plz = () => optionalText(10).refine((v) => v == null || /^[A-Za-z0-9 -]{3,10}$/.test(v), { message: 'ist keine gültige PLZ' });
const email = () => z.string().trim().max(200).pipe(z.email({ message: 'ist keine gültige E-Mail-Adresse' }));
const name = () => z.string().trim().min(2, { message: 'mindestens 2 Zeichen' }).max(200, { message: 'höchstens 200 Zeichen' })
  .refine((s) => /\p{L}/u.test(s), { message: 'muss Buchstaben enthalten' });

/** Document types the web form accepts (metadata only; the files travel elsewhere). */
export const DOKUMENT_TYPEN = [
  'application/pdf', 'image/jpeg', 'image/png', 'text/plain', 'message/rfc822', 'application/vnd.ms-outlook',
  'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
export const MAX_DOKUMENT_BYTES = 25 * 1024 * 1024;

/** A Sachgebiet as a Mandatsanfrage, an Akt and a lawyer's expertise name it: free text ("Inkasso", "Familienrecht"), compared regardless of case. */
export const sachgebiet = () => text(100);
export const MAX_SACHGEBIETE = 20;

/** The Sachgebiete of a lawyer (replaces the list; empty clears it): each a Sachgebiet, none twice, at most 20. */
export const setSachgebieteInput = z.object({
  benutzerId: id(),
  sachgebiete: z
    .array(sachgebiet())
    .max(MAX_SACHGEBIETE, { message: `höchstens ${MAX_SACHGEBIETE} Sachgebiete` })
    .superRefine((list, ctx) => {
      const gesehen = new Set<string>();
      list.forEach((s, i) => {
        const k = s.toLowerCase();
        if (gesehen.has(k)) ctx.addIssue({ code: 'custom', path: [i], message: `„${s}“ ist doppelt (Groß-/Kleinschreibung zählt nicht)` });
        gesehen.add(k);
      });
    }),
});

export const submitMandatsanfrageInput = z.object({
  klient: z.object({
    art: z.enum(PERSON_ARTEN).default('NATUERLICHE_PERSON'),
    name: name(),
    strasse: optionalText(200),
    plz: plz(),
    ort: optionalText(100),
    email: email(),
    telefon: telefon(),
  }),
  gegner: z
    .array(z.object({ art: z.enum(PERSON_ARTEN).default('NATUERLICHE_PERSON'), name: name(), strasse: optionalText(200), plz: plz(), ort: optionalText(100) }))
    .max(10, { message: 'höchstens 10 Gegner' })
    .nullish()
    .transform((v) => v ?? []),
  sachgebiet: sachgebiet(),
  beschreibung: z.string().trim().min(10, { message: 'bitte mindestens 10 Zeichen' }).max(10_000, { message: 'höchstens 10 000 Zeichen' }),
  streitwert: amount({ positive: true }).nullish(),
  dringlichkeit: z.enum(['NIEDRIG', 'NORMAL', 'HOCH', 'SOFORT']).default('NORMAL'),
  dokumente: z
    .array(
      z.object({
        dateiname: z.string().trim().min(1).max(255).refine((s) => !/[\\/\0]/.test(s) && s !== '.' && s !== '..', { message: 'ist kein gültiger Dateiname' }),
        typ: z.enum(DOKUMENT_TYPEN, { message: 'dieser Dateityp wird nicht angenommen' }),
        groesse: z.number().int().min(1, { message: 'ist leer' }).max(MAX_DOKUMENT_BYTES, { message: 'höchstens 25 MB' }),
      }),
    )
    .max(20, { message: 'höchstens 20 Dokumente' })
    .nullish()
    .transform((v) => v ?? []),
  idempotencyKey: idempotencyKey(),
});
export type MandatsanfrageEingabe = z.output<typeof submitMandatsanfrageInput>;

export const updateMandatsanfrageInput = z
  .object({
    id: id(),
    status: z.enum(['IN_PRUEFUNG', 'ABGELEHNT']).optional(),
    umfang: optionalText(2000),
    bewertung: optionalText(10_000),
    dringlichkeit: z.enum(['NIEDRIG', 'NORMAL', 'HOCH', 'SOFORT']).optional(),
    ablehnungsgrund: optionalText(2000),
  })
  .refine((v) => v.status !== 'ABGELEHNT' || !!v.ablehnungsgrund, { message: 'Eine Ablehnung braucht einen Grund', path: ['ablehnungsgrund'] });

export const assignMandatsanfrageInput = z.object({ id: id(), benutzerId: id() });

export const annehmenMandatsanfrageInput = z.object({
  id: id(),
  aktenzeichen: text(40).nullish(),
  zustaendigId: id().nullish(),
  kollisionFreigabeGrund: optionalText(2000),
});

/** A request is decided once: accepted or refused, it stays so. */
export const istOffen = (status: string) => status === 'EINGEGANGEN' || status === 'IN_PRUEFUNG';

export type AktStatus = 'ANGELEGT' | 'IN_BEARBEITUNG' | 'ABGESCHLOSSEN' | 'ARCHIVIERT';

/**
 * The stages of an Akt. Work starts, ends, and can be taken up again while the Akt is not
 * archived; a mandate that ends before any work is closed straight away. ARCHIVIERT is reached
 * only by archiving (retention rules) and is final.
 */
const ERLAUBT: Record<AktStatus, readonly AktStatus[]> = {
  ANGELEGT: ['IN_BEARBEITUNG', 'ABGESCHLOSSEN'],
  IN_BEARBEITUNG: ['ABGESCHLOSSEN'],
  ABGESCHLOSSEN: ['IN_BEARBEITUNG'],
  ARCHIVIERT: [],
};

export function statusWechselFehler(von: AktStatus, nach: AktStatus): string | null {
  if (von === nach) return `Der Akt ist schon ${nach}.`;
  if (nach === 'ARCHIVIERT') return 'Archiviert wird ein abgeschlossener Akt mit seiner Aufbewahrungsfrist (Archivierung), nicht über den Status.';
  if (!ERLAUBT[von].includes(nach)) return `Von ${von} geht es nur nach ${ERLAUBT[von].join(' oder ') || 'nirgends (endgültig)'}, nicht nach ${nach}.`;
  return null;
}

export const setAktStatusInput = z.object({
  aktId: id(),
  version: z.number().int().positive(),
  status: z.enum(['ANGELEGT', 'IN_BEARBEITUNG', 'ABGESCHLOSSEN', 'ARCHIVIERT']),
  grund: optionalText(2000),
});
