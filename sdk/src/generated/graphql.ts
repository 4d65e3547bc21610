/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AktFilter = {
  /** Akten with a Forderung due on or before this date. */
  faelligBis?: string | null | undefined;
  klientId?: string | null | undefined;
  /** Exact Sachgebiet, any case. */
  sachgebiet?: string | null | undefined;
  /** Any of these. */
  status?: Array<AktStatus> | null | undefined;
  /** Part of the Aktenzeichen, the Bezeichnung or the Klient’s name, any case. */
  text?: string | null | undefined;
  /** The responsible Benutzer. */
  zustaendigId?: string | null | undefined;
};

export type AktStatus =
  | 'ABGESCHLOSSEN'
  | 'ANGELEGT'
  | 'ARCHIVIERT'
  | 'IN_BEARBEITUNG';

/** Metadata of a document the requester attaches (the file itself travels separately). */
export type AnfrageDokumentInput = {
  dateiname: string;
  /** Bytes, at most 25 MB. */
  groesse: number;
  /** MIME type, e.g. application/pdf. */
  typ: string;
};

export type AnfrageGegnerInput = {
  art?: PersonArt | null | undefined;
  name: string;
  ort?: string | null | undefined;
  plz?: string | null | undefined;
  strasse?: string | null | undefined;
};

export type AnfrageKlientInput = {
  art?: PersonArt | null | undefined;
  email: string;
  name: string;
  ort?: string | null | undefined;
  plz?: string | null | undefined;
  strasse?: string | null | undefined;
  telefon?: string | null | undefined;
};

export type AnnehmenMandatsanfrageInput = {
  /** Default: the next free "YYYY/NNNN". */
  aktenzeichen?: string | null | undefined;
  id: string;
  /** Required when the conflict check had hits: a lawyer’s reason to proceed. */
  kollisionFreigabeGrund?: string | null | undefined;
  /** Default: the lawyer the request is assigned to. */
  zustaendigId?: string | null | undefined;
};

export type ArchiviereAktInput = {
  aktId: string;
  /** Legal hold, if any. */
  rechtlicheSperreBis?: string | null | undefined;
  version: number;
};

export type AssignForderungenToTitelInput = {
  forderungIds: Array<string>;
  titelId: string;
};

export type AssignMandatsanfrageInput = {
  benutzerId: string;
  id: string;
};

export type AuditAction =
  | 'CREATE'
  | 'DELETE'
  /** An erasure replaced the personal values of this entity’s earlier entries by "[gelöscht]"; `changes` names the fields, without values. */
  | 'REDACT'
  | 'UPDATE';

export type AuditLogFilter = {
  action?: AuditAction | null | undefined;
  benutzerId?: string | null | undefined;
  /** e.g. "Akt", "Forderung". */
  entity?: string | null | undefined;
  entityId?: string | null | undefined;
  /** At or after. */
  from?: string | null | undefined;
  /** e.g. "createForderung". */
  operation?: string | null | undefined;
  /** Before. */
  to?: string | null | undefined;
};

export type BankbuchungFilter = {
  /** Default: OFFEN and VORSCHLAG. */
  status?: Array<BankbuchungStatus> | null | undefined;
};

export type BankbuchungStatus =
  /** Booked as a Zahlung or Honorarzahlung (automatically by its RF reference, or assigned by hand). */
  | 'GEBUCHT'
  /** Not an incoming euro payment (outgoing, foreign currency, reversal): recorded and reported, never booked. */
  | 'IGNORIERT'
  /** Not assigned: waits for buchungZuordnen or buchungVerwerfen (grund says why it was not booked). */
  | 'OFFEN'
  /** Dismissed by a user, with a reason. */
  | 'VERWORFEN'
  /** A Rechnungsnummer or Aktenzeichen in the text suggests the target: confirm with buchungZuordnen. */
  | 'VORSCHLAG';

export type Beschlussart =
  | 'ANERKENNTNISURTEIL'
  | 'BESCHEID'
  | 'BESCHLUSS'
  | 'EUROPAEISCHER_VOLLSTRECKUNGSTITEL'
  | 'EUROPAEISCHER_ZAHLUNGSBEFEHL'
  | 'KOSTENBESTIMMUNGSBESCHLUSS'
  | 'KOSTENTITEL'
  | 'NOTARIATSAKT'
  | 'RUECKSTANDSAUSWEIS'
  | 'SCHIEDSSPRUCH'
  | 'SONSTIGER_TITEL'
  | 'URTEIL'
  | 'VERGLEICH'
  | 'VERSAEUMUNGSURTEIL'
  | 'ZAHLUNGSAUFTRAG'
  | 'ZAHLUNGSBEFEHL';

export type BuchungVerwerfenInput = {
  buchungId: string;
  /** Required, at most 2000 characters. */
  grund: string;
};

export type BuchungZuordnenInput = {
  /** Book it as a Zahlung on this Akt. Neither: accept the proposal. */
  aktId?: string | null | undefined;
  buchungId: string;
  /** Book it as a Honorarzahlung on this note (at most its offenerBetrag). */
  honorarnoteId?: string | null | undefined;
};

export type CopyTarifInput = {
  code: string;
  name?: string | null | undefined;
  neuerCode: string;
};

export type CreateAktInput = {
  aktenzeichen: string;
  bemessungsgrundlage?: string | null | undefined;
  bezeichnung: string;
  /** Up to 10 Persons, in order: the first becomes Gegner 1. */
  gegnerIds?: Array<string> | null | undefined;
  klientId: string;
  sachgebiet?: string | null | undefined;
  /** The responsible Benutzer. */
  zustaendigId?: string | null | undefined;
};

export type CreateForderungInput = {
  aktId: string;
  art: ForderungArt;
  /** Positive, at most two decimals. */
  betrag: string;
  bezeichnung?: string | null | undefined;
  faelligAm?: string | null | undefined;
  /** Needs a zinssatz. */
  zinsenAb?: string | null | undefined;
  /** Percent per year. */
  zinssatz?: string | null | undefined;
};

export type CreateGerichtInput = {
  /** Default BEHOERDE. */
  art?: GerichtArt | null | undefined;
  bundesland?: string | null | undefined;
  kurzbezeichnung: string;
  name: string;
  ort: string;
  plz: string;
  strasse?: string | null | undefined;
};

export type CreateKommunikationInput = {
  aktId: string;
  /** Default: now. */
  am?: string | null | undefined;
  betreff: string;
  /** An update meant for the client (default false). */
  fuerMandant?: boolean | null | undefined;
  kanal: Kanal;
  richtung: Richtung;
  text?: string | null | undefined;
};

export type CreateLeistungInput = {
  aktId: string;
  /** Default 0. */
  barauslagenDurchlaufer?: string | null | undefined;
  /** Default 0. */
  barauslagenUstFrei?: string | null | undefined;
  /** Default 0. */
  barauslagenUstPflichtig?: string | null | undefined;
  bemessungsgrundlage?: string | null | undefined;
  datum: string;
  /** Default 0 (or as priced). */
  einheitssatz?: string | null | undefined;
  kuerzel: string;
  sachbearbeiterId?: string | null | undefined;
  /** Default 0 (or as priced). */
  streitgenossenzuschlag?: string | null | undefined;
  text?: string | null | undefined;
  /** Default: 20 % of Verdienst, Einheitssatz, Streitgenossenzuschlag and USt-pflichtige Barauslagen, to the cent. */
  ust?: string | null | undefined;
  /** At most two decimals, not negative. Left out: the Leistung is priced by the Leistungsart of its kuerzel (Tarif or RATG post), with ES, Streitgenossenzuschlag and postage. */
  verdienst?: string | null | undefined;
  zeitMinuten?: number | null | undefined;
};

export type CreatePersonInput = {
  /** Default NATUERLICHE_PERSON. */
  art?: PersonArt | null | undefined;
  email?: string | null | undefined;
  kurzbezeichnung: string;
  name: string;
  ort?: string | null | undefined;
  plz?: string | null | undefined;
  strasse?: string | null | undefined;
  telefon?: string | null | undefined;
  /** UID-Nummer: EU format (Austria ATU + 8 digits, Germany DE + 9 digits, …); blanks, dots and dashes are dropped. Required on invoices over 10 000 € gross to an UNTERNEHMEN. */
  uid?: string | null | undefined;
};

/** Prefilled from the Leistung (Verdienst incl. Streitgenossenzuschlag, ES, USt, Barauslagen, Sachbearbeiter, Zeit); given fields win. */
export type CreateTitelFromLeistungInput = {
  barauslagenDurchlaufer?: string | null | undefined;
  barauslagenKlient?: string | null | undefined;
  barauslagenUstFrei?: string | null | undefined;
  /** Net. */
  barauslagenUstPflichtig?: string | null | undefined;
  beschlussart: Beschlussart;
  datum: string;
  einheitssatz?: string | null | undefined;
  gegenWen?: number | null | undefined;
  gericht: string;
  geschaeftszahl?: string | null | undefined;
  honorartext?: string | null | undefined;
  leistungId: string;
  memo?: string | null | undefined;
  sachbearbeiter?: string | null | undefined;
  /** Default: 20 % of Verdienst + ES + USt-pflichtige Barauslagen, to the cent. */
  ust?: string | null | undefined;
  verdienst?: string | null | undefined;
  vollstreckbarAm?: string | null | undefined;
  zeitMinuten?: number | null | undefined;
  zinsen54a?: boolean | null | undefined;
};

/** zinsen54a defaults by beschlussart; vollstreckbarAm is required unless KOSTENTITEL; honorartext is required for SONSTIGER_TITEL; gericht is a Kurzbezeichnung of the register (see `gerichte`); gegenWen 1..10 or null for all; sachbearbeiter is a Benutzer-Kürzel; amounts default to 0. */
export type CreateTitelInput = {
  aktId: string;
  barauslagenDurchlaufer?: string | null | undefined;
  barauslagenKlient?: string | null | undefined;
  barauslagenUstFrei?: string | null | undefined;
  /** Net. */
  barauslagenUstPflichtig?: string | null | undefined;
  beschlussart: Beschlussart;
  datum: string;
  einheitssatz?: string | null | undefined;
  gegenWen?: number | null | undefined;
  gericht: string;
  geschaeftszahl?: string | null | undefined;
  honorartext?: string | null | undefined;
  memo?: string | null | undefined;
  sachbearbeiter?: string | null | undefined;
  /** Default: 20 % of Verdienst + ES + USt-pflichtige Barauslagen, to the cent. */
  ust?: string | null | undefined;
  verdienst?: string | null | undefined;
  vollstreckbarAm?: string | null | undefined;
  zeitMinuten?: number | null | undefined;
  zinsen54a?: boolean | null | undefined;
};

export type CreateWebhookInput = {
  /** At most 500 characters. */
  beschreibung?: string | null | undefined;
  /** At least one, none twice. */
  ereignisse: Array<WebhookEreignisTyp>;
  /** https (http and local addresses only with the operator setting WEBHOOK_LOKALE_ZIELE); at most 2000 characters. */
  url: string;
};

export type DeleteForderungInput = {
  id: string;
};

export type DeleteLeistungInput = {
  id: string;
};

export type DeleteTitelInput = {
  id: string;
};

export type DeleteWebhookInput = {
  id: string;
};

export type Dringlichkeit =
  | 'HOCH'
  | 'NIEDRIG'
  | 'NORMAL'
  | 'SOFORT';

export type ErfasseHonorarzahlungInput = {
  /** More than 0 and at most the note’s offenerBetrag. */
  betrag: string;
  bezahltAm: string;
  honorarnoteId: string;
  /** Optional, e.g. a UUID made once per user action: a repeat with the same key within 24 hours returns the first result and writes nothing; the same key with another input is a ConflictError. The SDK sends one by itself. */
  idempotencyKey?: string | null | undefined;
  /** The payment reference, at most 500 characters. */
  verwendungszweck?: string | null | undefined;
};

export type ErfasseZahlungInput = {
  aktId: string;
  betrag: string;
  datum: string;
  /** Optional, e.g. a UUID made once per user action: a repeat with the same key within 24 hours returns the first result and writes nothing; the same key with another input is a ConflictError. The SDK sends one by itself. */
  idempotencyKey?: string | null | undefined;
  verwendungszweck?: string | null | undefined;
};

export type ErstelleHonorarnoteInput = {
  aktId: string;
  /** Invoice date (default today); the due date follows from the office’s payment term. */
  datum?: string | null | undefined;
  /** Optional, e.g. a UUID made once per user action: a repeat with the same key within 24 hours returns the first result and writes nothing; the same key with another input is a ConflictError. The SDK sends one by itself. */
  idempotencyKey?: string | null | undefined;
  /** Default: every Leistung of the Akt not billed yet and not gerichtlich bestimmt. */
  leistungIds?: Array<string> | null | undefined;
};

export type ForderungArt =
  /** Kapital: counts towards the Bemessungsgrundlage. */
  | 'HAUPTFORDERUNG'
  /** Nebenforderung (e.g. Mahnspesen); not part of the Bemessungsgrundlage. */
  | 'NEBENFORDERUNG';

export type GerichtArt =
  /** An authority (e.g. Finanzamt, Magistrat) an office added. */
  | 'BEHOERDE'
  /** Bezirksgericht (incl. BG für Handelssachen Wien) */
  | 'BG'
  /** Landesgericht (incl. Handelsgericht Wien, ASG Wien) */
  | 'LG'
  /** Oberster Gerichtshof */
  | 'OGH'
  /** Oberlandesgericht */
  | 'OLG'
  | 'SONDERGERICHT';

export type HonorarnoteArt =
  /** An invoice. */
  | 'RECHNUNG'
  /** A Stornorechnung (cancellation document) cancelling an invoice; printed as "Stornorechnung", naming the original’s number and date. (Never a Gutschrift, which in UStG terms is a self-billed invoice.) */
  | 'STORNORECHNUNG';

export type ImportiereKontoauszugInput = {
  /** The file’s text (camt: UTF-8 XML; MT940: decoded), at most 20 MB. */
  datei: string;
  format: KontoauszugFormat;
};

export type Kanal =
  | 'BRIEF'
  | 'EMAIL'
  | 'PERSOENLICH'
  | 'TELEFON'
  | 'VIDEO';

export type KontoauszugFormat =
  /** ISO 20022 camt.053 (account statement), .001.02 to .001.08. */
  | 'CAMT053'
  /** ISO 20022 camt.054 (credit/debit notification). */
  | 'CAMT054'
  /** SWIFT MT940 in the STUZZA format. */
  | 'MT940';

export type LoescheAbgelaufeneAktenInput = {
  /** Dry run: report what would be deleted and anonymised, change nothing (default false). */
  nurVorschau?: boolean | null | undefined;
  /** Default: today; a day after today is a ValidationError. */
  stichtag?: string | null | undefined;
};

export type LoeschePersonendatenInput = {
  personId: string;
};

export type MahnschreibenVersendenInput = {
  aktId: string;
  /** The day it goes out; default today (Europe/Vienna). Not in the future, not before the last letter to this Gegner. */
  datum?: string | null | undefined;
  /** 1 for Gegner 1. */
  gegnerPosition: number;
  /** Optional, e.g. a UUID made once per user action: a repeat with the same key within 24 hours returns the first result and writes nothing; the same key with another input is a ConflictError. The SDK sends one by itself. */
  idempotencyKey?: string | null | undefined;
  /** Tariff code of the Mahnkosten, e.g. "MAK". */
  tarif: string;
};

export type MandatsanfrageFilter = {
  status?: Array<MandatsanfrageStatus> | null | undefined;
  zugewiesenAnId?: string | null | undefined;
};

export type MandatsanfrageStatus =
  | 'ABGELEHNT'
  | 'ANGENOMMEN'
  | 'EINGEGANGEN'
  | 'IN_PRUEFUNG';

export type ParteiRolle =
  | 'GEGNER'
  | 'KLIENT';

export type PersonArt =
  /** Gericht oder Behörde */
  | 'BEHOERDE'
  /** natürliche Person */
  | 'NATUERLICHE_PERSON'
  /** Unternehmen (GmbH, AG, OG, KG, e.U. …) */
  | 'UNTERNEHMEN';

export type PersonFilter = {
  art?: PersonArt | null | undefined;
  /** Part of the name or Kurzbezeichnung, any case. */
  text?: string | null | undefined;
};

export type PruefeKollisionInput = {
  id: string;
};

export type RevokeApiKeyInput = {
  id: string;
};

export type Richtung =
  | 'AUSGEHEND'
  | 'EINGEHEND'
  | 'INTERN';

export type Rolle =
  | 'ADMIN'
  | 'ANWALT'
  | 'SACHBEARBEITER';

export type RotateWebhookSecretInput = {
  id: string;
};

export type SchreibeHonorarnoteAbInput = {
  /** Required, at most 2000 characters. */
  grund: string;
  honorarnoteId: string;
};

export type SetAktStatusInput = {
  aktId: string;
  grund?: string | null | undefined;
  status: AktStatus;
  version: number;
};

export type SetGegnerInput = {
  aktId: string;
  /** The new Gegner, in order (at most 10); [] removes all. */
  personIds: Array<string>;
};

/** Points a Leistungskürzel at a Tarif (by code) or a RATG post; a new Kürzel also needs a name. */
export type SetLeistungsartInput = {
  kuerzel: string;
  nachDauer?: boolean | null | undefined;
  name?: string | null | undefined;
  ratgPost?: Tarifpost | null | undefined;
  tarif?: string | null | undefined;
};

export type SetPortoInput = {
  betrag: string;
  bezeichnung?: string | null | undefined;
  gueltigAb: string;
};

export type SetRatenvereinbarungInput = {
  aktId: string;
  anzahl: number;
  ersteFaelligkeit: string;
  /** Default 1. */
  intervallMonate?: number | null | undefined;
  rate: string;
};

export type SetRechtlicheSperreInput = {
  aktId: string;
  /** null lifts the hold. */
  rechtlicheSperreBis?: string | null | undefined;
};

/** The Sachgebiete a lawyer takes on, as requests name them (e.g. "Inkasso"); replaces the list, [] clears it. At most 20, none twice. */
export type SetSachgebieteInput = {
  benutzerId: string;
  sachgebiete: Array<string>;
};

export type StornoHonorarnoteInput = {
  grund?: string | null | undefined;
  id: string;
};

export type StornoHonorarzahlungInput = {
  /** Required, at most 2000 characters. */
  grund: string;
  id: string;
};

export type StornoZahlungInput = {
  grund: string;
  id: string;
};

export type SubmitMandatsanfrageInput = {
  beschreibung: string;
  /** Up to 20. */
  dokumente?: Array<AnfrageDokumentInput> | null | undefined;
  dringlichkeit?: Dringlichkeit | null | undefined;
  /** Up to 10. */
  gegner?: Array<AnfrageGegnerInput> | null | undefined;
  /** Optional, e.g. a UUID made once per user action: a repeat with the same key within 24 hours returns the first result and writes nothing; the same key with another input is a ConflictError. The SDK sends one by itself. */
  idempotencyKey?: string | null | undefined;
  klient: AnfrageKlientInput;
  sachgebiet: string;
  streitwert?: string | null | undefined;
};

export type TarifPositionInput = {
  /** Default 1. */
  anzahl?: number | null | undefined;
  tarifpost: Tarifpost;
  /** With the 50 % Informationszuschlag (default false). */
  zuschlag?: boolean | null | undefined;
};

export type Tarifpost =
  /** TP 1 */
  | 'TP1'
  /** TP 2 */
  | 'TP2'
  /** TP 3A */
  | 'TP3A'
  /** TP 3B */
  | 'TP3B'
  /** TP 3C */
  | 'TP3C'
  /** TP 5 einfaches Schreiben */
  | 'TP5'
  /** TP 6 anderer Brief */
  | 'TP6'
  /** TP 8 Besprechung (je halbe Stunde) */
  | 'TP8'
  /** TP 8 Besprechung/Telefonat unter 10 Minuten */
  | 'TP8_KURZ';

