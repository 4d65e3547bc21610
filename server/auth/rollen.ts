// The role matrix: which role may run which mutation. One table, checked for every mutation before
// its resolver runs (schema/rollenPlugin.ts); a mutation missing here stops the schema from
// building. The README prints the same table (a test compares them).
//
// Why the lines are drawn where they are:
// - SACHBEARBEITER does the day-to-day work on a case: Persons, Akten, Gegner, Forderungen,
//   Leistungen, Titel, Kommunikation, payments and instalments, and prepares a Mandatsanfrage
//   (assessment, conflict check).
// - ANWALT decides what the office answers for: taking on a mandate (assign, accept, release a
//   conflict), the invoice that goes out under the lawyer's name and its cancellation, ending a
//   file's working life (archive) and the legal hold on it (RAO § 12 is the lawyer's duty).
// - ADMIN runs the office: the statutory tariffs and tables and the court register (one wrong
//   figure prices every Akt), the office's own data and its lawyers' Sachgebiete, the public
//   intake token, writing off what a client does not pay, and the irreversible deletions
//   (retention, GDPR erasure).
import { ForbiddenError } from '../domain/errors.js';
import type { Rolle } from '../generated/prisma/enums.js';

export const ROLLEN: readonly Rolle[] = ['ADMIN', 'ANWALT', 'SACHBEARBEITER'];
const ALLE = ROLLEN;
const ANWAELTE: readonly Rolle[] = ['ADMIN', 'ANWALT'];
const KANZLEI: readonly Rolle[] = ['ADMIN'];

/** Mutation name → the roles that may run it. */
export const ROLLENMATRIX: Readonly<Record<string, readonly Rolle[]>> = {
  // Parties and Akten: day-to-day case work.
  createPerson: ALLE,
  updatePerson: ALLE,
  createAkt: ALLE,
  updateAkt: ALLE,
  setGegner: ALLE,
  setAktStatus: ALLE,
  // Claims, services, court titles, communication.
  createForderung: ALLE,
  updateForderung: ALLE,
  deleteForderung: ALLE,
  createLeistung: ALLE,
  updateLeistung: ALLE,
  deleteLeistung: ALLE,
  createTitel: ALLE,
  createTitelFromLeistung: ALLE,
  updateTitel: ALLE,
  deleteTitel: ALLE,
  assignForderungenToTitel: ALLE,
  createKommunikation: ALLE,
  // Money from the debtor: booked (and corrected) by whoever handles the Akt.
  erfasseZahlung: ALLE,
  stornoZahlung: ALLE,
  setRatenvereinbarung: ALLE,
  // The dunning letter to a Gegner is day-to-day debt collection, like booking the payments.
  mahnschreibenVersenden: ALLE,
  // The client's payments on an invoice: booked (and corrected) like the debtor's.
  erfasseHonorarzahlung: ALLE,
  stornoHonorarzahlung: ALLE,
  // The office's bank account: importing its statements books on every Akt and note at once, and
  // deciding what an unassigned payment is for is the lawyer's (or the office's) call.
  importiereKontoauszug: ANWAELTE,
  buchungZuordnen: ANWAELTE,
  buchungVerwerfen: ANWAELTE,
  // Intake: anyone may prepare a request (the public form has its own token); the lawyer decides.
  submitMandatsanfrage: ALLE,
  updateMandatsanfrage: ALLE,
  pruefeKollision: ALLE,
  assignMandatsanfrage: ANWAELTE,
  annehmenMandatsanfrage: ANWAELTE,
  // The invoice and its cancellation go out under the lawyer's responsibility.
  erstelleHonorarnote: ANWAELTE,
  stornoHonorarnote: ANWAELTE,
  // The end of a file's working life and its retention (RAO § 12).
  archiviereAkt: ANWAELTE,
  setRechtlicheSperre: ANWAELTE,
  // Giving up on what a client owes (so the Akt can be archived) is the office's decision.
  schreibeHonorarnoteAb: KANZLEI,
  // The office: statutory tariffs, tables and register, its own data and the intake token.
  updateTarif: KANZLEI,
  copyTarif: KANZLEI,
  setLeistungsart: KANZLEI,
  setPorto: KANZLEI,
  valorisiereRatg: KANZLEI,
  createGericht: KANZLEI,
  updateKanzlei: KANZLEI,
  setSachgebiete: KANZLEI,
  rotateIntakeToken: KANZLEI,
  // Own keys for everyone; another user's key only an ADMIN (checked in the service).
  revokeApiKey: ALLE,
  // Irreversible deletion of personal data.
  loescheAbgelaufeneAkten: KANZLEI,
  loeschePersonendaten: KANZLEI,
  // Webhooks send the office's data to a partner's endpoint: the office decides where.
  createWebhook: KANZLEI,
  updateWebhook: KANZLEI,
  deleteWebhook: KANZLEI,
  rotateWebhookSecret: KANZLEI,
  zustellungWiederholen: KANZLEI,
};

/** Refuses the mutation for this role with a ForbiddenError; a mutation not in the matrix is nobody's. */
export function pruefeRolle(mutation: string, rolle: Rolle): void {
  const erlaubt = ROLLENMATRIX[mutation];
  if (!erlaubt?.includes(rolle)) {
    throw new ForbiddenError(`${mutation} ist ${erlaubt ? erlaubt.join(' oder ') : 'niemandem'} vorbehalten (Ihre Rolle: ${rolle}).`);
  }
}