/** Send the version you read; fields left out stay as they are, null clears an optional field. */
export type UpdateAktInput = {
  aktenzeichen?: string | null | undefined;
  bemessungsgrundlage?: string | null | undefined;
  bezeichnung?: string | null | undefined;
  id: string;
  klientId?: string | null | undefined;
  sachgebiet?: string | null | undefined;
  version: number;
  /** How debtor payments are allocated. */
  zahlungsreihenfolge?: Zahlungsreihenfolge | null | undefined;
  zustaendigId?: string | null | undefined;
};

/** Fields left out stay as they are; null clears an optional field. */
export type UpdateForderungInput = {
  art?: ForderungArt | null | undefined;
  betrag?: string | null | undefined;
  bezeichnung?: string | null | undefined;
  faelligAm?: string | null | undefined;
  id: string;
  zinsenAb?: string | null | undefined;
  zinssatz?: string | null | undefined;
};

/** Letterhead and payment term of invoices; null clears a field. An invoice is issued only when the office has its Anschrift and UID-Nummer (UStG § 11); what an issued invoice printed does not change with them. */
export type UpdateKanzleiInput = {
  /** Postal address, as printed (lines separated by a comma or a line break). */
  anschrift?: string | null | undefined;
  /** BIC of the account, 8 or 11 characters. */
  bic?: string | null | undefined;
  email?: string | null | undefined;
  /** IBAN, with or without spaces; checked by its check digits (ISO 13616). */
  iban?: string | null | undefined;
  telefon?: string | null | undefined;
  /** UID-Nummer, EU format (e.g. ATU12345678). */
  uid?: string | null | undefined;
  zahlungszielTage?: number | null | undefined;
};

/** Fields left out stay as they are. The USt follows changed amounts unless given; ust: null recomputes it. */
export type UpdateLeistungInput = {
  barauslagenDurchlaufer?: string | null | undefined;
  barauslagenUstFrei?: string | null | undefined;
  barauslagenUstPflichtig?: string | null | undefined;
  bemessungsgrundlage?: string | null | undefined;
  datum?: string | null | undefined;
  einheitssatz?: string | null | undefined;
  id: string;
  kuerzel?: string | null | undefined;
  sachbearbeiterId?: string | null | undefined;
  streitgenossenzuschlag?: string | null | undefined;
  text?: string | null | undefined;
  ust?: string | null | undefined;
  verdienst?: string | null | undefined;
  zeitMinuten?: number | null | undefined;
};

/** Assessment. status IN_PRUEFUNG or ABGELEHNT (with ablehnungsgrund); acceptance is annehmenMandatsanfrage. */
export type UpdateMandatsanfrageInput = {
  ablehnungsgrund?: string | null | undefined;
  bewertung?: string | null | undefined;
  dringlichkeit?: Dringlichkeit | null | undefined;
  id: string;
  status?: MandatsanfrageStatus | null | undefined;
  umfang?: string | null | undefined;
};

/** Fields left out stay as they are; null clears an optional field. */
export type UpdatePersonInput = {
  art?: PersonArt | null | undefined;
  email?: string | null | undefined;
  id: string;
  kurzbezeichnung?: string | null | undefined;
  name?: string | null | undefined;
  ort?: string | null | undefined;
  plz?: string | null | undefined;
  strasse?: string | null | undefined;
  telefon?: string | null | undefined;
  /** UID-Nummer: EU format (Austria ATU + 8 digits, Germany DE + 9 digits, …); blanks, dots and dashes are dropped. Required on invoices over 10 000 € gross to an UNTERNEHMEN. */
  uid?: string | null | undefined;
};

/** `positionen` replaces all postings, in order. */
export type UpdateTarifInput = {
  code: string;
  name?: string | null | undefined;
  porto?: boolean | null | undefined;
  positionen?: Array<TarifPositionInput> | null | undefined;
};

/** Fields left out stay as they are; null clears an optional field. ust: a figure is kept as entered; null derives it again (20 %); left out, a derived USt follows changed amounts and an entered one stays. zinsen54a: null goes back to the Beschlussart’s default; left out, a default follows a changed Beschlussart and a choice stays. */
export type UpdateTitelInput = {
  barauslagenDurchlaufer?: string | null | undefined;
  barauslagenKlient?: string | null | undefined;
  barauslagenUstFrei?: string | null | undefined;
  /** Net. */
  barauslagenUstPflichtig?: string | null | undefined;
  beschlussart?: Beschlussart | null | undefined;
  datum?: string | null | undefined;
  einheitssatz?: string | null | undefined;
  gegenWen?: number | null | undefined;
  gericht?: string | null | undefined;
  geschaeftszahl?: string | null | undefined;
  honorartext?: string | null | undefined;
  id: string;
  memo?: string | null | undefined;
  sachbearbeiter?: string | null | undefined;
  /** Default: 20 % of Verdienst + ES + USt-pflichtige Barauslagen, to the cent. */
  ust?: string | null | undefined;
  verdienst?: string | null | undefined;
  vollstreckbarAm?: string | null | undefined;
  zeitMinuten?: number | null | undefined;
  zinsen54a?: boolean | null | undefined;
};

/** Fields left out stay as they are. */
export type UpdateWebhookInput = {
  /** null or "" clears it. */
  beschreibung?: string | null | undefined;
  ereignisse?: Array<WebhookEreignisTyp> | null | undefined;
  id: string;
  /** PAUSIERT: deliveries wait. AKTIV again: every undelivered delivery (the given-up ones too) is sent now, with a fresh three days. */
  status?: WebhookStatus | null | undefined;
  url?: string | null | undefined;
};

/** A new RATG table from `gueltigAb`: every amount of the table then in force × `faktor`, rounded up to 10 cents. */
export type ValorisiereRatgInput = {
  bezeichnung: string;
  /** e.g. "1.20" for +20 % */
  faktor: string;
  gueltigAb: string;
};

/** An event a webhook can subscribe to; a delivery’s `type` is the value in quotes, e.g. "akt.angelegt". */
export type WebhookEreignisTyp =
  /** "akt.angelegt" */
  | 'AKT_ANGELEGT'
  /** "akt.archiviert" */
  | 'AKT_ARCHIVIERT'
  /** "akt.geaendert" */
  | 'AKT_GEAENDERT'
  /** "akt.status_geaendert" */
  | 'AKT_STATUS_GEAENDERT'
  /** "forderung.angelegt" */
  | 'FORDERUNG_ANGELEGT'
  /** "forderung.geaendert" */
  | 'FORDERUNG_GEAENDERT'
  /** "forderung.geloescht" */
  | 'FORDERUNG_GELOESCHT'
  /** "honorarnote.abgeschrieben" */
  | 'HONORARNOTE_ABGESCHRIEBEN'
  /** "honorarnote.bezahlt" */
  | 'HONORARNOTE_BEZAHLT'
  /** "honorarnote.erstellt" */
  | 'HONORARNOTE_ERSTELLT'
  /** "honorarnote.storniert" */
  | 'HONORARNOTE_STORNIERT'
  /** "honorarzahlung.erfasst" */
  | 'HONORARZAHLUNG_ERFASST'
  /** "honorarzahlung.storniert" */
  | 'HONORARZAHLUNG_STORNIERT'
  /** "leistung.angelegt" */
  | 'LEISTUNG_ANGELEGT'
  /** "leistung.geaendert" */
  | 'LEISTUNG_GEAENDERT'
  /** "leistung.geloescht" */
  | 'LEISTUNG_GELOESCHT'
  /** "mahnschreiben.versendet" */
  | 'MAHNSCHREIBEN_VERSENDET'
  /** "mandatsanfrage.abgelehnt" */
  | 'MANDATSANFRAGE_ABGELEHNT'
  /** "mandatsanfrage.angenommen" */
  | 'MANDATSANFRAGE_ANGENOMMEN'
  /** "mandatsanfrage.eingegangen" */
  | 'MANDATSANFRAGE_EINGEGANGEN'
  /** "titel.angelegt" */
  | 'TITEL_ANGELEGT'
  /** "titel.geaendert" */
  | 'TITEL_GEAENDERT'
  /** "titel.geloescht" */
  | 'TITEL_GELOESCHT'
  /** "zahlung.erfasst" */
  | 'ZAHLUNG_ERFASST'
  /** "zahlung.storniert" */
  | 'ZAHLUNG_STORNIERT';

export type WebhookStatus =
  /** Deliveries are sent. */
  | 'AKTIV'
  /** Deliveries wait (none is lost): paused by an ADMIN, or by the server after three days of failures (`pausiertGrund`). */
  | 'PAUSIERT';

export type WebhookZustellungStatus =
  /** Failed for three days; its webhook was paused. Re-activating the webhook or `zustellungWiederholen` sends it again. */
  | 'AUFGEGEBEN'
  /** Waiting for its (next) attempt. */
  | 'AUSSTEHEND'
  /** The endpoint answered 2xx. */
  | 'ZUGESTELLT';

export type Zahlungsreihenfolge =
  /** Awarded costs (by kind), then interest (oldest first), then capital (oldest first). */
  | 'KOSTEN_ZINSEN_KAPITAL'
  /** § 1416 ABGB: interest, then capital, then costs. */
  | 'ZINSEN_KAPITAL_KOSTEN';

export type Zahlungsstatus =
  /** What was open is written off (schreibeHonorarnoteAb); nothing counts as open. */
  | 'ABGESCHRIEBEN'
  /** Paid in full (bezahltAm: the date of the payment that closed it). */
  | 'BEZAHLT'
  /** Nothing paid yet. */
  | 'OFFEN'
  /** Cancelled by a Stornorechnung, or the Stornorechnung itself: nothing is owed. */
  | 'STORNIERT'
  /** Partly paid; offenerBetrag is the rest. */
  | 'TEILBEZAHLT';

export type ZustellungWiederholenInput = {
  zustellungId: string;
};

export type AktenMitMahnkostenQueryVariables = Exact<{
  tarif: string;
  datum?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AktFilter | null | undefined;
}>;


export type AktenMitMahnkostenQuery = { akten: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, aktenzeichen: string, bezeichnung: string, status: AktStatus, bemessungsgrundlage: string | null, mahnkosten: { tarif: string, bemessungsgrundlage: string, verdienst: string, streitgenossenzuschlag: string, porto: string, netto: string, ust: string, brutto: string } | null } }> } };

export type AktQueryVariables = Exact<{
  id: string;
}>;


export type AktQuery = { akt: { abgeschlossenAm: string | null, aktenzeichen: string, angelegtAm: string, archiviertAm: string | null, aufbewahrenBis: string | null, bemessungsgrundlage: string | null, bezeichnung: string, geschaeftszahlen: Array<string>, id: string, rechtlicheSperreBis: string | null, sachgebiet: string | null, status: AktStatus, version: number, zahlungsreihenfolge: Zahlungsreihenfolge, beschlusskostennote: { barauslagenKlient: string, summe: string, summeKanzlei: string }, forderungen: Array<{ id: string }>, gegner: Array<{ id: string }>, honorarnoten: Array<{ id: string }>, klient: { id: string }, leistungen: Array<{ id: string }>, mahnschreiben: Array<{ id: string }>, mandatsanfrage: { id: string } | null, ratenvereinbarung: { anzahl: number, ersteFaelligkeit: string, intervallMonate: number, rate: string } | null, titel: Array<{ id: string }>, verlauf: Array<{ am: string, grund: string | null, nach: AktStatus, von: AktStatus | null, benutzer: { id: string } | null }>, zahlungen: Array<{ id: string }>, zahlungsreferenzen: Array<{ gegnerPosition: number, rfReferenz: string, gegner: { id: string } }>, zustaendig: { id: string } | null } | null };

export type AktenQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  filter?: AktFilter | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type AktenQuery = { akten: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { abgeschlossenAm: string | null, aktenzeichen: string, angelegtAm: string, archiviertAm: string | null, aufbewahrenBis: string | null, bemessungsgrundlage: string | null, bezeichnung: string, geschaeftszahlen: Array<string>, id: string, rechtlicheSperreBis: string | null, sachgebiet: string | null, status: AktStatus, version: number, zahlungsreihenfolge: Zahlungsreihenfolge, beschlusskostennote: { barauslagenKlient: string, summe: string, summeKanzlei: string }, forderungen: Array<{ id: string }>, gegner: Array<{ id: string }>, honorarnoten: Array<{ id: string }>, klient: { id: string }, leistungen: Array<{ id: string }>, mahnschreiben: Array<{ id: string }>, mandatsanfrage: { id: string } | null, ratenvereinbarung: { anzahl: number, ersteFaelligkeit: string, intervallMonate: number, rate: string } | null, titel: Array<{ id: string }>, zahlungen: Array<{ id: string }>, zustaendig: { id: string } | null } }> } };

export type AktenStatistikQueryVariables = Exact<{ [key: string]: never; }>;


export type AktenStatistikQuery = { aktenStatistik: { gesamt: number, nachStatus: Array<{ anzahl: number, status: AktStatus }> } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ angelegtAm: string, id: string, partner: boolean, prefix: string, widerrufenAm: string | null, benutzer: { id: string } }> };

export type AuditLogQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { action: AuditAction, at: string, benutzerId: string | null, benutzerKuerzel: string | null, entity: string, entityId: string | null, id: string, keyPrefix: string | null, operation: string | null } }> } };

export type BenutzerQueryVariables = Exact<{ [key: string]: never; }>;


export type BenutzerQuery = { benutzer: Array<{ id: string, kuerzel: string, name: string, rolle: Rolle, sachgebiete: Array<string>, kanzlei: { id: string } }> };

export type GerichteQueryVariables = Exact<{
  first?: number | null | undefined;
  plz?: string | null | undefined;
  suche?: string | null | undefined;
}>;


export type GerichteQuery = { gerichte: Array<{ art: GerichtArt, bundesland: string | null, eigenes: boolean, id: string, kurzbezeichnung: string, name: string, ort: string, plz: string, strasse: string | null }> };

export type HonorarnoteQueryVariables = Exact<{
  id: string;
}>;


export type HonorarnoteQuery = { honorarnote: { art: HonorarnoteArt, barauslagenDurchlaufer: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, bezahltAm: string | null, bezahlterBetrag: string, brutto: string, datum: string, einheitssatz: string, empfaengerAnschrift: string | null, empfaengerName: string, faelligAm: string, id: string, nummer: string, offenerBetrag: string, rfReferenz: string, stornoGrund: string | null, streitgenossenzuschlag: string, ust: string, ustBasis: string, verdienst: string, zahlungsstatus: Zahlungsstatus, abschreibung: { am: string, betrag: string, grund: string, benutzer: { id: string } | null } | null, akt: { id: string }, honorarzahlungen: Array<{ id: string }>, positionen: Array<{ barauslagenDurchlaufer: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, bemessungsgrundlage: string | null, datum: string, einheitssatz: string, kuerzel: string, leistungId: string | null, reihenfolge: number, streitgenossenzuschlag: string, tarifbasis: string | null, text: string | null, verdienst: string }>, storniertDurch: { id: string } | null, stornoVon: { id: string } | null } | null };

export type HonorarzahlungQueryVariables = Exact<{
  id: string;
}>;


export type HonorarzahlungQuery = { honorarzahlung: { angelegtAm: string, betrag: string, bezahltAm: string, id: string, storniertAm: string | null, stornoGrund: string | null, verwendungszweck: string | null, honorarnote: { id: string } } | null };

export type KollisionspruefungQueryVariables = Exact<{
  gegner?: Array<string> | string | null | undefined;
  klient?: Array<string> | string | null | undefined;
  mandatsanfrageId?: string | null | undefined;
}>;


export type KollisionspruefungQuery = { kollisionspruefung: Array<{ aktId: string, aktenzeichen: string, bekannteRolle: ParteiRolle, bekannterName: string, gruende: Array<string>, name: string, neueRolle: ParteiRolle, personId: string }> };

export type LeistungsartenQueryVariables = Exact<{ [key: string]: never; }>;


export type LeistungsartenQuery = { leistungsarten: Array<{ id: string, kuerzel: string, nachDauer: boolean, name: string, ratgPost: Tarifpost | null, tarif: { id: string } | null }> };

export type MandatsanfrageQueryVariables = Exact<{
  id: string;
}>;


export type MandatsanfrageQuery = { mandatsanfrage: { ablehnungsgrund: string | null, beschreibung: string, bewertung: string | null, dringlichkeit: Dringlichkeit, eingegangenAm: string, id: string, klientArt: PersonArt, klientEmail: string, klientName: string, klientOrt: string | null, klientPlz: string | null, klientStrasse: string | null, klientTelefon: string | null, kollisionFreigabeGrund: string | null, kollisionGeprueftAm: string | null, referenz: string, sachgebiet: string, status: MandatsanfrageStatus, streitwert: string | null, umfang: string | null, akt: { id: string } | null, dokumente: Array<{ dateiname: string, groesse: number, typ: string }>, gegner: Array<{ art: PersonArt, name: string, ort: string | null, plz: string | null, strasse: string | null }>, kollisionFreigabeVon: { id: string } | null, kollisionTreffer: Array<{ aktId: string, aktenzeichen: string, bekannteRolle: ParteiRolle, bekannterName: string, gruende: Array<string>, name: string, neueRolle: ParteiRolle, personId: string }> | null, zugewiesenAn: { id: string } | null, zuweisungsvorschlag: Array<{ offeneAkten: number, sachgebietPasst: boolean, benutzer: { id: string } }> } | null };

export type MandatsanfragenQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  filter?: MandatsanfrageFilter | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type MandatsanfragenQuery = { mandatsanfragen: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { ablehnungsgrund: string | null, beschreibung: string, bewertung: string | null, dringlichkeit: Dringlichkeit, eingegangenAm: string, id: string, klientArt: PersonArt, klientEmail: string, klientName: string, klientOrt: string | null, klientPlz: string | null, klientStrasse: string | null, klientTelefon: string | null, kollisionFreigabeGrund: string | null, kollisionGeprueftAm: string | null, referenz: string, sachgebiet: string, status: MandatsanfrageStatus, streitwert: string | null, umfang: string | null, akt: { id: string } | null, kollisionFreigabeVon: { id: string } | null, zugewiesenAn: { id: string } | null } }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, kuerzel: string, name: string, rolle: Rolle, sachgebiete: Array<string>, kanzlei: { id: string } } };

export type OffeneBuchungenQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  filter?: BankbuchungFilter | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type OffeneBuchungenQuery = { offeneBuchungen: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { angelegtAm: string, bankReferenz: string, betrag: string, buchungsdatum: string, erledigtAm: string | null, grund: string | null, id: string, kontoIban: string, richtung: string, status: BankbuchungStatus, strukturierteReferenz: string | null, teil: number, transaktionIndex: number, valutadatum: string | null, verwendungszweck: string | null, waehrung: string, zahlerIban: string | null, zahlerName: string | null, akt: { id: string } | null, honorarnote: { id: string } | null, honorarzahlung: { id: string } | null, zahlung: { id: string } | null } }> } };

export type PersonQueryVariables = Exact<{
  id: string;
}>;


export type PersonQuery = { person: { art: PersonArt, email: string | null, id: string, kurzbezeichnung: string, name: string, ort: string | null, plz: string | null, strasse: string | null, telefon: string | null, uid: string | null } | null };

export type PersonenQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  filter?: PersonFilter | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
}>;


export type PersonenQuery = { personen: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { art: PersonArt, email: string | null, id: string, kurzbezeichnung: string, name: string, ort: string | null, plz: string | null, strasse: string | null, telefon: string | null, uid: string | null } }> } };

export type PortoSaetzeQueryVariables = Exact<{ [key: string]: never; }>;


export type PortoSaetzeQuery = { portoSaetze: Array<{ betrag: string, bezeichnung: string | null, gueltigAb: string }> };

export type RatgQueryVariables = Exact<{
  bemessungsgrundlage: string;
  datum?: string | null | undefined;
  minuten?: number | null | undefined;
  tarifpost: Tarifpost;
}>;


export type RatgQuery = { ratg: { bemessungsgrundlage: string, betrag: string, bezeichnung: string, ratgGueltigAb: string, tarifpost: Tarifpost } };

export type RatgTabellenQueryVariables = Exact<{ [key: string]: never; }>;


export type RatgTabellenQuery = { ratgTabellen: Array<{ bezeichnung: string, einheitssatzBisGrenze: string, einheitssatzDarueber: string, einheitssatzGrenze: string, ervErstmalig: string, ervWeitere: string, gueltigAb: string, tp8KurzAnteil: string, tp8KurzHoechstens: string, ust: string, posten: Array<{ hoechstens: string, hoechstensWeitereStunde: string | null, tarifpost: Tarifpost }> }> };

export type TarifQueryVariables = Exact<{
  code: string;
}>;


export type TarifQuery = { tarif: { code: string, id: string, name: string, porto: boolean, positionen: Array<{ anzahl: number, reihenfolge: number, tarifpost: Tarifpost, zuschlag: boolean }> } | null };

export type TarifeQueryVariables = Exact<{ [key: string]: never; }>;


export type TarifeQuery = { tarife: Array<{ code: string, id: string, name: string, porto: boolean, positionen: Array<{ anzahl: number, reihenfolge: number, tarifpost: Tarifpost, zuschlag: boolean }> }> };

export type WebhookZustellungenQueryVariables = Exact<{
  after?: string | null | undefined;
  before?: string | null | undefined;
  first?: number | null | undefined;
  last?: number | null | undefined;
  status?: Array<WebhookZustellungStatus> | WebhookZustellungStatus | null | undefined;
  webhookId: string;
}>;


export type WebhookZustellungenQuery = { webhookZustellungen: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { angelegtAm: string, ereignisId: string, ereignisTyp: WebhookEreignisTyp, ereignisZeitpunkt: string, id: string, letzterFehler: string | null, letzterStatusCode: number | null, letzterVersuchAm: string | null, nachrichtId: string, naechsterVersuchAm: string | null, status: WebhookZustellungStatus, versuche: number, zugestelltAm: string | null } }> } };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { webhooks: Array<{ angelegtAm: string, beschreibung: string | null, ereignisse: Array<WebhookEreignisTyp>, geaendertAm: string, id: string, pausiertAm: string | null, pausiertGrund: string | null, status: WebhookStatus, url: string, vorherigesSecretGueltigBis: string | null }> };

export type AnnehmenMandatsanfrageMutationVariables = Exact<{
  input: AnnehmenMandatsanfrageInput;
}>;


export type AnnehmenMandatsanfrageMutation = { annehmenMandatsanfrage:
    | { __typename: 'AnnehmenMandatsanfragePayload', mandatsanfrage: { ablehnungsgrund: string | null, beschreibung: string, bewertung: string | null, dringlichkeit: Dringlichkeit, eingegangenAm: string, id: string, klientArt: PersonArt, klientEmail: string, klientName: string, klientOrt: string | null, klientPlz: string | null, klientStrasse: string | null, klientTelefon: string | null, kollisionFreigabeGrund: string | null, kollisionGeprueftAm: string | null, referenz: string, sachgebiet: string, status: MandatsanfrageStatus, streitwert: string | null, umfang: string | null, akt: { id: string } | null, dokumente: Array<{ dateiname: string, groesse: number, typ: string }>, gegner: Array<{ art: PersonArt, name: string, ort: string | null, plz: string | null, strasse: string | null }>, kollisionFreigabeVon: { id: string } | null, kollisionTreffer: Array<{ aktId: string, aktenzeichen: string, bekannteRolle: ParteiRolle, bekannterName: string, gruende: Array<string>, name: string, neueRolle: ParteiRolle, personId: string }> | null, zugewiesenAn: { id: string } | null, zuweisungsvorschlag: Array<{ offeneAkten: number, sachgebietPasst: boolean, benutzer: { id: string } }> } }
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type ArchiviereAktMutationVariables = Exact<{
  input: ArchiviereAktInput;
}>;


export type ArchiviereAktMutation = { archiviereAkt:
    | { __typename: 'ArchiviereAktPayload', akt: { abgeschlossenAm: string | null, aktenzeichen: string, angelegtAm: string, archiviertAm: string | null, aufbewahrenBis: string | null, bemessungsgrundlage: string | null, bezeichnung: string, geschaeftszahlen: Array<string>, id: string, rechtlicheSperreBis: string | null, sachgebiet: string | null, status: AktStatus, version: number, zahlungsreihenfolge: Zahlungsreihenfolge, beschlusskostennote: { barauslagenKlient: string, summe: string, summeKanzlei: string }, forderungen: Array<{ id: string }>, gegner: Array<{ id: string }>, honorarnoten: Array<{ id: string }>, klient: { id: string }, leistungen: Array<{ id: string }>, mahnschreiben: Array<{ id: string }>, mandatsanfrage: { id: string } | null, ratenvereinbarung: { anzahl: number, ersteFaelligkeit: string, intervallMonate: number, rate: string } | null, titel: Array<{ id: string }>, verlauf: Array<{ am: string, grund: string | null, nach: AktStatus, von: AktStatus | null, benutzer: { id: string } | null }>, zahlungen: Array<{ id: string }>, zahlungsreferenzen: Array<{ gegnerPosition: number, rfReferenz: string, gegner: { id: string } }>, zustaendig: { id: string } | null } }
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type AssignForderungenToTitelMutationVariables = Exact<{
  input: AssignForderungenToTitelInput;
}>;


export type AssignForderungenToTitelMutation = { assignForderungenToTitel:
    | { __typename: 'AssignForderungenToTitelPayload', titel: { barauslagenDurchlaufer: string, barauslagenKlient: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, beschlussart: Beschlussart, datum: string, einheitssatz: string, gegenWen: number | null, geschaeftszahl: string | null, geschaeftszahlHinweis: string | null, honorartext: string | null, id: string, memo: string | null, ust: string, ustErfasst: boolean, verdienst: string, vollstreckbarAm: string | null, weiteresVorbringen: Array<string>, zeitMinuten: number | null, zinsen54a: boolean, zinsen54aErfasst: boolean, zugesprochen: string, akt: { id: string }, forderungen: Array<{ id: string }>, gericht: { id: string }, leistung: { id: string } | null, sachbearbeiter: { id: string } | null } }
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type AssignMandatsanfrageMutationVariables = Exact<{
  input: AssignMandatsanfrageInput;
}>;


export type AssignMandatsanfrageMutation = { assignMandatsanfrage:
    | { __typename: 'AssignMandatsanfragePayload', mandatsanfrage: { ablehnungsgrund: string | null, beschreibung: string, bewertung: string | null, dringlichkeit: Dringlichkeit, eingegangenAm: string, id: string, klientArt: PersonArt, klientEmail: string, klientName: string, klientOrt: string | null, klientPlz: string | null, klientStrasse: string | null, klientTelefon: string | null, kollisionFreigabeGrund: string | null, kollisionGeprueftAm: string | null, referenz: string, sachgebiet: string, status: MandatsanfrageStatus, streitwert: string | null, umfang: string | null, akt: { id: string } | null, dokumente: Array<{ dateiname: string, groesse: number, typ: string }>, gegner: Array<{ art: PersonArt, name: string, ort: string | null, plz: string | null, strasse: string | null }>, kollisionFreigabeVon: { id: string } | null, kollisionTreffer: Array<{ aktId: string, aktenzeichen: string, bekannteRolle: ParteiRolle, bekannterName: string, gruende: Array<string>, name: string, neueRolle: ParteiRolle, personId: string }> | null, zugewiesenAn: { id: string } | null, zuweisungsvorschlag: Array<{ offeneAkten: number, sachgebietPasst: boolean, benutzer: { id: string } }> } }
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type BuchungVerwerfenMutationVariables = Exact<{
  input: BuchungVerwerfenInput;
}>;


export type BuchungVerwerfenMutation = { buchungVerwerfen:
    | { __typename: 'BuchungVerwerfenPayload', bankbuchung: { angelegtAm: string, bankReferenz: string, betrag: string, buchungsdatum: string, erledigtAm: string | null, grund: string | null, id: string, kontoIban: string, richtung: string, status: BankbuchungStatus, strukturierteReferenz: string | null, teil: number, transaktionIndex: number, valutadatum: string | null, verwendungszweck: string | null, waehrung: string, zahlerIban: string | null, zahlerName: string | null, akt: { id: string } | null, honorarnote: { id: string } | null, honorarzahlung: { id: string } | null, zahlung: { id: string } | null } }
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type BuchungZuordnenMutationVariables = Exact<{
  input: BuchungZuordnenInput;
}>;


export type BuchungZuordnenMutation = { buchungZuordnen:
    | { __typename: 'BuchungZuordnenPayload', bankbuchung: { angelegtAm: string, bankReferenz: string, betrag: string, buchungsdatum: string, erledigtAm: string | null, grund: string | null, id: string, kontoIban: string, richtung: string, status: BankbuchungStatus, strukturierteReferenz: string | null, teil: number, transaktionIndex: number, valutadatum: string | null, verwendungszweck: string | null, waehrung: string, zahlerIban: string | null, zahlerName: string | null, akt: { id: string } | null, honorarnote: { id: string } | null, honorarzahlung: { id: string } | null, zahlung: { id: string } | null } }
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type CopyTarifMutationVariables = Exact<{
  input: CopyTarifInput;
}>;


export type CopyTarifMutation = { copyTarif:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'CopyTarifPayload', tarif: { code: string, id: string, name: string, porto: boolean, positionen: Array<{ anzahl: number, reihenfolge: number, tarifpost: Tarifpost, zuschlag: boolean }> } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type CreateAktMutationVariables = Exact<{
  input: CreateAktInput;
}>;


export type CreateAktMutation = { createAkt:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'CreateAktPayload', akt: { abgeschlossenAm: string | null, aktenzeichen: string, angelegtAm: string, archiviertAm: string | null, aufbewahrenBis: string | null, bemessungsgrundlage: string | null, bezeichnung: string, geschaeftszahlen: Array<string>, id: string, rechtlicheSperreBis: string | null, sachgebiet: string | null, status: AktStatus, version: number, zahlungsreihenfolge: Zahlungsreihenfolge, beschlusskostennote: { barauslagenKlient: string, summe: string, summeKanzlei: string }, forderungen: Array<{ id: string }>, gegner: Array<{ id: string }>, honorarnoten: Array<{ id: string }>, klient: { id: string }, leistungen: Array<{ id: string }>, mahnschreiben: Array<{ id: string }>, mandatsanfrage: { id: string } | null, ratenvereinbarung: { anzahl: number, ersteFaelligkeit: string, intervallMonate: number, rate: string } | null, titel: Array<{ id: string }>, verlauf: Array<{ am: string, grund: string | null, nach: AktStatus, von: AktStatus | null, benutzer: { id: string } | null }>, zahlungen: Array<{ id: string }>, zahlungsreferenzen: Array<{ gegnerPosition: number, rfReferenz: string, gegner: { id: string } }>, zustaendig: { id: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type CreateForderungMutationVariables = Exact<{
  input: CreateForderungInput;
}>;


export type CreateForderungMutation = { createForderung:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'CreateForderungPayload', hinweis: string | null, forderung: { art: ForderungArt, betrag: string, bezeichnung: string | null, faelligAm: string | null, id: string, zinsenAb: string | null, zinssatz: string | null, akt: { id: string }, titel: { id: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type CreateGerichtMutationVariables = Exact<{
  input: CreateGerichtInput;
}>;


export type CreateGerichtMutation = { createGericht:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'CreateGerichtPayload', gericht: { art: GerichtArt, bundesland: string | null, eigenes: boolean, id: string, kurzbezeichnung: string, name: string, ort: string, plz: string, strasse: string | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type CreateKommunikationMutationVariables = Exact<{
  input: CreateKommunikationInput;
}>;


export type CreateKommunikationMutation = { createKommunikation:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'CreateKommunikationPayload', kommunikation: { am: string, betreff: string, fuerMandant: boolean, id: string, kanal: Kanal, richtung: Richtung, text: string | null, benutzer: { id: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type CreateLeistungMutationVariables = Exact<{
  input: CreateLeistungInput;
}>;


export type CreateLeistungMutation = { createLeistung:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'CreateLeistungPayload', leistung: { barauslagenDurchlaufer: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, bemessungsgrundlage: string | null, datum: string, einheitssatz: string, gerichtlichBestimmt: boolean, id: string, kuerzel: string, ratgGueltigAb: string | null, streitgenossenzuschlag: string, tarifbasis: string | null, text: string | null, ust: string, verdienst: string, zeitMinuten: number | null, akt: { id: string }, honorarnote: { id: string } | null, sachbearbeiter: { id: string } | null, titel: { id: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'CreatePersonPayload', person: { art: PersonArt, email: string | null, id: string, kurzbezeichnung: string, name: string, ort: string | null, plz: string | null, strasse: string | null, telefon: string | null, uid: string | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type CreateTitelMutationVariables = Exact<{
  input: CreateTitelInput;
}>;


export type CreateTitelMutation = { createTitel:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'CreateTitelPayload', titel: { barauslagenDurchlaufer: string, barauslagenKlient: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, beschlussart: Beschlussart, datum: string, einheitssatz: string, gegenWen: number | null, geschaeftszahl: string | null, geschaeftszahlHinweis: string | null, honorartext: string | null, id: string, memo: string | null, ust: string, ustErfasst: boolean, verdienst: string, vollstreckbarAm: string | null, weiteresVorbringen: Array<string>, zeitMinuten: number | null, zinsen54a: boolean, zinsen54aErfasst: boolean, zugesprochen: string, akt: { id: string }, forderungen: Array<{ id: string }>, gericht: { id: string }, leistung: { id: string } | null, sachbearbeiter: { id: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type CreateTitelFromLeistungMutationVariables = Exact<{
  input: CreateTitelFromLeistungInput;
}>;


export type CreateTitelFromLeistungMutation = { createTitelFromLeistung:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'CreateTitelFromLeistungPayload', titel: { barauslagenDurchlaufer: string, barauslagenKlient: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, beschlussart: Beschlussart, datum: string, einheitssatz: string, gegenWen: number | null, geschaeftszahl: string | null, geschaeftszahlHinweis: string | null, honorartext: string | null, id: string, memo: string | null, ust: string, ustErfasst: boolean, verdienst: string, vollstreckbarAm: string | null, weiteresVorbringen: Array<string>, zeitMinuten: number | null, zinsen54a: boolean, zinsen54aErfasst: boolean, zugesprochen: string, akt: { id: string }, forderungen: Array<{ id: string }>, gericht: { id: string }, leistung: { id: string } | null, sachbearbeiter: { id: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { createWebhook:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'CreateWebhookPayload', secret: string, webhook: { angelegtAm: string, beschreibung: string | null, ereignisse: Array<WebhookEreignisTyp>, geaendertAm: string, id: string, pausiertAm: string | null, pausiertGrund: string | null, status: WebhookStatus, url: string, vorherigesSecretGueltigBis: string | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type DeleteForderungMutationVariables = Exact<{
  input: DeleteForderungInput;
}>;


export type DeleteForderungMutation = { deleteForderung:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'DeleteForderungPayload', deletedId: string, akt: { abgeschlossenAm: string | null, aktenzeichen: string, angelegtAm: string, archiviertAm: string | null, aufbewahrenBis: string | null, bemessungsgrundlage: string | null, bezeichnung: string, geschaeftszahlen: Array<string>, id: string, rechtlicheSperreBis: string | null, sachgebiet: string | null, status: AktStatus, version: number, zahlungsreihenfolge: Zahlungsreihenfolge, beschlusskostennote: { barauslagenKlient: string, summe: string, summeKanzlei: string }, forderungen: Array<{ id: string }>, gegner: Array<{ id: string }>, honorarnoten: Array<{ id: string }>, klient: { id: string }, leistungen: Array<{ id: string }>, mahnschreiben: Array<{ id: string }>, mandatsanfrage: { id: string } | null, ratenvereinbarung: { anzahl: number, ersteFaelligkeit: string, intervallMonate: number, rate: string } | null, titel: Array<{ id: string }>, verlauf: Array<{ am: string, grund: string | null, nach: AktStatus, von: AktStatus | null, benutzer: { id: string } | null }>, zahlungen: Array<{ id: string }>, zahlungsreferenzen: Array<{ gegnerPosition: number, rfReferenz: string, gegner: { id: string } }>, zustaendig: { id: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type DeleteLeistungMutationVariables = Exact<{
  input: DeleteLeistungInput;
}>;


export type DeleteLeistungMutation = { deleteLeistung:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'DeleteLeistungPayload', deletedId: string, akt: { abgeschlossenAm: string | null, aktenzeichen: string, angelegtAm: string, archiviertAm: string | null, aufbewahrenBis: string | null, bemessungsgrundlage: string | null, bezeichnung: string, geschaeftszahlen: Array<string>, id: string, rechtlicheSperreBis: string | null, sachgebiet: string | null, status: AktStatus, version: number, zahlungsreihenfolge: Zahlungsreihenfolge, beschlusskostennote: { barauslagenKlient: string, summe: string, summeKanzlei: string }, forderungen: Array<{ id: string }>, gegner: Array<{ id: string }>, honorarnoten: Array<{ id: string }>, klient: { id: string }, leistungen: Array<{ id: string }>, mahnschreiben: Array<{ id: string }>, mandatsanfrage: { id: string } | null, ratenvereinbarung: { anzahl: number, ersteFaelligkeit: string, intervallMonate: number, rate: string } | null, titel: Array<{ id: string }>, verlauf: Array<{ am: string, grund: string | null, nach: AktStatus, von: AktStatus | null, benutzer: { id: string } | null }>, zahlungen: Array<{ id: string }>, zahlungsreferenzen: Array<{ gegnerPosition: number, rfReferenz: string, gegner: { id: string } }>, zustaendig: { id: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type DeleteTitelMutationVariables = Exact<{
  input: DeleteTitelInput;
}>;


export type DeleteTitelMutation = { deleteTitel:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'DeleteTitelPayload', deletedId: string, akt: { abgeschlossenAm: string | null, aktenzeichen: string, angelegtAm: string, archiviertAm: string | null, aufbewahrenBis: string | null, bemessungsgrundlage: string | null, bezeichnung: string, geschaeftszahlen: Array<string>, id: string, rechtlicheSperreBis: string | null, sachgebiet: string | null, status: AktStatus, version: number, zahlungsreihenfolge: Zahlungsreihenfolge, beschlusskostennote: { barauslagenKlient: string, summe: string, summeKanzlei: string }, forderungen: Array<{ id: string }>, gegner: Array<{ id: string }>, honorarnoten: Array<{ id: string }>, klient: { id: string }, leistungen: Array<{ id: string }>, mahnschreiben: Array<{ id: string }>, mandatsanfrage: { id: string } | null, ratenvereinbarung: { anzahl: number, ersteFaelligkeit: string, intervallMonate: number, rate: string } | null, titel: Array<{ id: string }>, verlauf: Array<{ am: string, grund: string | null, nach: AktStatus, von: AktStatus | null, benutzer: { id: string } | null }>, zahlungen: Array<{ id: string }>, zahlungsreferenzen: Array<{ gegnerPosition: number, rfReferenz: string, gegner: { id: string } }>, zustaendig: { id: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type DeleteWebhookMutationVariables = Exact<{
  input: DeleteWebhookInput;
}>;


export type DeleteWebhookMutation = { deleteWebhook:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'DeleteWebhookPayload', deletedId: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type ErfasseHonorarzahlungMutationVariables = Exact<{
  input: ErfasseHonorarzahlungInput;
}>;


export type ErfasseHonorarzahlungMutation = { erfasseHonorarzahlung:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ErfasseHonorarzahlungPayload', honorarnote: { art: HonorarnoteArt, barauslagenDurchlaufer: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, bezahltAm: string | null, bezahlterBetrag: string, brutto: string, datum: string, einheitssatz: string, empfaengerAnschrift: string | null, empfaengerName: string, faelligAm: string, id: string, nummer: string, offenerBetrag: string, rfReferenz: string, stornoGrund: string | null, streitgenossenzuschlag: string, ust: string, ustBasis: string, verdienst: string, zahlungsstatus: Zahlungsstatus, abschreibung: { am: string, betrag: string, grund: string, benutzer: { id: string } | null } | null, akt: { id: string }, honorarzahlungen: Array<{ id: string }>, positionen: Array<{ barauslagenDurchlaufer: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, bemessungsgrundlage: string | null, datum: string, einheitssatz: string, kuerzel: string, leistungId: string | null, reihenfolge: number, streitgenossenzuschlag: string, tarifbasis: string | null, text: string | null, verdienst: string }>, storniertDurch: { id: string } | null, stornoVon: { id: string } | null }, honorarzahlung: { angelegtAm: string, betrag: string, bezahltAm: string, id: string, storniertAm: string | null, stornoGrund: string | null, verwendungszweck: string | null, honorarnote: { id: string } } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type ErfasseZahlungMutationVariables = Exact<{
  input: ErfasseZahlungInput;
}>;


export type ErfasseZahlungMutation = { erfasseZahlung:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ErfasseZahlungPayload', zahlung: { betrag: string, datum: string, id: string, storniertAm: string | null, stornoGrund: string | null, verwendungszweck: string | null, akt: { id: string } } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type ErstelleHonorarnoteMutationVariables = Exact<{
  input: ErstelleHonorarnoteInput;
}>;


export type ErstelleHonorarnoteMutation = { erstelleHonorarnote:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ErstelleHonorarnotePayload', honorarnote: { art: HonorarnoteArt, barauslagenDurchlaufer: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, bezahltAm: string | null, bezahlterBetrag: string, brutto: string, datum: string, einheitssatz: string, empfaengerAnschrift: string | null, empfaengerName: string, faelligAm: string, id: string, nummer: string, offenerBetrag: string, rfReferenz: string, stornoGrund: string | null, streitgenossenzuschlag: string, ust: string, ustBasis: string, verdienst: string, zahlungsstatus: Zahlungsstatus, abschreibung: { am: string, betrag: string, grund: string, benutzer: { id: string } | null } | null, akt: { id: string }, honorarzahlungen: Array<{ id: string }>, positionen: Array<{ barauslagenDurchlaufer: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, bemessungsgrundlage: string | null, datum: string, einheitssatz: string, kuerzel: string, leistungId: string | null, reihenfolge: number, streitgenossenzuschlag: string, tarifbasis: string | null, text: string | null, verdienst: string }>, storniertDurch: { id: string } | null, stornoVon: { id: string } | null } }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type ImportiereKontoauszugMutationVariables = Exact<{
  input: ImportiereKontoauszugInput;
}>;


export type ImportiereKontoauszugMutation = { importiereKontoauszug:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'ImportiereKontoauszugPayload', bereitsBekannt: Array<{ angelegtAm: string, bankReferenz: string, betrag: string, buchungsdatum: string, erledigtAm: string | null, grund: string | null, id: string, kontoIban: string, richtung: string, status: BankbuchungStatus, strukturierteReferenz: string | null, teil: number, transaktionIndex: number, valutadatum: string | null, verwendungszweck: string | null, waehrung: string, zahlerIban: string | null, zahlerName: string | null, akt: { id: string } | null, honorarnote: { id: string } | null, honorarzahlung: { id: string } | null, zahlung: { id: string } | null }>, gebucht: Array<{ angelegtAm: string, bankReferenz: string, betrag: string, buchungsdatum: string, erledigtAm: string | null, grund: string | null, id: string, kontoIban: string, richtung: string, status: BankbuchungStatus, strukturierteReferenz: string | null, teil: number, transaktionIndex: number, valutadatum: string | null, verwendungszweck: string | null, waehrung: string, zahlerIban: string | null, zahlerName: string | null, akt: { id: string } | null, honorarnote: { id: string } | null, honorarzahlung: { id: string } | null, zahlung: { id: string } | null }>, ignoriert: Array<{ angelegtAm: string, bankReferenz: string, betrag: string, buchungsdatum: string, erledigtAm: string | null, grund: string | null, id: string, kontoIban: string, richtung: string, status: BankbuchungStatus, strukturierteReferenz: string | null, teil: number, transaktionIndex: number, valutadatum: string | null, verwendungszweck: string | null, waehrung: string, zahlerIban: string | null, zahlerName: string | null, akt: { id: string } | null, honorarnote: { id: string } | null, honorarzahlung: { id: string } | null, zahlung: { id: string } | null }>, import: { angelegtAm: string, anzahlBekannt: number, anzahlGebucht: number, anzahlIgnoriert: number, anzahlOffen: number, anzahlVorschlag: number, auszugId: string, dateiBytes: number, format: KontoauszugFormat, id: string, kontoIban: string }, offen: Array<{ angelegtAm: string, bankReferenz: string, betrag: string, buchungsdatum: string, erledigtAm: string | null, grund: string | null, id: string, kontoIban: string, richtung: string, status: BankbuchungStatus, strukturierteReferenz: string | null, teil: number, transaktionIndex: number, valutadatum: string | null, verwendungszweck: string | null, waehrung: string, zahlerIban: string | null, zahlerName: string | null, akt: { id: string } | null, honorarnote: { id: string } | null, honorarzahlung: { id: string } | null, zahlung: { id: string } | null }>, vorgeschlagen: Array<{ angelegtAm: string, bankReferenz: string, betrag: string, buchungsdatum: string, erledigtAm: string | null, grund: string | null, id: string, kontoIban: string, richtung: string, status: BankbuchungStatus, strukturierteReferenz: string | null, teil: number, transaktionIndex: number, valutadatum: string | null, verwendungszweck: string | null, waehrung: string, zahlerIban: string | null, zahlerName: string | null, akt: { id: string } | null, honorarnote: { id: string } | null, honorarzahlung: { id: string } | null, zahlung: { id: string } | null }> }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type LoescheAbgelaufeneAktenMutationVariables = Exact<{
  input?: LoescheAbgelaufeneAktenInput | null | undefined;
}>;


export type LoescheAbgelaufeneAktenMutation = { loescheAbgelaufeneAkten:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'LoescheAbgelaufeneAktenPayload', anonymisierteAnfragen: number, anonymisiertePersonen: number, geloeschteAkten: Array<string>, stichtag: string, vorschau: boolean }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type LoeschePersonendatenMutationVariables = Exact<{
  input: LoeschePersonendatenInput;
}>;


export type LoeschePersonendatenMutation = { loeschePersonendaten:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'LoeschePersonendatenPayload', anonymisierteAnfragen: number, geschwaerzteEintraege: number, person: { art: PersonArt, email: string | null, id: string, kurzbezeichnung: string, name: string, ort: string | null, plz: string | null, strasse: string | null, telefon: string | null, uid: string | null } }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type MahnschreibenVersendenMutationVariables = Exact<{
  input: MahnschreibenVersendenInput;
}>;


export type MahnschreibenVersendenMutation = { mahnschreibenVersenden:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'MahnschreibenVersendenPayload', mahnschreiben: { angelegtAm: string, bezeichnung: string, datum: string, faelligAm: string, gegnerPosition: number, gesamt: string, id: string, mahnkosten: string, rfReferenz: string, stufe: number, tarif: string, akt: { id: string }, gegner: { id: string } } }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type PruefeKollisionMutationVariables = Exact<{
  input: PruefeKollisionInput;
}>;


export type PruefeKollisionMutation = { pruefeKollision:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'PruefeKollisionPayload', mandatsanfrage: { ablehnungsgrund: string | null, beschreibung: string, bewertung: string | null, dringlichkeit: Dringlichkeit, eingegangenAm: string, id: string, klientArt: PersonArt, klientEmail: string, klientName: string, klientOrt: string | null, klientPlz: string | null, klientStrasse: string | null, klientTelefon: string | null, kollisionFreigabeGrund: string | null, kollisionGeprueftAm: string | null, referenz: string, sachgebiet: string, status: MandatsanfrageStatus, streitwert: string | null, umfang: string | null, akt: { id: string } | null, dokumente: Array<{ dateiname: string, groesse: number, typ: string }>, gegner: Array<{ art: PersonArt, name: string, ort: string | null, plz: string | null, strasse: string | null }>, kollisionFreigabeVon: { id: string } | null, kollisionTreffer: Array<{ aktId: string, aktenzeichen: string, bekannteRolle: ParteiRolle, bekannterName: string, gruende: Array<string>, name: string, neueRolle: ParteiRolle, personId: string }> | null, zugewiesenAn: { id: string } | null, zuweisungsvorschlag: Array<{ offeneAkten: number, sachgebietPasst: boolean, benutzer: { id: string } }> } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'RevokeApiKeyPayload', apiKey: { angelegtAm: string, id: string, partner: boolean, prefix: string, widerrufenAm: string | null, benutzer: { id: string } } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type RotateIntakeTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type RotateIntakeTokenMutation = { rotateIntakeToken:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'RotateIntakeTokenPayload', token: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type RotateWebhookSecretMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'RotateWebhookSecretPayload', secret: string, webhook: { angelegtAm: string, beschreibung: string | null, ereignisse: Array<WebhookEreignisTyp>, geaendertAm: string, id: string, pausiertAm: string | null, pausiertGrund: string | null, status: WebhookStatus, url: string, vorherigesSecretGueltigBis: string | null } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type SchreibeHonorarnoteAbMutationVariables = Exact<{
  input: SchreibeHonorarnoteAbInput;
}>;


export type SchreibeHonorarnoteAbMutation = { schreibeHonorarnoteAb:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'SchreibeHonorarnoteAbPayload', honorarnote: { art: HonorarnoteArt, barauslagenDurchlaufer: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, bezahltAm: string | null, bezahlterBetrag: string, brutto: string, datum: string, einheitssatz: string, empfaengerAnschrift: string | null, empfaengerName: string, faelligAm: string, id: string, nummer: string, offenerBetrag: string, rfReferenz: string, stornoGrund: string | null, streitgenossenzuschlag: string, ust: string, ustBasis: string, verdienst: string, zahlungsstatus: Zahlungsstatus, abschreibung: { am: string, betrag: string, grund: string, benutzer: { id: string } | null } | null, akt: { id: string }, honorarzahlungen: Array<{ id: string }>, positionen: Array<{ barauslagenDurchlaufer: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, bemessungsgrundlage: string | null, datum: string, einheitssatz: string, kuerzel: string, leistungId: string | null, reihenfolge: number, streitgenossenzuschlag: string, tarifbasis: string | null, text: string | null, verdienst: string }>, storniertDurch: { id: string } | null, stornoVon: { id: string } | null } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type SetAktStatusMutationVariables = Exact<{
  input: SetAktStatusInput;
}>;


export type SetAktStatusMutation = { setAktStatus:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'SetAktStatusPayload', akt: { abgeschlossenAm: string | null, aktenzeichen: string, angelegtAm: string, archiviertAm: string | null, aufbewahrenBis: string | null, bemessungsgrundlage: string | null, bezeichnung: string, geschaeftszahlen: Array<string>, id: string, rechtlicheSperreBis: string | null, sachgebiet: string | null, status: AktStatus, version: number, zahlungsreihenfolge: Zahlungsreihenfolge, beschlusskostennote: { barauslagenKlient: string, summe: string, summeKanzlei: string }, forderungen: Array<{ id: string }>, gegner: Array<{ id: string }>, honorarnoten: Array<{ id: string }>, klient: { id: string }, leistungen: Array<{ id: string }>, mahnschreiben: Array<{ id: string }>, mandatsanfrage: { id: string } | null, ratenvereinbarung: { anzahl: number, ersteFaelligkeit: string, intervallMonate: number, rate: string } | null, titel: Array<{ id: string }>, verlauf: Array<{ am: string, grund: string | null, nach: AktStatus, von: AktStatus | null, benutzer: { id: string } | null }>, zahlungen: Array<{ id: string }>, zahlungsreferenzen: Array<{ gegnerPosition: number, rfReferenz: string, gegner: { id: string } }>, zustaendig: { id: string } | null } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type SetGegnerMutationVariables = Exact<{
  input: SetGegnerInput;
}>;


export type SetGegnerMutation = { setGegner:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'SetGegnerPayload', akt: { abgeschlossenAm: string | null, aktenzeichen: string, angelegtAm: string, archiviertAm: string | null, aufbewahrenBis: string | null, bemessungsgrundlage: string | null, bezeichnung: string, geschaeftszahlen: Array<string>, id: string, rechtlicheSperreBis: string | null, sachgebiet: string | null, status: AktStatus, version: number, zahlungsreihenfolge: Zahlungsreihenfolge, beschlusskostennote: { barauslagenKlient: string, summe: string, summeKanzlei: string }, forderungen: Array<{ id: string }>, gegner: Array<{ id: string }>, honorarnoten: Array<{ id: string }>, klient: { id: string }, leistungen: Array<{ id: string }>, mahnschreiben: Array<{ id: string }>, mandatsanfrage: { id: string } | null, ratenvereinbarung: { anzahl: number, ersteFaelligkeit: string, intervallMonate: number, rate: string } | null, titel: Array<{ id: string }>, verlauf: Array<{ am: string, grund: string | null, nach: AktStatus, von: AktStatus | null, benutzer: { id: string } | null }>, zahlungen: Array<{ id: string }>, zahlungsreferenzen: Array<{ gegnerPosition: number, rfReferenz: string, gegner: { id: string } }>, zustaendig: { id: string } | null } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type SetLeistungsartMutationVariables = Exact<{
  input: SetLeistungsartInput;
}>;


export type SetLeistungsartMutation = { setLeistungsart:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'SetLeistungsartPayload', leistungsart: { id: string, kuerzel: string, nachDauer: boolean, name: string, ratgPost: Tarifpost | null, tarif: { id: string } | null } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type SetPortoMutationVariables = Exact<{
  input: SetPortoInput;
}>;


export type SetPortoMutation = { setPorto:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'SetPortoPayload', portoSatz: { betrag: string, bezeichnung: string | null, gueltigAb: string } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type SetRatenvereinbarungMutationVariables = Exact<{
  input: SetRatenvereinbarungInput;
}>;


export type SetRatenvereinbarungMutation = { setRatenvereinbarung:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'SetRatenvereinbarungPayload', akt: { abgeschlossenAm: string | null, aktenzeichen: string, angelegtAm: string, archiviertAm: string | null, aufbewahrenBis: string | null, bemessungsgrundlage: string | null, bezeichnung: string, geschaeftszahlen: Array<string>, id: string, rechtlicheSperreBis: string | null, sachgebiet: string | null, status: AktStatus, version: number, zahlungsreihenfolge: Zahlungsreihenfolge, beschlusskostennote: { barauslagenKlient: string, summe: string, summeKanzlei: string }, forderungen: Array<{ id: string }>, gegner: Array<{ id: string }>, honorarnoten: Array<{ id: string }>, klient: { id: string }, leistungen: Array<{ id: string }>, mahnschreiben: Array<{ id: string }>, mandatsanfrage: { id: string } | null, ratenvereinbarung: { anzahl: number, ersteFaelligkeit: string, intervallMonate: number, rate: string } | null, titel: Array<{ id: string }>, verlauf: Array<{ am: string, grund: string | null, nach: AktStatus, von: AktStatus | null, benutzer: { id: string } | null }>, zahlungen: Array<{ id: string }>, zahlungsreferenzen: Array<{ gegnerPosition: number, rfReferenz: string, gegner: { id: string } }>, zustaendig: { id: string } | null } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type SetRechtlicheSperreMutationVariables = Exact<{
  input: SetRechtlicheSperreInput;
}>;


export type SetRechtlicheSperreMutation = { setRechtlicheSperre:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'SetRechtlicheSperrePayload', akt: { abgeschlossenAm: string | null, aktenzeichen: string, angelegtAm: string, archiviertAm: string | null, aufbewahrenBis: string | null, bemessungsgrundlage: string | null, bezeichnung: string, geschaeftszahlen: Array<string>, id: string, rechtlicheSperreBis: string | null, sachgebiet: string | null, status: AktStatus, version: number, zahlungsreihenfolge: Zahlungsreihenfolge, beschlusskostennote: { barauslagenKlient: string, summe: string, summeKanzlei: string }, forderungen: Array<{ id: string }>, gegner: Array<{ id: string }>, honorarnoten: Array<{ id: string }>, klient: { id: string }, leistungen: Array<{ id: string }>, mahnschreiben: Array<{ id: string }>, mandatsanfrage: { id: string } | null, ratenvereinbarung: { anzahl: number, ersteFaelligkeit: string, intervallMonate: number, rate: string } | null, titel: Array<{ id: string }>, verlauf: Array<{ am: string, grund: string | null, nach: AktStatus, von: AktStatus | null, benutzer: { id: string } | null }>, zahlungen: Array<{ id: string }>, zahlungsreferenzen: Array<{ gegnerPosition: number, rfReferenz: string, gegner: { id: string } }>, zustaendig: { id: string } | null } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type SetSachgebieteMutationVariables = Exact<{
  input: SetSachgebieteInput;
}>;


export type SetSachgebieteMutation = { setSachgebiete:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'SetSachgebietePayload', benutzer: { id: string, kuerzel: string, name: string, rolle: Rolle, sachgebiete: Array<string>, kanzlei: { id: string } } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type StornoHonorarnoteMutationVariables = Exact<{
  input: StornoHonorarnoteInput;
}>;


export type StornoHonorarnoteMutation = { stornoHonorarnote:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'StornoHonorarnotePayload', honorarnote: { art: HonorarnoteArt, barauslagenDurchlaufer: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, bezahltAm: string | null, bezahlterBetrag: string, brutto: string, datum: string, einheitssatz: string, empfaengerAnschrift: string | null, empfaengerName: string, faelligAm: string, id: string, nummer: string, offenerBetrag: string, rfReferenz: string, stornoGrund: string | null, streitgenossenzuschlag: string, ust: string, ustBasis: string, verdienst: string, zahlungsstatus: Zahlungsstatus, abschreibung: { am: string, betrag: string, grund: string, benutzer: { id: string } | null } | null, akt: { id: string }, honorarzahlungen: Array<{ id: string }>, positionen: Array<{ barauslagenDurchlaufer: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, bemessungsgrundlage: string | null, datum: string, einheitssatz: string, kuerzel: string, leistungId: string | null, reihenfolge: number, streitgenossenzuschlag: string, tarifbasis: string | null, text: string | null, verdienst: string }>, storniertDurch: { id: string } | null, stornoVon: { id: string } | null } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type StornoHonorarzahlungMutationVariables = Exact<{
  input: StornoHonorarzahlungInput;
}>;


export type StornoHonorarzahlungMutation = { stornoHonorarzahlung:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'StornoHonorarzahlungPayload', honorarnote: { art: HonorarnoteArt, barauslagenDurchlaufer: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, bezahltAm: string | null, bezahlterBetrag: string, brutto: string, datum: string, einheitssatz: string, empfaengerAnschrift: string | null, empfaengerName: string, faelligAm: string, id: string, nummer: string, offenerBetrag: string, rfReferenz: string, stornoGrund: string | null, streitgenossenzuschlag: string, ust: string, ustBasis: string, verdienst: string, zahlungsstatus: Zahlungsstatus, abschreibung: { am: string, betrag: string, grund: string, benutzer: { id: string } | null } | null, akt: { id: string }, honorarzahlungen: Array<{ id: string }>, positionen: Array<{ barauslagenDurchlaufer: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, bemessungsgrundlage: string | null, datum: string, einheitssatz: string, kuerzel: string, leistungId: string | null, reihenfolge: number, streitgenossenzuschlag: string, tarifbasis: string | null, text: string | null, verdienst: string }>, storniertDurch: { id: string } | null, stornoVon: { id: string } | null }, honorarzahlung: { angelegtAm: string, betrag: string, bezahltAm: string, id: string, storniertAm: string | null, stornoGrund: string | null, verwendungszweck: string | null, honorarnote: { id: string } } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type StornoZahlungMutationVariables = Exact<{
  input: StornoZahlungInput;
}>;


export type StornoZahlungMutation = { stornoZahlung:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'StornoZahlungPayload', zahlung: { betrag: string, datum: string, id: string, storniertAm: string | null, stornoGrund: string | null, verwendungszweck: string | null, akt: { id: string } } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type SubmitMandatsanfrageMutationVariables = Exact<{
  input: SubmitMandatsanfrageInput;
}>;


export type SubmitMandatsanfrageMutation = { submitMandatsanfrage:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'RateLimitError', message: string, retryAfterSeconds: number }
    | { __typename: 'SubmitMandatsanfragePayload', eingegangenAm: string, referenz: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type UpdateAktMutationVariables = Exact<{
  input: UpdateAktInput;
}>;


export type UpdateAktMutation = { updateAkt:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'UpdateAktPayload', akt: { abgeschlossenAm: string | null, aktenzeichen: string, angelegtAm: string, archiviertAm: string | null, aufbewahrenBis: string | null, bemessungsgrundlage: string | null, bezeichnung: string, geschaeftszahlen: Array<string>, id: string, rechtlicheSperreBis: string | null, sachgebiet: string | null, status: AktStatus, version: number, zahlungsreihenfolge: Zahlungsreihenfolge, beschlusskostennote: { barauslagenKlient: string, summe: string, summeKanzlei: string }, forderungen: Array<{ id: string }>, gegner: Array<{ id: string }>, honorarnoten: Array<{ id: string }>, klient: { id: string }, leistungen: Array<{ id: string }>, mahnschreiben: Array<{ id: string }>, mandatsanfrage: { id: string } | null, ratenvereinbarung: { anzahl: number, ersteFaelligkeit: string, intervallMonate: number, rate: string } | null, titel: Array<{ id: string }>, verlauf: Array<{ am: string, grund: string | null, nach: AktStatus, von: AktStatus | null, benutzer: { id: string } | null }>, zahlungen: Array<{ id: string }>, zahlungsreferenzen: Array<{ gegnerPosition: number, rfReferenz: string, gegner: { id: string } }>, zustaendig: { id: string } | null } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type UpdateForderungMutationVariables = Exact<{
  input: UpdateForderungInput;
}>;


export type UpdateForderungMutation = { updateForderung:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'UpdateForderungPayload', forderung: { art: ForderungArt, betrag: string, bezeichnung: string | null, faelligAm: string | null, id: string, zinsenAb: string | null, zinssatz: string | null, akt: { id: string }, titel: { id: string } | null } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type UpdateKanzleiMutationVariables = Exact<{
  input: UpdateKanzleiInput;
}>;


export type UpdateKanzleiMutation = { updateKanzlei:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'UpdateKanzleiPayload', kanzlei: { anschrift: string | null, bic: string | null, email: string | null, iban: string | null, id: string, name: string, telefon: string | null, uid: string | null, zahlungszielTage: number } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type UpdateLeistungMutationVariables = Exact<{
  input: UpdateLeistungInput;
}>;


export type UpdateLeistungMutation = { updateLeistung:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'UpdateLeistungPayload', leistung: { barauslagenDurchlaufer: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, bemessungsgrundlage: string | null, datum: string, einheitssatz: string, gerichtlichBestimmt: boolean, id: string, kuerzel: string, ratgGueltigAb: string | null, streitgenossenzuschlag: string, tarifbasis: string | null, text: string | null, ust: string, verdienst: string, zeitMinuten: number | null, akt: { id: string }, honorarnote: { id: string } | null, sachbearbeiter: { id: string } | null, titel: { id: string } | null } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type UpdateMandatsanfrageMutationVariables = Exact<{
  input: UpdateMandatsanfrageInput;
}>;


export type UpdateMandatsanfrageMutation = { updateMandatsanfrage:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'UpdateMandatsanfragePayload', mandatsanfrage: { ablehnungsgrund: string | null, beschreibung: string, bewertung: string | null, dringlichkeit: Dringlichkeit, eingegangenAm: string, id: string, klientArt: PersonArt, klientEmail: string, klientName: string, klientOrt: string | null, klientPlz: string | null, klientStrasse: string | null, klientTelefon: string | null, kollisionFreigabeGrund: string | null, kollisionGeprueftAm: string | null, referenz: string, sachgebiet: string, status: MandatsanfrageStatus, streitwert: string | null, umfang: string | null, akt: { id: string } | null, dokumente: Array<{ dateiname: string, groesse: number, typ: string }>, gegner: Array<{ art: PersonArt, name: string, ort: string | null, plz: string | null, strasse: string | null }>, kollisionFreigabeVon: { id: string } | null, kollisionTreffer: Array<{ aktId: string, aktenzeichen: string, bekannteRolle: ParteiRolle, bekannterName: string, gruende: Array<string>, name: string, neueRolle: ParteiRolle, personId: string }> | null, zugewiesenAn: { id: string } | null, zuweisungsvorschlag: Array<{ offeneAkten: number, sachgebietPasst: boolean, benutzer: { id: string } }> } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'UpdatePersonPayload', person: { art: PersonArt, email: string | null, id: string, kurzbezeichnung: string, name: string, ort: string | null, plz: string | null, strasse: string | null, telefon: string | null, uid: string | null } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type UpdateTarifMutationVariables = Exact<{
  input: UpdateTarifInput;
}>;


export type UpdateTarifMutation = { updateTarif:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'UpdateTarifPayload', tarif: { code: string, id: string, name: string, porto: boolean, positionen: Array<{ anzahl: number, reihenfolge: number, tarifpost: Tarifpost, zuschlag: boolean }> } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type UpdateTitelMutationVariables = Exact<{
  input: UpdateTitelInput;
}>;


export type UpdateTitelMutation = { updateTitel:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'UpdateTitelPayload', titel: { barauslagenDurchlaufer: string, barauslagenKlient: string, barauslagenUstFrei: string, barauslagenUstPflichtig: string, beschlussart: Beschlussart, datum: string, einheitssatz: string, gegenWen: number | null, geschaeftszahl: string | null, geschaeftszahlHinweis: string | null, honorartext: string | null, id: string, memo: string | null, ust: string, ustErfasst: boolean, verdienst: string, vollstreckbarAm: string | null, weiteresVorbringen: Array<string>, zeitMinuten: number | null, zinsen54a: boolean, zinsen54aErfasst: boolean, zugesprochen: string, akt: { id: string }, forderungen: Array<{ id: string }>, gericht: { id: string }, leistung: { id: string } | null, sachbearbeiter: { id: string } | null } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type UpdateWebhookMutationVariables = Exact<{
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { updateWebhook:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'UpdateWebhookPayload', webhook: { angelegtAm: string, beschreibung: string | null, ereignisse: Array<WebhookEreignisTyp>, geaendertAm: string, id: string, pausiertAm: string | null, pausiertGrund: string | null, status: WebhookStatus, url: string, vorherigesSecretGueltigBis: string | null } }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
   };

export type ValorisiereRatgMutationVariables = Exact<{
  input: ValorisiereRatgInput;
}>;


export type ValorisiereRatgMutation = { valorisiereRatg:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ValorisiereRatgPayload', ratgTabelle: { bezeichnung: string, einheitssatzBisGrenze: string, einheitssatzDarueber: string, einheitssatzGrenze: string, ervErstmalig: string, ervWeitere: string, gueltigAb: string, tp8KurzAnteil: string, tp8KurzHoechstens: string, ust: string, posten: Array<{ hoechstens: string, hoechstensWeitereStunde: string | null, tarifpost: Tarifpost }> } }
   };

export type ZustellungWiederholenMutationVariables = Exact<{
  input: ZustellungWiederholenInput;
}>;


export type ZustellungWiederholenMutation = { zustellungWiederholen:
    | { __typename: 'ConflictError', currentVersion: number | null, entity: string, message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', entity: string, id: string, message: string }
    | { __typename: 'ValidationError', field: string | null, message: string, issues: Array<{ field: string, message: string }> }
    | { __typename: 'ZustellungWiederholenPayload', zustellung: { angelegtAm: string, ereignisId: string, ereignisTyp: WebhookEreignisTyp, ereignisZeitpunkt: string, id: string, letzterFehler: string | null, letzterStatusCode: number | null, letzterVersuchAm: string | null, nachrichtId: string, naechsterVersuchAm: string | null, status: WebhookZustellungStatus, versuche: number, zugestelltAm: string | null } }
   };

export type PersonEreignisFragment = { id: string, art: PersonArt, name: string, kurzbezeichnung: string, strasse: string | null, plz: string | null, ort: string | null, email: string | null, telefon: string | null, uid: string | null };

export type BenutzerEreignisFragment = { id: string, kuerzel: string, name: string };

export type AktEreignisFragment = { id: string, aktenzeichen: string, bezeichnung: string, status: AktStatus, sachgebiet: string | null, version: number, angelegtAm: string, abgeschlossenAm: string | null, archiviertAm: string | null, aufbewahrenBis: string | null, rechtlicheSperreBis: string | null, bemessungsgrundlage: string | null, zahlungsreihenfolge: Zahlungsreihenfolge, ratenvereinbarung: { anzahl: number, ersteFaelligkeit: string, intervallMonate: number, rate: string } | null, klient: { id: string, art: PersonArt, name: string, kurzbezeichnung: string, strasse: string | null, plz: string | null, ort: string | null, email: string | null, telefon: string | null, uid: string | null }, gegner: Array<{ id: string, art: PersonArt, name: string, kurzbezeichnung: string, strasse: string | null, plz: string | null, ort: string | null, email: string | null, telefon: string | null, uid: string | null }>, zustaendig: { id: string, kuerzel: string, name: string } | null, mandatsanfrage: { id: string, referenz: string } | null, verlauf: Array<{ von: AktStatus | null, nach: AktStatus, am: string, grund: string | null, benutzer: { id: string, kuerzel: string, name: string } | null }> };

export type AktVerweisFragment = { id: string, aktenzeichen: string };

export type ForderungEreignisFragment = { id: string, art: ForderungArt, betrag: string, bezeichnung: string | null, faelligAm: string | null, zinsenAb: string | null, zinssatz: string | null, akt: { id: string, aktenzeichen: string }, titel: { id: string } | null };

export type LeistungEreignisFragment = { id: string, datum: string, kuerzel: string, text: string | null, zeitMinuten: number | null, tarifbasis: string | null, ratgGueltigAb: string | null, bemessungsgrundlage: string | null, verdienst: string, einheitssatz: string, streitgenossenzuschlag: string, ust: string, barauslagenUstPflichtig: string, barauslagenUstFrei: string, barauslagenDurchlaufer: string, gerichtlichBestimmt: boolean, akt: { id: string, aktenzeichen: string }, sachbearbeiter: { id: string, kuerzel: string, name: string } | null, honorarnote: { id: string, nummer: string } | null, titel: { id: string } | null };

export type TitelEreignisFragment = { id: string, beschlussart: Beschlussart, datum: string, vollstreckbarAm: string | null, gegenWen: number | null, geschaeftszahl: string | null, geschaeftszahlHinweis: string | null, honorartext: string | null, memo: string | null, zeitMinuten: number | null, verdienst: string, einheitssatz: string, ust: string, ustErfasst: boolean, barauslagenUstPflichtig: string, barauslagenUstFrei: string, barauslagenDurchlaufer: string, barauslagenKlient: string, zinsen54a: boolean, zinsen54aErfasst: boolean, zugesprochen: string, gericht: { id: string, kurzbezeichnung: string, name: string }, akt: { id: string, aktenzeichen: string }, forderungen: Array<{ id: string }>, leistung: { id: string } | null, sachbearbeiter: { id: string, kuerzel: string, name: string } | null };

export type HonorarnoteEreignisFragment = { id: string, nummer: string, art: HonorarnoteArt, datum: string, faelligAm: string, empfaengerName: string, empfaengerAnschrift: string | null, verdienst: string, einheitssatz: string, streitgenossenzuschlag: string, barauslagenUstPflichtig: string, barauslagenUstFrei: string, barauslagenDurchlaufer: string, ustBasis: string, ust: string, brutto: string, zahlungsstatus: Zahlungsstatus, bezahlterBetrag: string, offenerBetrag: string, bezahltAm: string | null, stornoGrund: string | null, positionen: Array<{ reihenfolge: number, leistungId: string | null, datum: string, kuerzel: string, text: string | null, tarifbasis: string | null, bemessungsgrundlage: string | null, verdienst: string, einheitssatz: string, streitgenossenzuschlag: string, barauslagenUstPflichtig: string, barauslagenUstFrei: string, barauslagenDurchlaufer: string }>, abschreibung: { betrag: string, grund: string, am: string, benutzer: { id: string, kuerzel: string, name: string } | null } | null, akt: { id: string, aktenzeichen: string }, stornoVon: { id: string, nummer: string } | null, storniertDurch: { id: string, nummer: string } | null, honorarzahlungen: Array<{ id: string, betrag: string, bezahltAm: string, storniertAm: string | null }> };

export type HonorarzahlungEreignisFragment = { id: string, betrag: string, bezahltAm: string, verwendungszweck: string | null, angelegtAm: string, storniertAm: string | null, stornoGrund: string | null, honorarnote: { id: string, nummer: string, zahlungsstatus: Zahlungsstatus, bezahlterBetrag: string, offenerBetrag: string, bezahltAm: string | null, akt: { id: string, aktenzeichen: string } } };

export type ZahlungEreignisFragment = { id: string, betrag: string, datum: string, verwendungszweck: string | null, storniertAm: string | null, stornoGrund: string | null, akt: { id: string, aktenzeichen: string } };

export type MahnschreibenEreignisFragment = { id: string, stufe: number, bezeichnung: string, gegnerPosition: number, tarif: string, datum: string, faelligAm: string, mahnkosten: string, gesamt: string, rfReferenz: string, angelegtAm: string, gegner: { id: string, art: PersonArt, name: string, kurzbezeichnung: string, strasse: string | null, plz: string | null, ort: string | null, email: string | null, telefon: string | null, uid: string | null }, akt: { id: string, aktenzeichen: string } };

export type MandatsanfrageEreignisFragment = { id: string, referenz: string, status: MandatsanfrageStatus, eingegangenAm: string, sachgebiet: string, beschreibung: string, streitwert: string | null, dringlichkeit: Dringlichkeit, klientArt: PersonArt, klientName: string, klientEmail: string, klientTelefon: string | null, klientStrasse: string | null, klientPlz: string | null, klientOrt: string | null, umfang: string | null, bewertung: string | null, ablehnungsgrund: string | null, kollisionGeprueftAm: string | null, kollisionFreigabeGrund: string | null, gegner: Array<{ art: PersonArt, name: string, strasse: string | null, plz: string | null, ort: string | null }>, dokumente: Array<{ dateiname: string, typ: string, groesse: number }>, zugewiesenAn: { id: string, kuerzel: string, name: string } | null, akt: { id: string, aktenzeichen: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PersonEreignisFragmentDoc = new TypedDocumentString(`
    fragment PersonEreignis on Person {
  id
  art
  name
  kurzbezeichnung
  strasse
  plz
  ort
  email
  telefon
  uid
}
    `, {"fragmentName":"PersonEreignis"}) as unknown as TypedDocumentString<PersonEreignisFragment, unknown>;
export const BenutzerEreignisFragmentDoc = new TypedDocumentString(`
    fragment BenutzerEreignis on Benutzer {
  id
  kuerzel
  name
}
    `, {"fragmentName":"BenutzerEreignis"}) as unknown as TypedDocumentString<BenutzerEreignisFragment, unknown>;
export const AktEreignisFragmentDoc = new TypedDocumentString(`
    fragment AktEreignis on Akt {
  id
  aktenzeichen
  bezeichnung
  status
  sachgebiet
  version
  angelegtAm
  abgeschlossenAm
  archiviertAm
  aufbewahrenBis
  rechtlicheSperreBis
  bemessungsgrundlage
  zahlungsreihenfolge
  ratenvereinbarung {
    anzahl
    ersteFaelligkeit
    intervallMonate
    rate
  }
  klient {
    ...PersonEreignis
  }
  gegner {
    ...PersonEreignis
  }
  zustaendig {
    ...BenutzerEreignis
  }
  mandatsanfrage {
    id
    referenz
  }
  verlauf {
    von
    nach
    am
    grund
    benutzer {
      ...BenutzerEreignis
    }
  }
}
    fragment PersonEreignis on Person {
  id
  art
  name
  kurzbezeichnung
  strasse
  plz
  ort
  email
  telefon
  uid
}
fragment BenutzerEreignis on Benutzer {
  id
  kuerzel
  name
}`, {"fragmentName":"AktEreignis"}) as unknown as TypedDocumentString<AktEreignisFragment, unknown>;
export const AktVerweisFragmentDoc = new TypedDocumentString(`
    fragment AktVerweis on Akt {
  id
  aktenzeichen
}
    `, {"fragmentName":"AktVerweis"}) as unknown as TypedDocumentString<AktVerweisFragment, unknown>;
export const ForderungEreignisFragmentDoc = new TypedDocumentString(`
    fragment ForderungEreignis on Forderung {
  id
  art
  betrag
  bezeichnung
  faelligAm
  zinsenAb
  zinssatz
  akt {
    ...AktVerweis
  }
  titel {
    id
  }
}
    fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, {"fragmentName":"ForderungEreignis"}) as unknown as TypedDocumentString<ForderungEreignisFragment, unknown>;
export const LeistungEreignisFragmentDoc = new TypedDocumentString(`
    fragment LeistungEreignis on Leistung {
  id
  datum
  kuerzel
  text
  zeitMinuten
  tarifbasis
  ratgGueltigAb
  bemessungsgrundlage
  verdienst
  einheitssatz
  streitgenossenzuschlag
  ust
  barauslagenUstPflichtig
  barauslagenUstFrei
  barauslagenDurchlaufer
  gerichtlichBestimmt
  akt {
    ...AktVerweis
  }
  sachbearbeiter {
    ...BenutzerEreignis
  }
  honorarnote {
    id
    nummer
  }
  titel {
    id
  }
}
    fragment BenutzerEreignis on Benutzer {
  id
  kuerzel
  name
}
fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, {"fragmentName":"LeistungEreignis"}) as unknown as TypedDocumentString<LeistungEreignisFragment, unknown>;
export const TitelEreignisFragmentDoc = new TypedDocumentString(`
    fragment TitelEreignis on Titel {
  id
  beschlussart
  datum
  vollstreckbarAm
  gegenWen
  geschaeftszahl
  geschaeftszahlHinweis
  honorartext
  memo
  zeitMinuten
  verdienst
  einheitssatz
  ust
  ustErfasst
  barauslagenUstPflichtig
  barauslagenUstFrei
  barauslagenDurchlaufer
  barauslagenKlient
  zinsen54a
  zinsen54aErfasst
  zugesprochen
  gericht {
    id
    kurzbezeichnung
    name
  }
  akt {
    ...AktVerweis
  }
  forderungen {
    id
  }
  leistung {
    id
  }
  sachbearbeiter {
    ...BenutzerEreignis
  }
}
    fragment BenutzerEreignis on Benutzer {
  id
  kuerzel
  name
}
fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, {"fragmentName":"TitelEreignis"}) as unknown as TypedDocumentString<TitelEreignisFragment, unknown>;
export const HonorarnoteEreignisFragmentDoc = new TypedDocumentString(`
    fragment HonorarnoteEreignis on Honorarnote {
  id
  nummer
  art
  datum
  faelligAm
  empfaengerName
  empfaengerAnschrift
  verdienst
  einheitssatz
  streitgenossenzuschlag
  barauslagenUstPflichtig
  barauslagenUstFrei
  barauslagenDurchlaufer
  ustBasis
  ust
  brutto
  zahlungsstatus
  bezahlterBetrag
  offenerBetrag
  bezahltAm
  stornoGrund
  positionen {
    reihenfolge
    leistungId
    datum
    kuerzel
    text
    tarifbasis
    bemessungsgrundlage
    verdienst
    einheitssatz
    streitgenossenzuschlag
    barauslagenUstPflichtig
    barauslagenUstFrei
    barauslagenDurchlaufer
  }
  abschreibung {
    betrag
    grund
    am
    benutzer {
      ...BenutzerEreignis
    }
  }
  akt {
    ...AktVerweis
  }
  stornoVon {
    id
    nummer
  }
  storniertDurch {
    id
    nummer
  }
  honorarzahlungen {
    id
    betrag
    bezahltAm
    storniertAm
  }
}
    fragment BenutzerEreignis on Benutzer {
  id
  kuerzel
  name
}
fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, {"fragmentName":"HonorarnoteEreignis"}) as unknown as TypedDocumentString<HonorarnoteEreignisFragment, unknown>;
export const HonorarzahlungEreignisFragmentDoc = new TypedDocumentString(`
    fragment HonorarzahlungEreignis on Honorarzahlung {
  id
  betrag
  bezahltAm
  verwendungszweck
  angelegtAm
  storniertAm
  stornoGrund
  honorarnote {
    id
    nummer
    zahlungsstatus
    bezahlterBetrag
    offenerBetrag
    bezahltAm
    akt {
      ...AktVerweis
    }
  }
}
    fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, {"fragmentName":"HonorarzahlungEreignis"}) as unknown as TypedDocumentString<HonorarzahlungEreignisFragment, unknown>;
export const ZahlungEreignisFragmentDoc = new TypedDocumentString(`
    fragment ZahlungEreignis on Zahlung {
  id
  betrag
  datum
  verwendungszweck
  storniertAm
  stornoGrund
  akt {
    ...AktVerweis
  }
}
    fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, {"fragmentName":"ZahlungEreignis"}) as unknown as TypedDocumentString<ZahlungEreignisFragment, unknown>;
export const MahnschreibenEreignisFragmentDoc = new TypedDocumentString(`
    fragment MahnschreibenEreignis on Mahnschreiben {
  id
  stufe
  bezeichnung
  gegnerPosition
  tarif
  datum
  faelligAm
  mahnkosten
  gesamt
  rfReferenz
  angelegtAm
  gegner {
    ...PersonEreignis
  }
  akt {
    ...AktVerweis
  }
}
    fragment PersonEreignis on Person {
  id
  art
  name
  kurzbezeichnung
  strasse
  plz
  ort
  email
  telefon
  uid
}
fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, {"fragmentName":"MahnschreibenEreignis"}) as unknown as TypedDocumentString<MahnschreibenEreignisFragment, unknown>;
export const MandatsanfrageEreignisFragmentDoc = new TypedDocumentString(`
    fragment MandatsanfrageEreignis on Mandatsanfrage {
  id
  referenz
  status
  eingegangenAm
  sachgebiet
  beschreibung
  streitwert
  dringlichkeit
  klientArt
  klientName
  klientEmail
  klientTelefon
  klientStrasse
  klientPlz
  klientOrt
  gegner {
    art
    name
    strasse
    plz
    ort
  }
  dokumente {
    dateiname
    typ
    groesse
  }
  umfang
  bewertung
  ablehnungsgrund
  kollisionGeprueftAm
  kollisionFreigabeGrund
  zugewiesenAn {
    ...BenutzerEreignis
  }
  akt {
    ...AktVerweis
  }
}
    fragment BenutzerEreignis on Benutzer {
  id
  kuerzel
  name
}
fragment AktVerweis on Akt {
  id
  aktenzeichen
}`, {"fragmentName":"MandatsanfrageEreignis"}) as unknown as TypedDocumentString<MandatsanfrageEreignisFragment, unknown>;
export const AktenMitMahnkostenDocument = new TypedDocumentString(`
    query AktenMitMahnkosten($tarif: String!, $datum: Date, $first: Int, $after: String, $filter: AktFilter) {
  akten(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        aktenzeichen
        bezeichnung
        status
        bemessungsgrundlage
        mahnkosten(tarif: $tarif, datum: $datum) {
          tarif
          bemessungsgrundlage
          verdienst
          streitgenossenzuschlag
          porto
          netto
          ust
          brutto
        }
      }
    }
  }
}
    `, {"hash":"sha256:4064b229171c84ee79c9bb564aa995bf4e8bc8b94ba47c7066dcc9b8f507e46d"}) as unknown as TypedDocumentString<AktenMitMahnkostenQuery, AktenMitMahnkostenQueryVariables>;
export const AktDocument = new TypedDocumentString(`
    query Akt($id: ID!) {
  akt(id: $id) {
    abgeschlossenAm
    aktenzeichen
    angelegtAm
    archiviertAm
    aufbewahrenBis
    bemessungsgrundlage
    beschlusskostennote {
      barauslagenKlient
      summe
      summeKanzlei
    }
    bezeichnung
    forderungen {
      id
    }
    gegner {
      id
    }
    geschaeftszahlen
    honorarnoten {
      id
    }
    id
    klient {
      id
    }
    leistungen {
      id
    }
    mahnschreiben {
      id
    }
    mandatsanfrage {
      id
    }
    ratenvereinbarung {
      anzahl
      ersteFaelligkeit
      intervallMonate
      rate
    }
    rechtlicheSperreBis
    sachgebiet
    status
    titel {
      id
    }
    verlauf {
      am
      benutzer {
        id
      }
      grund
      nach
      von
    }
    version
    zahlungen {
      id
    }
    zahlungsreferenzen {
      gegner {
        id
      }
      gegnerPosition
      rfReferenz
    }
    zahlungsreihenfolge
    zustaendig {
      id
    }
  }
}
    `, {"hash":"sha256:745553b5813c50925b8b221ea23c1c7aea4e0f5e05e510fd241b49f03d0bebb1"}) as unknown as TypedDocumentString<AktQuery, AktQueryVariables>;
export const AktenDocument = new TypedDocumentString(`
    query Akten($after: String, $before: String, $filter: AktFilter, $first: Int, $last: Int) {
  akten(
    after: $after
    before: $before
    filter: $filter
    first: $first
    last: $last
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        version
        zahlungen {
          id
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
  }
}
    `, {"hash":"sha256:4af5c6ed96980ea5aa504b5defb6757013d12e6ab77ca15a23367f3c9374430e"}) as unknown as TypedDocumentString<AktenQuery, AktenQueryVariables>;
export const AktenStatistikDocument = new TypedDocumentString(`
    query AktenStatistik {
  aktenStatistik {
    gesamt
    nachStatus {
      anzahl
      status
    }
  }
}
    `, {"hash":"sha256:1908204e7d4c2c1207ca84d35d1b91cb8889b4d0a3a21b730c47f45011cb8994"}) as unknown as TypedDocumentString<AktenStatistikQuery, AktenStatistikQueryVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys {
  apiKeys {
    angelegtAm
    benutzer {
      id
    }
    id
    partner
    prefix
    widerrufenAm
  }
}
    `, {"hash":"sha256:15cf8bc8b35c3d6c414a5451aae324b58e314e7b1bb2aa6f4e94805db66878fd"}) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($after: String, $before: String, $filter: AuditLogFilter, $first: Int, $last: Int) {
  auditLog(
    after: $after
    before: $before
    filter: $filter
    first: $first
    last: $last
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        action
        at
        benutzerId
        benutzerKuerzel
        entity
        entityId
        id
        keyPrefix
        operation
      }
    }
  }
}
    `, {"hash":"sha256:675bc235b53219a985144dd8d2fbb2dc08110ea28394baad260177c1de1a9ce5"}) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const BenutzerDocument = new TypedDocumentString(`
    query Benutzer {
  benutzer {
    id
    kanzlei {
      id
    }
    kuerzel
    name
    rolle
    sachgebiete
  }
}
    `, {"hash":"sha256:99c09d2fe0b1389287ff2876d63a290876132f9349db230e584aa1be6351458a"}) as unknown as TypedDocumentString<BenutzerQuery, BenutzerQueryVariables>;
export const GerichteDocument = new TypedDocumentString(`
    query Gerichte($first: Int, $plz: String, $suche: String) {
  gerichte(first: $first, plz: $plz, suche: $suche) {
    art
    bundesland
    eigenes
    id
    kurzbezeichnung
    name
    ort
    plz
    strasse
  }
}
    `, {"hash":"sha256:4628bc63d9bd54c3e833ec8ca2910c6ab05a05b444462357087921bcc452b01c"}) as unknown as TypedDocumentString<GerichteQuery, GerichteQueryVariables>;
export const HonorarnoteDocument = new TypedDocumentString(`
    query Honorarnote($id: ID!) {
  honorarnote(id: $id) {
    abschreibung {
      am
      benutzer {
        id
      }
      betrag
      grund
    }
    akt {
      id
    }
    art
    barauslagenDurchlaufer
    barauslagenUstFrei
    barauslagenUstPflichtig
    bezahltAm
    bezahlterBetrag
    brutto
    datum
    einheitssatz
    empfaengerAnschrift
    empfaengerName
    faelligAm
    honorarzahlungen {
      id
    }
    id
    nummer
    offenerBetrag
    positionen {
      barauslagenDurchlaufer
      barauslagenUstFrei
      barauslagenUstPflichtig
      bemessungsgrundlage
      datum
      einheitssatz
      kuerzel
      leistungId
      reihenfolge
      streitgenossenzuschlag
      tarifbasis
      text
      verdienst
    }
    rfReferenz
    storniertDurch {
      id
    }
    stornoGrund
    stornoVon {
      id
    }
    streitgenossenzuschlag
    ust
    ustBasis
    verdienst
    zahlungsstatus
  }
}
    `, {"hash":"sha256:da0b8937a1071f300260d97a32e2d06905c31595891ee70724ad634195a763e5"}) as unknown as TypedDocumentString<HonorarnoteQuery, HonorarnoteQueryVariables>;
export const HonorarzahlungDocument = new TypedDocumentString(`
    query Honorarzahlung($id: ID!) {
  honorarzahlung(id: $id) {
    angelegtAm
    betrag
    bezahltAm
    honorarnote {
      id
    }
    id
    storniertAm
    stornoGrund
    verwendungszweck
  }
}
    `, {"hash":"sha256:fd1ffeb76dabc8d9878d2af1e22df50cd33bc9253074926e3b81f686e41e9d48"}) as unknown as TypedDocumentString<HonorarzahlungQuery, HonorarzahlungQueryVariables>;
export const KollisionspruefungDocument = new TypedDocumentString(`
    query Kollisionspruefung($gegner: [String!], $klient: [String!], $mandatsanfrageId: ID) {
  kollisionspruefung(
    gegner: $gegner
    klient: $klient
    mandatsanfrageId: $mandatsanfrageId
  ) {
    aktId
    aktenzeichen
    bekannteRolle
    bekannterName
    gruende
    name
    neueRolle
    personId
  }
}
    `, {"hash":"sha256:a66655a196e1fde55beb5b91604b5e9f1a7faaffa24281f008a56b14a548d9df"}) as unknown as TypedDocumentString<KollisionspruefungQuery, KollisionspruefungQueryVariables>;
export const LeistungsartenDocument = new TypedDocumentString(`
    query Leistungsarten {
  leistungsarten {
    id
    kuerzel
    nachDauer
    name
    ratgPost
    tarif {
      id
    }
  }
}
    `, {"hash":"sha256:a675c6859a22ccd8b7b03c350589b58589de8e76909ae5f76881ee84c73b9168"}) as unknown as TypedDocumentString<LeistungsartenQuery, LeistungsartenQueryVariables>;
export const MandatsanfrageDocument = new TypedDocumentString(`
    query Mandatsanfrage($id: ID!) {
  mandatsanfrage(id: $id) {
    ablehnungsgrund
    akt {
      id
    }
    beschreibung
    bewertung
    dokumente {
      dateiname
      groesse
      typ
    }
    dringlichkeit
    eingegangenAm
    gegner {
      art
      name
      ort
      plz
      strasse
    }
    id
    klientArt
    klientEmail
    klientName
    klientOrt
    klientPlz
    klientStrasse
    klientTelefon
    kollisionFreigabeGrund
    kollisionFreigabeVon {
      id
    }
    kollisionGeprueftAm
    kollisionTreffer {
      aktId
      aktenzeichen
      bekannteRolle
      bekannterName
      gruende
      name
      neueRolle
      personId
    }
    referenz
    sachgebiet
    status
    streitwert
    umfang
    zugewiesenAn {
      id
    }
    zuweisungsvorschlag {
      benutzer {
        id
      }
      offeneAkten
      sachgebietPasst
    }
  }
}
    `, {"hash":"sha256:455d157c1b4c1b7ec6a87b84163c37e657cc9734484c1f0841549aad8929404d"}) as unknown as TypedDocumentString<MandatsanfrageQuery, MandatsanfrageQueryVariables>;
export const MandatsanfragenDocument = new TypedDocumentString(`
    query Mandatsanfragen($after: String, $before: String, $filter: MandatsanfrageFilter, $first: Int, $last: Int) {
  mandatsanfragen(
    after: $after
    before: $before
    filter: $filter
    first: $first
    last: $last
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        ablehnungsgrund
        akt {
          id
        }
        beschreibung
        bewertung
        dringlichkeit
        eingegangenAm
        id
        klientArt
        klientEmail
        klientName
        klientOrt
        klientPlz
        klientStrasse
        klientTelefon
        kollisionFreigabeGrund
        kollisionFreigabeVon {
          id
        }
        kollisionGeprueftAm
        referenz
        sachgebiet
        status
        streitwert
        umfang
        zugewiesenAn {
          id
        }
      }
    }
  }
}
    `, {"hash":"sha256:bc7e4e00c71b7ecd9a37fbed7e28501c21808d12a86a28dcb9557aa79b043e46"}) as unknown as TypedDocumentString<MandatsanfragenQuery, MandatsanfragenQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    kanzlei {
      id
    }
    kuerzel
    name
    rolle
    sachgebiete
  }
}
    `, {"hash":"sha256:c5e099199e8883bf17c96bd805b13c293379195c8de230c9498c27dca5c102c3"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const OffeneBuchungenDocument = new TypedDocumentString(`
    query OffeneBuchungen($after: String, $before: String, $filter: BankbuchungFilter, $first: Int, $last: Int) {
  offeneBuchungen(
    after: $after
    before: $before
    filter: $filter
    first: $first
    last: $last
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
    }
  }
}
    `, {"hash":"sha256:207c2ecb35b1be7d4a2b738d735bdcda13ed3c86ac4b3390a487e34e3f51344b"}) as unknown as TypedDocumentString<OffeneBuchungenQuery, OffeneBuchungenQueryVariables>;
export const PersonDocument = new TypedDocumentString(`
    query Person($id: ID!) {
  person(id: $id) {
    art
    email
    id
    kurzbezeichnung
    name
    ort
    plz
    strasse
    telefon
    uid
  }
}
    `, {"hash":"sha256:d2096766ff2dd9ea56146c1499dd6961a2965080025d05f4f2d2e1f26ffdb9f7"}) as unknown as TypedDocumentString<PersonQuery, PersonQueryVariables>;
export const PersonenDocument = new TypedDocumentString(`
    query Personen($after: String, $before: String, $filter: PersonFilter, $first: Int, $last: Int) {
  personen(
    after: $after
    before: $before
    filter: $filter
    first: $first
    last: $last
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        art
        email
        id
        kurzbezeichnung
        name
        ort
        plz
        strasse
        telefon
        uid
      }
    }
  }
}
    `, {"hash":"sha256:400a5c8ac31b0574b68254b5eb32ef5db92b536e9ebae95654aea15af1134785"}) as unknown as TypedDocumentString<PersonenQuery, PersonenQueryVariables>;
export const PortoSaetzeDocument = new TypedDocumentString(`
    query PortoSaetze {
  portoSaetze {
    betrag
    bezeichnung
    gueltigAb
  }
}
    `, {"hash":"sha256:2d5d8004ec18882326128662e273018eabef20a4ddf1c9e76bde8eeecfdb56b3"}) as unknown as TypedDocumentString<PortoSaetzeQuery, PortoSaetzeQueryVariables>;
export const RatgDocument = new TypedDocumentString(`
    query Ratg($bemessungsgrundlage: Decimal!, $datum: Date, $minuten: Int, $tarifpost: Tarifpost!) {
  ratg(
    bemessungsgrundlage: $bemessungsgrundlage
    datum: $datum
    minuten: $minuten
    tarifpost: $tarifpost
  ) {
    bemessungsgrundlage
    betrag
    bezeichnung
    ratgGueltigAb
    tarifpost
  }
}
    `, {"hash":"sha256:0f8d97d647070e01f330f13ed410bbae2f1746638c3253104be16da5a893ee9d"}) as unknown as TypedDocumentString<RatgQuery, RatgQueryVariables>;
export const RatgTabellenDocument = new TypedDocumentString(`
    query RatgTabellen {
  ratgTabellen {
    bezeichnung
    einheitssatzBisGrenze
    einheitssatzDarueber
    einheitssatzGrenze
    ervErstmalig
    ervWeitere
    gueltigAb
    posten {
      hoechstens
      hoechstensWeitereStunde
      tarifpost
    }
    tp8KurzAnteil
    tp8KurzHoechstens
    ust
  }
}
    `, {"hash":"sha256:d575ce6726bc41154a5506eff5183d22233c840c4a8e62afd00ca4eede5f3473"}) as unknown as TypedDocumentString<RatgTabellenQuery, RatgTabellenQueryVariables>;
export const TarifDocument = new TypedDocumentString(`
    query Tarif($code: String!) {
  tarif(code: $code) {
    code
    id
    name
    porto
    positionen {
      anzahl
      reihenfolge
      tarifpost
      zuschlag
    }
  }
}
    `, {"hash":"sha256:bb321581ff7938ae0d8d45bafa8ce771cc208b2bfc4f39114e3fc0a2e1e57827"}) as unknown as TypedDocumentString<TarifQuery, TarifQueryVariables>;
export const TarifeDocument = new TypedDocumentString(`
    query Tarife {
  tarife {
    code
    id
    name
    porto
    positionen {
      anzahl
      reihenfolge
      tarifpost
      zuschlag
    }
  }
}
    `, {"hash":"sha256:4ee527eb705c7625e4903b553ecc0585312cae67936773273e8c8b412c89d9b3"}) as unknown as TypedDocumentString<TarifeQuery, TarifeQueryVariables>;
export const WebhookZustellungenDocument = new TypedDocumentString(`
    query WebhookZustellungen($after: String, $before: String, $first: Int, $last: Int, $status: [WebhookZustellungStatus!], $webhookId: ID!) {
  webhookZustellungen(
    after: $after
    before: $before
    first: $first
    last: $last
    status: $status
    webhookId: $webhookId
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        angelegtAm
        ereignisId
        ereignisTyp
        ereignisZeitpunkt
        id
        letzterFehler
        letzterStatusCode
        letzterVersuchAm
        nachrichtId
        naechsterVersuchAm
        status
        versuche
        zugestelltAm
      }
    }
  }
}
    `, {"hash":"sha256:fe23341609872f1c7add5b9f54dfbcbb505ead65a6570144db93f2acfaffcf9f"}) as unknown as TypedDocumentString<WebhookZustellungenQuery, WebhookZustellungenQueryVariables>;
export const WebhooksDocument = new TypedDocumentString(`
    query Webhooks {
  webhooks {
    angelegtAm
    beschreibung
    ereignisse
    geaendertAm
    id
    pausiertAm
    pausiertGrund
    status
    url
    vorherigesSecretGueltigBis
  }
}
    `, {"hash":"sha256:e8864392e872136aa095003f13cd1653dbe56dd4ff670040f2f59982ab8b1c4a"}) as unknown as TypedDocumentString<WebhooksQuery, WebhooksQueryVariables>;
export const AnnehmenMandatsanfrageDocument = new TypedDocumentString(`
    mutation AnnehmenMandatsanfrage($input: AnnehmenMandatsanfrageInput!) {
  annehmenMandatsanfrage(input: $input) {
    __typename
    ... on AnnehmenMandatsanfragePayload {
      mandatsanfrage {
        ablehnungsgrund
        akt {
          id
        }
        beschreibung
        bewertung
        dokumente {
          dateiname
          groesse
          typ
        }
        dringlichkeit
        eingegangenAm
        gegner {
          art
          name
          ort
          plz
          strasse
        }
        id
        klientArt
        klientEmail
        klientName
        klientOrt
        klientPlz
        klientStrasse
        klientTelefon
        kollisionFreigabeGrund
        kollisionFreigabeVon {
          id
        }
        kollisionGeprueftAm
        kollisionTreffer {
          aktId
          aktenzeichen
          bekannteRolle
          bekannterName
          gruende
          name
          neueRolle
          personId
        }
        referenz
        sachgebiet
        status
        streitwert
        umfang
        zugewiesenAn {
          id
        }
        zuweisungsvorschlag {
          benutzer {
            id
          }
          offeneAkten
          sachgebietPasst
        }
      }
    }
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:eb265159afdd957dbfe4920841bd80ca6555334e54a2f80d6d8f839b7f369574"}) as unknown as TypedDocumentString<AnnehmenMandatsanfrageMutation, AnnehmenMandatsanfrageMutationVariables>;
export const ArchiviereAktDocument = new TypedDocumentString(`
    mutation ArchiviereAkt($input: ArchiviereAktInput!) {
  archiviereAkt(input: $input) {
    __typename
    ... on ArchiviereAktPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:e29a506ccac7aef5e206d839fb54232a7ba04b87cefb4642ddc37bd059ae0b50"}) as unknown as TypedDocumentString<ArchiviereAktMutation, ArchiviereAktMutationVariables>;
export const AssignForderungenToTitelDocument = new TypedDocumentString(`
    mutation AssignForderungenToTitel($input: AssignForderungenToTitelInput!) {
  assignForderungenToTitel(input: $input) {
    __typename
    ... on AssignForderungenToTitelPayload {
      titel {
        akt {
          id
        }
        barauslagenDurchlaufer
        barauslagenKlient
        barauslagenUstFrei
        barauslagenUstPflichtig
        beschlussart
        datum
        einheitssatz
        forderungen {
          id
        }
        gegenWen
        gericht {
          id
        }
        geschaeftszahl
        geschaeftszahlHinweis
        honorartext
        id
        leistung {
          id
        }
        memo
        sachbearbeiter {
          id
        }
        ust
        ustErfasst
        verdienst
        vollstreckbarAm
        weiteresVorbringen
        zeitMinuten
        zinsen54a
        zinsen54aErfasst
        zugesprochen
      }
    }
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:d09a95ba13f3a1031ebf6a2e908f80fb7ca7244909d2fbbc46e29596bf192f03"}) as unknown as TypedDocumentString<AssignForderungenToTitelMutation, AssignForderungenToTitelMutationVariables>;
export const AssignMandatsanfrageDocument = new TypedDocumentString(`
    mutation AssignMandatsanfrage($input: AssignMandatsanfrageInput!) {
  assignMandatsanfrage(input: $input) {
    __typename
    ... on AssignMandatsanfragePayload {
      mandatsanfrage {
        ablehnungsgrund
        akt {
          id
        }
        beschreibung
        bewertung
        dokumente {
          dateiname
          groesse
          typ
        }
        dringlichkeit
        eingegangenAm
        gegner {
          art
          name
          ort
          plz
          strasse
        }
        id
        klientArt
        klientEmail
        klientName
        klientOrt
        klientPlz
        klientStrasse
        klientTelefon
        kollisionFreigabeGrund
        kollisionFreigabeVon {
          id
        }
        kollisionGeprueftAm
        kollisionTreffer {
          aktId
          aktenzeichen
          bekannteRolle
          bekannterName
          gruende
          name
          neueRolle
          personId
        }
        referenz
        sachgebiet
        status
        streitwert
        umfang
        zugewiesenAn {
          id
        }
        zuweisungsvorschlag {
          benutzer {
            id
          }
          offeneAkten
          sachgebietPasst
        }
      }
    }
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:74c3b1ebafd388731eb2f7964698be368fd57d20040647e9fed9a00eed512e5c"}) as unknown as TypedDocumentString<AssignMandatsanfrageMutation, AssignMandatsanfrageMutationVariables>;
export const BuchungVerwerfenDocument = new TypedDocumentString(`
    mutation BuchungVerwerfen($input: BuchungVerwerfenInput!) {
  buchungVerwerfen(input: $input) {
    __typename
    ... on BuchungVerwerfenPayload {
      bankbuchung {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
    }
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:1c2f684bc6fb4d3c02bc630964fec32d9763663d7d1167d9d7c2e34916bd9a54"}) as unknown as TypedDocumentString<BuchungVerwerfenMutation, BuchungVerwerfenMutationVariables>;
export const BuchungZuordnenDocument = new TypedDocumentString(`
    mutation BuchungZuordnen($input: BuchungZuordnenInput!) {
  buchungZuordnen(input: $input) {
    __typename
    ... on BuchungZuordnenPayload {
      bankbuchung {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
    }
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:84f45c1a1c2742526c8cc02d7b99373a90addcfcfeab62e7b30775ba37d0f6cd"}) as unknown as TypedDocumentString<BuchungZuordnenMutation, BuchungZuordnenMutationVariables>;
export const CopyTarifDocument = new TypedDocumentString(`
    mutation CopyTarif($input: CopyTarifInput!) {
  copyTarif(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CopyTarifPayload {
      tarif {
        code
        id
        name
        porto
        positionen {
          anzahl
          reihenfolge
          tarifpost
          zuschlag
        }
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:e84c6e6a0b0ae0a3ddaa43244fae2b0b8a096e9a3aac08571057da146196bd51"}) as unknown as TypedDocumentString<CopyTarifMutation, CopyTarifMutationVariables>;
export const CreateAktDocument = new TypedDocumentString(`
    mutation CreateAkt($input: CreateAktInput!) {
  createAkt(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateAktPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:6baac3922deef16cc56a8ac4c33b5d7acbf9e53781bdd177e7c929751ab32c6c"}) as unknown as TypedDocumentString<CreateAktMutation, CreateAktMutationVariables>;
export const CreateForderungDocument = new TypedDocumentString(`
    mutation CreateForderung($input: CreateForderungInput!) {
  createForderung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateForderungPayload {
      forderung {
        akt {
          id
        }
        art
        betrag
        bezeichnung
        faelligAm
        id
        titel {
          id
        }
        zinsenAb
        zinssatz
      }
      hinweis
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:8b4bb0eccf4eb4c6dff8d5a7b9f21a320fc3806884e6d4ddf7a248ca4881f205"}) as unknown as TypedDocumentString<CreateForderungMutation, CreateForderungMutationVariables>;
export const CreateGerichtDocument = new TypedDocumentString(`
    mutation CreateGericht($input: CreateGerichtInput!) {
  createGericht(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateGerichtPayload {
      gericht {
        art
        bundesland
        eigenes
        id
        kurzbezeichnung
        name
        ort
        plz
        strasse
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:13c051c123d3a9afded153f5e8ebfb5a287932bafd747388dbaf427693826ba3"}) as unknown as TypedDocumentString<CreateGerichtMutation, CreateGerichtMutationVariables>;
export const CreateKommunikationDocument = new TypedDocumentString(`
    mutation CreateKommunikation($input: CreateKommunikationInput!) {
  createKommunikation(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateKommunikationPayload {
      kommunikation {
        am
        benutzer {
          id
        }
        betreff
        fuerMandant
        id
        kanal
        richtung
        text
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:d5b8100afb27767c58441fcc848e1d884b115feb66cf99705253dfada4e08038"}) as unknown as TypedDocumentString<CreateKommunikationMutation, CreateKommunikationMutationVariables>;
export const CreateLeistungDocument = new TypedDocumentString(`
    mutation CreateLeistung($input: CreateLeistungInput!) {
  createLeistung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateLeistungPayload {
      leistung {
        akt {
          id
        }
        barauslagenDurchlaufer
        barauslagenUstFrei
        barauslagenUstPflichtig
        bemessungsgrundlage
        datum
        einheitssatz
        gerichtlichBestimmt
        honorarnote {
          id
        }
        id
        kuerzel
        ratgGueltigAb
        sachbearbeiter {
          id
        }
        streitgenossenzuschlag
        tarifbasis
        text
        titel {
          id
        }
        ust
        verdienst
        zeitMinuten
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:1b887f8220f6a39a0046ca4f6881fdc0cbe4b046e51de09b438075eb1bffe646"}) as unknown as TypedDocumentString<CreateLeistungMutation, CreateLeistungMutationVariables>;
export const CreatePersonDocument = new TypedDocumentString(`
    mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreatePersonPayload {
      person {
        art
        email
        id
        kurzbezeichnung
        name
        ort
        plz
        strasse
        telefon
        uid
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:3ba96ba42cfd6389a54ee98c1f3476f408b44034610a8533cca377dc2ec21ce7"}) as unknown as TypedDocumentString<CreatePersonMutation, CreatePersonMutationVariables>;
export const CreateTitelDocument = new TypedDocumentString(`
    mutation CreateTitel($input: CreateTitelInput!) {
  createTitel(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateTitelPayload {
      titel {
        akt {
          id
        }
        barauslagenDurchlaufer
        barauslagenKlient
        barauslagenUstFrei
        barauslagenUstPflichtig
        beschlussart
        datum
        einheitssatz
        forderungen {
          id
        }
        gegenWen
        gericht {
          id
        }
        geschaeftszahl
        geschaeftszahlHinweis
        honorartext
        id
        leistung {
          id
        }
        memo
        sachbearbeiter {
          id
        }
        ust
        ustErfasst
        verdienst
        vollstreckbarAm
        weiteresVorbringen
        zeitMinuten
        zinsen54a
        zinsen54aErfasst
        zugesprochen
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:44580092eaa82e14c21e4366168632513beb1f2641a9f04d32d3063bb6ce4fdd"}) as unknown as TypedDocumentString<CreateTitelMutation, CreateTitelMutationVariables>;
export const CreateTitelFromLeistungDocument = new TypedDocumentString(`
    mutation CreateTitelFromLeistung($input: CreateTitelFromLeistungInput!) {
  createTitelFromLeistung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateTitelFromLeistungPayload {
      titel {
        akt {
          id
        }
        barauslagenDurchlaufer
        barauslagenKlient
        barauslagenUstFrei
        barauslagenUstPflichtig
        beschlussart
        datum
        einheitssatz
        forderungen {
          id
        }
        gegenWen
        gericht {
          id
        }
        geschaeftszahl
        geschaeftszahlHinweis
        honorartext
        id
        leistung {
          id
        }
        memo
        sachbearbeiter {
          id
        }
        ust
        ustErfasst
        verdienst
        vollstreckbarAm
        weiteresVorbringen
        zeitMinuten
        zinsen54a
        zinsen54aErfasst
        zugesprochen
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:6f17354d12ac1c21a1b5fd6f9a20752eb81e038d5ad317ee13a265cb2735fb13"}) as unknown as TypedDocumentString<CreateTitelFromLeistungMutation, CreateTitelFromLeistungMutationVariables>;
export const CreateWebhookDocument = new TypedDocumentString(`
    mutation CreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on CreateWebhookPayload {
      secret
      webhook {
        angelegtAm
        beschreibung
        ereignisse
        geaendertAm
        id
        pausiertAm
        pausiertGrund
        status
        url
        vorherigesSecretGueltigBis
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:4813684bef204f3111cbf5aa37cc9292531f7f1d0a7ff6b63512afa1773f27a9"}) as unknown as TypedDocumentString<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const DeleteForderungDocument = new TypedDocumentString(`
    mutation DeleteForderung($input: DeleteForderungInput!) {
  deleteForderung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on DeleteForderungPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
      deletedId
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:89134c1f2ee61bc0b9410ca95bdae7c4eafccdacdfa8f0f2ed594f582f16947f"}) as unknown as TypedDocumentString<DeleteForderungMutation, DeleteForderungMutationVariables>;
export const DeleteLeistungDocument = new TypedDocumentString(`
    mutation DeleteLeistung($input: DeleteLeistungInput!) {
  deleteLeistung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on DeleteLeistungPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
      deletedId
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:2f72e6d045805b023538b626276bdb0eebcb59fecb5e2f68580765aa86a4e272"}) as unknown as TypedDocumentString<DeleteLeistungMutation, DeleteLeistungMutationVariables>;
export const DeleteTitelDocument = new TypedDocumentString(`
    mutation DeleteTitel($input: DeleteTitelInput!) {
  deleteTitel(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on DeleteTitelPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
      deletedId
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:e8ffe73744bbfd0c81a2dbca54fffe7599f609fd0ab0a058e57f1f1f79fc9cde"}) as unknown as TypedDocumentString<DeleteTitelMutation, DeleteTitelMutationVariables>;
export const DeleteWebhookDocument = new TypedDocumentString(`
    mutation DeleteWebhook($input: DeleteWebhookInput!) {
  deleteWebhook(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on DeleteWebhookPayload {
      deletedId
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:5b13b635d1cc3c89e2c891b4d86a3015392b47eb83d620fc9308318fa3112aa1"}) as unknown as TypedDocumentString<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const ErfasseHonorarzahlungDocument = new TypedDocumentString(`
    mutation ErfasseHonorarzahlung($input: ErfasseHonorarzahlungInput!) {
  erfasseHonorarzahlung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ErfasseHonorarzahlungPayload {
      honorarnote {
        abschreibung {
          am
          benutzer {
            id
          }
          betrag
          grund
        }
        akt {
          id
        }
        art
        barauslagenDurchlaufer
        barauslagenUstFrei
        barauslagenUstPflichtig
        bezahltAm
        bezahlterBetrag
        brutto
        datum
        einheitssatz
        empfaengerAnschrift
        empfaengerName
        faelligAm
        honorarzahlungen {
          id
        }
        id
        nummer
        offenerBetrag
        positionen {
          barauslagenDurchlaufer
          barauslagenUstFrei
          barauslagenUstPflichtig
          bemessungsgrundlage
          datum
          einheitssatz
          kuerzel
          leistungId
          reihenfolge
          streitgenossenzuschlag
          tarifbasis
          text
          verdienst
        }
        rfReferenz
        storniertDurch {
          id
        }
        stornoGrund
        stornoVon {
          id
        }
        streitgenossenzuschlag
        ust
        ustBasis
        verdienst
        zahlungsstatus
      }
      honorarzahlung {
        angelegtAm
        betrag
        bezahltAm
        honorarnote {
          id
        }
        id
        storniertAm
        stornoGrund
        verwendungszweck
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:75d155d369fca753997c4876aeea476e4ffa27c37cbc63492dc63b5d17ac3843"}) as unknown as TypedDocumentString<ErfasseHonorarzahlungMutation, ErfasseHonorarzahlungMutationVariables>;
export const ErfasseZahlungDocument = new TypedDocumentString(`
    mutation ErfasseZahlung($input: ErfasseZahlungInput!) {
  erfasseZahlung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ErfasseZahlungPayload {
      zahlung {
        akt {
          id
        }
        betrag
        datum
        id
        storniertAm
        stornoGrund
        verwendungszweck
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:9bd95022f8b5abf8ad7ca7e9b8958fd9f1f5f6ae3c1f5950e80db210c61434b3"}) as unknown as TypedDocumentString<ErfasseZahlungMutation, ErfasseZahlungMutationVariables>;
export const ErstelleHonorarnoteDocument = new TypedDocumentString(`
    mutation ErstelleHonorarnote($input: ErstelleHonorarnoteInput!) {
  erstelleHonorarnote(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ErstelleHonorarnotePayload {
      honorarnote {
        abschreibung {
          am
          benutzer {
            id
          }
          betrag
          grund
        }
        akt {
          id
        }
        art
        barauslagenDurchlaufer
        barauslagenUstFrei
        barauslagenUstPflichtig
        bezahltAm
        bezahlterBetrag
        brutto
        datum
        einheitssatz
        empfaengerAnschrift
        empfaengerName
        faelligAm
        honorarzahlungen {
          id
        }
        id
        nummer
        offenerBetrag
        positionen {
          barauslagenDurchlaufer
          barauslagenUstFrei
          barauslagenUstPflichtig
          bemessungsgrundlage
          datum
          einheitssatz
          kuerzel
          leistungId
          reihenfolge
          streitgenossenzuschlag
          tarifbasis
          text
          verdienst
        }
        rfReferenz
        storniertDurch {
          id
        }
        stornoGrund
        stornoVon {
          id
        }
        streitgenossenzuschlag
        ust
        ustBasis
        verdienst
        zahlungsstatus
      }
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:8a8dda65d0672e36894caf3e29dd2a629abcc6a399fb7bf4e0281e0cf1e0e203"}) as unknown as TypedDocumentString<ErstelleHonorarnoteMutation, ErstelleHonorarnoteMutationVariables>;
export const ImportiereKontoauszugDocument = new TypedDocumentString(`
    mutation ImportiereKontoauszug($input: ImportiereKontoauszugInput!) {
  importiereKontoauszug(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on ImportiereKontoauszugPayload {
      bereitsBekannt {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
      gebucht {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
      ignoriert {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
      import {
        angelegtAm
        anzahlBekannt
        anzahlGebucht
        anzahlIgnoriert
        anzahlOffen
        anzahlVorschlag
        auszugId
        dateiBytes
        format
        id
        kontoIban
      }
      offen {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
      vorgeschlagen {
        akt {
          id
        }
        angelegtAm
        bankReferenz
        betrag
        buchungsdatum
        erledigtAm
        grund
        honorarnote {
          id
        }
        honorarzahlung {
          id
        }
        id
        kontoIban
        richtung
        status
        strukturierteReferenz
        teil
        transaktionIndex
        valutadatum
        verwendungszweck
        waehrung
        zahlerIban
        zahlerName
        zahlung {
          id
        }
      }
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:ab7ff3c2e931d85ec1a754aff59658427953c988fb693c19ad78554152170e33"}) as unknown as TypedDocumentString<ImportiereKontoauszugMutation, ImportiereKontoauszugMutationVariables>;
export const LoescheAbgelaufeneAktenDocument = new TypedDocumentString(`
    mutation LoescheAbgelaufeneAkten($input: LoescheAbgelaufeneAktenInput) {
  loescheAbgelaufeneAkten(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on LoescheAbgelaufeneAktenPayload {
      anonymisierteAnfragen
      anonymisiertePersonen
      geloeschteAkten
      stichtag
      vorschau
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:df397f268e796392ee7ab24826c4603e7a46cc69aaead3f42c901cab1c8f3ebe"}) as unknown as TypedDocumentString<LoescheAbgelaufeneAktenMutation, LoescheAbgelaufeneAktenMutationVariables>;
export const LoeschePersonendatenDocument = new TypedDocumentString(`
    mutation LoeschePersonendaten($input: LoeschePersonendatenInput!) {
  loeschePersonendaten(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on LoeschePersonendatenPayload {
      anonymisierteAnfragen
      geschwaerzteEintraege
      person {
        art
        email
        id
        kurzbezeichnung
        name
        ort
        plz
        strasse
        telefon
        uid
      }
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:1d5efa665b9db82bfe17c54fe1a6251a2827572536fa59b98b04d23fae63ee43"}) as unknown as TypedDocumentString<LoeschePersonendatenMutation, LoeschePersonendatenMutationVariables>;
export const MahnschreibenVersendenDocument = new TypedDocumentString(`
    mutation MahnschreibenVersenden($input: MahnschreibenVersendenInput!) {
  mahnschreibenVersenden(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on MahnschreibenVersendenPayload {
      mahnschreiben {
        akt {
          id
        }
        angelegtAm
        bezeichnung
        datum
        faelligAm
        gegner {
          id
        }
        gegnerPosition
        gesamt
        id
        mahnkosten
        rfReferenz
        stufe
        tarif
      }
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:3b867688938805cda62b71e1d2afae4c69ae6b322ae4a73340f1d1d7d056a27d"}) as unknown as TypedDocumentString<MahnschreibenVersendenMutation, MahnschreibenVersendenMutationVariables>;
export const PruefeKollisionDocument = new TypedDocumentString(`
    mutation PruefeKollision($input: PruefeKollisionInput!) {
  pruefeKollision(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on PruefeKollisionPayload {
      mandatsanfrage {
        ablehnungsgrund
        akt {
          id
        }
        beschreibung
        bewertung
        dokumente {
          dateiname
          groesse
          typ
        }
        dringlichkeit
        eingegangenAm
        gegner {
          art
          name
          ort
          plz
          strasse
        }
        id
        klientArt
        klientEmail
        klientName
        klientOrt
        klientPlz
        klientStrasse
        klientTelefon
        kollisionFreigabeGrund
        kollisionFreigabeVon {
          id
        }
        kollisionGeprueftAm
        kollisionTreffer {
          aktId
          aktenzeichen
          bekannteRolle
          bekannterName
          gruende
          name
          neueRolle
          personId
        }
        referenz
        sachgebiet
        status
        streitwert
        umfang
        zugewiesenAn {
          id
        }
        zuweisungsvorschlag {
          benutzer {
            id
          }
          offeneAkten
          sachgebietPasst
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:a47d84b739d31b884e0889eb181fdf4a19b0b58cce3f9ba02df9ad6f60a5515f"}) as unknown as TypedDocumentString<PruefeKollisionMutation, PruefeKollisionMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on RevokeApiKeyPayload {
      apiKey {
        angelegtAm
        benutzer {
          id
        }
        id
        partner
        prefix
        widerrufenAm
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:fda1e50865880a8f2e6c9c4bff1bebd9a9627bdc69717d68f9d9a4d973bfbbfb"}) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const RotateIntakeTokenDocument = new TypedDocumentString(`
    mutation RotateIntakeToken {
  rotateIntakeToken {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on RotateIntakeTokenPayload {
      token
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:a9bd8486802655edb1bc1def66887f40e1fb424010f136fcb5f33e6f93d063fe"}) as unknown as TypedDocumentString<RotateIntakeTokenMutation, RotateIntakeTokenMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
  rotateWebhookSecret(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on RotateWebhookSecretPayload {
      secret
      webhook {
        angelegtAm
        beschreibung
        ereignisse
        geaendertAm
        id
        pausiertAm
        pausiertGrund
        status
        url
        vorherigesSecretGueltigBis
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:8842e200dbfee155fdb876e3ee75047532245726a258d87bcdfb7d18c88c3cac"}) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const SchreibeHonorarnoteAbDocument = new TypedDocumentString(`
    mutation SchreibeHonorarnoteAb($input: SchreibeHonorarnoteAbInput!) {
  schreibeHonorarnoteAb(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SchreibeHonorarnoteAbPayload {
      honorarnote {
        abschreibung {
          am
          benutzer {
            id
          }
          betrag
          grund
        }
        akt {
          id
        }
        art
        barauslagenDurchlaufer
        barauslagenUstFrei
        barauslagenUstPflichtig
        bezahltAm
        bezahlterBetrag
        brutto
        datum
        einheitssatz
        empfaengerAnschrift
        empfaengerName
        faelligAm
        honorarzahlungen {
          id
        }
        id
        nummer
        offenerBetrag
        positionen {
          barauslagenDurchlaufer
          barauslagenUstFrei
          barauslagenUstPflichtig
          bemessungsgrundlage
          datum
          einheitssatz
          kuerzel
          leistungId
          reihenfolge
          streitgenossenzuschlag
          tarifbasis
          text
          verdienst
        }
        rfReferenz
        storniertDurch {
          id
        }
        stornoGrund
        stornoVon {
          id
        }
        streitgenossenzuschlag
        ust
        ustBasis
        verdienst
        zahlungsstatus
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:ca762e60424c6a77772d9c4206983a8dca159510227d704799c9d9d4e466066e"}) as unknown as TypedDocumentString<SchreibeHonorarnoteAbMutation, SchreibeHonorarnoteAbMutationVariables>;
export const SetAktStatusDocument = new TypedDocumentString(`
    mutation SetAktStatus($input: SetAktStatusInput!) {
  setAktStatus(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SetAktStatusPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:a07b562cd6fab85d9441d71eda72438761795efccbcb0e4c34d7036fb7d93cef"}) as unknown as TypedDocumentString<SetAktStatusMutation, SetAktStatusMutationVariables>;
export const SetGegnerDocument = new TypedDocumentString(`
    mutation SetGegner($input: SetGegnerInput!) {
  setGegner(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SetGegnerPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:31a4878d907010804194b23f3dc5e133c22c3f75909c3939364b6a135907a7a9"}) as unknown as TypedDocumentString<SetGegnerMutation, SetGegnerMutationVariables>;
export const SetLeistungsartDocument = new TypedDocumentString(`
    mutation SetLeistungsart($input: SetLeistungsartInput!) {
  setLeistungsart(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SetLeistungsartPayload {
      leistungsart {
        id
        kuerzel
        nachDauer
        name
        ratgPost
        tarif {
          id
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:ec29ed4e8fcaa4a22e62ff7320baf4fe53c328303c5bd131d6c24f0403244e95"}) as unknown as TypedDocumentString<SetLeistungsartMutation, SetLeistungsartMutationVariables>;
export const SetPortoDocument = new TypedDocumentString(`
    mutation SetPorto($input: SetPortoInput!) {
  setPorto(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SetPortoPayload {
      portoSatz {
        betrag
        bezeichnung
        gueltigAb
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:4c41ea8356fed5d1305cbaac24c42fc2e7b0fd8f173ef31203a3b09221215bb8"}) as unknown as TypedDocumentString<SetPortoMutation, SetPortoMutationVariables>;
export const SetRatenvereinbarungDocument = new TypedDocumentString(`
    mutation SetRatenvereinbarung($input: SetRatenvereinbarungInput!) {
  setRatenvereinbarung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SetRatenvereinbarungPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:8d7df6bd65f9e4431093784d1d095a024d758604569fc4258de3ad0833f2f997"}) as unknown as TypedDocumentString<SetRatenvereinbarungMutation, SetRatenvereinbarungMutationVariables>;
export const SetRechtlicheSperreDocument = new TypedDocumentString(`
    mutation SetRechtlicheSperre($input: SetRechtlicheSperreInput!) {
  setRechtlicheSperre(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SetRechtlicheSperrePayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:5271651f0a855b3c548ca01cecdb3f624c55fd15bdf931cec6106b7bdef5a9ee"}) as unknown as TypedDocumentString<SetRechtlicheSperreMutation, SetRechtlicheSperreMutationVariables>;
export const SetSachgebieteDocument = new TypedDocumentString(`
    mutation SetSachgebiete($input: SetSachgebieteInput!) {
  setSachgebiete(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on SetSachgebietePayload {
      benutzer {
        id
        kanzlei {
          id
        }
        kuerzel
        name
        rolle
        sachgebiete
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:aba4b32e528c5dd2ba202f42dda11d567a0a138ac489d02049589cf92cc2e978"}) as unknown as TypedDocumentString<SetSachgebieteMutation, SetSachgebieteMutationVariables>;
export const StornoHonorarnoteDocument = new TypedDocumentString(`
    mutation StornoHonorarnote($input: StornoHonorarnoteInput!) {
  stornoHonorarnote(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on StornoHonorarnotePayload {
      honorarnote {
        abschreibung {
          am
          benutzer {
            id
          }
          betrag
          grund
        }
        akt {
          id
        }
        art
        barauslagenDurchlaufer
        barauslagenUstFrei
        barauslagenUstPflichtig
        bezahltAm
        bezahlterBetrag
        brutto
        datum
        einheitssatz
        empfaengerAnschrift
        empfaengerName
        faelligAm
        honorarzahlungen {
          id
        }
        id
        nummer
        offenerBetrag
        positionen {
          barauslagenDurchlaufer
          barauslagenUstFrei
          barauslagenUstPflichtig
          bemessungsgrundlage
          datum
          einheitssatz
          kuerzel
          leistungId
          reihenfolge
          streitgenossenzuschlag
          tarifbasis
          text
          verdienst
        }
        rfReferenz
        storniertDurch {
          id
        }
        stornoGrund
        stornoVon {
          id
        }
        streitgenossenzuschlag
        ust
        ustBasis
        verdienst
        zahlungsstatus
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:de4f8cc13c3530ae9bf011b75df3e9b20da91ed5647bf458f8d1355dc0356f67"}) as unknown as TypedDocumentString<StornoHonorarnoteMutation, StornoHonorarnoteMutationVariables>;
export const StornoHonorarzahlungDocument = new TypedDocumentString(`
    mutation StornoHonorarzahlung($input: StornoHonorarzahlungInput!) {
  stornoHonorarzahlung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on StornoHonorarzahlungPayload {
      honorarnote {
        abschreibung {
          am
          benutzer {
            id
          }
          betrag
          grund
        }
        akt {
          id
        }
        art
        barauslagenDurchlaufer
        barauslagenUstFrei
        barauslagenUstPflichtig
        bezahltAm
        bezahlterBetrag
        brutto
        datum
        einheitssatz
        empfaengerAnschrift
        empfaengerName
        faelligAm
        honorarzahlungen {
          id
        }
        id
        nummer
        offenerBetrag
        positionen {
          barauslagenDurchlaufer
          barauslagenUstFrei
          barauslagenUstPflichtig
          bemessungsgrundlage
          datum
          einheitssatz
          kuerzel
          leistungId
          reihenfolge
          streitgenossenzuschlag
          tarifbasis
          text
          verdienst
        }
        rfReferenz
        storniertDurch {
          id
        }
        stornoGrund
        stornoVon {
          id
        }
        streitgenossenzuschlag
        ust
        ustBasis
        verdienst
        zahlungsstatus
      }
      honorarzahlung {
        angelegtAm
        betrag
        bezahltAm
        honorarnote {
          id
        }
        id
        storniertAm
        stornoGrund
        verwendungszweck
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:46bb9e2b182634323e736b80399076250c0723510efbdba9a5d0b6d9cb413692"}) as unknown as TypedDocumentString<StornoHonorarzahlungMutation, StornoHonorarzahlungMutationVariables>;
export const StornoZahlungDocument = new TypedDocumentString(`
    mutation StornoZahlung($input: StornoZahlungInput!) {
  stornoZahlung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on StornoZahlungPayload {
      zahlung {
        akt {
          id
        }
        betrag
        datum
        id
        storniertAm
        stornoGrund
        verwendungszweck
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:9b8f27a1be03002cc83d4dfcd2dff974d9b1c7c92eb03b75d5951115ddb23286"}) as unknown as TypedDocumentString<StornoZahlungMutation, StornoZahlungMutationVariables>;
export const SubmitMandatsanfrageDocument = new TypedDocumentString(`
    mutation SubmitMandatsanfrage($input: SubmitMandatsanfrageInput!) {
  submitMandatsanfrage(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on RateLimitError {
      message
      retryAfterSeconds
    }
    ... on SubmitMandatsanfragePayload {
      eingegangenAm
      referenz
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:9134d3e465d21b27955794f060da85182f6154bad19ea4c7dc064f0d64864917"}) as unknown as TypedDocumentString<SubmitMandatsanfrageMutation, SubmitMandatsanfrageMutationVariables>;
export const UpdateAktDocument = new TypedDocumentString(`
    mutation UpdateAkt($input: UpdateAktInput!) {
  updateAkt(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateAktPayload {
      akt {
        abgeschlossenAm
        aktenzeichen
        angelegtAm
        archiviertAm
        aufbewahrenBis
        bemessungsgrundlage
        beschlusskostennote {
          barauslagenKlient
          summe
          summeKanzlei
        }
        bezeichnung
        forderungen {
          id
        }
        gegner {
          id
        }
        geschaeftszahlen
        honorarnoten {
          id
        }
        id
        klient {
          id
        }
        leistungen {
          id
        }
        mahnschreiben {
          id
        }
        mandatsanfrage {
          id
        }
        ratenvereinbarung {
          anzahl
          ersteFaelligkeit
          intervallMonate
          rate
        }
        rechtlicheSperreBis
        sachgebiet
        status
        titel {
          id
        }
        verlauf {
          am
          benutzer {
            id
          }
          grund
          nach
          von
        }
        version
        zahlungen {
          id
        }
        zahlungsreferenzen {
          gegner {
            id
          }
          gegnerPosition
          rfReferenz
        }
        zahlungsreihenfolge
        zustaendig {
          id
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:f8938a19b26d85e01f53cb2703c56fea8f329284e6e4209085188744d047c2c7"}) as unknown as TypedDocumentString<UpdateAktMutation, UpdateAktMutationVariables>;
export const UpdateForderungDocument = new TypedDocumentString(`
    mutation UpdateForderung($input: UpdateForderungInput!) {
  updateForderung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateForderungPayload {
      forderung {
        akt {
          id
        }
        art
        betrag
        bezeichnung
        faelligAm
        id
        titel {
          id
        }
        zinsenAb
        zinssatz
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:e854b3ec1bb0e9bfee4a6b6069e2459511f69c90935d715e9fa7345cf34ae8b8"}) as unknown as TypedDocumentString<UpdateForderungMutation, UpdateForderungMutationVariables>;
export const UpdateKanzleiDocument = new TypedDocumentString(`
    mutation UpdateKanzlei($input: UpdateKanzleiInput!) {
  updateKanzlei(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateKanzleiPayload {
      kanzlei {
        anschrift
        bic
        email
        iban
        id
        name
        telefon
        uid
        zahlungszielTage
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:e5efcc9a458d170d5877384cd00ecc24aff90121efe82423d09c17825b6a8fc4"}) as unknown as TypedDocumentString<UpdateKanzleiMutation, UpdateKanzleiMutationVariables>;
export const UpdateLeistungDocument = new TypedDocumentString(`
    mutation UpdateLeistung($input: UpdateLeistungInput!) {
  updateLeistung(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateLeistungPayload {
      leistung {
        akt {
          id
        }
        barauslagenDurchlaufer
        barauslagenUstFrei
        barauslagenUstPflichtig
        bemessungsgrundlage
        datum
        einheitssatz
        gerichtlichBestimmt
        honorarnote {
          id
        }
        id
        kuerzel
        ratgGueltigAb
        sachbearbeiter {
          id
        }
        streitgenossenzuschlag
        tarifbasis
        text
        titel {
          id
        }
        ust
        verdienst
        zeitMinuten
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:ecadd737701f83c032a369d04fd2df9ac9a2446357f3f7f87a17589e91bfe3af"}) as unknown as TypedDocumentString<UpdateLeistungMutation, UpdateLeistungMutationVariables>;
export const UpdateMandatsanfrageDocument = new TypedDocumentString(`
    mutation UpdateMandatsanfrage($input: UpdateMandatsanfrageInput!) {
  updateMandatsanfrage(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateMandatsanfragePayload {
      mandatsanfrage {
        ablehnungsgrund
        akt {
          id
        }
        beschreibung
        bewertung
        dokumente {
          dateiname
          groesse
          typ
        }
        dringlichkeit
        eingegangenAm
        gegner {
          art
          name
          ort
          plz
          strasse
        }
        id
        klientArt
        klientEmail
        klientName
        klientOrt
        klientPlz
        klientStrasse
        klientTelefon
        kollisionFreigabeGrund
        kollisionFreigabeVon {
          id
        }
        kollisionGeprueftAm
        kollisionTreffer {
          aktId
          aktenzeichen
          bekannteRolle
          bekannterName
          gruende
          name
          neueRolle
          personId
        }
        referenz
        sachgebiet
        status
        streitwert
        umfang
        zugewiesenAn {
          id
        }
        zuweisungsvorschlag {
          benutzer {
            id
          }
          offeneAkten
          sachgebietPasst
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:e21f339d7b40eddf8a04874fb5ba144cc839bcef8a21335468772a7ef681f9b7"}) as unknown as TypedDocumentString<UpdateMandatsanfrageMutation, UpdateMandatsanfrageMutationVariables>;
export const UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($input: UpdatePersonInput!) {
  updatePerson(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdatePersonPayload {
      person {
        art
        email
        id
        kurzbezeichnung
        name
        ort
        plz
        strasse
        telefon
        uid
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:7b08ec97e4ac050ae5616597c7b5b2289c40d7865ce9fb1d200af62da641d23c"}) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const UpdateTarifDocument = new TypedDocumentString(`
    mutation UpdateTarif($input: UpdateTarifInput!) {
  updateTarif(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateTarifPayload {
      tarif {
        code
        id
        name
        porto
        positionen {
          anzahl
          reihenfolge
          tarifpost
          zuschlag
        }
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:f9aeef1707d3eb4d7a203a373a319b2038cf0de8de26366f8b142e8dc24d09ff"}) as unknown as TypedDocumentString<UpdateTarifMutation, UpdateTarifMutationVariables>;
export const UpdateTitelDocument = new TypedDocumentString(`
    mutation UpdateTitel($input: UpdateTitelInput!) {
  updateTitel(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateTitelPayload {
      titel {
        akt {
          id
        }
        barauslagenDurchlaufer
        barauslagenKlient
        barauslagenUstFrei
        barauslagenUstPflichtig
        beschlussart
        datum
        einheitssatz
        forderungen {
          id
        }
        gegenWen
        gericht {
          id
        }
        geschaeftszahl
        geschaeftszahlHinweis
        honorartext
        id
        leistung {
          id
        }
        memo
        sachbearbeiter {
          id
        }
        ust
        ustErfasst
        verdienst
        vollstreckbarAm
        weiteresVorbringen
        zeitMinuten
        zinsen54a
        zinsen54aErfasst
        zugesprochen
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:463267bb39bfe3bd5d03f328a70ef5eea051ba544b3c040c0f610c7d1c668cde"}) as unknown as TypedDocumentString<UpdateTitelMutation, UpdateTitelMutationVariables>;
export const UpdateWebhookDocument = new TypedDocumentString(`
    mutation UpdateWebhook($input: UpdateWebhookInput!) {
  updateWebhook(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on UpdateWebhookPayload {
      webhook {
        angelegtAm
        beschreibung
        ereignisse
        geaendertAm
        id
        pausiertAm
        pausiertGrund
        status
        url
        vorherigesSecretGueltigBis
      }
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
  }
}
    `, {"hash":"sha256:8137f427e0ba76f84e26742ce5e1e77d7327efeb2406b8874dbb0036aada7f9c"}) as unknown as TypedDocumentString<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const ValorisiereRatgDocument = new TypedDocumentString(`
    mutation ValorisiereRatg($input: ValorisiereRatgInput!) {
  valorisiereRatg(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
    ... on ValorisiereRatgPayload {
      ratgTabelle {
        bezeichnung
        einheitssatzBisGrenze
        einheitssatzDarueber
        einheitssatzGrenze
        ervErstmalig
        ervWeitere
        gueltigAb
        posten {
          hoechstens
          hoechstensWeitereStunde
          tarifpost
        }
        tp8KurzAnteil
        tp8KurzHoechstens
        ust
      }
    }
  }
}
    `, {"hash":"sha256:c8962317cf9a058960811e57b08352a3a76f7f814bac1eb988b9a62ed1101ad0"}) as unknown as TypedDocumentString<ValorisiereRatgMutation, ValorisiereRatgMutationVariables>;
export const ZustellungWiederholenDocument = new TypedDocumentString(`
    mutation ZustellungWiederholen($input: ZustellungWiederholenInput!) {
  zustellungWiederholen(input: $input) {
    __typename
    ... on ConflictError {
      currentVersion
      entity
      message
    }
    ... on ForbiddenError {
      message
    }
    ... on NotFoundError {
      entity
      id
      message
    }
    ... on ValidationError {
      field
      issues {
        field
        message
      }
      message
    }
    ... on ZustellungWiederholenPayload {
      zustellung {
        angelegtAm
        ereignisId
        ereignisTyp
        ereignisZeitpunkt
        id
        letzterFehler
        letzterStatusCode
        letzterVersuchAm
        nachrichtId
        naechsterVersuchAm
        status
        versuche
        zugestelltAm
      }
    }
  }
}
    `, {"hash":"sha256:ebe76c18ca744b7f9783d7e1895152222aa4140b2b2bd6a187adfcce1f1a6565"}) as unknown as TypedDocumentString<ZustellungWiederholenMutation, ZustellungWiederholenMutationVariables>;