export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** A point in time, RFC 3339 with an offset, e.g. "2026-11-26T09:30:00Z"; output in UTC. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number as a string, e.g. "12345.67" (amounts in EUR, at least two decimals on output). */
  Decimal: { input: string; output: string; }
};

export type AktFilter = {
  /** Akten with a Forderung due on or before this date. */
  faelligBis?: InputMaybe<Scalars['Date']['input']>;
  klientId?: InputMaybe<Scalars['ID']['input']>;
  /** Exact Sachgebiet, any case. */
  sachgebiet?: InputMaybe<Scalars['String']['input']>;
  /** Any of these. */
  status?: InputMaybe<Array<AktStatus>>;
  /** Part of the Aktenzeichen, the Bezeichnung or the Klient’s name, any case. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The responsible Benutzer. */
  zustaendigId?: InputMaybe<Scalars['ID']['input']>;
};

export type AktStatus =
  | 'ABGESCHLOSSEN'
  | 'ANGELEGT'
  | 'ARCHIVIERT'
  | 'IN_BEARBEITUNG';

/** Metadata of a document the requester attaches (the file itself travels separately). */
export type AnfrageDokumentInput = {
  dateiname: Scalars['String']['input'];
  /** Bytes, at most 25 MB. */
  groesse: Scalars['Int']['input'];
  /** MIME type, e.g. application/pdf. */
  typ: Scalars['String']['input'];
};

export type AnfrageGegnerInput = {
  art?: InputMaybe<PersonArt>;
  name: Scalars['String']['input'];
  ort?: InputMaybe<Scalars['String']['input']>;
  plz?: InputMaybe<Scalars['String']['input']>;
  strasse?: InputMaybe<Scalars['String']['input']>;
};

export type AnfrageKlientInput = {
  art?: InputMaybe<PersonArt>;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  ort?: InputMaybe<Scalars['String']['input']>;
  plz?: InputMaybe<Scalars['String']['input']>;
  strasse?: InputMaybe<Scalars['String']['input']>;
  telefon?: InputMaybe<Scalars['String']['input']>;
};

export type AnnehmenMandatsanfrageInput = {
  /** Default: the next free "YYYY/NNNN". */
  aktenzeichen?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Required when the conflict check had hits: a lawyer’s reason to proceed. */
  kollisionFreigabeGrund?: InputMaybe<Scalars['String']['input']>;
  /** Default: the lawyer the request is assigned to. */
  zustaendigId?: InputMaybe<Scalars['ID']['input']>;
};

export type ArchiviereAktInput = {
  aktId: Scalars['ID']['input'];
  /** Legal hold, if any. */
  rechtlicheSperreBis?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

export type AssignForderungenToTitelInput = {
  forderungIds: Array<Scalars['ID']['input']>;
  titelId: Scalars['ID']['input'];
};

export type AssignMandatsanfrageInput = {
  benutzerId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};

export type AuditAction =
  | 'CREATE'
  | 'DELETE'
  /** An erasure replaced the personal values of this entity’s earlier entries by "[gelöscht]"; `changes` names the fields, without values. */
  | 'REDACT'
  | 'UPDATE';

export type AuditLogFilter = {
  action?: InputMaybe<AuditAction>;
  benutzerId?: InputMaybe<Scalars['ID']['input']>;
  /** e.g. "Akt", "Forderung". */
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** At or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** e.g. "createForderung". */
  operation?: InputMaybe<Scalars['String']['input']>;
  /** Before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type BankbuchungFilter = {
  /** Default: OFFEN and VORSCHLAG. */
  status?: InputMaybe<Array<BankbuchungStatus>>;
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

export type BemessungsgrundlageQuelle =
  /** The Akt’s own Bemessungsgrundlage (it has no Forderung). */
  | 'AKT'
  /** Sum of the Akt’s Hauptforderungen. */
  | 'HAUPTFORDERUNGEN'
  /** One instalment of the Ratenvereinbarung (Ratenmahnung). */
  | 'RATE';

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
  buchungId: Scalars['ID']['input'];
  /** Required, at most 2000 characters. */
  grund: Scalars['String']['input'];
};

export type BuchungZuordnenInput = {
  /** Book it as a Zahlung on this Akt. Neither: accept the proposal. */
  aktId?: InputMaybe<Scalars['ID']['input']>;
  buchungId: Scalars['ID']['input'];
  /** Book it as a Honorarzahlung on this note (at most its offenerBetrag). */
  honorarnoteId?: InputMaybe<Scalars['ID']['input']>;
};

export type CopyTarifInput = {
  code: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  neuerCode: Scalars['String']['input'];
};

export type CreateAktInput = {
  aktenzeichen: Scalars['String']['input'];
  bemessungsgrundlage?: InputMaybe<Scalars['Decimal']['input']>;
  bezeichnung: Scalars['String']['input'];
  /** Up to 10 Persons, in order: the first becomes Gegner 1. */
  gegnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  klientId: Scalars['ID']['input'];
  sachgebiet?: InputMaybe<Scalars['String']['input']>;
  /** The responsible Benutzer. */
  zustaendigId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateForderungInput = {
  aktId: Scalars['ID']['input'];
  art: ForderungArt;
  /** Positive, at most two decimals. */
  betrag: Scalars['Decimal']['input'];
  bezeichnung?: InputMaybe<Scalars['String']['input']>;
  faelligAm?: InputMaybe<Scalars['Date']['input']>;
  /** Needs a zinssatz. */
  zinsenAb?: InputMaybe<Scalars['Date']['input']>;
  /** Percent per year. */
  zinssatz?: InputMaybe<Scalars['Decimal']['input']>;
};

export type CreateGerichtInput = {
  /** Default BEHOERDE. */
  art?: InputMaybe<GerichtArt>;
  bundesland?: InputMaybe<Scalars['String']['input']>;
  kurzbezeichnung: Scalars['String']['input'];
  name: Scalars['String']['input'];
  ort: Scalars['String']['input'];
  plz: Scalars['String']['input'];
  strasse?: InputMaybe<Scalars['String']['input']>;
};

export type CreateKommunikationInput = {
  aktId: Scalars['ID']['input'];
  /** Default: now. */
  am?: InputMaybe<Scalars['DateTime']['input']>;
  betreff: Scalars['String']['input'];
  /** An update meant for the client (default false). */
  fuerMandant?: InputMaybe<Scalars['Boolean']['input']>;
  kanal: Kanal;
  richtung: Richtung;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type CreateLeistungInput = {
  aktId: Scalars['ID']['input'];
  /** Default 0. */
  barauslagenDurchlaufer?: InputMaybe<Scalars['Decimal']['input']>;
  /** Default 0. */
  barauslagenUstFrei?: InputMaybe<Scalars['Decimal']['input']>;
  /** Default 0. */
  barauslagenUstPflichtig?: InputMaybe<Scalars['Decimal']['input']>;
  bemessungsgrundlage?: InputMaybe<Scalars['Decimal']['input']>;
  datum: Scalars['Date']['input'];
  /** Default 0 (or as priced). */
  einheitssatz?: InputMaybe<Scalars['Decimal']['input']>;
  kuerzel: Scalars['String']['input'];
  sachbearbeiterId?: InputMaybe<Scalars['ID']['input']>;
  /** Default 0 (or as priced). */
  streitgenossenzuschlag?: InputMaybe<Scalars['Decimal']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  /** Default: 20 % of Verdienst, Einheitssatz, Streitgenossenzuschlag and USt-pflichtige Barauslagen, to the cent. */
  ust?: InputMaybe<Scalars['Decimal']['input']>;
  /** At most two decimals, not negative. Left out: the Leistung is priced by the Leistungsart of its kuerzel (Tarif or RATG post), with ES, Streitgenossenzuschlag and postage. */
  verdienst?: InputMaybe<Scalars['Decimal']['input']>;
  zeitMinuten?: InputMaybe<Scalars['Int']['input']>;
};

export type CreatePersonInput = {
  /** Default NATUERLICHE_PERSON. */
  art?: InputMaybe<PersonArt>;
  email?: InputMaybe<Scalars['String']['input']>;
  kurzbezeichnung: Scalars['String']['input'];
  name: Scalars['String']['input'];
  ort?: InputMaybe<Scalars['String']['input']>;
  plz?: InputMaybe<Scalars['String']['input']>;
  strasse?: InputMaybe<Scalars['String']['input']>;
  telefon?: InputMaybe<Scalars['String']['input']>;
  /** UID-Nummer: EU format (Austria ATU + 8 digits, Germany DE + 9 digits, …); blanks, dots and dashes are dropped. Required on invoices over 10 000 € gross to an UNTERNEHMEN. */
  uid?: InputMaybe<Scalars['String']['input']>;
};

/** Prefilled from the Leistung (Verdienst incl. Streitgenossenzuschlag, ES, USt, Barauslagen, Sachbearbeiter, Zeit); given fields win. */
export type CreateTitelFromLeistungInput = {
  barauslagenDurchlaufer?: InputMaybe<Scalars['Decimal']['input']>;
  barauslagenKlient?: InputMaybe<Scalars['Decimal']['input']>;
  barauslagenUstFrei?: InputMaybe<Scalars['Decimal']['input']>;
  /** Net. */
  barauslagenUstPflichtig?: InputMaybe<Scalars['Decimal']['input']>;
  beschlussart: Beschlussart;
  datum: Scalars['Date']['input'];
  einheitssatz?: InputMaybe<Scalars['Decimal']['input']>;
  gegenWen?: InputMaybe<Scalars['Int']['input']>;
  gericht: Scalars['String']['input'];
  geschaeftszahl?: InputMaybe<Scalars['String']['input']>;
  honorartext?: InputMaybe<Scalars['String']['input']>;
  leistungId: Scalars['ID']['input'];
  memo?: InputMaybe<Scalars['String']['input']>;
  sachbearbeiter?: InputMaybe<Scalars['String']['input']>;
  /** Default: 20 % of Verdienst + ES + USt-pflichtige Barauslagen, to the cent. */
  ust?: InputMaybe<Scalars['Decimal']['input']>;
  verdienst?: InputMaybe<Scalars['Decimal']['input']>;
  vollstreckbarAm?: InputMaybe<Scalars['Date']['input']>;
  zeitMinuten?: InputMaybe<Scalars['Int']['input']>;
  zinsen54a?: InputMaybe<Scalars['Boolean']['input']>;
};

/** zinsen54a defaults by beschlussart; vollstreckbarAm is required unless KOSTENTITEL; honorartext is required for SONSTIGER_TITEL; gericht is a Kurzbezeichnung of the register (see `gerichte`); gegenWen 1..10 or null for all; sachbearbeiter is a Benutzer-Kürzel; amounts default to 0. */
export type CreateTitelInput = {
  aktId: Scalars['ID']['input'];
  barauslagenDurchlaufer?: InputMaybe<Scalars['Decimal']['input']>;
  barauslagenKlient?: InputMaybe<Scalars['Decimal']['input']>;
  barauslagenUstFrei?: InputMaybe<Scalars['Decimal']['input']>;
  /** Net. */
  barauslagenUstPflichtig?: InputMaybe<Scalars['Decimal']['input']>;
  beschlussart: Beschlussart;
  datum: Scalars['Date']['input'];
  einheitssatz?: InputMaybe<Scalars['Decimal']['input']>;
  gegenWen?: InputMaybe<Scalars['Int']['input']>;
  gericht: Scalars['String']['input'];
  geschaeftszahl?: InputMaybe<Scalars['String']['input']>;
  honorartext?: InputMaybe<Scalars['String']['input']>;
  memo?: InputMaybe<Scalars['String']['input']>;
  sachbearbeiter?: InputMaybe<Scalars['String']['input']>;
  /** Default: 20 % of Verdienst + ES + USt-pflichtige Barauslagen, to the cent. */
  ust?: InputMaybe<Scalars['Decimal']['input']>;
  verdienst?: InputMaybe<Scalars['Decimal']['input']>;
  vollstreckbarAm?: InputMaybe<Scalars['Date']['input']>;
  zeitMinuten?: InputMaybe<Scalars['Int']['input']>;
  zinsen54a?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateWebhookInput = {
  /** At most 500 characters. */
  beschreibung?: InputMaybe<Scalars['String']['input']>;
  /** At least one, none twice. */
  ereignisse: Array<WebhookEreignisTyp>;
  /** https (http and local addresses only with the operator setting WEBHOOK_LOKALE_ZIELE); at most 2000 characters. */
  url: Scalars['String']['input'];
};

export type DeleteForderungInput = {
  id: Scalars['ID']['input'];
};

export type DeleteLeistungInput = {
  id: Scalars['ID']['input'];
};

export type DeleteTitelInput = {
  id: Scalars['ID']['input'];
};

export type DeleteWebhookInput = {
  id: Scalars['ID']['input'];
};

export type Dringlichkeit =
  | 'HOCH'
  | 'NIEDRIG'
  | 'NORMAL'
  | 'SOFORT';

export type ErfasseHonorarzahlungInput = {
  /** More than 0 and at most the note’s offenerBetrag. */
  betrag: Scalars['Decimal']['input'];
  bezahltAm: Scalars['Date']['input'];
  honorarnoteId: Scalars['ID']['input'];
  /** Optional, e.g. a UUID made once per user action: a repeat with the same key within 24 hours returns the first result and writes nothing; the same key with another input is a ConflictError. The SDK sends one by itself. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The payment reference, at most 500 characters. */
  verwendungszweck?: InputMaybe<Scalars['String']['input']>;
};

export type ErfasseZahlungInput = {
  aktId: Scalars['ID']['input'];
  betrag: Scalars['Decimal']['input'];
  datum: Scalars['Date']['input'];
  /** Optional, e.g. a UUID made once per user action: a repeat with the same key within 24 hours returns the first result and writes nothing; the same key with another input is a ConflictError. The SDK sends one by itself. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  verwendungszweck?: InputMaybe<Scalars['String']['input']>;
};

export type ErstelleHonorarnoteInput = {
  aktId: Scalars['ID']['input'];
  /** Invoice date (default today); the due date follows from the office’s payment term. */
  datum?: InputMaybe<Scalars['Date']['input']>;
  /** Optional, e.g. a UUID made once per user action: a repeat with the same key within 24 hours returns the first result and writes nothing; the same key with another input is a ConflictError. The SDK sends one by itself. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default: every Leistung of the Akt not billed yet and not gerichtlich bestimmt. */
  leistungIds?: InputMaybe<Array<Scalars['ID']['input']>>;
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
  datei: Scalars['String']['input'];
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

export type KostenArt =
  | 'BARAUSLAGEN_KLIENT'
  | 'BARAUSLAGEN_USTFREI'
  | 'BARAUSLAGEN_USTPFLICHTIG'
  | 'HONORAR';

export type LoescheAbgelaufeneAktenInput = {
  /** Dry run: report what would be deleted and anonymised, change nothing (default false). */
  nurVorschau?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default: today; a day after today is a ValidationError. */
  stichtag?: InputMaybe<Scalars['Date']['input']>;
};

export type LoeschePersonendatenInput = {
  personId: Scalars['ID']['input'];
};

export type MahnschreibenVersendenInput = {
  aktId: Scalars['ID']['input'];
  /** The day it goes out; default today (Europe/Vienna). Not in the future, not before the last letter to this Gegner. */
  datum?: InputMaybe<Scalars['Date']['input']>;
  /** 1 for Gegner 1. */
  gegnerPosition: Scalars['Int']['input'];
  /** Optional, e.g. a UUID made once per user action: a repeat with the same key within 24 hours returns the first result and writes nothing; the same key with another input is a ConflictError. The SDK sends one by itself. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Tariff code of the Mahnkosten, e.g. "MAK". */
  tarif: Scalars['String']['input'];
};

export type MandatsanfrageFilter = {
  status?: InputMaybe<Array<MandatsanfrageStatus>>;
  zugewiesenAnId?: InputMaybe<Scalars['ID']['input']>;
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
  art?: InputMaybe<PersonArt>;
  /** Part of the name or Kurzbezeichnung, any case. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type PruefeKollisionInput = {
  id: Scalars['ID']['input'];
};

export type RevokeApiKeyInput = {
  id: Scalars['ID']['input'];
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
  id: Scalars['ID']['input'];
};

export type SchreibeHonorarnoteAbInput = {
  /** Required, at most 2000 characters. */
  grund: Scalars['String']['input'];
  honorarnoteId: Scalars['ID']['input'];
};

export type SetAktStatusInput = {
  aktId: Scalars['ID']['input'];
  grund?: InputMaybe<Scalars['String']['input']>;
  status: AktStatus;
  version: Scalars['Int']['input'];
};

export type SetGegnerInput = {
  aktId: Scalars['ID']['input'];
  /** The new Gegner, in order (at most 10); [] removes all. */
  personIds: Array<Scalars['ID']['input']>;
};

/** Points a Leistungskürzel at a Tarif (by code) or a RATG post; a new Kürzel also needs a name. */
export type SetLeistungsartInput = {
  kuerzel: Scalars['String']['input'];
  nachDauer?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  ratgPost?: InputMaybe<Tarifpost>;
  tarif?: InputMaybe<Scalars['String']['input']>;
};

export type SetPortoInput = {
  betrag: Scalars['Decimal']['input'];
  bezeichnung?: InputMaybe<Scalars['String']['input']>;
  gueltigAb: Scalars['Date']['input'];
};

export type SetRatenvereinbarungInput = {
  aktId: Scalars['ID']['input'];
  anzahl: Scalars['Int']['input'];
  ersteFaelligkeit: Scalars['Date']['input'];
  /** Default 1. */
  intervallMonate?: InputMaybe<Scalars['Int']['input']>;
  rate: Scalars['Decimal']['input'];
};

export type SetRechtlicheSperreInput = {
  aktId: Scalars['ID']['input'];
  /** null lifts the hold. */
  rechtlicheSperreBis?: InputMaybe<Scalars['Date']['input']>;
};

/** The Sachgebiete a lawyer takes on, as requests name them (e.g. "Inkasso"); replaces the list, [] clears it. At most 20, none twice. */
export type SetSachgebieteInput = {
  benutzerId: Scalars['ID']['input'];
  sachgebiete: Array<Scalars['String']['input']>;
};

export type StornoHonorarnoteInput = {
  grund?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

export type StornoHonorarzahlungInput = {
  /** Required, at most 2000 characters. */
  grund: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};

export type StornoZahlungInput = {
  grund: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};

export type SubmitMandatsanfrageInput = {
  beschreibung: Scalars['String']['input'];
  /** Up to 20. */
  dokumente?: InputMaybe<Array<AnfrageDokumentInput>>;
  dringlichkeit?: InputMaybe<Dringlichkeit>;
  /** Up to 10. */
  gegner?: InputMaybe<Array<AnfrageGegnerInput>>;
  /** Optional, e.g. a UUID made once per user action: a repeat with the same key within 24 hours returns the first result and writes nothing; the same key with another input is a ConflictError. The SDK sends one by itself. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  klient: AnfrageKlientInput;
  sachgebiet: Scalars['String']['input'];
  streitwert?: InputMaybe<Scalars['Decimal']['input']>;
};

export type TarifPositionInput = {
  /** Default 1. */
  anzahl?: InputMaybe<Scalars['Int']['input']>;
  tarifpost: Tarifpost;
  /** With the 50 % Informationszuschlag (default false). */
  zuschlag?: InputMaybe<Scalars['Boolean']['input']>;
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
  aktenzeichen?: InputMaybe<Scalars['String']['input']>;
  bemessungsgrundlage?: InputMaybe<Scalars['Decimal']['input']>;
  bezeichnung?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  klientId?: InputMaybe<Scalars['ID']['input']>;
  sachgebiet?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
  /** How debtor payments are allocated. */
  zahlungsreihenfolge?: InputMaybe<Zahlungsreihenfolge>;
  zustaendigId?: InputMaybe<Scalars['ID']['input']>;
};

/** Fields left out stay as they are; null clears an optional field. */
export type UpdateForderungInput = {
  art?: InputMaybe<ForderungArt>;
  betrag?: InputMaybe<Scalars['Decimal']['input']>;
  bezeichnung?: InputMaybe<Scalars['String']['input']>;
  faelligAm?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  zinsenAb?: InputMaybe<Scalars['Date']['input']>;
  zinssatz?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Letterhead and payment term of invoices; null clears a field. An invoice is issued only when the office has its Anschrift and UID-Nummer (UStG § 11); what an issued invoice printed does not change with them. */
export type UpdateKanzleiInput = {
  /** Postal address, as printed (lines separated by a comma or a line break). */
  anschrift?: InputMaybe<Scalars['String']['input']>;
  /** BIC of the account, 8 or 11 characters. */
  bic?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** IBAN, with or without spaces; checked by its check digits (ISO 13616). */
  iban?: InputMaybe<Scalars['String']['input']>;
  telefon?: InputMaybe<Scalars['String']['input']>;
  /** UID-Nummer, EU format (e.g. ATU12345678). */
  uid?: InputMaybe<Scalars['String']['input']>;
  zahlungszielTage?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields left out stay as they are. The USt follows changed amounts unless given; ust: null recomputes it. */
export type UpdateLeistungInput = {
  barauslagenDurchlaufer?: InputMaybe<Scalars['Decimal']['input']>;
  barauslagenUstFrei?: InputMaybe<Scalars['Decimal']['input']>;
  barauslagenUstPflichtig?: InputMaybe<Scalars['Decimal']['input']>;
  bemessungsgrundlage?: InputMaybe<Scalars['Decimal']['input']>;
  datum?: InputMaybe<Scalars['Date']['input']>;
  einheitssatz?: InputMaybe<Scalars['Decimal']['input']>;
  id: Scalars['ID']['input'];
  kuerzel?: InputMaybe<Scalars['String']['input']>;
  sachbearbeiterId?: InputMaybe<Scalars['ID']['input']>;
  streitgenossenzuschlag?: InputMaybe<Scalars['Decimal']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  ust?: InputMaybe<Scalars['Decimal']['input']>;
  verdienst?: InputMaybe<Scalars['Decimal']['input']>;
  zeitMinuten?: InputMaybe<Scalars['Int']['input']>;
};

/** Assessment. status IN_PRUEFUNG or ABGELEHNT (with ablehnungsgrund); acceptance is annehmenMandatsanfrage. */
export type UpdateMandatsanfrageInput = {
  ablehnungsgrund?: InputMaybe<Scalars['String']['input']>;
  bewertung?: InputMaybe<Scalars['String']['input']>;
  dringlichkeit?: InputMaybe<Dringlichkeit>;
  id: Scalars['ID']['input'];
  status?: InputMaybe<MandatsanfrageStatus>;
  umfang?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out stay as they are; null clears an optional field. */
export type UpdatePersonInput = {
  art?: InputMaybe<PersonArt>;
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kurzbezeichnung?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  ort?: InputMaybe<Scalars['String']['input']>;
  plz?: InputMaybe<Scalars['String']['input']>;
  strasse?: InputMaybe<Scalars['String']['input']>;
  telefon?: InputMaybe<Scalars['String']['input']>;
  /** UID-Nummer: EU format (Austria ATU + 8 digits, Germany DE + 9 digits, …); blanks, dots and dashes are dropped. Required on invoices over 10 000 € gross to an UNTERNEHMEN. */
  uid?: InputMaybe<Scalars['String']['input']>;
};

/** `positionen` replaces all postings, in order. */
export type UpdateTarifInput = {
  code: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  porto?: InputMaybe<Scalars['Boolean']['input']>;
  positionen?: InputMaybe<Array<TarifPositionInput>>;
};

/** Fields left out stay as they are; null clears an optional field. ust: a figure is kept as entered; null derives it again (20 %); left out, a derived USt follows changed amounts and an entered one stays. zinsen54a: null goes back to the Beschlussart’s default; left out, a default follows a changed Beschlussart and a choice stays. */
export type UpdateTitelInput = {
  barauslagenDurchlaufer?: InputMaybe<Scalars['Decimal']['input']>;
  barauslagenKlient?: InputMaybe<Scalars['Decimal']['input']>;
  barauslagenUstFrei?: InputMaybe<Scalars['Decimal']['input']>;
  /** Net. */
  barauslagenUstPflichtig?: InputMaybe<Scalars['Decimal']['input']>;
  beschlussart?: InputMaybe<Beschlussart>;
  datum?: InputMaybe<Scalars['Date']['input']>;
  einheitssatz?: InputMaybe<Scalars['Decimal']['input']>;
  gegenWen?: InputMaybe<Scalars['Int']['input']>;
  gericht?: InputMaybe<Scalars['String']['input']>;
  geschaeftszahl?: InputMaybe<Scalars['String']['input']>;
  honorartext?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  memo?: InputMaybe<Scalars['String']['input']>;
  sachbearbeiter?: InputMaybe<Scalars['String']['input']>;
  /** Default: 20 % of Verdienst + ES + USt-pflichtige Barauslagen, to the cent. */
  ust?: InputMaybe<Scalars['Decimal']['input']>;
  verdienst?: InputMaybe<Scalars['Decimal']['input']>;
  vollstreckbarAm?: InputMaybe<Scalars['Date']['input']>;
  zeitMinuten?: InputMaybe<Scalars['Int']['input']>;
  zinsen54a?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Fields left out stay as they are. */
export type UpdateWebhookInput = {
  /** null or "" clears it. */
  beschreibung?: InputMaybe<Scalars['String']['input']>;
  ereignisse?: InputMaybe<Array<WebhookEreignisTyp>>;
  id: Scalars['ID']['input'];
  /** PAUSIERT: deliveries wait. AKTIV again: every undelivered delivery (the given-up ones too) is sent now, with a fresh three days. */
  status?: InputMaybe<WebhookStatus>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A new RATG table from `gueltigAb`: every amount of the table then in force × `faktor`, rounded up to 10 cents. */
export type ValorisiereRatgInput = {
  bezeichnung: Scalars['String']['input'];
  /** e.g. "1.20" for +20 % */
  faktor: Scalars['Decimal']['input'];
  gueltigAb: Scalars['Date']['input'];
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

export type ZahlungsPostenArt =
  | 'KAPITAL'
  | 'KOSTEN'
  | 'ZINSEN';

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
  zustellungId: Scalars['ID']['input'];
};

import type { AktQuery, AktenQuery, AktenStatistikQuery, ApiKeysQuery, AuditLogQuery, BenutzerQuery, GerichteQuery, HonorarnoteQuery, HonorarzahlungQuery, KollisionspruefungQuery, LeistungsartenQuery, MandatsanfrageQuery, MandatsanfragenQuery, MeQuery, OffeneBuchungenQuery, PersonQuery, PersonenQuery, PortoSaetzeQuery, RatgQuery, RatgTabellenQuery, TarifQuery, TarifeQuery, WebhookZustellungenQuery, WebhooksQuery, AnnehmenMandatsanfrageMutation, ArchiviereAktMutation, AssignForderungenToTitelMutation, AssignMandatsanfrageMutation, BuchungVerwerfenMutation, BuchungZuordnenMutation, CopyTarifMutation, CreateAktMutation, CreateForderungMutation, CreateGerichtMutation, CreateKommunikationMutation, CreateLeistungMutation, CreatePersonMutation, CreateTitelMutation, CreateTitelFromLeistungMutation, CreateWebhookMutation, DeleteForderungMutation, DeleteLeistungMutation, DeleteTitelMutation, DeleteWebhookMutation, ErfasseHonorarzahlungMutation, ErfasseZahlungMutation, ErstelleHonorarnoteMutation, ImportiereKontoauszugMutation, LoescheAbgelaufeneAktenMutation, LoeschePersonendatenMutation, MahnschreibenVersendenMutation, PruefeKollisionMutation, RevokeApiKeyMutation, RotateIntakeTokenMutation, RotateWebhookSecretMutation, SchreibeHonorarnoteAbMutation, SetAktStatusMutation, SetGegnerMutation, SetLeistungsartMutation, SetPortoMutation, SetRatenvereinbarungMutation, SetRechtlicheSperreMutation, SetSachgebieteMutation, StornoHonorarnoteMutation, StornoHonorarzahlungMutation, StornoZahlungMutation, SubmitMandatsanfrageMutation, UpdateAktMutation, UpdateForderungMutation, UpdateKanzleiMutation, UpdateLeistungMutation, UpdateMandatsanfrageMutation, UpdatePersonMutation, UpdateTarifMutation, UpdateTitelMutation, UpdateWebhookMutation, ValorisiereRatgMutation, ZustellungWiederholenMutation } from './graphql.js';

import type { FieldErrors, MutationResult, Result, SchemaTable, Selected, WithFieldErrors } from '../select.js';

/** A case file: Klient, Gegner 1..10, Forderungen and Leistungen. */
export interface AktResult {
  __typename: 'Akt';
  abgeschlossenAm: string | null;
  /** Unique in the office, e.g. "2026/0001". */
  aktenzeichen: string;
  angelegtAm: string;
  archiviertAm: string | null;
  /** Retention deadline: not deleted before. */
  aufbewahrenBis: string | null;
  /** Bemessungsgrundlage of the Akt itself (Aktenstamm), used when it has no Forderung. */
  bemessungsgrundlage: string | null;
  beschlusskostennote: BeschlusskostennoteResult;
  bezeichnung: string;
  /** Exekutionsantrag data for the Titel against `gegner` (all Titel without it), interest to `stichtag` (default today). A Titel without vollstreckbarAm (other than a KOSTENTITEL) is refused with an EXEKUTION_ERROR. */
  exekutionsantrag: ExekutionsantragResult | null;
  forderungen: Array<ForderungResult>;
  /** The Gegner in order: the first is "Gegner 1". */
  gegner: Array<PersonResult>;
  /** The Geschäftszahlen entered on this Akt’s Titel so far, for picking one again. */
  geschaeftszahlen: Array<string>;
  /** Invoices and Stornorechnungen, by number. */
  honorarnoten: Array<HonorarnoteResult>;
  id: string;
  klient: PersonResult;
  /** The communication log, newest first. */
  kommunikation: AktKommunikationConnectionResult;
  leistungen: Array<LeistungResult>;
  /** Dunning costs of this Akt under a tariff code (MES … MAK or the office’s own), on `datum` (default today). */
  mahnkosten: MahnkostenResult | null;
  /** Dunning letters sent on this Akt, oldest first. */
  mahnschreiben: Array<MahnschreibenResult>;
  /** Updates meant for the client, newest first. */
  mandantenUpdates: AktMandantenUpdatesConnectionResult;
  /** The online request the Akt came from. */
  mandatsanfrage: MandatsanfrageResult | null;
  /** The instalments of the Ratenvereinbarung not yet fully paid (payments cover them in order). */
  offeneRaten: Array<RateResult>;
  ratenvereinbarung: RatenvereinbarungResult | null;
  /** Legal hold. */
  rechtlicheSperreBis: string | null;
  sachgebiet: string | null;
  schuldnerstand: SchuldnerstandResult;
  status: AktStatus;
  /** The Akt’s Titel, oldest first. With `gegner: 2`: those that work against Gegner 2 (gegenWen empty or 2). */
  titel: Array<TitelResult>;
  /** Status changes, oldest first: who and when. */
  verlauf: Array<AktStatusAenderungResult>;
  /** Send it back with updateAkt: a stale version is a ConflictError. */
  version: number;
  /** All payments, reversed ones included, oldest first. */
  zahlungen: Array<ZahlungResult>;
  /** The RF reference (ISO 11649) of each Gegner, in order: what the Gegner quotes when paying in debt collection. */
  zahlungsreferenzen: Array<AktZahlungsreferenzResult>;
  zahlungsreihenfolge: Zahlungsreihenfolge;
  /** The responsible user. */
  zustaendig: BenutzerResult | null;
}

export interface AktKommunikationConnectionResult {
  __typename: 'AktKommunikationConnection';
  edges: Array<AktKommunikationConnectionEdgeResult>;
  pageInfo: PageInfoResult;
  totalCount: number;
}

export interface AktKommunikationConnectionEdgeResult {
  __typename: 'AktKommunikationConnectionEdge';
  cursor: string;
  node: KommunikationResult;
}

export interface AktMandantenUpdatesConnectionResult {
  __typename: 'AktMandantenUpdatesConnection';
  edges: Array<AktMandantenUpdatesConnectionEdgeResult>;
  pageInfo: PageInfoResult;
  totalCount: number;
}

export interface AktMandantenUpdatesConnectionEdgeResult {
  __typename: 'AktMandantenUpdatesConnectionEdge';
  cursor: string;
  node: KommunikationResult;
}

export interface AktStatusAenderungResult {
  __typename: 'AktStatusAenderung';
  am: string;
  benutzer: BenutzerResult | null;
  grund: string | null;
  nach: AktStatus;
  von: AktStatus | null;
}

export interface AktStatusAnzahlResult {
  __typename: 'AktStatusAnzahl';
  anzahl: number;
  status: AktStatus;
}

/** The payment reference of one Gegner of an Akt in debt collection. */
export interface AktZahlungsreferenzResult {
  __typename: 'AktZahlungsreferenz';
  gegner: PersonResult;
  /** 1 for "Gegner 1". */
  gegnerPosition: number;
  /** ISO 11649, e.g. "RF90A1": "A" + a number that is the pair's for good (also after the Gegner list changes). Unique in the office. */
  rfReferenz: string;
}

export interface AktenStatistikResult {
  __typename: 'AktenStatistik';
  gesamt: number;
  /** Every status, also with 0. */
  nachStatus: Array<AktStatusAnzahlResult>;
}

export interface AnfrageDokumentResult {
  __typename: 'AnfrageDokument';
  dateiname: string;
  /** Bytes. */
  groesse: number;
  typ: string;
}

export interface AnfrageGegnerResult {
  __typename: 'AnfrageGegner';
  art: PersonArt;
  name: string;
  ort: string | null;
  plz: string | null;
  strasse: string | null;
}

export interface AnnehmenMandatsanfragePayloadResult {
  __typename: 'AnnehmenMandatsanfragePayload';
  mandatsanfrage: MandatsanfrageResult;
}

export interface AnrechnungResult {
  __typename: 'Anrechnung';
  art: ZahlungsPostenArt;
  betrag: string;
  bezeichnung: string;
  kostenArt: KostenArt | null;
}

/** An API key. Only its visible prefix is stored in clear. */
export interface ApiKeyResult {
  __typename: 'ApiKey';
  angelegtAm: string;
  benutzer: BenutzerResult;
  id: string;
  /** A partner key: may run only the SDK’s persisted operations. */
  partner: boolean;
  prefix: string;
  widerrufenAm: string | null;
}

export interface ArchiviereAktPayloadResult {
  __typename: 'ArchiviereAktPayload';
  akt: AktResult;
}

export interface AssignForderungenToTitelPayloadResult {
  __typename: 'AssignForderungenToTitelPayload';
  titel: TitelResult;
}

export interface AssignMandatsanfragePayloadResult {
  __typename: 'AssignMandatsanfragePayload';
  mandatsanfrage: MandatsanfrageResult;
}

/** One field of the row. Values are text as the database holds them (amounts exact, e.g. "1234.50"). */
export interface AuditChangeResult {
  __typename: 'AuditChange';
  /** Null on DELETE, and where values are withheld; "[gelöscht]" where an erasure redacted it. */
  after: string | null;
  /** Null on CREATE, and where values are withheld (deletion after retention); "[gelöscht]" where an erasure redacted it. */
  before: string | null;
  field: string;
}

/** One written row: who, when, what, and the changed fields before and after. */
export interface AuditEntryResult {
  __typename: 'AuditEntry';
  action: AuditAction;
  at: string;
  /** Null for the system (CLI, seeding) and the public intake form. */
  benutzerId: string | null;
  benutzerKuerzel: string | null;
  changes: Array<AuditChangeResult>;
  /** The kind of row, e.g. "Forderung". */
  entity: string;
  /** Its id (key parts joined by "/" where the key is composite). */
  entityId: string | null;
  id: string;
  /** Visible prefix of the API key or intake token used. */
  keyPrefix: string | null;
  /** The mutation, e.g. "createForderung". */
  operation: string | null;
}

/** One transaction of an entry of a bank statement (a batch entry has several), or the rest of an overpayment (teil 1). Identified by account, bankReferenz, buchungsdatum and transaktionIndex: importing it again changes nothing. */
export interface BankbuchungResult {
  __typename: 'Bankbuchung';
  /** The Akt it was booked on or is proposed for. */
  akt: AktResult | null;
  angelegtAm: string;
  /** The bank’s reference of the entry (camt AcctSvcrRef, MT940 :61:). */
  bankReferenz: string;
  betrag: string;
  buchungsdatum: string;
  erledigtAm: string | null;
  /** Why it was proposed, queued, ignored or dismissed. */
  grund: string | null;
  /** The Honorarnote it was booked on or is proposed for. */
  honorarnote: HonorarnoteResult | null;
  honorarzahlung: HonorarzahlungResult | null;
  id: string;
  kontoIban: string;
  /** CRDT (incoming) or DBIT (outgoing). */
  richtung: string;
  status: BankbuchungStatus;
  strukturierteReferenz: string | null;
  /** 0, or 1 for what an overpayment left over after its Honorarnote was paid. */
  teil: number;
  transaktionIndex: number;
  valutadatum: string | null;
  verwendungszweck: string | null;
  waehrung: string;
  zahlerIban: string | null;
  zahlerName: string | null;
  zahlung: ZahlungResult | null;
}

/** A user of the office, known by a short Kürzel such as "MM". */
export interface BenutzerResult {
  __typename: 'Benutzer';
  id: string;
  kanzlei: KanzleiResult;
  kuerzel: string;
  name: string;
  rolle: Rolle;
  sachgebiete: Array<string>;
}

export interface BeschlusskostenPostenResult {
  __typename: 'BeschlusskostenPosten';
  barauslagenDurchlaufer: string;
  barauslagenKlient: string;
  barauslagenUstFrei: string;
  barauslagenUstPflichtig: string;
  datum: string;
  einheitssatz: string;
  geschaeftszahl: string | null;
  honorartext: string | null;
  titelId: string;
  ust: string;
  verdienst: string;
  zugesprochen: string;
}

/** The costs awarded in the Akt’s Titel, owed by the opponent. */
export interface BeschlusskostennoteResult {
  __typename: 'Beschlusskostennote';
  /** Of the sum: belongs to the client. */
  barauslagenKlient: string;
  /** All awarded costs. */
  summe: string;
  /** summe − barauslagenKlient. */
  summeKanzlei: string;
  titel: Array<BeschlusskostenPostenResult>;
}

export interface BuchungVerwerfenPayloadResult {
  __typename: 'BuchungVerwerfenPayload';
  bankbuchung: BankbuchungResult;
}

export interface BuchungZuordnenPayloadResult {
  __typename: 'BuchungZuordnenPayload';
  bankbuchung: BankbuchungResult;
}

/** Another request came first: the object was changed since the `version` you sent (`currentVersion` says to what), or what you asked for was decided meanwhile (billed, gerichtlich bestimmt, archived, cancelled, accepted or rejected). Nothing was changed; reload and decide again. */
export interface ConflictErrorResult {
  __typename: 'ConflictError';
  /** Set for a stale `version`: the object’s version now. */
  currentVersion: number | null;
  /** What the conflict is about, e.g. `Akt`, `Leistung`, `Mandatsanfrage`. */
  entity: string;
  message: string;
}

export interface CopyTarifPayloadResult {
  __typename: 'CopyTarifPayload';
  tarif: TarifResult;
}

export interface CreateAktPayloadResult {
  __typename: 'CreateAktPayload';
  akt: AktResult;
}

export interface CreateForderungPayloadResult {
  __typename: 'CreateForderungPayload';
  forderung: ForderungResult;
  /** Set when the Forderung was assigned to the Akt’s first Titel automatically: show it, the user may need to correct it. */
  hinweis: string | null;
}

export interface CreateGerichtPayloadResult {
  __typename: 'CreateGerichtPayload';
  gericht: GerichtResult;
}

export interface CreateKommunikationPayloadResult {
  __typename: 'CreateKommunikationPayload';
  kommunikation: KommunikationResult;
}

export interface CreateLeistungPayloadResult {
  __typename: 'CreateLeistungPayload';
  leistung: LeistungResult;
}

export interface CreatePersonPayloadResult {
  __typename: 'CreatePersonPayload';
  person: PersonResult;
}

export interface CreateTitelFromLeistungPayloadResult {
  __typename: 'CreateTitelFromLeistungPayload';
  titel: TitelResult;
}

export interface CreateTitelPayloadResult {
  __typename: 'CreateTitelPayload';
  titel: TitelResult;
}

export interface CreateWebhookPayloadResult {
  __typename: 'CreateWebhookPayload';
  /** The signing secret ("whsec_…", Standard Webhooks), shown only now: keep it to verify the `webhook-signature` of each delivery. */
  secret: string;
  webhook: WebhookResult;
}

export interface DeleteForderungPayloadResult {
  __typename: 'DeleteForderungPayload';
  akt: AktResult;
  deletedId: string;
}

export interface DeleteLeistungPayloadResult {
  __typename: 'DeleteLeistungPayload';
  akt: AktResult;
  deletedId: string;
}

export interface DeleteTitelPayloadResult {
  __typename: 'DeleteTitelPayload';
  akt: AktResult;
  deletedId: string;
}

export interface DeleteWebhookPayloadResult {
  __typename: 'DeleteWebhookPayload';
  deletedId: string;
}

export interface ErfasseHonorarzahlungPayloadResult {
  __typename: 'ErfasseHonorarzahlungPayload';
  honorarnote: HonorarnoteResult;
  honorarzahlung: HonorarzahlungResult;
}

export interface ErfasseZahlungPayloadResult {
  __typename: 'ErfasseZahlungPayload';
  zahlung: ZahlungResult;
}

export interface ErstelleHonorarnotePayloadResult {
  __typename: 'ErstelleHonorarnotePayload';
  honorarnote: HonorarnoteResult;
}

export interface ExekutionsForderungResult {
  __typename: 'ExekutionsForderung';
  forderungId: string;
  kapital: string;
  /** At the Forderung’s rate from zinsenAb to the Stichtag (actual days / 365). */
  zinsen: string;
}

export interface ExekutionsTitelResult {
  __typename: 'ExekutionsTitel';
  /** Part of the costs that belongs to the client. */
  barauslagenKlient: string;
  beschlussart: Beschlussart;
  datum: string;
  forderungen: Array<ExekutionsForderungResult>;
  /** Kurzbezeichnung of the court. */
  gericht: string;
  gerichtName: string;
  geschaeftszahl: string | null;
  /** The awarded costs (zugesprochen). */
  kosten: string;
  /** § 54a ZPO interest on the costs from the decision date to the Stichtag (0 without). */
  kostenzinsen: string;
  kostenzinsenSatz: string | null;
  titelId: string;
  vollstreckbarAm: string | null;
  weiteresVorbringen: Array<string>;
}

/** The data an enforcement application needs, per Titel (field group 07), on a Stichtag. */
export interface ExekutionsantragResult {
  __typename: 'Exekutionsantrag';
  /** Of `kosten`: the client’s share, shown separately. */
  barauslagenKlient: string;
  /** Forderungen not tied to any Titel: assign them (assignForderungenToTitel) before filing. */
  forderungenOhneTitel: Array<ExekutionsForderungResult>;
  /** kapital + zinsen + kosten + kostenzinsen */
  gesamt: string;
  kapital: string;
  kosten: string;
  kostenzinsen: string;
  stichtag: string;
  titel: Array<ExekutionsTitelResult>;
  weiteresVorbringen: Array<string>;
  zinsen: string;
}

export interface FieldIssueResult {
  __typename: 'FieldIssue';
  /** Path of the input field, e.g. `betrag` or `gegnerIds.2`. */
  field: string;
  message: string;
}

/** Your role does not allow this. */
export interface ForbiddenErrorResult {
  __typename: 'ForbiddenError';
  message: string;
}

/** A claim of the Klient against the Gegner. */
export interface ForderungResult {
  __typename: 'Forderung';
  akt: AktResult;
  art: ForderungArt;
  betrag: string;
  bezeichnung: string | null;
  faelligAm: string | null;
  id: string;
  /** The Titel that awarded it. */
  titel: TitelResult | null;
  zinsenAb: string | null;
  /** Percent per year, e.g. "4.00". */
  zinssatz: string | null;
}

/** A court or authority that can issue a Titel. */
export interface GerichtResult {
  __typename: 'Gericht';
  art: GerichtArt;
  bundesland: string | null;
  /** Added by this office (not from the shared register). */
  eigenes: boolean;
  id: string;
  kurzbezeichnung: string;
  name: string;
  ort: string;
  plz: string;
  strasse: string | null;
}

/** An invoice to the client (or a Stornorechnung cancelling one). Issued once, never edited: its PDF prints what was frozen when it was issued. */
export interface HonorarnoteResult {
  __typename: 'Honorarnote';
  /** The write-off, if an ADMIN wrote the open amount off. */
  abschreibung: HonorarnoteAbschreibungResult | null;
  akt: AktResult;
  art: HonorarnoteArt;
  barauslagenDurchlaufer: string;
  barauslagenUstFrei: string;
  barauslagenUstPflichtig: string;
  /** The date of the payment that closed the note (BEZAHLT); null while open, and when written off or cancelled. */
  bezahltAm: string | null;
  /** The sum of the uncancelled payments. */
  bezahlterBetrag: string;
  /** ustBasis + ust + USt-freie Barauslagen + Durchlaufer. */
  brutto: string;
  datum: string;
  einheitssatz: string;
  empfaengerAnschrift: string | null;
  empfaengerName: string;
  faelligAm: string;
  /** The client’s payments, reversed ones included, oldest first. */
  honorarzahlungen: Array<HonorarzahlungResult>;
  id: string;
  /** Gapless per office and year, e.g. "2026-0007" (Stornorechnungen included). */
  nummer: string;
  /** What the client still owes: brutto − bezahlterBetrag; 0 once BEZAHLT, ABGESCHRIEBEN or STORNIERT. */
  offenerBetrag: string;
  positionen: Array<HonorarnotePositionResult>;
  /** Structured creditor reference (ISO 11649) the client quotes when paying, e.g. "RF87H2026000007": "H" + year + the number in six digits. Unique in the office, never changes; a Stornorechnung has its own. */
  rfReferenz: string;
  storniertDurch: HonorarnoteResult | null;
  stornoGrund: string | null;
  /** On a Stornorechnung: the invoice it cancels. */
  stornoVon: HonorarnoteResult | null;
  streitgenossenzuschlag: string;
  /** 20 % of ustBasis, to the cent. */
  ust: string;
  /** Verdienst + ES + Streitgenossenzuschlag + USt-pflichtige Barauslagen. */
  ustBasis: string;
  verdienst: string;
  zahlungsstatus: Zahlungsstatus;
}

/** The write-off of what was open on a Honorarnote: how much, why, who and when. */
export interface HonorarnoteAbschreibungResult {
  __typename: 'HonorarnoteAbschreibung';
  am: string;
  benutzer: BenutzerResult | null;
  /** What was open when it was written off. */
  betrag: string;
  grund: string;
}

export interface HonorarnotePositionResult {
  __typename: 'HonorarnotePosition';
  barauslagenDurchlaufer: string;
  barauslagenUstFrei: string;
  /** Net. */
  barauslagenUstPflichtig: string;
  bemessungsgrundlage: string | null;
  datum: string;
  einheitssatz: string;
  kuerzel: string;
  leistungId: string | null;
  reihenfolge: number;
  streitgenossenzuschlag: string;
  tarifbasis: string | null;
  text: string | null;
  verdienst: string;
}

/** A payment of the client on a Honorarnote. Never edited; a wrong one is reversed (storniertAm) and entered again. */
export interface HonorarzahlungResult {
  __typename: 'Honorarzahlung';
  angelegtAm: string;
  betrag: string;
  bezahltAm: string;
  honorarnote: HonorarnoteResult;
  id: string;
  storniertAm: string | null;
  stornoGrund: string | null;
  verwendungszweck: string | null;
}

/** What the import did: the counts (import) and the entries by outcome. */
export interface ImportiereKontoauszugPayloadResult {
  __typename: 'ImportiereKontoauszugPayload';
  /** Entries of this file imported before: as they stand, unchanged. */
  bereitsBekannt: Array<BankbuchungResult>;
  /** Booked as payments. */
  gebucht: Array<BankbuchungResult>;
  /** Outgoing, foreign-currency and reversal entries, each with its reason. */
  ignoriert: Array<BankbuchungResult>;
  import: KontoauszugImportResult;
  /** Waiting in the queue (with the rest of each overpayment). */
  offen: Array<BankbuchungResult>;
  /** Proposals to confirm. */
  vorgeschlagen: Array<BankbuchungResult>;
}

/** The office (tenant). Every object belongs to exactly one. */
export interface KanzleiResult {
  __typename: 'Kanzlei';
  anschrift: string | null;
  /** BIC of that account (optional in the EPC QR code). */
  bic: string | null;
  email: string | null;
  /** The office's account for payments (no spaces), printed on invoices and in their EPC QR code. */
  iban: string | null;
  id: string;
  name: string;
  telefon: string | null;
  /** UID-Nummer, printed on invoices. */
  uid: string | null;
  /** Payment term of invoices. */
  zahlungszielTage: number;
}

/** A conflict: a new Gegner who is a Klient of the office, or a new Klient who is a Gegner (in any Akt, open or closed). */
export interface KollisionsTrefferResult {
  __typename: 'KollisionsTreffer';
  aktId: string;
  aktenzeichen: string;
  /** Its role in the existing Akt. */
  bekannteRolle: ParteiRolle;
  bekannterName: string;
  /** Why the names matched. */
  gruende: Array<string>;
  /** The name that was checked. */
  name: string;
  neueRolle: ParteiRolle;
  personId: string;
}

/** A contact logged on an Akt. */
export interface KommunikationResult {
  __typename: 'Kommunikation';
  am: string;
  benutzer: BenutzerResult | null;
  betreff: string;
  /** An update meant for the client. */
  fuerMandant: boolean;
  id: string;
  kanal: Kanal;
  richtung: Richtung;
  text: string | null;
}

/** One import of a bank statement file: what it held and what was done with it. */
export interface KontoauszugImportResult {
  __typename: 'KontoauszugImport';
  angelegtAm: string;
  /** Entries imported before (by this or an earlier file): left alone. */
  anzahlBekannt: number;
  anzahlGebucht: number;
  anzahlIgnoriert: number;
  anzahlOffen: number;
  anzahlVorschlag: number;
  /** The statement’s own id (camt Stmt/Id, MT940 :20:). */
  auszugId: string;
  /** Size of the file in characters. */
  dateiBytes: number;
  format: KontoauszugFormat;
  id: string;
  kontoIban: string;
}

/** A billable service on an Akt. */
export interface LeistungResult {
  __typename: 'Leistung';
  akt: AktResult;
  /** Pass-through items such as court fees. */
  barauslagenDurchlaufer: string;
  barauslagenUstFrei: string;
  barauslagenUstPflichtig: string;
  bemessungsgrundlage: string | null;
  datum: string;
  einheitssatz: string;
  /** Made into a Titel: part of the Beschlusskostennote, no longer billable to the client. */
  gerichtlichBestimmt: boolean;
  /** The invoice that billed it. */
  honorarnote: HonorarnoteResult | null;
  id: string;
  /** Leistungskürzel, e.g. "MAK" or "3A". */
  kuerzel: string;
  /** The RATG table version of the price. */
  ratgGueltigAb: string | null;
  sachbearbeiter: BenutzerResult | null;
  streitgenossenzuschlag: string;
  /** The Tarif code or RATG post that priced it (null: entered by hand). */
  tarifbasis: string | null;
  text: string | null;
  titel: TitelResult | null;
  ust: string;
  verdienst: string;
  zeitMinuten: number | null;
}

/** A row of the Leistungstabelle: a Leistungskürzel and the Tarif or RATG post that prices it. */
export interface LeistungsartResult {
  __typename: 'Leistungsart';
  id: string;
  kuerzel: string;
  /** Priced by zeitMinuten (TP 8 per half hour, TP 2/3 per hearing hour). */
  nachDauer: boolean;
  name: string;
  ratgPost: Tarifpost | null;
  tarif: TarifResult | null;
}

export interface LoescheAbgelaufeneAktenPayloadResult {
  __typename: 'LoescheAbgelaufeneAktenPayload';
  anonymisierteAnfragen: number;
  anonymisiertePersonen: number;
  /** Aktenzeichen of the deleted Akten. */
  geloeschteAkten: Array<string>;
  stichtag: string;
  /** True for a dry run (nurVorschau): nothing was deleted. */
  vorschau: boolean;
}

export interface LoeschePersonendatenPayloadResult {
  __typename: 'LoeschePersonendatenPayload';
  /** Mandatsanfragen of the Person (same e-mail or name) anonymised with it. */
  anonymisierteAnfragen: number;
  /** Audit entries whose personal values were replaced by "[gelöscht]". */
  geschwaerzteEintraege: number;
  /** The Person as it is now: anonymised. */
  person: PersonResult;
}

/** Dunning costs under a tariff with the full breakdown (mahnkosten.md). */
export interface MahnkostenResult {
  __typename: 'Mahnkosten';
  bemessungsgrundlage: string;
  bemessungsgrundlageQuelle: BemessungsgrundlageQuelle;
  /** Netto + USt, rounded to 10 cents: the Mahnkosten. */
  brutto: string;
  netto: string;
  porto: string;
  positionen: Array<MahnkostenPositionResult>;
  /** The RATG table version applied. */
  ratgGueltigAb: string;
  streitgenossenzuschlag: string;
  streitgenossenzuschlagProzent: string;
  tarif: string;
  ust: string;
  /** F: the sum of the postings. */
  verdienst: string;
}

export interface MahnkostenPositionResult {
  __typename: 'MahnkostenPosition';
  anzahl: number;
  /** (grundbetrag + zuschlag) × anzahl */
  betrag: string;
  bezeichnung: string;
  /** The post per piece. */
  grundbetrag: string;
  tarifpost: Tarifpost;
  /** 50 % Informationszuschlag per piece (0 without). */
  zuschlag: string;
}

/** A dunning letter sent to one Gegner of an Akt, with what it claimed frozen as of its date. Its PDF: GET /dokumente/mahnschreiben/<id>.pdf. */
export interface MahnschreibenResult {
  __typename: 'Mahnschreiben';
  akt: AktResult;
  angelegtAm: string;
  /** "Mahnung", "Zweite Mahnung", "Dritte Mahnung", … */
  bezeichnung: string;
  datum: string;
  /** Due date printed on the letter: datum + the office’s zahlungszielTage. */
  faelligAm: string;
  /** The Gegner (Person) it was sent to. */
  gegner: PersonResult;
  /** The Gegner position on the day it was sent. */
  gegnerPosition: number;
  /** What it claimed in total: the Schuldnerstand on its date plus its Mahnkosten. */
  gesamt: string;
  id: string;
  /** The Mahnkosten (brutto) it claimed. */
  mahnkosten: string;
  /** The RF reference printed on it (that of the Akt and Gegner). */
  rfReferenz: string;
  /** 1 for the first letter to this Gegner on this Akt, 2 for the second, … */
  stufe: number;
  /** The tariff its Mahnkosten were priced by. */
  tarif: string;
}

export interface MahnschreibenVersendenPayloadResult {
  __typename: 'MahnschreibenVersendenPayload';
  mahnschreiben: MahnschreibenResult;
}

/** An online mandate request and its assessment. */
export interface MandatsanfrageResult {
  __typename: 'Mandatsanfrage';
  ablehnungsgrund: string | null;
  akt: AktResult | null;
  beschreibung: string;
  bewertung: string | null;
  dokumente: Array<AnfrageDokumentResult>;
  dringlichkeit: Dringlichkeit;
  eingegangenAm: string;
  gegner: Array<AnfrageGegnerResult>;
  id: string;
  klientArt: PersonArt;
  klientEmail: string;
  klientName: string;
  klientOrt: string | null;
  klientPlz: string | null;
  klientStrasse: string | null;
  klientTelefon: string | null;
  kollisionFreigabeGrund: string | null;
  kollisionFreigabeVon: BenutzerResult | null;
  kollisionGeprueftAm: string | null;
  /** Hits of the last conflict check (null: not checked yet). */
  kollisionTreffer: Array<KollisionsTrefferResult> | null;
  referenz: string;
  sachgebiet: string;
  status: MandatsanfrageStatus;
  streitwert: string | null;
  umfang: string | null;
  zugewiesenAn: BenutzerResult | null;
  /** The office’s lawyers (ANWALT, ADMIN) ranked: those whose Sachgebiete (setSachgebiete) include the request’s first (any case), then fewest open Akten, then Kürzel. */
  zuweisungsvorschlag: Array<ZuweisungsvorschlagResult>;
}

/** No such object in your office. */
export interface NotFoundErrorResult {
  __typename: 'NotFoundError';
  entity: string;
  id: string;
  message: string;
}

export interface PageInfoResult {
  __typename: 'PageInfo';
  endCursor: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
}

/** An entry of the address book: Klient, Gegner, court or anyone else. */
export interface PersonResult {
  __typename: 'Person';
  art: PersonArt;
  email: string | null;
  id: string;
  /** Short name users type; unique in the office. */
  kurzbezeichnung: string;
  name: string;
  ort: string | null;
  plz: string | null;
  strasse: string | null;
  telefon: string | null;
  /** UID-Nummer of a business (e.g. ATU12345678), printed on invoices to an UNTERNEHMEN. */
  uid: string | null;
}

export interface PortoSatzResult {
  __typename: 'PortoSatz';
  betrag: string;
  bezeichnung: string | null;
  gueltigAb: string;
}

export interface PruefeKollisionPayloadResult {
  __typename: 'PruefeKollisionPayload';
  mandatsanfrage: MandatsanfrageResult;
}

export interface QueryAktenConnectionResult {
  __typename: 'QueryAktenConnection';
  edges: Array<QueryAktenConnectionEdgeResult>;
  pageInfo: PageInfoResult;
  totalCount: number;
}

export interface QueryAktenConnectionEdgeResult {
  __typename: 'QueryAktenConnectionEdge';
  cursor: string;
  node: AktResult;
}

export interface QueryAuditLogConnectionResult {
  __typename: 'QueryAuditLogConnection';
  edges: Array<QueryAuditLogConnectionEdgeResult>;
  pageInfo: PageInfoResult;
  totalCount: number;
}

export interface QueryAuditLogConnectionEdgeResult {
  __typename: 'QueryAuditLogConnectionEdge';
  cursor: string;
  node: AuditEntryResult;
}

export interface QueryMandatsanfragenConnectionResult {
  __typename: 'QueryMandatsanfragenConnection';
  edges: Array<QueryMandatsanfragenConnectionEdgeResult>;
  pageInfo: PageInfoResult;
  totalCount: number;
}

export interface QueryMandatsanfragenConnectionEdgeResult {
  __typename: 'QueryMandatsanfragenConnectionEdge';
  cursor: string;
  node: MandatsanfrageResult;
}

export interface QueryOffeneBuchungenConnectionResult {
  __typename: 'QueryOffeneBuchungenConnection';
  edges: Array<QueryOffeneBuchungenConnectionEdgeResult>;
  pageInfo: PageInfoResult;
  totalCount: number;
}

export interface QueryOffeneBuchungenConnectionEdgeResult {
  __typename: 'QueryOffeneBuchungenConnectionEdge';
  cursor: string;
  node: BankbuchungResult;
}

export interface QueryPersonenConnectionResult {
  __typename: 'QueryPersonenConnection';
  edges: Array<QueryPersonenConnectionEdgeResult>;
  pageInfo: PageInfoResult;
  totalCount: number;
}

export interface QueryPersonenConnectionEdgeResult {
  __typename: 'QueryPersonenConnectionEdge';
  cursor: string;
  node: PersonResult;
}

export interface QueryWebhookZustellungenConnectionResult {
  __typename: 'QueryWebhookZustellungenConnection';
  edges: Array<QueryWebhookZustellungenConnectionEdgeResult>;
  pageInfo: PageInfoResult;
  totalCount: number;
}

export interface QueryWebhookZustellungenConnectionEdgeResult {
  __typename: 'QueryWebhookZustellungenConnectionEdge';
  cursor: string;
  node: WebhookZustellungResult;
}

export interface RateResult {
  __typename: 'Rate';
  betrag: string;
  bezahlt: string;
  faelligAm: string;
  nummer: number;
  offen: string;
  ueberfaellig: boolean;
}

/** Too many requests from your address; nothing was stored. */
export interface RateLimitErrorResult {
  __typename: 'RateLimitError';
  message: string;
  retryAfterSeconds: number;
}

/** Instalment agreement: `anzahl` instalments of `rate`, from `ersteFaelligkeit` every `intervallMonate` months. */
export interface RatenvereinbarungResult {
  __typename: 'Ratenvereinbarung';
  anzahl: number;
  ersteFaelligkeit: string;
  intervallMonate: number;
  rate: string;
}

export interface RatgBetragResult {
  __typename: 'RatgBetrag';
  bemessungsgrundlage: string;
  betrag: string;
  bezeichnung: string;
  ratgGueltigAb: string;
  tarifpost: Tarifpost;
}

export interface RatgPostTabelleResult {
  __typename: 'RatgPostTabelle';
  hoechstens: string;
  hoechstensWeitereStunde: string | null;
  promille: Array<RatgPromilleResult>;
  schritte: Array<RatgSchrittResult>;
  stufen: Array<RatgStufeResult>;
  tarifpost: Tarifpost;
}

export interface RatgPromilleResult {
  __typename: 'RatgPromille';
  bis: string | null;
  /** Per mille of the part of the BG in the range. */
  satz: string;
  ueber: string;
}

/** `betrag` for each started `je` € of the BG above `ueber` (up to `bis`); without `je`: once. */
export interface RatgSchrittResult {
  __typename: 'RatgSchritt';
  betrag: string;
  bis: string | null;
  je: string | null;
  ueber: string;
}

export interface RatgStufeResult {
  __typename: 'RatgStufe';
  betrag: string;
  /** Upper bound of the BG, inclusive. */
  bis: string;
}

/** One version of the RATG figures, in force from `gueltigAb` until the next version. */
export interface RatgTabelleResult {
  __typename: 'RatgTabelle';
  bezeichnung: string;
  einheitssatzBisGrenze: string;
  einheitssatzDarueber: string;
  einheitssatzGrenze: string;
  ervErstmalig: string;
  ervWeitere: string;
  gueltigAb: string;
  posten: Array<RatgPostTabelleResult>;
  tp8KurzAnteil: string;
  tp8KurzHoechstens: string;
  ust: string;
}

export interface RevokeApiKeyPayloadResult {
  __typename: 'RevokeApiKeyPayload';
  apiKey: ApiKeyResult;
}

export interface RotateIntakeTokenPayloadResult {
  __typename: 'RotateIntakeTokenPayload';
  /** Shown once. Put it into the web form; the previous one stops working. */
  token: string;
}

export interface RotateWebhookSecretPayloadResult {
  __typename: 'RotateWebhookSecretPayload';
  /** The signing secret ("whsec_…", Standard Webhooks), shown only now: keep it to verify the `webhook-signature` of each delivery. */
  secret: string;
  webhook: WebhookResult;
}

export interface SchreibeHonorarnoteAbPayloadResult {
  __typename: 'SchreibeHonorarnoteAbPayload';
  honorarnote: HonorarnoteResult;
}

/** What the debtor still owes on a Stichtag, computed from the full payment history. */
export interface SchuldnerstandResult {
  __typename: 'Schuldnerstand';
  /** Received so far that belongs to the client. */
  anKlient: string;
  /** Of the open costs: the client’s. */
  barauslagenKlient: string;
  bezahlt: string;
  gesamt: string;
  kapital: string;
  kosten: string;
  stichtag: string;
  ueberzahlung: string;
  /** How each payment was allocated, in date order. */
  zahlungen: Array<ZahlungsaufteilungResult>;
  /** Interest accrued and unpaid to the Stichtag (Forderungen and § 54a). */
  zinsen: string;
}

export interface SetAktStatusPayloadResult {
  __typename: 'SetAktStatusPayload';
  akt: AktResult;
}

export interface SetGegnerPayloadResult {
  __typename: 'SetGegnerPayload';
  akt: AktResult;
}

export interface SetLeistungsartPayloadResult {
  __typename: 'SetLeistungsartPayload';
  leistungsart: LeistungsartResult;
}

export interface SetPortoPayloadResult {
  __typename: 'SetPortoPayload';
  portoSatz: PortoSatzResult;
}

export interface SetRatenvereinbarungPayloadResult {
  __typename: 'SetRatenvereinbarungPayload';
  akt: AktResult;
}

export interface SetRechtlicheSperrePayloadResult {
  __typename: 'SetRechtlicheSperrePayload';
  akt: AktResult;
}

export interface SetSachgebietePayloadResult {
  __typename: 'SetSachgebietePayload';
  benutzer: BenutzerResult;
}

export interface StornoHonorarnotePayloadResult {
  __typename: 'StornoHonorarnotePayload';
  /** The Stornorechnung created (art STORNORECHNUNG): its own number, amounts negated, stornoVon the original. */
  honorarnote: HonorarnoteResult;
}

export interface StornoHonorarzahlungPayloadResult {
  __typename: 'StornoHonorarzahlungPayload';
  honorarnote: HonorarnoteResult;
  honorarzahlung: HonorarzahlungResult;
}

export interface StornoZahlungPayloadResult {
  __typename: 'StornoZahlungPayload';
  zahlung: ZahlungResult;
}

/** The request is stored; quote the reference number in any contact. */
export interface SubmitMandatsanfragePayloadResult {
  __typename: 'SubmitMandatsanfragePayload';
  eingegangenAm: string;
  referenz: string;
}

/** A dunning tariff (Tariftabelle), e.g. MAK: ordered RATG postings plus postage. */
export interface TarifResult {
  __typename: 'Tarif';
  code: string;
  id: string;
  name: string;
  /** Whether the postage setting is added. */
  porto: boolean;
  positionen: Array<TarifPositionResult>;
}

export interface TarifPositionResult {
  __typename: 'TarifPosition';
  anzahl: number;
  reihenfolge: number;
  tarifpost: Tarifpost;
  /** With the 50 % Informationszuschlag. */
  zuschlag: boolean;
}

/** A court or authority decision awarding costs the opponent must pay (never the claims themselves). */
export interface TitelResult {
  __typename: 'Titel';
  akt: AktResult;
  barauslagenDurchlaufer: string;
  /** Costs awarded to the client before this office took over: money received for them belongs to the client. */
  barauslagenKlient: string;
  barauslagenUstFrei: string;
  /** Net. */
  barauslagenUstPflichtig: string;
  beschlussart: Beschlussart;
  /** Date of the decision. */
  datum: string;
  einheitssatz: string;
  forderungen: Array<ForderungResult>;
  /** Position of the Gegner it works against; null = all. */
  gegenWen: number | null;
  gericht: GerichtResult;
  geschaeftszahl: string | null;
  /** A warning when the Geschäftszahl does not look like "12 C 345/24k" (the ERV may refuse it). */
  geschaeftszahlHinweis: string | null;
  /** Printed in the Beschlusskostennote. */
  honorartext: string | null;
  id: string;
  /** The Leistung it was made from ("gerichtlich bestimmt"). */
  leistung: LeistungResult | null;
  memo: string | null;
  sachbearbeiter: BenutzerResult | null;
  ust: string;
  /** The USt was entered (or copied from the Leistung); false = derived, it follows the amounts. */
  ustErfasst: boolean;
  verdienst: string;
  /** Date of the Vollstreckbarkeitsbestätigung. */
  vollstreckbarAm: string | null;
  /** The "#WV:…#" texts of the memo, for the Weiteres Vorbringen of an Exekutionsantrag. */
  weiteresVorbringen: Array<string>;
  zeitMinuten: number | null;
  /** 4 % p.a. interest on the costs from the decision date (§ 54a ZPO). */
  zinsen54a: boolean;
  /** zinsen54a was chosen; false = the Beschlussart’s default, it follows the Beschlussart. */
  zinsen54aErfasst: boolean;
  /** All awarded costs: the four Barauslagen + Verdienst + ES + USt. */
  zugesprochen: string;
}

export interface UpdateAktPayloadResult {
  __typename: 'UpdateAktPayload';
  akt: AktResult;
}

export interface UpdateForderungPayloadResult {
  __typename: 'UpdateForderungPayload';
  forderung: ForderungResult;
}

export interface UpdateKanzleiPayloadResult {
  __typename: 'UpdateKanzleiPayload';
  kanzlei: KanzleiResult;
}

export interface UpdateLeistungPayloadResult {
  __typename: 'UpdateLeistungPayload';
  leistung: LeistungResult;
}

export interface UpdateMandatsanfragePayloadResult {
  __typename: 'UpdateMandatsanfragePayload';
  mandatsanfrage: MandatsanfrageResult;
}

export interface UpdatePersonPayloadResult {
  __typename: 'UpdatePersonPayload';
  person: PersonResult;
}

export interface UpdateTarifPayloadResult {
  __typename: 'UpdateTarifPayload';
  tarif: TarifResult;
}

export interface UpdateTitelPayloadResult {
  __typename: 'UpdateTitelPayload';
  titel: TitelResult;
}

export interface UpdateWebhookPayloadResult {
  __typename: 'UpdateWebhookPayload';
  webhook: WebhookResult;
}

/** The input breaks a rule. `field` names the first offending input field; `issues` lists all. */
export interface ValidationErrorResult {
  __typename: 'ValidationError';
  field: string | null;
  issues: Array<FieldIssueResult>;
  message: string;
}

export interface ValorisiereRatgPayloadResult {
  __typename: 'ValorisiereRatgPayload';
  ratgTabelle: RatgTabelleResult;
}

/** A partner endpoint that receives the office’s events, signed (Standard Webhooks). The secret is shown only by createWebhook and rotateWebhookSecret. */
export interface WebhookResult {
  __typename: 'Webhook';
  angelegtAm: string;
  beschreibung: string | null;
  ereignisse: Array<WebhookEreignisTyp>;
  geaendertAm: string;
  id: string;
  pausiertAm: string | null;
  /** Why it is paused: who paused it, or which delivery failed since when and how. */
  pausiertGrund: string | null;
  status: WebhookStatus;
  url: string;
  /** After a rotation: until when deliveries are also signed with the previous secret. */
  vorherigesSecretGueltigBis: string | null;
}

/** One event to one webhook, with its attempts. */
export interface WebhookZustellungResult {
  __typename: 'WebhookZustellung';
  angelegtAm: string;
  ereignisId: string;
  ereignisTyp: WebhookEreignisTyp;
  ereignisZeitpunkt: string;
  id: string;
  letzterFehler: string | null;
  /** The HTTP status of the last answer; null when there was none (refused, timed out). */
  letzterStatusCode: number | null;
  letzterVersuchAm: string | null;
  /** The `webhook-id` header ("msg_" + the event’s id): the same on every attempt, for the receiver to deduplicate. */
  nachrichtId: string;
  /** While AUSSTEHEND: when it is tried next (its webhook must be AKTIV). */
  naechsterVersuchAm: string | null;
  status: WebhookZustellungStatus;
  /** Attempts so far, in all. */
  versuche: number;
  zugestelltAm: string | null;
}

/** A payment from the debtor. Never edited; a wrong one is reversed (storniertAm) and entered again. */
export interface ZahlungResult {
  __typename: 'Zahlung';
  akt: AktResult;
  betrag: string;
  datum: string;
  id: string;
  storniertAm: string | null;
  stornoGrund: string | null;
  verwendungszweck: string | null;
}

export interface ZahlungsaufteilungResult {
  __typename: 'Zahlungsaufteilung';
  /** Allocated to Barauslagen Klient: proposed for transfer to the client. */
  anKlient: string;
  anrechnungen: Array<AnrechnungResult>;
  betrag: string;
  datum: string;
  /** More than was owed: to be refunded. */
  ueberzahlung: string;
  zahlungId: string;
}

export interface ZustellungWiederholenPayloadResult {
  __typename: 'ZustellungWiederholenPayload';
  zustellung: WebhookZustellungResult;
}

export interface ZuweisungsvorschlagResult {
  __typename: 'Zuweisungsvorschlag';
  benutzer: BenutzerResult;
  /** Akten ANGELEGT or IN_BEARBEITUNG this lawyer is responsible for. */
  offeneAkten: number;
  sachgebietPasst: boolean;
}

export interface AktSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Akt (without required arguments). */
  $scalars?: boolean;
  abgeschlossenAm?: boolean;
  /** Unique in the office, e.g. "2026/0001". */
  aktenzeichen?: boolean;
  angelegtAm?: boolean;
  archiviertAm?: boolean;
  /** Retention deadline: not deleted before. */
  aufbewahrenBis?: boolean;
  /** Bemessungsgrundlage of the Akt itself (Aktenstamm), used when it has no Forderung. */
  bemessungsgrundlage?: boolean;
  beschlusskostennote?: BeschlusskostennoteSelection;
  bezeichnung?: boolean;
  /** Exekutionsantrag data for the Titel against `gegner` (all Titel without it), interest to `stichtag` (default today). A Titel without vollstreckbarAm (other than a KOSTENTITEL) is refused with an EXEKUTION_ERROR. */
  exekutionsantrag?: ExekutionsantragSelection & { $args?: { gegner?: number | null; stichtag?: string | null } };
  forderungen?: ForderungSelection;
  /** The Gegner in order: the first is "Gegner 1". */
  gegner?: PersonSelection;
  /** The Geschäftszahlen entered on this Akt’s Titel so far, for picking one again. */
  geschaeftszahlen?: boolean;
  /** Invoices and Stornorechnungen, by number. */
  honorarnoten?: HonorarnoteSelection;
  id?: boolean;
  klient?: PersonSelection;
  /** The communication log, newest first. */
  kommunikation?: AktKommunikationConnectionSelection & { $args?: { after?: string | null; before?: string | null; first?: number | null; last?: number | null } };
  leistungen?: LeistungSelection;
  /** Dunning costs of this Akt under a tariff code (MES … MAK or the office’s own), on `datum` (default today). */
  mahnkosten?: MahnkostenSelection & { $args: { datum?: string | null; ratenmahnung?: boolean | null; tarif: string } };
  /** Dunning letters sent on this Akt, oldest first. */
  mahnschreiben?: MahnschreibenSelection;
  /** Updates meant for the client, newest first. */
  mandantenUpdates?: AktMandantenUpdatesConnectionSelection & { $args?: { after?: string | null; before?: string | null; first?: number | null; last?: number | null } };
  /** The online request the Akt came from. */
  mandatsanfrage?: MandatsanfrageSelection;
  /** The instalments of the Ratenvereinbarung not yet fully paid (payments cover them in order). */
  offeneRaten?: RateSelection & { $args?: { stichtag?: string | null } };
  ratenvereinbarung?: RatenvereinbarungSelection;
  /** Legal hold. */
  rechtlicheSperreBis?: boolean;
  sachgebiet?: boolean;
  schuldnerstand?: SchuldnerstandSelection & { $args?: { stichtag?: string | null } };
  status?: boolean;
  /** The Akt’s Titel, oldest first. With `gegner: 2`: those that work against Gegner 2 (gegenWen empty or 2). */
  titel?: TitelSelection & { $args?: { gegner?: number | null } };
  /** Status changes, oldest first: who and when. */
  verlauf?: AktStatusAenderungSelection;
  /** Send it back with updateAkt: a stale version is a ConflictError. */
  version?: boolean;
  /** All payments, reversed ones included, oldest first. */
  zahlungen?: ZahlungSelection;
  /** The RF reference (ISO 11649) of each Gegner, in order: what the Gegner quotes when paying in debt collection. */
  zahlungsreferenzen?: AktZahlungsreferenzSelection;
  zahlungsreihenfolge?: boolean;
  /** The responsible user. */
  zustaendig?: BenutzerSelection;
}

export interface AktKommunikationConnectionSelection {
  __typename?: boolean;
  /** Every scalar and enum field of AktKommunikationConnection (without required arguments). */
  $scalars?: boolean;
  edges?: AktKommunikationConnectionEdgeSelection;
  pageInfo?: PageInfoSelection;
  totalCount?: boolean;
}

export interface AktKommunikationConnectionEdgeSelection {
  __typename?: boolean;
  /** Every scalar and enum field of AktKommunikationConnectionEdge (without required arguments). */
  $scalars?: boolean;
  cursor?: boolean;
  node?: KommunikationSelection;
}

export interface AktMandantenUpdatesConnectionSelection {
  __typename?: boolean;
  /** Every scalar and enum field of AktMandantenUpdatesConnection (without required arguments). */
  $scalars?: boolean;
  edges?: AktMandantenUpdatesConnectionEdgeSelection;
  pageInfo?: PageInfoSelection;
  totalCount?: boolean;
}

export interface AktMandantenUpdatesConnectionEdgeSelection {
  __typename?: boolean;
  /** Every scalar and enum field of AktMandantenUpdatesConnectionEdge (without required arguments). */
  $scalars?: boolean;
  cursor?: boolean;
  node?: KommunikationSelection;
}

export interface AktStatusAenderungSelection {
  __typename?: boolean;
  /** Every scalar and enum field of AktStatusAenderung (without required arguments). */
  $scalars?: boolean;
  am?: boolean;
  benutzer?: BenutzerSelection;
  grund?: boolean;
  nach?: boolean;
  von?: boolean;
}

export interface AktStatusAnzahlSelection {
  __typename?: boolean;
  /** Every scalar and enum field of AktStatusAnzahl (without required arguments). */
  $scalars?: boolean;
  anzahl?: boolean;
  status?: boolean;
}

export interface AktZahlungsreferenzSelection {
  __typename?: boolean;
  /** Every scalar and enum field of AktZahlungsreferenz (without required arguments). */
  $scalars?: boolean;
  gegner?: PersonSelection;
  /** 1 for "Gegner 1". */
  gegnerPosition?: boolean;
  /** ISO 11649, e.g. "RF90A1": "A" + a number that is the pair's for good (also after the Gegner list changes). Unique in the office. */
  rfReferenz?: boolean;
}

export interface AktenStatistikSelection {
  __typename?: boolean;
  /** Every scalar and enum field of AktenStatistik (without required arguments). */
  $scalars?: boolean;
  gesamt?: boolean;
  /** Every status, also with 0. */
  nachStatus?: AktStatusAnzahlSelection;
}

export interface AnfrageDokumentSelection {
  __typename?: boolean;
  /** Every scalar and enum field of AnfrageDokument (without required arguments). */
  $scalars?: boolean;
  dateiname?: boolean;
  /** Bytes. */
  groesse?: boolean;
  typ?: boolean;
}

export interface AnfrageGegnerSelection {
  __typename?: boolean;
  /** Every scalar and enum field of AnfrageGegner (without required arguments). */
  $scalars?: boolean;
  art?: boolean;
  name?: boolean;
  ort?: boolean;
  plz?: boolean;
  strasse?: boolean;
}

export interface AnnehmenMandatsanfragePayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of AnnehmenMandatsanfragePayload (without required arguments). */
  $scalars?: boolean;
  mandatsanfrage?: MandatsanfrageSelection;
}

export interface AnrechnungSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Anrechnung (without required arguments). */
  $scalars?: boolean;
  art?: boolean;
  betrag?: boolean;
  bezeichnung?: boolean;
  kostenArt?: boolean;
}

export interface ApiKeySelection {
  __typename?: boolean;
  /** Every scalar and enum field of ApiKey (without required arguments). */
  $scalars?: boolean;
  angelegtAm?: boolean;
  benutzer?: BenutzerSelection;
  id?: boolean;
  /** A partner key: may run only the SDK’s persisted operations. */
  partner?: boolean;
  prefix?: boolean;
  widerrufenAm?: boolean;
}

export interface ArchiviereAktPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of ArchiviereAktPayload (without required arguments). */
  $scalars?: boolean;
  akt?: AktSelection;
}

export interface AssignForderungenToTitelPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of AssignForderungenToTitelPayload (without required arguments). */
  $scalars?: boolean;
  titel?: TitelSelection;
}

export interface AssignMandatsanfragePayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of AssignMandatsanfragePayload (without required arguments). */
  $scalars?: boolean;
  mandatsanfrage?: MandatsanfrageSelection;
}

export interface AuditChangeSelection {
  __typename?: boolean;
  /** Every scalar and enum field of AuditChange (without required arguments). */
  $scalars?: boolean;
  /** Null on DELETE, and where values are withheld; "[gelöscht]" where an erasure redacted it. */
  after?: boolean;
  /** Null on CREATE, and where values are withheld (deletion after retention); "[gelöscht]" where an erasure redacted it. */
  before?: boolean;
  field?: boolean;
}

export interface AuditEntrySelection {
  __typename?: boolean;
  /** Every scalar and enum field of AuditEntry (without required arguments). */
  $scalars?: boolean;
  action?: boolean;
  at?: boolean;
  /** Null for the system (CLI, seeding) and the public intake form. */
  benutzerId?: boolean;
  benutzerKuerzel?: boolean;
  changes?: AuditChangeSelection;
  /** The kind of row, e.g. "Forderung". */
  entity?: boolean;
  /** Its id (key parts joined by "/" where the key is composite). */
  entityId?: boolean;
  id?: boolean;
  /** Visible prefix of the API key or intake token used. */
  keyPrefix?: boolean;
  /** The mutation, e.g. "createForderung". */
  operation?: boolean;
}

export interface BankbuchungSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Bankbuchung (without required arguments). */
  $scalars?: boolean;
  /** The Akt it was booked on or is proposed for. */
  akt?: AktSelection;
  angelegtAm?: boolean;
  /** The bank’s reference of the entry (camt AcctSvcrRef, MT940 :61:). */
  bankReferenz?: boolean;
  betrag?: boolean;
  buchungsdatum?: boolean;
  erledigtAm?: boolean;
  /** Why it was proposed, queued, ignored or dismissed. */
  grund?: boolean;
  /** The Honorarnote it was booked on or is proposed for. */
  honorarnote?: HonorarnoteSelection;
  honorarzahlung?: HonorarzahlungSelection;
  id?: boolean;
  kontoIban?: boolean;
  /** CRDT (incoming) or DBIT (outgoing). */
  richtung?: boolean;
  status?: boolean;
  strukturierteReferenz?: boolean;
  /** 0, or 1 for what an overpayment left over after its Honorarnote was paid. */
  teil?: boolean;
  transaktionIndex?: boolean;
  valutadatum?: boolean;
  verwendungszweck?: boolean;
  waehrung?: boolean;
  zahlerIban?: boolean;
  zahlerName?: boolean;
  zahlung?: ZahlungSelection;
}

export interface BenutzerSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Benutzer (without required arguments). */
  $scalars?: boolean;
  id?: boolean;
  kanzlei?: KanzleiSelection;
  kuerzel?: boolean;
  name?: boolean;
  rolle?: boolean;
  sachgebiete?: boolean;
}

export interface BeschlusskostenPostenSelection {
  __typename?: boolean;
  /** Every scalar and enum field of BeschlusskostenPosten (without required arguments). */
  $scalars?: boolean;
  barauslagenDurchlaufer?: boolean;
  barauslagenKlient?: boolean;
  barauslagenUstFrei?: boolean;
  barauslagenUstPflichtig?: boolean;
  datum?: boolean;
  einheitssatz?: boolean;
  geschaeftszahl?: boolean;
  honorartext?: boolean;
  titelId?: boolean;
  ust?: boolean;
  verdienst?: boolean;
  zugesprochen?: boolean;
}

export interface BeschlusskostennoteSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Beschlusskostennote (without required arguments). */
  $scalars?: boolean;
  /** Of the sum: belongs to the client. */
  barauslagenKlient?: boolean;
  /** All awarded costs. */
  summe?: boolean;
  /** summe − barauslagenKlient. */
  summeKanzlei?: boolean;
  titel?: BeschlusskostenPostenSelection;
}

export interface BuchungVerwerfenPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of BuchungVerwerfenPayload (without required arguments). */
  $scalars?: boolean;
  bankbuchung?: BankbuchungSelection;
}

export interface BuchungZuordnenPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of BuchungZuordnenPayload (without required arguments). */
  $scalars?: boolean;
  bankbuchung?: BankbuchungSelection;
}

export interface ConflictErrorSelection {
  __typename?: boolean;
  /** Every scalar and enum field of ConflictError (without required arguments). */
  $scalars?: boolean;
  /** Set for a stale `version`: the object’s version now. */
  currentVersion?: boolean;
  /** What the conflict is about, e.g. `Akt`, `Leistung`, `Mandatsanfrage`. */
  entity?: boolean;
  message?: boolean;
}

export interface CopyTarifPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of CopyTarifPayload (without required arguments). */
  $scalars?: boolean;
  tarif?: TarifSelection;
}

export interface CreateAktPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of CreateAktPayload (without required arguments). */
  $scalars?: boolean;
  akt?: AktSelection;
}

export interface CreateForderungPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of CreateForderungPayload (without required arguments). */
  $scalars?: boolean;
  forderung?: ForderungSelection;
  /** Set when the Forderung was assigned to the Akt’s first Titel automatically: show it, the user may need to correct it. */
  hinweis?: boolean;
}

export interface CreateGerichtPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of CreateGerichtPayload (without required arguments). */
  $scalars?: boolean;
  gericht?: GerichtSelection;
}

export interface CreateKommunikationPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of CreateKommunikationPayload (without required arguments). */
  $scalars?: boolean;
  kommunikation?: KommunikationSelection;
}

export interface CreateLeistungPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of CreateLeistungPayload (without required arguments). */
  $scalars?: boolean;
  leistung?: LeistungSelection;
}

export interface CreatePersonPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of CreatePersonPayload (without required arguments). */
  $scalars?: boolean;
  person?: PersonSelection;
}

export interface CreateTitelFromLeistungPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of CreateTitelFromLeistungPayload (without required arguments). */
  $scalars?: boolean;
  titel?: TitelSelection;
}

export interface CreateTitelPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of CreateTitelPayload (without required arguments). */
  $scalars?: boolean;
  titel?: TitelSelection;
}

export interface CreateWebhookPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of CreateWebhookPayload (without required arguments). */
  $scalars?: boolean;
  /** The signing secret ("whsec_…", Standard Webhooks), shown only now: keep it to verify the `webhook-signature` of each delivery. */
  secret?: boolean;
  webhook?: WebhookSelection;
}

export interface DeleteForderungPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of DeleteForderungPayload (without required arguments). */
  $scalars?: boolean;
  akt?: AktSelection;
  deletedId?: boolean;
}

export interface DeleteLeistungPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of DeleteLeistungPayload (without required arguments). */
  $scalars?: boolean;
  akt?: AktSelection;
  deletedId?: boolean;
}

export interface DeleteTitelPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of DeleteTitelPayload (without required arguments). */
  $scalars?: boolean;
  akt?: AktSelection;
  deletedId?: boolean;
}

export interface DeleteWebhookPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of DeleteWebhookPayload (without required arguments). */
  $scalars?: boolean;
  deletedId?: boolean;
}

export interface ErfasseHonorarzahlungPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of ErfasseHonorarzahlungPayload (without required arguments). */
  $scalars?: boolean;
  honorarnote?: HonorarnoteSelection;
  honorarzahlung?: HonorarzahlungSelection;
}

export interface ErfasseZahlungPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of ErfasseZahlungPayload (without required arguments). */
  $scalars?: boolean;
  zahlung?: ZahlungSelection;
}

export interface ErstelleHonorarnotePayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of ErstelleHonorarnotePayload (without required arguments). */
  $scalars?: boolean;
  honorarnote?: HonorarnoteSelection;
}

export interface ExekutionsForderungSelection {
  __typename?: boolean;
  /** Every scalar and enum field of ExekutionsForderung (without required arguments). */
  $scalars?: boolean;
  forderungId?: boolean;
  kapital?: boolean;
  /** At the Forderung’s rate from zinsenAb to the Stichtag (actual days / 365). */
  zinsen?: boolean;
}

export interface ExekutionsTitelSelection {
  __typename?: boolean;
  /** Every scalar and enum field of ExekutionsTitel (without required arguments). */
  $scalars?: boolean;
  /** Part of the costs that belongs to the client. */
  barauslagenKlient?: boolean;
  beschlussart?: boolean;
  datum?: boolean;
  forderungen?: ExekutionsForderungSelection;
  /** Kurzbezeichnung of the court. */
  gericht?: boolean;
  gerichtName?: boolean;
  geschaeftszahl?: boolean;
  /** The awarded costs (zugesprochen). */
  kosten?: boolean;
  /** § 54a ZPO interest on the costs from the decision date to the Stichtag (0 without). */
  kostenzinsen?: boolean;
  kostenzinsenSatz?: boolean;
  titelId?: boolean;
  vollstreckbarAm?: boolean;
  weiteresVorbringen?: boolean;
}

export interface ExekutionsantragSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Exekutionsantrag (without required arguments). */
  $scalars?: boolean;
  /** Of `kosten`: the client’s share, shown separately. */
  barauslagenKlient?: boolean;
  /** Forderungen not tied to any Titel: assign them (assignForderungenToTitel) before filing. */
  forderungenOhneTitel?: ExekutionsForderungSelection;
  /** kapital + zinsen + kosten + kostenzinsen */
  gesamt?: boolean;
  kapital?: boolean;
  kosten?: boolean;
  kostenzinsen?: boolean;
  stichtag?: boolean;
  titel?: ExekutionsTitelSelection;
  weiteresVorbringen?: boolean;
  zinsen?: boolean;
}

export interface FieldIssueSelection {
  __typename?: boolean;
  /** Every scalar and enum field of FieldIssue (without required arguments). */
  $scalars?: boolean;
  /** Path of the input field, e.g. `betrag` or `gegnerIds.2`. */
  field?: boolean;
  message?: boolean;
}

export interface ForbiddenErrorSelection {
  __typename?: boolean;
  /** Every scalar and enum field of ForbiddenError (without required arguments). */
  $scalars?: boolean;
  message?: boolean;
}

export interface ForderungSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Forderung (without required arguments). */
  $scalars?: boolean;
  akt?: AktSelection;
  art?: boolean;
  betrag?: boolean;
  bezeichnung?: boolean;
  faelligAm?: boolean;
  id?: boolean;
  /** The Titel that awarded it. */
  titel?: TitelSelection;
  zinsenAb?: boolean;
  /** Percent per year, e.g. "4.00". */
  zinssatz?: boolean;
}

export interface GerichtSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Gericht (without required arguments). */
  $scalars?: boolean;
  art?: boolean;
  bundesland?: boolean;
  /** Added by this office (not from the shared register). */
  eigenes?: boolean;
  id?: boolean;
  kurzbezeichnung?: boolean;
  name?: boolean;
  ort?: boolean;
  plz?: boolean;
  strasse?: boolean;
}

export interface HonorarnoteSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Honorarnote (without required arguments). */
  $scalars?: boolean;
  /** The write-off, if an ADMIN wrote the open amount off. */
  abschreibung?: HonorarnoteAbschreibungSelection;
  akt?: AktSelection;
  art?: boolean;
  barauslagenDurchlaufer?: boolean;
  barauslagenUstFrei?: boolean;
  barauslagenUstPflichtig?: boolean;
  /** The date of the payment that closed the note (BEZAHLT); null while open, and when written off or cancelled. */
  bezahltAm?: boolean;
  /** The sum of the uncancelled payments. */
  bezahlterBetrag?: boolean;
  /** ustBasis + ust + USt-freie Barauslagen + Durchlaufer. */
  brutto?: boolean;
  datum?: boolean;
  einheitssatz?: boolean;
  empfaengerAnschrift?: boolean;
  empfaengerName?: boolean;
  faelligAm?: boolean;
  /** The client’s payments, reversed ones included, oldest first. */
  honorarzahlungen?: HonorarzahlungSelection;
  id?: boolean;
  /** Gapless per office and year, e.g. "2026-0007" (Stornorechnungen included). */
  nummer?: boolean;
  /** What the client still owes: brutto − bezahlterBetrag; 0 once BEZAHLT, ABGESCHRIEBEN or STORNIERT. */
  offenerBetrag?: boolean;
  positionen?: HonorarnotePositionSelection;
  /** Structured creditor reference (ISO 11649) the client quotes when paying, e.g. "RF87H2026000007": "H" + year + the number in six digits. Unique in the office, never changes; a Stornorechnung has its own. */
  rfReferenz?: boolean;
  storniertDurch?: HonorarnoteSelection;
  stornoGrund?: boolean;
  /** On a Stornorechnung: the invoice it cancels. */
  stornoVon?: HonorarnoteSelection;
  streitgenossenzuschlag?: boolean;
  /** 20 % of ustBasis, to the cent. */
  ust?: boolean;
  /** Verdienst + ES + Streitgenossenzuschlag + USt-pflichtige Barauslagen. */
  ustBasis?: boolean;
  verdienst?: boolean;
  zahlungsstatus?: boolean;
}

export interface HonorarnoteAbschreibungSelection {
  __typename?: boolean;
  /** Every scalar and enum field of HonorarnoteAbschreibung (without required arguments). */
  $scalars?: boolean;
  am?: boolean;
  benutzer?: BenutzerSelection;
  /** What was open when it was written off. */
  betrag?: boolean;
  grund?: boolean;
}

export interface HonorarnotePositionSelection {
  __typename?: boolean;
  /** Every scalar and enum field of HonorarnotePosition (without required arguments). */
  $scalars?: boolean;
  barauslagenDurchlaufer?: boolean;
  barauslagenUstFrei?: boolean;
  /** Net. */
  barauslagenUstPflichtig?: boolean;
  bemessungsgrundlage?: boolean;
  datum?: boolean;
  einheitssatz?: boolean;
  kuerzel?: boolean;
  leistungId?: boolean;
  reihenfolge?: boolean;
  streitgenossenzuschlag?: boolean;
  tarifbasis?: boolean;
  text?: boolean;
  verdienst?: boolean;
}

export interface HonorarzahlungSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Honorarzahlung (without required arguments). */
  $scalars?: boolean;
  angelegtAm?: boolean;
  betrag?: boolean;
  bezahltAm?: boolean;
  honorarnote?: HonorarnoteSelection;
  id?: boolean;
  storniertAm?: boolean;
  stornoGrund?: boolean;
  verwendungszweck?: boolean;
}

export interface ImportiereKontoauszugPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of ImportiereKontoauszugPayload (without required arguments). */
  $scalars?: boolean;
  /** Entries of this file imported before: as they stand, unchanged. */
  bereitsBekannt?: BankbuchungSelection;
  /** Booked as payments. */
  gebucht?: BankbuchungSelection;
  /** Outgoing, foreign-currency and reversal entries, each with its reason. */
  ignoriert?: BankbuchungSelection;
  import?: KontoauszugImportSelection;
  /** Waiting in the queue (with the rest of each overpayment). */
  offen?: BankbuchungSelection;
  /** Proposals to confirm. */
  vorgeschlagen?: BankbuchungSelection;
}

export interface KanzleiSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Kanzlei (without required arguments). */
  $scalars?: boolean;
  anschrift?: boolean;
  /** BIC of that account (optional in the EPC QR code). */
  bic?: boolean;
  email?: boolean;
  /** The office's account for payments (no spaces), printed on invoices and in their EPC QR code. */
  iban?: boolean;
  id?: boolean;
  name?: boolean;
  telefon?: boolean;
  /** UID-Nummer, printed on invoices. */
  uid?: boolean;
  /** Payment term of invoices. */
  zahlungszielTage?: boolean;
}

export interface KollisionsTrefferSelection {
  __typename?: boolean;
  /** Every scalar and enum field of KollisionsTreffer (without required arguments). */
  $scalars?: boolean;
  aktId?: boolean;
  aktenzeichen?: boolean;
  /** Its role in the existing Akt. */
  bekannteRolle?: boolean;
  bekannterName?: boolean;
  /** Why the names matched. */
  gruende?: boolean;
  /** The name that was checked. */
  name?: boolean;
  neueRolle?: boolean;
  personId?: boolean;
}

export interface KommunikationSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Kommunikation (without required arguments). */
  $scalars?: boolean;
  am?: boolean;
  benutzer?: BenutzerSelection;
  betreff?: boolean;
  /** An update meant for the client. */
  fuerMandant?: boolean;
  id?: boolean;
  kanal?: boolean;
  richtung?: boolean;
  text?: boolean;
}

export interface KontoauszugImportSelection {
  __typename?: boolean;
  /** Every scalar and enum field of KontoauszugImport (without required arguments). */
  $scalars?: boolean;
  angelegtAm?: boolean;
  /** Entries imported before (by this or an earlier file): left alone. */
  anzahlBekannt?: boolean;
  anzahlGebucht?: boolean;
  anzahlIgnoriert?: boolean;
  anzahlOffen?: boolean;
  anzahlVorschlag?: boolean;
  /** The statement’s own id (camt Stmt/Id, MT940 :20:). */
  auszugId?: boolean;
  /** Size of the file in characters. */
  dateiBytes?: boolean;
  format?: boolean;
  id?: boolean;
  kontoIban?: boolean;
}

export interface LeistungSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Leistung (without required arguments). */
  $scalars?: boolean;
  akt?: AktSelection;
  /** Pass-through items such as court fees. */
  barauslagenDurchlaufer?: boolean;
  barauslagenUstFrei?: boolean;
  barauslagenUstPflichtig?: boolean;
  bemessungsgrundlage?: boolean;
  datum?: boolean;
  einheitssatz?: boolean;
  /** Made into a Titel: part of the Beschlusskostennote, no longer billable to the client. */
  gerichtlichBestimmt?: boolean;
  /** The invoice that billed it. */
  honorarnote?: HonorarnoteSelection;
  id?: boolean;
  /** Leistungskürzel, e.g. "MAK" or "3A". */
  kuerzel?: boolean;
  /** The RATG table version of the price. */
  ratgGueltigAb?: boolean;
  sachbearbeiter?: BenutzerSelection;
  streitgenossenzuschlag?: boolean;
  /** The Tarif code or RATG post that priced it (null: entered by hand). */
  tarifbasis?: boolean;
  text?: boolean;
  titel?: TitelSelection;
  ust?: boolean;
  verdienst?: boolean;
  zeitMinuten?: boolean;
}

export interface LeistungsartSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Leistungsart (without required arguments). */
  $scalars?: boolean;
  id?: boolean;
  kuerzel?: boolean;
  /** Priced by zeitMinuten (TP 8 per half hour, TP 2/3 per hearing hour). */
  nachDauer?: boolean;
  name?: boolean;
  ratgPost?: boolean;
  tarif?: TarifSelection;
}

export interface LoescheAbgelaufeneAktenPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of LoescheAbgelaufeneAktenPayload (without required arguments). */
  $scalars?: boolean;
  anonymisierteAnfragen?: boolean;
  anonymisiertePersonen?: boolean;
  /** Aktenzeichen of the deleted Akten. */
  geloeschteAkten?: boolean;
  stichtag?: boolean;
  /** True for a dry run (nurVorschau): nothing was deleted. */
  vorschau?: boolean;
}

export interface LoeschePersonendatenPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of LoeschePersonendatenPayload (without required arguments). */
  $scalars?: boolean;
  /** Mandatsanfragen of the Person (same e-mail or name) anonymised with it. */
  anonymisierteAnfragen?: boolean;
  /** Audit entries whose personal values were replaced by "[gelöscht]". */
  geschwaerzteEintraege?: boolean;
  /** The Person as it is now: anonymised. */
  person?: PersonSelection;
}

export interface MahnkostenSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Mahnkosten (without required arguments). */
  $scalars?: boolean;
  bemessungsgrundlage?: boolean;
  bemessungsgrundlageQuelle?: boolean;
  /** Netto + USt, rounded to 10 cents: the Mahnkosten. */
  brutto?: boolean;
  netto?: boolean;
  porto?: boolean;
  positionen?: MahnkostenPositionSelection;
  /** The RATG table version applied. */
  ratgGueltigAb?: boolean;
  streitgenossenzuschlag?: boolean;
  streitgenossenzuschlagProzent?: boolean;
  tarif?: boolean;
  ust?: boolean;
  /** F: the sum of the postings. */
  verdienst?: boolean;
}

export interface MahnkostenPositionSelection {
  __typename?: boolean;
  /** Every scalar and enum field of MahnkostenPosition (without required arguments). */
  $scalars?: boolean;
  anzahl?: boolean;
  /** (grundbetrag + zuschlag) × anzahl */
  betrag?: boolean;
  bezeichnung?: boolean;
  /** The post per piece. */
  grundbetrag?: boolean;
  tarifpost?: boolean;
  /** 50 % Informationszuschlag per piece (0 without). */
  zuschlag?: boolean;
}

export interface MahnschreibenSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Mahnschreiben (without required arguments). */
  $scalars?: boolean;
  akt?: AktSelection;
  angelegtAm?: boolean;
  /** "Mahnung", "Zweite Mahnung", "Dritte Mahnung", … */
  bezeichnung?: boolean;
  datum?: boolean;
  /** Due date printed on the letter: datum + the office’s zahlungszielTage. */
  faelligAm?: boolean;
  /** The Gegner (Person) it was sent to. */
  gegner?: PersonSelection;
  /** The Gegner position on the day it was sent. */
  gegnerPosition?: boolean;
  /** What it claimed in total: the Schuldnerstand on its date plus its Mahnkosten. */
  gesamt?: boolean;
  id?: boolean;
  /** The Mahnkosten (brutto) it claimed. */
  mahnkosten?: boolean;
  /** The RF reference printed on it (that of the Akt and Gegner). */
  rfReferenz?: boolean;
  /** 1 for the first letter to this Gegner on this Akt, 2 for the second, … */
  stufe?: boolean;
  /** The tariff its Mahnkosten were priced by. */
  tarif?: boolean;
}

export interface MahnschreibenVersendenPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of MahnschreibenVersendenPayload (without required arguments). */
  $scalars?: boolean;
  mahnschreiben?: MahnschreibenSelection;
}

export interface MandatsanfrageSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Mandatsanfrage (without required arguments). */
  $scalars?: boolean;
  ablehnungsgrund?: boolean;
  akt?: AktSelection;
  beschreibung?: boolean;
  bewertung?: boolean;
  dokumente?: AnfrageDokumentSelection;
  dringlichkeit?: boolean;
  eingegangenAm?: boolean;
  gegner?: AnfrageGegnerSelection;
  id?: boolean;
  klientArt?: boolean;
  klientEmail?: boolean;
  klientName?: boolean;
  klientOrt?: boolean;
  klientPlz?: boolean;
  klientStrasse?: boolean;
  klientTelefon?: boolean;
  kollisionFreigabeGrund?: boolean;
  kollisionFreigabeVon?: BenutzerSelection;
  kollisionGeprueftAm?: boolean;
  /** Hits of the last conflict check (null: not checked yet). */
  kollisionTreffer?: KollisionsTrefferSelection;
  referenz?: boolean;
  sachgebiet?: boolean;
  status?: boolean;
  streitwert?: boolean;
  umfang?: boolean;
  zugewiesenAn?: BenutzerSelection;
  /** The office’s lawyers (ANWALT, ADMIN) ranked: those whose Sachgebiete (setSachgebiete) include the request’s first (any case), then fewest open Akten, then Kürzel. */
  zuweisungsvorschlag?: ZuweisungsvorschlagSelection;
}

export interface NotFoundErrorSelection {
  __typename?: boolean;
  /** Every scalar and enum field of NotFoundError (without required arguments). */
  $scalars?: boolean;
  entity?: boolean;
  id?: boolean;
  message?: boolean;
}

export interface PageInfoSelection {
  __typename?: boolean;
  /** Every scalar and enum field of PageInfo (without required arguments). */
  $scalars?: boolean;
  endCursor?: boolean;
  hasNextPage?: boolean;
  hasPreviousPage?: boolean;
  startCursor?: boolean;
}

export interface PersonSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Person (without required arguments). */
  $scalars?: boolean;
  art?: boolean;
  email?: boolean;
  id?: boolean;
  /** Short name users type; unique in the office. */
  kurzbezeichnung?: boolean;
  name?: boolean;
  ort?: boolean;
  plz?: boolean;
  strasse?: boolean;
  telefon?: boolean;
  /** UID-Nummer of a business (e.g. ATU12345678), printed on invoices to an UNTERNEHMEN. */
  uid?: boolean;
}

export interface PortoSatzSelection {
  __typename?: boolean;
  /** Every scalar and enum field of PortoSatz (without required arguments). */
  $scalars?: boolean;
  betrag?: boolean;
  bezeichnung?: boolean;
  gueltigAb?: boolean;
}

export interface PruefeKollisionPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of PruefeKollisionPayload (without required arguments). */
  $scalars?: boolean;
  mandatsanfrage?: MandatsanfrageSelection;
}

export interface QueryAktenConnectionSelection {
  __typename?: boolean;
  /** Every scalar and enum field of QueryAktenConnection (without required arguments). */
  $scalars?: boolean;
  edges?: QueryAktenConnectionEdgeSelection;
  pageInfo?: PageInfoSelection;
  totalCount?: boolean;
}

export interface QueryAktenConnectionEdgeSelection {
  __typename?: boolean;
  /** Every scalar and enum field of QueryAktenConnectionEdge (without required arguments). */
  $scalars?: boolean;
  cursor?: boolean;
  node?: AktSelection;
}

export interface QueryAuditLogConnectionSelection {
  __typename?: boolean;
  /** Every scalar and enum field of QueryAuditLogConnection (without required arguments). */
  $scalars?: boolean;
  edges?: QueryAuditLogConnectionEdgeSelection;
  pageInfo?: PageInfoSelection;
  totalCount?: boolean;
}

export interface QueryAuditLogConnectionEdgeSelection {
  __typename?: boolean;
  /** Every scalar and enum field of QueryAuditLogConnectionEdge (without required arguments). */
  $scalars?: boolean;
  cursor?: boolean;
  node?: AuditEntrySelection;
}

export interface QueryMandatsanfragenConnectionSelection {
  __typename?: boolean;
  /** Every scalar and enum field of QueryMandatsanfragenConnection (without required arguments). */
  $scalars?: boolean;
  edges?: QueryMandatsanfragenConnectionEdgeSelection;
  pageInfo?: PageInfoSelection;
  totalCount?: boolean;
}

export interface QueryMandatsanfragenConnectionEdgeSelection {
  __typename?: boolean;
  /** Every scalar and enum field of QueryMandatsanfragenConnectionEdge (without required arguments). */
  $scalars?: boolean;
  cursor?: boolean;
  node?: MandatsanfrageSelection;
}

export interface QueryOffeneBuchungenConnectionSelection {
  __typename?: boolean;
  /** Every scalar and enum field of QueryOffeneBuchungenConnection (without required arguments). */
  $scalars?: boolean;
  edges?: QueryOffeneBuchungenConnectionEdgeSelection;
  pageInfo?: PageInfoSelection;
  totalCount?: boolean;
}

export interface QueryOffeneBuchungenConnectionEdgeSelection {
  __typename?: boolean;
  /** Every scalar and enum field of QueryOffeneBuchungenConnectionEdge (without required arguments). */
  $scalars?: boolean;
  cursor?: boolean;
  node?: BankbuchungSelection;
}

export interface QueryPersonenConnectionSelection {
  __typename?: boolean;
  /** Every scalar and enum field of QueryPersonenConnection (without required arguments). */
  $scalars?: boolean;
  edges?: QueryPersonenConnectionEdgeSelection;
  pageInfo?: PageInfoSelection;
  totalCount?: boolean;
}

export interface QueryPersonenConnectionEdgeSelection {
  __typename?: boolean;
  /** Every scalar and enum field of QueryPersonenConnectionEdge (without required arguments). */
  $scalars?: boolean;
  cursor?: boolean;
  node?: PersonSelection;
}

export interface QueryWebhookZustellungenConnectionSelection {
  __typename?: boolean;
  /** Every scalar and enum field of QueryWebhookZustellungenConnection (without required arguments). */
  $scalars?: boolean;
  edges?: QueryWebhookZustellungenConnectionEdgeSelection;
  pageInfo?: PageInfoSelection;
  totalCount?: boolean;
}

export interface QueryWebhookZustellungenConnectionEdgeSelection {
  __typename?: boolean;
  /** Every scalar and enum field of QueryWebhookZustellungenConnectionEdge (without required arguments). */
  $scalars?: boolean;
  cursor?: boolean;
  node?: WebhookZustellungSelection;
}

export interface RateSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Rate (without required arguments). */
  $scalars?: boolean;
  betrag?: boolean;
  bezahlt?: boolean;
  faelligAm?: boolean;
  nummer?: boolean;
  offen?: boolean;
  ueberfaellig?: boolean;
}

export interface RateLimitErrorSelection {
  __typename?: boolean;
  /** Every scalar and enum field of RateLimitError (without required arguments). */
  $scalars?: boolean;
  message?: boolean;
  retryAfterSeconds?: boolean;
}

export interface RatenvereinbarungSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Ratenvereinbarung (without required arguments). */
  $scalars?: boolean;
  anzahl?: boolean;
  ersteFaelligkeit?: boolean;
  intervallMonate?: boolean;
  rate?: boolean;
}

export interface RatgBetragSelection {
  __typename?: boolean;
  /** Every scalar and enum field of RatgBetrag (without required arguments). */
  $scalars?: boolean;
  bemessungsgrundlage?: boolean;
  betrag?: boolean;
  bezeichnung?: boolean;
  ratgGueltigAb?: boolean;
  tarifpost?: boolean;
}

export interface RatgPostTabelleSelection {
  __typename?: boolean;
  /** Every scalar and enum field of RatgPostTabelle (without required arguments). */
  $scalars?: boolean;
  hoechstens?: boolean;
  hoechstensWeitereStunde?: boolean;
  promille?: RatgPromilleSelection;
  schritte?: RatgSchrittSelection;
  stufen?: RatgStufeSelection;
  tarifpost?: boolean;
}

export interface RatgPromilleSelection {
  __typename?: boolean;
  /** Every scalar and enum field of RatgPromille (without required arguments). */
  $scalars?: boolean;
  bis?: boolean;
  /** Per mille of the part of the BG in the range. */
  satz?: boolean;
  ueber?: boolean;
}

export interface RatgSchrittSelection {
  __typename?: boolean;
  /** Every scalar and enum field of RatgSchritt (without required arguments). */
  $scalars?: boolean;
  betrag?: boolean;
  bis?: boolean;
  je?: boolean;
  ueber?: boolean;
}

export interface RatgStufeSelection {
  __typename?: boolean;
  /** Every scalar and enum field of RatgStufe (without required arguments). */
  $scalars?: boolean;
  betrag?: boolean;
  /** Upper bound of the BG, inclusive. */
  bis?: boolean;
}

export interface RatgTabelleSelection {
  __typename?: boolean;
  /** Every scalar and enum field of RatgTabelle (without required arguments). */
  $scalars?: boolean;
  bezeichnung?: boolean;
  einheitssatzBisGrenze?: boolean;
  einheitssatzDarueber?: boolean;
  einheitssatzGrenze?: boolean;
  ervErstmalig?: boolean;
  ervWeitere?: boolean;
  gueltigAb?: boolean;
  posten?: RatgPostTabelleSelection;
  tp8KurzAnteil?: boolean;
  tp8KurzHoechstens?: boolean;
  ust?: boolean;
}

export interface RevokeApiKeyPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of RevokeApiKeyPayload (without required arguments). */
  $scalars?: boolean;
  apiKey?: ApiKeySelection;
}

export interface RotateIntakeTokenPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of RotateIntakeTokenPayload (without required arguments). */
  $scalars?: boolean;
  /** Shown once. Put it into the web form; the previous one stops working. */
  token?: boolean;
}

export interface RotateWebhookSecretPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of RotateWebhookSecretPayload (without required arguments). */
  $scalars?: boolean;
  /** The signing secret ("whsec_…", Standard Webhooks), shown only now: keep it to verify the `webhook-signature` of each delivery. */
  secret?: boolean;
  webhook?: WebhookSelection;
}

export interface SchreibeHonorarnoteAbPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of SchreibeHonorarnoteAbPayload (without required arguments). */
  $scalars?: boolean;
  honorarnote?: HonorarnoteSelection;
}

export interface SchuldnerstandSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Schuldnerstand (without required arguments). */
  $scalars?: boolean;
  /** Received so far that belongs to the client. */
  anKlient?: boolean;
  /** Of the open costs: the client’s. */
  barauslagenKlient?: boolean;
  bezahlt?: boolean;
  gesamt?: boolean;
  kapital?: boolean;
  kosten?: boolean;
  stichtag?: boolean;
  ueberzahlung?: boolean;
  /** How each payment was allocated, in date order. */
  zahlungen?: ZahlungsaufteilungSelection;
  /** Interest accrued and unpaid to the Stichtag (Forderungen and § 54a). */
  zinsen?: boolean;
}

export interface SetAktStatusPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of SetAktStatusPayload (without required arguments). */
  $scalars?: boolean;
  akt?: AktSelection;
}

export interface SetGegnerPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of SetGegnerPayload (without required arguments). */
  $scalars?: boolean;
  akt?: AktSelection;
}

export interface SetLeistungsartPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of SetLeistungsartPayload (without required arguments). */
  $scalars?: boolean;
  leistungsart?: LeistungsartSelection;
}

export interface SetPortoPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of SetPortoPayload (without required arguments). */
  $scalars?: boolean;
  portoSatz?: PortoSatzSelection;
}

export interface SetRatenvereinbarungPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of SetRatenvereinbarungPayload (without required arguments). */
  $scalars?: boolean;
  akt?: AktSelection;
}

export interface SetRechtlicheSperrePayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of SetRechtlicheSperrePayload (without required arguments). */
  $scalars?: boolean;
  akt?: AktSelection;
}

export interface SetSachgebietePayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of SetSachgebietePayload (without required arguments). */
  $scalars?: boolean;
  benutzer?: BenutzerSelection;
}

export interface StornoHonorarnotePayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of StornoHonorarnotePayload (without required arguments). */
  $scalars?: boolean;
  /** The Stornorechnung created (art STORNORECHNUNG): its own number, amounts negated, stornoVon the original. */
  honorarnote?: HonorarnoteSelection;
}

export interface StornoHonorarzahlungPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of StornoHonorarzahlungPayload (without required arguments). */
  $scalars?: boolean;
  honorarnote?: HonorarnoteSelection;
  honorarzahlung?: HonorarzahlungSelection;
}

export interface StornoZahlungPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of StornoZahlungPayload (without required arguments). */
  $scalars?: boolean;
  zahlung?: ZahlungSelection;
}

export interface SubmitMandatsanfragePayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of SubmitMandatsanfragePayload (without required arguments). */
  $scalars?: boolean;
  eingegangenAm?: boolean;
  referenz?: boolean;
}

export interface TarifSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Tarif (without required arguments). */
  $scalars?: boolean;
  code?: boolean;
  id?: boolean;
  name?: boolean;
  /** Whether the postage setting is added. */
  porto?: boolean;
  positionen?: TarifPositionSelection;
}

export interface TarifPositionSelection {
  __typename?: boolean;
  /** Every scalar and enum field of TarifPosition (without required arguments). */
  $scalars?: boolean;
  anzahl?: boolean;
  reihenfolge?: boolean;
  tarifpost?: boolean;
  /** With the 50 % Informationszuschlag. */
  zuschlag?: boolean;
}

export interface TitelSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Titel (without required arguments). */
  $scalars?: boolean;
  akt?: AktSelection;
  barauslagenDurchlaufer?: boolean;
  /** Costs awarded to the client before this office took over: money received for them belongs to the client. */
  barauslagenKlient?: boolean;
  barauslagenUstFrei?: boolean;
  /** Net. */
  barauslagenUstPflichtig?: boolean;
  beschlussart?: boolean;
  /** Date of the decision. */
  datum?: boolean;
  einheitssatz?: boolean;
  forderungen?: ForderungSelection;
  /** Position of the Gegner it works against; null = all. */
  gegenWen?: boolean;
  gericht?: GerichtSelection;
  geschaeftszahl?: boolean;
  /** A warning when the Geschäftszahl does not look like "12 C 345/24k" (the ERV may refuse it). */
  geschaeftszahlHinweis?: boolean;
  /** Printed in the Beschlusskostennote. */
  honorartext?: boolean;
  id?: boolean;
  /** The Leistung it was made from ("gerichtlich bestimmt"). */
  leistung?: LeistungSelection;
  memo?: boolean;
  sachbearbeiter?: BenutzerSelection;
  ust?: boolean;
  /** The USt was entered (or copied from the Leistung); false = derived, it follows the amounts. */
  ustErfasst?: boolean;
  verdienst?: boolean;
  /** Date of the Vollstreckbarkeitsbestätigung. */
  vollstreckbarAm?: boolean;
  /** The "#WV:…#" texts of the memo, for the Weiteres Vorbringen of an Exekutionsantrag. */
  weiteresVorbringen?: boolean;
  zeitMinuten?: boolean;
  /** 4 % p.a. interest on the costs from the decision date (§ 54a ZPO). */
  zinsen54a?: boolean;
  /** zinsen54a was chosen; false = the Beschlussart’s default, it follows the Beschlussart. */
  zinsen54aErfasst?: boolean;
  /** All awarded costs: the four Barauslagen + Verdienst + ES + USt. */
  zugesprochen?: boolean;
}

export interface UpdateAktPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of UpdateAktPayload (without required arguments). */
  $scalars?: boolean;
  akt?: AktSelection;
}

export interface UpdateForderungPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of UpdateForderungPayload (without required arguments). */
  $scalars?: boolean;
  forderung?: ForderungSelection;
}

export interface UpdateKanzleiPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of UpdateKanzleiPayload (without required arguments). */
  $scalars?: boolean;
  kanzlei?: KanzleiSelection;
}

export interface UpdateLeistungPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of UpdateLeistungPayload (without required arguments). */
  $scalars?: boolean;
  leistung?: LeistungSelection;
}

export interface UpdateMandatsanfragePayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of UpdateMandatsanfragePayload (without required arguments). */
  $scalars?: boolean;
  mandatsanfrage?: MandatsanfrageSelection;
}

export interface UpdatePersonPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of UpdatePersonPayload (without required arguments). */
  $scalars?: boolean;
  person?: PersonSelection;
}

export interface UpdateTarifPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of UpdateTarifPayload (without required arguments). */
  $scalars?: boolean;
  tarif?: TarifSelection;
}

export interface UpdateTitelPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of UpdateTitelPayload (without required arguments). */
  $scalars?: boolean;
  titel?: TitelSelection;
}

export interface UpdateWebhookPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of UpdateWebhookPayload (without required arguments). */
  $scalars?: boolean;
  webhook?: WebhookSelection;
}

export interface ValidationErrorSelection {
  __typename?: boolean;
  /** Every scalar and enum field of ValidationError (without required arguments). */
  $scalars?: boolean;
  field?: boolean;
  issues?: FieldIssueSelection;
  message?: boolean;
}

export interface ValorisiereRatgPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of ValorisiereRatgPayload (without required arguments). */
  $scalars?: boolean;
  ratgTabelle?: RatgTabelleSelection;
}

export interface WebhookSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Webhook (without required arguments). */
  $scalars?: boolean;
  angelegtAm?: boolean;
  beschreibung?: boolean;
  ereignisse?: boolean;
  geaendertAm?: boolean;
  id?: boolean;
  pausiertAm?: boolean;
  /** Why it is paused: who paused it, or which delivery failed since when and how. */
  pausiertGrund?: boolean;
  status?: boolean;
  url?: boolean;
  /** After a rotation: until when deliveries are also signed with the previous secret. */
  vorherigesSecretGueltigBis?: boolean;
}

export interface WebhookZustellungSelection {
  __typename?: boolean;
  /** Every scalar and enum field of WebhookZustellung (without required arguments). */
  $scalars?: boolean;
  angelegtAm?: boolean;
  ereignisId?: boolean;
  ereignisTyp?: boolean;
  ereignisZeitpunkt?: boolean;
  id?: boolean;
  letzterFehler?: boolean;
  /** The HTTP status of the last answer; null when there was none (refused, timed out). */
  letzterStatusCode?: boolean;
  letzterVersuchAm?: boolean;
  /** The `webhook-id` header ("msg_" + the event’s id): the same on every attempt, for the receiver to deduplicate. */
  nachrichtId?: boolean;
  /** While AUSSTEHEND: when it is tried next (its webhook must be AKTIV). */
  naechsterVersuchAm?: boolean;
  status?: boolean;
  /** Attempts so far, in all. */
  versuche?: boolean;
  zugestelltAm?: boolean;
}

export interface ZahlungSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Zahlung (without required arguments). */
  $scalars?: boolean;
  akt?: AktSelection;
  betrag?: boolean;
  datum?: boolean;
  id?: boolean;
  storniertAm?: boolean;
  stornoGrund?: boolean;
  verwendungszweck?: boolean;
}

export interface ZahlungsaufteilungSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Zahlungsaufteilung (without required arguments). */
  $scalars?: boolean;
  /** Allocated to Barauslagen Klient: proposed for transfer to the client. */
  anKlient?: boolean;
  anrechnungen?: AnrechnungSelection;
  betrag?: boolean;
  datum?: boolean;
  /** More than was owed: to be refunded. */
  ueberzahlung?: boolean;
  zahlungId?: boolean;
}

export interface ZustellungWiederholenPayloadSelection {
  __typename?: boolean;
  /** Every scalar and enum field of ZustellungWiederholenPayload (without required arguments). */
  $scalars?: boolean;
  zustellung?: WebhookZustellungSelection;
}

export interface ZuweisungsvorschlagSelection {
  __typename?: boolean;
  /** Every scalar and enum field of Zuweisungsvorschlag (without required arguments). */
  $scalars?: boolean;
  benutzer?: BenutzerSelection;
  /** Akten ANGELEGT or IN_BEARBEITUNG this lawyer is responsible for. */
  offeneAkten?: boolean;
  sachgebietPasst?: boolean;
}

/** One method per Query root field: the default selection, or the fields you select. */
export interface QueryMethods {
  akt(args: { id: string }): Promise<WithFieldErrors<AktQuery['akt']>>;
  akt<S extends AktSelection>(args: { id: string }, select: S): Promise<Selected<AktResult | null, S>>;
  /** The office’s Akten, newest first. */
  akten(args?: { after?: string | null; before?: string | null; filter?: AktFilter | null; first?: number | null; last?: number | null }): Promise<WithFieldErrors<AktenQuery['akten']>>;
  /** The office’s Akten, newest first. */
  akten<S extends QueryAktenConnectionSelection>(args: { after?: string | null; before?: string | null; filter?: AktFilter | null; first?: number | null; last?: number | null } | undefined, select: S): Promise<Selected<QueryAktenConnectionResult, S>>;
  /** Akten of the office by status (one grouped query). */
  aktenStatistik(): Promise<WithFieldErrors<AktenStatistikQuery['aktenStatistik']>>;
  /** Akten of the office by status (one grouped query). */
  aktenStatistik<S extends AktenStatistikSelection>(select: S): Promise<Selected<AktenStatistikResult, S>>;
  /** Your own API keys; for an ADMIN, every key of the office. */
  apiKeys(): Promise<WithFieldErrors<ApiKeysQuery['apiKeys']>>;
  /** Your own API keys; for an ADMIN, every key of the office. */
  apiKeys<S extends ApiKeySelection>(select: S): Promise<Selected<Array<ApiKeyResult>, S>>;
  /** ADMIN: the office’s audit trail, newest first. */
  auditLog(args?: { after?: string | null; before?: string | null; filter?: AuditLogFilter | null; first?: number | null; last?: number | null }): Promise<WithFieldErrors<AuditLogQuery['auditLog']>>;
  /** ADMIN: the office’s audit trail, newest first. */
  auditLog<S extends QueryAuditLogConnectionSelection>(args: { after?: string | null; before?: string | null; filter?: AuditLogFilter | null; first?: number | null; last?: number | null } | undefined, select: S): Promise<Selected<QueryAuditLogConnectionResult, S>>;
  /** The office's users, by Kürzel. */
  benutzer(): Promise<WithFieldErrors<BenutzerQuery['benutzer']>>;
  /** The office's users, by Kürzel. */
  benutzer<S extends BenutzerSelection>(select: S): Promise<Selected<Array<BenutzerResult>, S>>;
  /** Courts and authorities matching `suche` (short or full name, any case). With `plz` (e.g. of Gegner 1), those in the same postcode come first, then the same postcode area (first two digits), then the same region (first digit). */
  gerichte(args?: { first?: number | null; plz?: string | null; suche?: string | null }): Promise<WithFieldErrors<GerichteQuery['gerichte']>>;
  /** Courts and authorities matching `suche` (short or full name, any case). With `plz` (e.g. of Gegner 1), those in the same postcode come first, then the same postcode area (first two digits), then the same region (first digit). */
  gerichte<S extends GerichtSelection>(args: { first?: number | null; plz?: string | null; suche?: string | null } | undefined, select: S): Promise<Selected<Array<GerichtResult>, S>>;
  honorarnote(args: { id: string }): Promise<WithFieldErrors<HonorarnoteQuery['honorarnote']>>;
  honorarnote<S extends HonorarnoteSelection>(args: { id: string }, select: S): Promise<Selected<HonorarnoteResult | null, S>>;
  honorarzahlung(args: { id: string }): Promise<WithFieldErrors<HonorarzahlungQuery['honorarzahlung']>>;
  honorarzahlung<S extends HonorarzahlungSelection>(args: { id: string }, select: S): Promise<Selected<HonorarzahlungResult | null, S>>;
  /** Conflict check: each new Gegner against the office’s Klienten, each new Klient against its Gegner, in all Akten (open or closed). For a Mandatsanfrage’s parties (`mandatsanfrageId`) and/or any names; nothing is recorded (pruefeKollision records it on the request). */
  kollisionspruefung(args?: { gegner?: Array<string> | null; klient?: Array<string> | null; mandatsanfrageId?: string | null }): Promise<WithFieldErrors<KollisionspruefungQuery['kollisionspruefung']>>;
  /** Conflict check: each new Gegner against the office’s Klienten, each new Klient against its Gegner, in all Akten (open or closed). For a Mandatsanfrage’s parties (`mandatsanfrageId`) and/or any names; nothing is recorded (pruefeKollision records it on the request). */
  kollisionspruefung<S extends KollisionsTrefferSelection>(args: { gegner?: Array<string> | null; klient?: Array<string> | null; mandatsanfrageId?: string | null } | undefined, select: S): Promise<Selected<Array<KollisionsTrefferResult>, S>>;
  /** The Leistungstabelle. */
  leistungsarten(): Promise<WithFieldErrors<LeistungsartenQuery['leistungsarten']>>;
  /** The Leistungstabelle. */
  leistungsarten<S extends LeistungsartSelection>(select: S): Promise<Selected<Array<LeistungsartResult>, S>>;
  mandatsanfrage(args: { id: string }): Promise<WithFieldErrors<MandatsanfrageQuery['mandatsanfrage']>>;
  mandatsanfrage<S extends MandatsanfrageSelection>(args: { id: string }, select: S): Promise<Selected<MandatsanfrageResult | null, S>>;
  /** Requests of the office, newest first. */
  mandatsanfragen(args?: { after?: string | null; before?: string | null; filter?: MandatsanfrageFilter | null; first?: number | null; last?: number | null }): Promise<WithFieldErrors<MandatsanfragenQuery['mandatsanfragen']>>;
  /** Requests of the office, newest first. */
  mandatsanfragen<S extends QueryMandatsanfragenConnectionSelection>(args: { after?: string | null; before?: string | null; filter?: MandatsanfrageFilter | null; first?: number | null; last?: number | null } | undefined, select: S): Promise<Selected<QueryMandatsanfragenConnectionResult, S>>;
  /** The user behind the API key of this request. */
  me(): Promise<WithFieldErrors<MeQuery['me']>>;
  /** The user behind the API key of this request. */
  me<S extends BenutzerSelection>(select: S): Promise<Selected<BenutzerResult, S>>;
  /** Bank entries of the office, oldest first; by default the queue (OFFEN and VORSCHLAG). */
  offeneBuchungen(args?: { after?: string | null; before?: string | null; filter?: BankbuchungFilter | null; first?: number | null; last?: number | null }): Promise<WithFieldErrors<OffeneBuchungenQuery['offeneBuchungen']>>;
  /** Bank entries of the office, oldest first; by default the queue (OFFEN and VORSCHLAG). */
  offeneBuchungen<S extends QueryOffeneBuchungenConnectionSelection>(args: { after?: string | null; before?: string | null; filter?: BankbuchungFilter | null; first?: number | null; last?: number | null } | undefined, select: S): Promise<Selected<QueryOffeneBuchungenConnectionResult, S>>;
  person(args: { id: string }): Promise<WithFieldErrors<PersonQuery['person']>>;
  person<S extends PersonSelection>(args: { id: string }, select: S): Promise<Selected<PersonResult | null, S>>;
  personen(args?: { after?: string | null; before?: string | null; filter?: PersonFilter | null; first?: number | null; last?: number | null }): Promise<WithFieldErrors<PersonenQuery['personen']>>;
  personen<S extends QueryPersonenConnectionSelection>(args: { after?: string | null; before?: string | null; filter?: PersonFilter | null; first?: number | null; last?: number | null } | undefined, select: S): Promise<Selected<QueryPersonenConnectionResult, S>>;
  portoSaetze(): Promise<WithFieldErrors<PortoSaetzeQuery['portoSaetze']>>;
  portoSaetze<S extends PortoSatzSelection>(select: S): Promise<Selected<Array<PortoSatzResult>, S>>;
  /** The statutory amount of a RATG post for a Bemessungsgrundlage on a date (default today); with `minuten`, TP 8 per started half hour and TP 2/3 as a hearing. */
  ratg(args: { bemessungsgrundlage: string; datum?: string | null; minuten?: number | null; tarifpost: Tarifpost }): Promise<WithFieldErrors<RatgQuery['ratg']>>;
  /** The statutory amount of a RATG post for a Bemessungsgrundlage on a date (default today); with `minuten`, TP 8 per started half hour and TP 2/3 as a hearing. */
  ratg<S extends RatgBetragSelection>(args: { bemessungsgrundlage: string; datum?: string | null; minuten?: number | null; tarifpost: Tarifpost }, select: S): Promise<Selected<RatgBetragResult, S>>;
  /** The RATG table versions, oldest first. */
  ratgTabellen(): Promise<WithFieldErrors<RatgTabellenQuery['ratgTabellen']>>;
  /** The RATG table versions, oldest first. */
  ratgTabellen<S extends RatgTabelleSelection>(select: S): Promise<Selected<Array<RatgTabelleResult>, S>>;
  tarif(args: { code: string }): Promise<WithFieldErrors<TarifQuery['tarif']>>;
  tarif<S extends TarifSelection>(args: { code: string }, select: S): Promise<Selected<TarifResult | null, S>>;
  tarife(): Promise<WithFieldErrors<TarifeQuery['tarife']>>;
  tarife<S extends TarifSelection>(select: S): Promise<Selected<Array<TarifResult>, S>>;
  /** ADMIN: a webhook’s delivery log, newest first. Another office’s webhook has none. */
  webhookZustellungen(args: { after?: string | null; before?: string | null; first?: number | null; last?: number | null; status?: Array<WebhookZustellungStatus> | null; webhookId: string }): Promise<WithFieldErrors<WebhookZustellungenQuery['webhookZustellungen']>>;
  /** ADMIN: a webhook’s delivery log, newest first. Another office’s webhook has none. */
  webhookZustellungen<S extends QueryWebhookZustellungenConnectionSelection>(args: { after?: string | null; before?: string | null; first?: number | null; last?: number | null; status?: Array<WebhookZustellungStatus> | null; webhookId: string }, select: S): Promise<Selected<QueryWebhookZustellungenConnectionResult, S>>;
  /** ADMIN: the office’s webhooks, oldest first (at most 20). */
  webhooks(): Promise<WithFieldErrors<WebhooksQuery['webhooks']>>;
  /** ADMIN: the office’s webhooks, oldest first (at most 20). */
  webhooks<S extends WebhookSelection>(select: S): Promise<Selected<Array<WebhookResult>, S>>;
}

/** One method per Mutation root field: the payload or the typed error (nothing changed). */
export interface MutationMethods {
  /** Accepts the request after a conflict check: creates the Persons (reusing matching ones) and the Akt. */
  annehmenMandatsanfrage(input: AnnehmenMandatsanfrageInput): Promise<MutationResult<AnnehmenMandatsanfrageMutation['annehmenMandatsanfrage'], 'AnnehmenMandatsanfragePayload'>>;
  /** Accepts the request after a conflict check: creates the Persons (reusing matching ones) and the Akt. */
  annehmenMandatsanfrage<S extends AnnehmenMandatsanfragePayloadSelection>(input: AnnehmenMandatsanfrageInput, select: S): Promise<Result<Selected<AnnehmenMandatsanfragePayloadResult, S>, Extract<AnnehmenMandatsanfrageMutation['annehmenMandatsanfrage'], { __typename: 'ConflictError' }> | Extract<AnnehmenMandatsanfrageMutation['annehmenMandatsanfrage'], { __typename: 'ForbiddenError' }> | Extract<AnnehmenMandatsanfrageMutation['annehmenMandatsanfrage'], { __typename: 'NotFoundError' }> | Extract<AnnehmenMandatsanfrageMutation['annehmenMandatsanfrage'], { __typename: 'ValidationError' }>>>;
  /** Archives a closed Akt: read-only from now, with its retention deadline (RAO § 12: 5 years after the representation ended; legal hold). */
  archiviereAkt(input: ArchiviereAktInput): Promise<MutationResult<ArchiviereAktMutation['archiviereAkt'], 'ArchiviereAktPayload'>>;
  /** Archives a closed Akt: read-only from now, with its retention deadline (RAO § 12: 5 years after the representation ended; legal hold). */
  archiviereAkt<S extends ArchiviereAktPayloadSelection>(input: ArchiviereAktInput, select: S): Promise<Result<Selected<ArchiviereAktPayloadResult, S>, Extract<ArchiviereAktMutation['archiviereAkt'], { __typename: 'ConflictError' }> | Extract<ArchiviereAktMutation['archiviereAkt'], { __typename: 'ForbiddenError' }> | Extract<ArchiviereAktMutation['archiviereAkt'], { __typename: 'NotFoundError' }> | Extract<ArchiviereAktMutation['archiviereAkt'], { __typename: 'ValidationError' }>>>;
  /** Moves the Forderungen to this Titel, all or nothing; each must belong to the Titel’s Akt. */
  assignForderungenToTitel(input: AssignForderungenToTitelInput): Promise<MutationResult<AssignForderungenToTitelMutation['assignForderungenToTitel'], 'AssignForderungenToTitelPayload'>>;
  /** Moves the Forderungen to this Titel, all or nothing; each must belong to the Titel’s Akt. */
  assignForderungenToTitel<S extends AssignForderungenToTitelPayloadSelection>(input: AssignForderungenToTitelInput, select: S): Promise<Result<Selected<AssignForderungenToTitelPayloadResult, S>, Extract<AssignForderungenToTitelMutation['assignForderungenToTitel'], { __typename: 'ConflictError' }> | Extract<AssignForderungenToTitelMutation['assignForderungenToTitel'], { __typename: 'ForbiddenError' }> | Extract<AssignForderungenToTitelMutation['assignForderungenToTitel'], { __typename: 'NotFoundError' }> | Extract<AssignForderungenToTitelMutation['assignForderungenToTitel'], { __typename: 'ValidationError' }>>>;
  assignMandatsanfrage(input: AssignMandatsanfrageInput): Promise<MutationResult<AssignMandatsanfrageMutation['assignMandatsanfrage'], 'AssignMandatsanfragePayload'>>;
  assignMandatsanfrage<S extends AssignMandatsanfragePayloadSelection>(input: AssignMandatsanfrageInput, select: S): Promise<Result<Selected<AssignMandatsanfragePayloadResult, S>, Extract<AssignMandatsanfrageMutation['assignMandatsanfrage'], { __typename: 'ConflictError' }> | Extract<AssignMandatsanfrageMutation['assignMandatsanfrage'], { __typename: 'ForbiddenError' }> | Extract<AssignMandatsanfrageMutation['assignMandatsanfrage'], { __typename: 'NotFoundError' }> | Extract<AssignMandatsanfrageMutation['assignMandatsanfrage'], { __typename: 'ValidationError' }>>>;
  /** ADMIN or ANWALT: dismisses a queued entry or a proposal, with a reason. */
  buchungVerwerfen(input: BuchungVerwerfenInput): Promise<MutationResult<BuchungVerwerfenMutation['buchungVerwerfen'], 'BuchungVerwerfenPayload'>>;
  /** ADMIN or ANWALT: dismisses a queued entry or a proposal, with a reason. */
  buchungVerwerfen<S extends BuchungVerwerfenPayloadSelection>(input: BuchungVerwerfenInput, select: S): Promise<Result<Selected<BuchungVerwerfenPayloadResult, S>, Extract<BuchungVerwerfenMutation['buchungVerwerfen'], { __typename: 'ConflictError' }> | Extract<BuchungVerwerfenMutation['buchungVerwerfen'], { __typename: 'ForbiddenError' }> | Extract<BuchungVerwerfenMutation['buchungVerwerfen'], { __typename: 'NotFoundError' }> | Extract<BuchungVerwerfenMutation['buchungVerwerfen'], { __typename: 'ValidationError' }>>>;
  /** ADMIN or ANWALT: books a queued entry or a proposal on a Honorarnote or an Akt (neither: the proposal as proposed). */
  buchungZuordnen(input: BuchungZuordnenInput): Promise<MutationResult<BuchungZuordnenMutation['buchungZuordnen'], 'BuchungZuordnenPayload'>>;
  /** ADMIN or ANWALT: books a queued entry or a proposal on a Honorarnote or an Akt (neither: the proposal as proposed). */
  buchungZuordnen<S extends BuchungZuordnenPayloadSelection>(input: BuchungZuordnenInput, select: S): Promise<Result<Selected<BuchungZuordnenPayloadResult, S>, Extract<BuchungZuordnenMutation['buchungZuordnen'], { __typename: 'ConflictError' }> | Extract<BuchungZuordnenMutation['buchungZuordnen'], { __typename: 'ForbiddenError' }> | Extract<BuchungZuordnenMutation['buchungZuordnen'], { __typename: 'NotFoundError' }> | Extract<BuchungZuordnenMutation['buchungZuordnen'], { __typename: 'ValidationError' }>>>;
  /** A new tariff as a copy of another, e.g. MAKX from MAK; then edit it with updateTarif. */
  copyTarif(input: CopyTarifInput): Promise<MutationResult<CopyTarifMutation['copyTarif'], 'CopyTarifPayload'>>;
  /** A new tariff as a copy of another, e.g. MAKX from MAK; then edit it with updateTarif. */
  copyTarif<S extends CopyTarifPayloadSelection>(input: CopyTarifInput, select: S): Promise<Result<Selected<CopyTarifPayloadResult, S>, Extract<CopyTarifMutation['copyTarif'], { __typename: 'ConflictError' }> | Extract<CopyTarifMutation['copyTarif'], { __typename: 'ForbiddenError' }> | Extract<CopyTarifMutation['copyTarif'], { __typename: 'NotFoundError' }> | Extract<CopyTarifMutation['copyTarif'], { __typename: 'ValidationError' }>>>;
  createAkt(input: CreateAktInput): Promise<MutationResult<CreateAktMutation['createAkt'], 'CreateAktPayload'>>;
  createAkt<S extends CreateAktPayloadSelection>(input: CreateAktInput, select: S): Promise<Result<Selected<CreateAktPayloadResult, S>, Extract<CreateAktMutation['createAkt'], { __typename: 'ConflictError' }> | Extract<CreateAktMutation['createAkt'], { __typename: 'ForbiddenError' }> | Extract<CreateAktMutation['createAkt'], { __typename: 'NotFoundError' }> | Extract<CreateAktMutation['createAkt'], { __typename: 'ValidationError' }>>>;
  createForderung(input: CreateForderungInput): Promise<MutationResult<CreateForderungMutation['createForderung'], 'CreateForderungPayload'>>;
  createForderung<S extends CreateForderungPayloadSelection>(input: CreateForderungInput, select: S): Promise<Result<Selected<CreateForderungPayloadResult, S>, Extract<CreateForderungMutation['createForderung'], { __typename: 'ConflictError' }> | Extract<CreateForderungMutation['createForderung'], { __typename: 'ForbiddenError' }> | Extract<CreateForderungMutation['createForderung'], { __typename: 'NotFoundError' }> | Extract<CreateForderungMutation['createForderung'], { __typename: 'ValidationError' }>>>;
  /** Adds an authority (or court) to this office’s register. */
  createGericht(input: CreateGerichtInput): Promise<MutationResult<CreateGerichtMutation['createGericht'], 'CreateGerichtPayload'>>;
  /** Adds an authority (or court) to this office’s register. */
  createGericht<S extends CreateGerichtPayloadSelection>(input: CreateGerichtInput, select: S): Promise<Result<Selected<CreateGerichtPayloadResult, S>, Extract<CreateGerichtMutation['createGericht'], { __typename: 'ConflictError' }> | Extract<CreateGerichtMutation['createGericht'], { __typename: 'ForbiddenError' }> | Extract<CreateGerichtMutation['createGericht'], { __typename: 'NotFoundError' }> | Extract<CreateGerichtMutation['createGericht'], { __typename: 'ValidationError' }>>>;
  createKommunikation(input: CreateKommunikationInput): Promise<MutationResult<CreateKommunikationMutation['createKommunikation'], 'CreateKommunikationPayload'>>;
  createKommunikation<S extends CreateKommunikationPayloadSelection>(input: CreateKommunikationInput, select: S): Promise<Result<Selected<CreateKommunikationPayloadResult, S>, Extract<CreateKommunikationMutation['createKommunikation'], { __typename: 'ConflictError' }> | Extract<CreateKommunikationMutation['createKommunikation'], { __typename: 'ForbiddenError' }> | Extract<CreateKommunikationMutation['createKommunikation'], { __typename: 'NotFoundError' }> | Extract<CreateKommunikationMutation['createKommunikation'], { __typename: 'ValidationError' }>>>;
  createLeistung(input: CreateLeistungInput): Promise<MutationResult<CreateLeistungMutation['createLeistung'], 'CreateLeistungPayload'>>;
  createLeistung<S extends CreateLeistungPayloadSelection>(input: CreateLeistungInput, select: S): Promise<Result<Selected<CreateLeistungPayloadResult, S>, Extract<CreateLeistungMutation['createLeistung'], { __typename: 'ConflictError' }> | Extract<CreateLeistungMutation['createLeistung'], { __typename: 'ForbiddenError' }> | Extract<CreateLeistungMutation['createLeistung'], { __typename: 'NotFoundError' }> | Extract<CreateLeistungMutation['createLeistung'], { __typename: 'ValidationError' }>>>;
  createPerson(input: CreatePersonInput): Promise<MutationResult<CreatePersonMutation['createPerson'], 'CreatePersonPayload'>>;
  createPerson<S extends CreatePersonPayloadSelection>(input: CreatePersonInput, select: S): Promise<Result<Selected<CreatePersonPayloadResult, S>, Extract<CreatePersonMutation['createPerson'], { __typename: 'ConflictError' }> | Extract<CreatePersonMutation['createPerson'], { __typename: 'ForbiddenError' }> | Extract<CreatePersonMutation['createPerson'], { __typename: 'NotFoundError' }> | Extract<CreatePersonMutation['createPerson'], { __typename: 'ValidationError' }>>>;
  /** Records a Titel; every Forderung of the Akt without a Titel is assigned to it. */
  createTitel(input: CreateTitelInput): Promise<MutationResult<CreateTitelMutation['createTitel'], 'CreateTitelPayload'>>;
  /** Records a Titel; every Forderung of the Akt without a Titel is assigned to it. */
  createTitel<S extends CreateTitelPayloadSelection>(input: CreateTitelInput, select: S): Promise<Result<Selected<CreateTitelPayloadResult, S>, Extract<CreateTitelMutation['createTitel'], { __typename: 'ConflictError' }> | Extract<CreateTitelMutation['createTitel'], { __typename: 'ForbiddenError' }> | Extract<CreateTitelMutation['createTitel'], { __typename: 'NotFoundError' }> | Extract<CreateTitelMutation['createTitel'], { __typename: 'ValidationError' }>>>;
  /** "Leistung gerichtlich bestimmen": a Titel prefilled from a Leistung and linked to it. */
  createTitelFromLeistung(input: CreateTitelFromLeistungInput): Promise<MutationResult<CreateTitelFromLeistungMutation['createTitelFromLeistung'], 'CreateTitelFromLeistungPayload'>>;
  /** "Leistung gerichtlich bestimmen": a Titel prefilled from a Leistung and linked to it. */
  createTitelFromLeistung<S extends CreateTitelFromLeistungPayloadSelection>(input: CreateTitelFromLeistungInput, select: S): Promise<Result<Selected<CreateTitelFromLeistungPayloadResult, S>, Extract<CreateTitelFromLeistungMutation['createTitelFromLeistung'], { __typename: 'ConflictError' }> | Extract<CreateTitelFromLeistungMutation['createTitelFromLeistung'], { __typename: 'ForbiddenError' }> | Extract<CreateTitelFromLeistungMutation['createTitelFromLeistung'], { __typename: 'NotFoundError' }> | Extract<CreateTitelFromLeistungMutation['createTitelFromLeistung'], { __typename: 'ValidationError' }>>>;
  /** Subscribes an endpoint to events (ADMIN). Returns the signing secret once. */
  createWebhook(input: CreateWebhookInput): Promise<MutationResult<CreateWebhookMutation['createWebhook'], 'CreateWebhookPayload'>>;
  /** Subscribes an endpoint to events (ADMIN). Returns the signing secret once. */
  createWebhook<S extends CreateWebhookPayloadSelection>(input: CreateWebhookInput, select: S): Promise<Result<Selected<CreateWebhookPayloadResult, S>, Extract<CreateWebhookMutation['createWebhook'], { __typename: 'ConflictError' }> | Extract<CreateWebhookMutation['createWebhook'], { __typename: 'ForbiddenError' }> | Extract<CreateWebhookMutation['createWebhook'], { __typename: 'NotFoundError' }> | Extract<CreateWebhookMutation['createWebhook'], { __typename: 'ValidationError' }>>>;
  deleteForderung(input: DeleteForderungInput): Promise<MutationResult<DeleteForderungMutation['deleteForderung'], 'DeleteForderungPayload'>>;
  deleteForderung<S extends DeleteForderungPayloadSelection>(input: DeleteForderungInput, select: S): Promise<Result<Selected<DeleteForderungPayloadResult, S>, Extract<DeleteForderungMutation['deleteForderung'], { __typename: 'ConflictError' }> | Extract<DeleteForderungMutation['deleteForderung'], { __typename: 'ForbiddenError' }> | Extract<DeleteForderungMutation['deleteForderung'], { __typename: 'NotFoundError' }> | Extract<DeleteForderungMutation['deleteForderung'], { __typename: 'ValidationError' }>>>;
  deleteLeistung(input: DeleteLeistungInput): Promise<MutationResult<DeleteLeistungMutation['deleteLeistung'], 'DeleteLeistungPayload'>>;
  deleteLeistung<S extends DeleteLeistungPayloadSelection>(input: DeleteLeistungInput, select: S): Promise<Result<Selected<DeleteLeistungPayloadResult, S>, Extract<DeleteLeistungMutation['deleteLeistung'], { __typename: 'ConflictError' }> | Extract<DeleteLeistungMutation['deleteLeistung'], { __typename: 'ForbiddenError' }> | Extract<DeleteLeistungMutation['deleteLeistung'], { __typename: 'NotFoundError' }> | Extract<DeleteLeistungMutation['deleteLeistung'], { __typename: 'ValidationError' }>>>;
  /** Deletes a Titel: its Forderungen lose the assignment; a linked Leistung becomes billable again. */
  deleteTitel(input: DeleteTitelInput): Promise<MutationResult<DeleteTitelMutation['deleteTitel'], 'DeleteTitelPayload'>>;
  /** Deletes a Titel: its Forderungen lose the assignment; a linked Leistung becomes billable again. */
  deleteTitel<S extends DeleteTitelPayloadSelection>(input: DeleteTitelInput, select: S): Promise<Result<Selected<DeleteTitelPayloadResult, S>, Extract<DeleteTitelMutation['deleteTitel'], { __typename: 'ConflictError' }> | Extract<DeleteTitelMutation['deleteTitel'], { __typename: 'ForbiddenError' }> | Extract<DeleteTitelMutation['deleteTitel'], { __typename: 'NotFoundError' }> | Extract<DeleteTitelMutation['deleteTitel'], { __typename: 'ValidationError' }>>>;
  /** Deletes a webhook and its delivery log (ADMIN); nothing more is sent to it. */
  deleteWebhook(input: DeleteWebhookInput): Promise<MutationResult<DeleteWebhookMutation['deleteWebhook'], 'DeleteWebhookPayload'>>;
  /** Deletes a webhook and its delivery log (ADMIN); nothing more is sent to it. */
  deleteWebhook<S extends DeleteWebhookPayloadSelection>(input: DeleteWebhookInput, select: S): Promise<Result<Selected<DeleteWebhookPayloadResult, S>, Extract<DeleteWebhookMutation['deleteWebhook'], { __typename: 'ConflictError' }> | Extract<DeleteWebhookMutation['deleteWebhook'], { __typename: 'ForbiddenError' }> | Extract<DeleteWebhookMutation['deleteWebhook'], { __typename: 'NotFoundError' }> | Extract<DeleteWebhookMutation['deleteWebhook'], { __typename: 'ValidationError' }>>>;
  /** Records a payment of the client on a Honorarnote (partial payments allowed; more than offenerBetrag, a cancelled or written-off note: ValidationError). */
  erfasseHonorarzahlung(input: ErfasseHonorarzahlungInput): Promise<MutationResult<ErfasseHonorarzahlungMutation['erfasseHonorarzahlung'], 'ErfasseHonorarzahlungPayload'>>;
  /** Records a payment of the client on a Honorarnote (partial payments allowed; more than offenerBetrag, a cancelled or written-off note: ValidationError). */
  erfasseHonorarzahlung<S extends ErfasseHonorarzahlungPayloadSelection>(input: ErfasseHonorarzahlungInput, select: S): Promise<Result<Selected<ErfasseHonorarzahlungPayloadResult, S>, Extract<ErfasseHonorarzahlungMutation['erfasseHonorarzahlung'], { __typename: 'ConflictError' }> | Extract<ErfasseHonorarzahlungMutation['erfasseHonorarzahlung'], { __typename: 'ForbiddenError' }> | Extract<ErfasseHonorarzahlungMutation['erfasseHonorarzahlung'], { __typename: 'NotFoundError' }> | Extract<ErfasseHonorarzahlungMutation['erfasseHonorarzahlung'], { __typename: 'ValidationError' }>>>;
  /** Records a payment from the debtor; see Akt.schuldnerstand for its allocation. */
  erfasseZahlung(input: ErfasseZahlungInput): Promise<MutationResult<ErfasseZahlungMutation['erfasseZahlung'], 'ErfasseZahlungPayload'>>;
  /** Records a payment from the debtor; see Akt.schuldnerstand for its allocation. */
  erfasseZahlung<S extends ErfasseZahlungPayloadSelection>(input: ErfasseZahlungInput, select: S): Promise<Result<Selected<ErfasseZahlungPayloadResult, S>, Extract<ErfasseZahlungMutation['erfasseZahlung'], { __typename: 'ConflictError' }> | Extract<ErfasseZahlungMutation['erfasseZahlung'], { __typename: 'ForbiddenError' }> | Extract<ErfasseZahlungMutation['erfasseZahlung'], { __typename: 'NotFoundError' }> | Extract<ErfasseZahlungMutation['erfasseZahlung'], { __typename: 'ValidationError' }>>>;
  /** Issues an invoice to the Klient from the Akt’s open Leistungen, with the next gapless number. Refused (ValidationError naming what is missing) until the office has its Anschrift and UID-Nummer and the Klient a full address (and, for a business billed over 10 000 € gross, its UID-Nummer): UStG § 11. */
  erstelleHonorarnote(input: ErstelleHonorarnoteInput): Promise<MutationResult<ErstelleHonorarnoteMutation['erstelleHonorarnote'], 'ErstelleHonorarnotePayload'>>;
  /** Issues an invoice to the Klient from the Akt’s open Leistungen, with the next gapless number. Refused (ValidationError naming what is missing) until the office has its Anschrift and UID-Nummer and the Klient a full address (and, for a business billed over 10 000 € gross, its UID-Nummer): UStG § 11. */
  erstelleHonorarnote<S extends ErstelleHonorarnotePayloadSelection>(input: ErstelleHonorarnoteInput, select: S): Promise<Result<Selected<ErstelleHonorarnotePayloadResult, S>, Extract<ErstelleHonorarnoteMutation['erstelleHonorarnote'], { __typename: 'ConflictError' }> | Extract<ErstelleHonorarnoteMutation['erstelleHonorarnote'], { __typename: 'ForbiddenError' }> | Extract<ErstelleHonorarnoteMutation['erstelleHonorarnote'], { __typename: 'NotFoundError' }> | Extract<ErstelleHonorarnoteMutation['erstelleHonorarnote'], { __typename: 'ValidationError' }>>>;
  /** ADMIN or ANWALT: imports a bank statement of the office’s account (Kanzlei.iban) — all or nothing. An unreadable file is the error KONTOAUSZUG_FORMAT (extensions.fundstelle names the line or element), another account KONTOAUSZUG_FREMDES_KONTO; nothing is written then. */
  importiereKontoauszug(input: ImportiereKontoauszugInput): Promise<MutationResult<ImportiereKontoauszugMutation['importiereKontoauszug'], 'ImportiereKontoauszugPayload'>>;
  /** ADMIN or ANWALT: imports a bank statement of the office’s account (Kanzlei.iban) — all or nothing. An unreadable file is the error KONTOAUSZUG_FORMAT (extensions.fundstelle names the line or element), another account KONTOAUSZUG_FREMDES_KONTO; nothing is written then. */
  importiereKontoauszug<S extends ImportiereKontoauszugPayloadSelection>(input: ImportiereKontoauszugInput, select: S): Promise<Result<Selected<ImportiereKontoauszugPayloadResult, S>, Extract<ImportiereKontoauszugMutation['importiereKontoauszug'], { __typename: 'ConflictError' }> | Extract<ImportiereKontoauszugMutation['importiereKontoauszug'], { __typename: 'ForbiddenError' }> | Extract<ImportiereKontoauszugMutation['importiereKontoauszug'], { __typename: 'NotFoundError' }> | Extract<ImportiereKontoauszugMutation['importiereKontoauszug'], { __typename: 'ValidationError' }>>>;
  /** ADMIN: deletes archived Akten whose retention deadline and legal hold lie before the Stichtag (at most today) and anonymises their parties; reports what. With nurVorschau only reports. */
  loescheAbgelaufeneAkten(input?: LoescheAbgelaufeneAktenInput | null): Promise<MutationResult<LoescheAbgelaufeneAktenMutation['loescheAbgelaufeneAkten'], 'LoescheAbgelaufeneAktenPayload'>>;
  /** ADMIN: deletes archived Akten whose retention deadline and legal hold lie before the Stichtag (at most today) and anonymises their parties; reports what. With nurVorschau only reports. */
  loescheAbgelaufeneAkten<S extends LoescheAbgelaufeneAktenPayloadSelection>(input: LoescheAbgelaufeneAktenInput | null | undefined, select: S): Promise<Result<Selected<LoescheAbgelaufeneAktenPayloadResult, S>, Extract<LoescheAbgelaufeneAktenMutation['loescheAbgelaufeneAkten'], { __typename: 'ConflictError' }> | Extract<LoescheAbgelaufeneAktenMutation['loescheAbgelaufeneAkten'], { __typename: 'ForbiddenError' }> | Extract<LoescheAbgelaufeneAktenMutation['loescheAbgelaufeneAkten'], { __typename: 'NotFoundError' }> | Extract<LoescheAbgelaufeneAktenMutation['loescheAbgelaufeneAkten'], { __typename: 'ValidationError' }>>>;
  /** ADMIN, GDPR Art. 17: anonymises a Person no Akt names any more, and the Mandatsanfragen they sent, and redacts their values in the audit trail (an entry with action REDACT records the erasure). A ValidationError while an Akt names the Person. */
  loeschePersonendaten(input: LoeschePersonendatenInput): Promise<MutationResult<LoeschePersonendatenMutation['loeschePersonendaten'], 'LoeschePersonendatenPayload'>>;
  /** ADMIN, GDPR Art. 17: anonymises a Person no Akt names any more, and the Mandatsanfragen they sent, and redacts their values in the audit trail (an entry with action REDACT records the erasure). A ValidationError while an Akt names the Person. */
  loeschePersonendaten<S extends LoeschePersonendatenPayloadSelection>(input: LoeschePersonendatenInput, select: S): Promise<Result<Selected<LoeschePersonendatenPayloadResult, S>, Extract<LoeschePersonendatenMutation['loeschePersonendaten'], { __typename: 'ConflictError' }> | Extract<LoeschePersonendatenMutation['loeschePersonendaten'], { __typename: 'ForbiddenError' }> | Extract<LoeschePersonendatenMutation['loeschePersonendaten'], { __typename: 'NotFoundError' }> | Extract<LoeschePersonendatenMutation['loeschePersonendaten'], { __typename: 'ValidationError' }>>>;
  /** Records that the dunning letter went out to a Gegner: the next stufe for that Gegner on that Akt, its content frozen (the figures of Akt.schuldnerstand and Akt.mahnkosten on `datum`). At most one per Gegner and day. */
  mahnschreibenVersenden(input: MahnschreibenVersendenInput): Promise<MutationResult<MahnschreibenVersendenMutation['mahnschreibenVersenden'], 'MahnschreibenVersendenPayload'>>;
  /** Records that the dunning letter went out to a Gegner: the next stufe for that Gegner on that Akt, its content frozen (the figures of Akt.schuldnerstand and Akt.mahnkosten on `datum`). At most one per Gegner and day. */
  mahnschreibenVersenden<S extends MahnschreibenVersendenPayloadSelection>(input: MahnschreibenVersendenInput, select: S): Promise<Result<Selected<MahnschreibenVersendenPayloadResult, S>, Extract<MahnschreibenVersendenMutation['mahnschreibenVersenden'], { __typename: 'ConflictError' }> | Extract<MahnschreibenVersendenMutation['mahnschreibenVersenden'], { __typename: 'ForbiddenError' }> | Extract<MahnschreibenVersendenMutation['mahnschreibenVersenden'], { __typename: 'NotFoundError' }> | Extract<MahnschreibenVersendenMutation['mahnschreibenVersenden'], { __typename: 'ValidationError' }>>>;
  /** Runs the conflict check for the request’s Klient and Gegner and records the hits on it. */
  pruefeKollision(input: PruefeKollisionInput): Promise<MutationResult<PruefeKollisionMutation['pruefeKollision'], 'PruefeKollisionPayload'>>;
  /** Runs the conflict check for the request’s Klient and Gegner and records the hits on it. */
  pruefeKollision<S extends PruefeKollisionPayloadSelection>(input: PruefeKollisionInput, select: S): Promise<Result<Selected<PruefeKollisionPayloadResult, S>, Extract<PruefeKollisionMutation['pruefeKollision'], { __typename: 'ConflictError' }> | Extract<PruefeKollisionMutation['pruefeKollision'], { __typename: 'ForbiddenError' }> | Extract<PruefeKollisionMutation['pruefeKollision'], { __typename: 'NotFoundError' }> | Extract<PruefeKollisionMutation['pruefeKollision'], { __typename: 'ValidationError' }>>>;
  /** Revokes an API key at once. Your own keys; an ADMIN any key of the office. */
  revokeApiKey(input: RevokeApiKeyInput): Promise<MutationResult<RevokeApiKeyMutation['revokeApiKey'], 'RevokeApiKeyPayload'>>;
  /** Revokes an API key at once. Your own keys; an ADMIN any key of the office. */
  revokeApiKey<S extends RevokeApiKeyPayloadSelection>(input: RevokeApiKeyInput, select: S): Promise<Result<Selected<RevokeApiKeyPayloadResult, S>, Extract<RevokeApiKeyMutation['revokeApiKey'], { __typename: 'ConflictError' }> | Extract<RevokeApiKeyMutation['revokeApiKey'], { __typename: 'ForbiddenError' }> | Extract<RevokeApiKeyMutation['revokeApiKey'], { __typename: 'NotFoundError' }> | Extract<RevokeApiKeyMutation['revokeApiKey'], { __typename: 'ValidationError' }>>>;
  rotateIntakeToken(): Promise<MutationResult<RotateIntakeTokenMutation['rotateIntakeToken'], 'RotateIntakeTokenPayload'>>;
  rotateIntakeToken<S extends RotateIntakeTokenPayloadSelection>(select: S): Promise<Result<Selected<RotateIntakeTokenPayloadResult, S>, Extract<RotateIntakeTokenMutation['rotateIntakeToken'], { __typename: 'ConflictError' }> | Extract<RotateIntakeTokenMutation['rotateIntakeToken'], { __typename: 'ForbiddenError' }> | Extract<RotateIntakeTokenMutation['rotateIntakeToken'], { __typename: 'NotFoundError' }> | Extract<RotateIntakeTokenMutation['rotateIntakeToken'], { __typename: 'ValidationError' }>>>;
  /** A new signing secret, returned once (ADMIN). For 24 hours every delivery carries a signature with the previous one as well. */
  rotateWebhookSecret(input: RotateWebhookSecretInput): Promise<MutationResult<RotateWebhookSecretMutation['rotateWebhookSecret'], 'RotateWebhookSecretPayload'>>;
  /** A new signing secret, returned once (ADMIN). For 24 hours every delivery carries a signature with the previous one as well. */
  rotateWebhookSecret<S extends RotateWebhookSecretPayloadSelection>(input: RotateWebhookSecretInput, select: S): Promise<Result<Selected<RotateWebhookSecretPayloadResult, S>, Extract<RotateWebhookSecretMutation['rotateWebhookSecret'], { __typename: 'ConflictError' }> | Extract<RotateWebhookSecretMutation['rotateWebhookSecret'], { __typename: 'ForbiddenError' }> | Extract<RotateWebhookSecretMutation['rotateWebhookSecret'], { __typename: 'NotFoundError' }> | Extract<RotateWebhookSecretMutation['rotateWebhookSecret'], { __typename: 'ValidationError' }>>>;
  /** ADMIN: writes off what is open on a Honorarnote, with a reason (recorded with who and when); the Akt can then be archived. */
  schreibeHonorarnoteAb(input: SchreibeHonorarnoteAbInput): Promise<MutationResult<SchreibeHonorarnoteAbMutation['schreibeHonorarnoteAb'], 'SchreibeHonorarnoteAbPayload'>>;
  /** ADMIN: writes off what is open on a Honorarnote, with a reason (recorded with who and when); the Akt can then be archived. */
  schreibeHonorarnoteAb<S extends SchreibeHonorarnoteAbPayloadSelection>(input: SchreibeHonorarnoteAbInput, select: S): Promise<Result<Selected<SchreibeHonorarnoteAbPayloadResult, S>, Extract<SchreibeHonorarnoteAbMutation['schreibeHonorarnoteAb'], { __typename: 'ConflictError' }> | Extract<SchreibeHonorarnoteAbMutation['schreibeHonorarnoteAb'], { __typename: 'ForbiddenError' }> | Extract<SchreibeHonorarnoteAbMutation['schreibeHonorarnoteAb'], { __typename: 'NotFoundError' }> | Extract<SchreibeHonorarnoteAbMutation['schreibeHonorarnoteAb'], { __typename: 'ValidationError' }>>>;
  /** ANGELEGT → IN_BEARBEITUNG → ABGESCHLOSSEN (→ IN_BEARBEITUNG again); recorded in Akt.verlauf. */
  setAktStatus(input: SetAktStatusInput): Promise<MutationResult<SetAktStatusMutation['setAktStatus'], 'SetAktStatusPayload'>>;
  /** ANGELEGT → IN_BEARBEITUNG → ABGESCHLOSSEN (→ IN_BEARBEITUNG again); recorded in Akt.verlauf. */
  setAktStatus<S extends SetAktStatusPayloadSelection>(input: SetAktStatusInput, select: S): Promise<Result<Selected<SetAktStatusPayloadResult, S>, Extract<SetAktStatusMutation['setAktStatus'], { __typename: 'ConflictError' }> | Extract<SetAktStatusMutation['setAktStatus'], { __typename: 'ForbiddenError' }> | Extract<SetAktStatusMutation['setAktStatus'], { __typename: 'NotFoundError' }> | Extract<SetAktStatusMutation['setAktStatus'], { __typename: 'ValidationError' }>>>;
  /** Replaces the Akt’s Gegner with these Persons, in this order. */
  setGegner(input: SetGegnerInput): Promise<MutationResult<SetGegnerMutation['setGegner'], 'SetGegnerPayload'>>;
  /** Replaces the Akt’s Gegner with these Persons, in this order. */
  setGegner<S extends SetGegnerPayloadSelection>(input: SetGegnerInput, select: S): Promise<Result<Selected<SetGegnerPayloadResult, S>, Extract<SetGegnerMutation['setGegner'], { __typename: 'ConflictError' }> | Extract<SetGegnerMutation['setGegner'], { __typename: 'ForbiddenError' }> | Extract<SetGegnerMutation['setGegner'], { __typename: 'NotFoundError' }> | Extract<SetGegnerMutation['setGegner'], { __typename: 'ValidationError' }>>>;
  setLeistungsart(input: SetLeistungsartInput): Promise<MutationResult<SetLeistungsartMutation['setLeistungsart'], 'SetLeistungsartPayload'>>;
  setLeistungsart<S extends SetLeistungsartPayloadSelection>(input: SetLeistungsartInput, select: S): Promise<Result<Selected<SetLeistungsartPayloadResult, S>, Extract<SetLeistungsartMutation['setLeistungsart'], { __typename: 'ConflictError' }> | Extract<SetLeistungsartMutation['setLeistungsart'], { __typename: 'ForbiddenError' }> | Extract<SetLeistungsartMutation['setLeistungsart'], { __typename: 'NotFoundError' }> | Extract<SetLeistungsartMutation['setLeistungsart'], { __typename: 'ValidationError' }>>>;
  setPorto(input: SetPortoInput): Promise<MutationResult<SetPortoMutation['setPorto'], 'SetPortoPayload'>>;
  setPorto<S extends SetPortoPayloadSelection>(input: SetPortoInput, select: S): Promise<Result<Selected<SetPortoPayloadResult, S>, Extract<SetPortoMutation['setPorto'], { __typename: 'ConflictError' }> | Extract<SetPortoMutation['setPorto'], { __typename: 'ForbiddenError' }> | Extract<SetPortoMutation['setPorto'], { __typename: 'NotFoundError' }> | Extract<SetPortoMutation['setPorto'], { __typename: 'ValidationError' }>>>;
  setRatenvereinbarung(input: SetRatenvereinbarungInput): Promise<MutationResult<SetRatenvereinbarungMutation['setRatenvereinbarung'], 'SetRatenvereinbarungPayload'>>;
  setRatenvereinbarung<S extends SetRatenvereinbarungPayloadSelection>(input: SetRatenvereinbarungInput, select: S): Promise<Result<Selected<SetRatenvereinbarungPayloadResult, S>, Extract<SetRatenvereinbarungMutation['setRatenvereinbarung'], { __typename: 'ConflictError' }> | Extract<SetRatenvereinbarungMutation['setRatenvereinbarung'], { __typename: 'ForbiddenError' }> | Extract<SetRatenvereinbarungMutation['setRatenvereinbarung'], { __typename: 'NotFoundError' }> | Extract<SetRatenvereinbarungMutation['setRatenvereinbarung'], { __typename: 'ValidationError' }>>>;
  setRechtlicheSperre(input: SetRechtlicheSperreInput): Promise<MutationResult<SetRechtlicheSperreMutation['setRechtlicheSperre'], 'SetRechtlicheSperrePayload'>>;
  setRechtlicheSperre<S extends SetRechtlicheSperrePayloadSelection>(input: SetRechtlicheSperreInput, select: S): Promise<Result<Selected<SetRechtlicheSperrePayloadResult, S>, Extract<SetRechtlicheSperreMutation['setRechtlicheSperre'], { __typename: 'ConflictError' }> | Extract<SetRechtlicheSperreMutation['setRechtlicheSperre'], { __typename: 'ForbiddenError' }> | Extract<SetRechtlicheSperreMutation['setRechtlicheSperre'], { __typename: 'NotFoundError' }> | Extract<SetRechtlicheSperreMutation['setRechtlicheSperre'], { __typename: 'ValidationError' }>>>;
  /** Records a user’s Sachgebiete (ADMIN): zuweisungsvorschlag ranks the lawyers whose Sachgebiete include a request’s first. */
  setSachgebiete(input: SetSachgebieteInput): Promise<MutationResult<SetSachgebieteMutation['setSachgebiete'], 'SetSachgebietePayload'>>;
  /** Records a user’s Sachgebiete (ADMIN): zuweisungsvorschlag ranks the lawyers whose Sachgebiete include a request’s first. */
  setSachgebiete<S extends SetSachgebietePayloadSelection>(input: SetSachgebieteInput, select: S): Promise<Result<Selected<SetSachgebietePayloadResult, S>, Extract<SetSachgebieteMutation['setSachgebiete'], { __typename: 'ConflictError' }> | Extract<SetSachgebieteMutation['setSachgebiete'], { __typename: 'ForbiddenError' }> | Extract<SetSachgebieteMutation['setSachgebiete'], { __typename: 'NotFoundError' }> | Extract<SetSachgebieteMutation['setSachgebiete'], { __typename: 'ValidationError' }>>>;
  /** Cancels an invoice with a Stornorechnung (own number, amounts negated, naming the original’s number and date) and frees its Leistungen. */
  stornoHonorarnote(input: StornoHonorarnoteInput): Promise<MutationResult<StornoHonorarnoteMutation['stornoHonorarnote'], 'StornoHonorarnotePayload'>>;
  /** Cancels an invoice with a Stornorechnung (own number, amounts negated, naming the original’s number and date) and frees its Leistungen. */
  stornoHonorarnote<S extends StornoHonorarnotePayloadSelection>(input: StornoHonorarnoteInput, select: S): Promise<Result<Selected<StornoHonorarnotePayloadResult, S>, Extract<StornoHonorarnoteMutation['stornoHonorarnote'], { __typename: 'ConflictError' }> | Extract<StornoHonorarnoteMutation['stornoHonorarnote'], { __typename: 'ForbiddenError' }> | Extract<StornoHonorarnoteMutation['stornoHonorarnote'], { __typename: 'NotFoundError' }> | Extract<StornoHonorarnoteMutation['stornoHonorarnote'], { __typename: 'ValidationError' }>>>;
  /** Reverses a client payment (once, with a reason); enter the right one again with erfasseHonorarzahlung. */
  stornoHonorarzahlung(input: StornoHonorarzahlungInput): Promise<MutationResult<StornoHonorarzahlungMutation['stornoHonorarzahlung'], 'StornoHonorarzahlungPayload'>>;
  /** Reverses a client payment (once, with a reason); enter the right one again with erfasseHonorarzahlung. */
  stornoHonorarzahlung<S extends StornoHonorarzahlungPayloadSelection>(input: StornoHonorarzahlungInput, select: S): Promise<Result<Selected<StornoHonorarzahlungPayloadResult, S>, Extract<StornoHonorarzahlungMutation['stornoHonorarzahlung'], { __typename: 'ConflictError' }> | Extract<StornoHonorarzahlungMutation['stornoHonorarzahlung'], { __typename: 'ForbiddenError' }> | Extract<StornoHonorarzahlungMutation['stornoHonorarzahlung'], { __typename: 'NotFoundError' }> | Extract<StornoHonorarzahlungMutation['stornoHonorarzahlung'], { __typename: 'ValidationError' }>>>;
  /** Reverses a payment (with a reason); enter the right one again with erfasseZahlung. */
  stornoZahlung(input: StornoZahlungInput): Promise<MutationResult<StornoZahlungMutation['stornoZahlung'], 'StornoZahlungPayload'>>;
  /** Reverses a payment (with a reason); enter the right one again with erfasseZahlung. */
  stornoZahlung<S extends StornoZahlungPayloadSelection>(input: StornoZahlungInput, select: S): Promise<Result<Selected<StornoZahlungPayloadResult, S>, Extract<StornoZahlungMutation['stornoZahlung'], { __typename: 'ConflictError' }> | Extract<StornoZahlungMutation['stornoZahlung'], { __typename: 'ForbiddenError' }> | Extract<StornoZahlungMutation['stornoZahlung'], { __typename: 'NotFoundError' }> | Extract<StornoZahlungMutation['stornoZahlung'], { __typename: 'ValidationError' }>>>;
  /** The office’s web form: callable with its public intake token (or an API key). Rate limited per client address. */
  submitMandatsanfrage(input: SubmitMandatsanfrageInput): Promise<MutationResult<SubmitMandatsanfrageMutation['submitMandatsanfrage'], 'SubmitMandatsanfragePayload'>>;
  /** The office’s web form: callable with its public intake token (or an API key). Rate limited per client address. */
  submitMandatsanfrage<S extends SubmitMandatsanfragePayloadSelection>(input: SubmitMandatsanfrageInput, select: S): Promise<Result<Selected<SubmitMandatsanfragePayloadResult, S>, Extract<SubmitMandatsanfrageMutation['submitMandatsanfrage'], { __typename: 'ConflictError' }> | Extract<SubmitMandatsanfrageMutation['submitMandatsanfrage'], { __typename: 'ForbiddenError' }> | Extract<SubmitMandatsanfrageMutation['submitMandatsanfrage'], { __typename: 'NotFoundError' }> | Extract<SubmitMandatsanfrageMutation['submitMandatsanfrage'], { __typename: 'RateLimitError' }> | Extract<SubmitMandatsanfrageMutation['submitMandatsanfrage'], { __typename: 'ValidationError' }>>>;
  updateAkt(input: UpdateAktInput): Promise<MutationResult<UpdateAktMutation['updateAkt'], 'UpdateAktPayload'>>;
  updateAkt<S extends UpdateAktPayloadSelection>(input: UpdateAktInput, select: S): Promise<Result<Selected<UpdateAktPayloadResult, S>, Extract<UpdateAktMutation['updateAkt'], { __typename: 'ConflictError' }> | Extract<UpdateAktMutation['updateAkt'], { __typename: 'ForbiddenError' }> | Extract<UpdateAktMutation['updateAkt'], { __typename: 'NotFoundError' }> | Extract<UpdateAktMutation['updateAkt'], { __typename: 'ValidationError' }>>>;
  updateForderung(input: UpdateForderungInput): Promise<MutationResult<UpdateForderungMutation['updateForderung'], 'UpdateForderungPayload'>>;
  updateForderung<S extends UpdateForderungPayloadSelection>(input: UpdateForderungInput, select: S): Promise<Result<Selected<UpdateForderungPayloadResult, S>, Extract<UpdateForderungMutation['updateForderung'], { __typename: 'ConflictError' }> | Extract<UpdateForderungMutation['updateForderung'], { __typename: 'ForbiddenError' }> | Extract<UpdateForderungMutation['updateForderung'], { __typename: 'NotFoundError' }> | Extract<UpdateForderungMutation['updateForderung'], { __typename: 'ValidationError' }>>>;
  updateKanzlei(input: UpdateKanzleiInput): Promise<MutationResult<UpdateKanzleiMutation['updateKanzlei'], 'UpdateKanzleiPayload'>>;
  updateKanzlei<S extends UpdateKanzleiPayloadSelection>(input: UpdateKanzleiInput, select: S): Promise<Result<Selected<UpdateKanzleiPayloadResult, S>, Extract<UpdateKanzleiMutation['updateKanzlei'], { __typename: 'ConflictError' }> | Extract<UpdateKanzleiMutation['updateKanzlei'], { __typename: 'ForbiddenError' }> | Extract<UpdateKanzleiMutation['updateKanzlei'], { __typename: 'NotFoundError' }> | Extract<UpdateKanzleiMutation['updateKanzlei'], { __typename: 'ValidationError' }>>>;
  updateLeistung(input: UpdateLeistungInput): Promise<MutationResult<UpdateLeistungMutation['updateLeistung'], 'UpdateLeistungPayload'>>;
  updateLeistung<S extends UpdateLeistungPayloadSelection>(input: UpdateLeistungInput, select: S): Promise<Result<Selected<UpdateLeistungPayloadResult, S>, Extract<UpdateLeistungMutation['updateLeistung'], { __typename: 'ConflictError' }> | Extract<UpdateLeistungMutation['updateLeistung'], { __typename: 'ForbiddenError' }> | Extract<UpdateLeistungMutation['updateLeistung'], { __typename: 'NotFoundError' }> | Extract<UpdateLeistungMutation['updateLeistung'], { __typename: 'ValidationError' }>>>;
  updateMandatsanfrage(input: UpdateMandatsanfrageInput): Promise<MutationResult<UpdateMandatsanfrageMutation['updateMandatsanfrage'], 'UpdateMandatsanfragePayload'>>;
  updateMandatsanfrage<S extends UpdateMandatsanfragePayloadSelection>(input: UpdateMandatsanfrageInput, select: S): Promise<Result<Selected<UpdateMandatsanfragePayloadResult, S>, Extract<UpdateMandatsanfrageMutation['updateMandatsanfrage'], { __typename: 'ConflictError' }> | Extract<UpdateMandatsanfrageMutation['updateMandatsanfrage'], { __typename: 'ForbiddenError' }> | Extract<UpdateMandatsanfrageMutation['updateMandatsanfrage'], { __typename: 'NotFoundError' }> | Extract<UpdateMandatsanfrageMutation['updateMandatsanfrage'], { __typename: 'ValidationError' }>>>;
  updatePerson(input: UpdatePersonInput): Promise<MutationResult<UpdatePersonMutation['updatePerson'], 'UpdatePersonPayload'>>;
  updatePerson<S extends UpdatePersonPayloadSelection>(input: UpdatePersonInput, select: S): Promise<Result<Selected<UpdatePersonPayloadResult, S>, Extract<UpdatePersonMutation['updatePerson'], { __typename: 'ConflictError' }> | Extract<UpdatePersonMutation['updatePerson'], { __typename: 'ForbiddenError' }> | Extract<UpdatePersonMutation['updatePerson'], { __typename: 'NotFoundError' }> | Extract<UpdatePersonMutation['updatePerson'], { __typename: 'ValidationError' }>>>;
  updateTarif(input: UpdateTarifInput): Promise<MutationResult<UpdateTarifMutation['updateTarif'], 'UpdateTarifPayload'>>;
  updateTarif<S extends UpdateTarifPayloadSelection>(input: UpdateTarifInput, select: S): Promise<Result<Selected<UpdateTarifPayloadResult, S>, Extract<UpdateTarifMutation['updateTarif'], { __typename: 'ConflictError' }> | Extract<UpdateTarifMutation['updateTarif'], { __typename: 'ForbiddenError' }> | Extract<UpdateTarifMutation['updateTarif'], { __typename: 'NotFoundError' }> | Extract<UpdateTarifMutation['updateTarif'], { __typename: 'ValidationError' }>>>;
  updateTitel(input: UpdateTitelInput): Promise<MutationResult<UpdateTitelMutation['updateTitel'], 'UpdateTitelPayload'>>;
  updateTitel<S extends UpdateTitelPayloadSelection>(input: UpdateTitelInput, select: S): Promise<Result<Selected<UpdateTitelPayloadResult, S>, Extract<UpdateTitelMutation['updateTitel'], { __typename: 'ConflictError' }> | Extract<UpdateTitelMutation['updateTitel'], { __typename: 'ForbiddenError' }> | Extract<UpdateTitelMutation['updateTitel'], { __typename: 'NotFoundError' }> | Extract<UpdateTitelMutation['updateTitel'], { __typename: 'ValidationError' }>>>;
  /** Changes URL, events or description, pauses or re-activates a webhook (ADMIN). */
  updateWebhook(input: UpdateWebhookInput): Promise<MutationResult<UpdateWebhookMutation['updateWebhook'], 'UpdateWebhookPayload'>>;
  /** Changes URL, events or description, pauses or re-activates a webhook (ADMIN). */
  updateWebhook<S extends UpdateWebhookPayloadSelection>(input: UpdateWebhookInput, select: S): Promise<Result<Selected<UpdateWebhookPayloadResult, S>, Extract<UpdateWebhookMutation['updateWebhook'], { __typename: 'ConflictError' }> | Extract<UpdateWebhookMutation['updateWebhook'], { __typename: 'ForbiddenError' }> | Extract<UpdateWebhookMutation['updateWebhook'], { __typename: 'NotFoundError' }> | Extract<UpdateWebhookMutation['updateWebhook'], { __typename: 'ValidationError' }>>>;
  valorisiereRatg(input: ValorisiereRatgInput): Promise<MutationResult<ValorisiereRatgMutation['valorisiereRatg'], 'ValorisiereRatgPayload'>>;
  valorisiereRatg<S extends ValorisiereRatgPayloadSelection>(input: ValorisiereRatgInput, select: S): Promise<Result<Selected<ValorisiereRatgPayloadResult, S>, Extract<ValorisiereRatgMutation['valorisiereRatg'], { __typename: 'ConflictError' }> | Extract<ValorisiereRatgMutation['valorisiereRatg'], { __typename: 'ForbiddenError' }> | Extract<ValorisiereRatgMutation['valorisiereRatg'], { __typename: 'NotFoundError' }> | Extract<ValorisiereRatgMutation['valorisiereRatg'], { __typename: 'ValidationError' }>>>;
  /** Sends a delivery again now, also a given-up or delivered one (ADMIN), with a fresh backoff series. */
  zustellungWiederholen(input: ZustellungWiederholenInput): Promise<MutationResult<ZustellungWiederholenMutation['zustellungWiederholen'], 'ZustellungWiederholenPayload'>>;
  /** Sends a delivery again now, also a given-up or delivered one (ADMIN), with a fresh backoff series. */
  zustellungWiederholen<S extends ZustellungWiederholenPayloadSelection>(input: ZustellungWiederholenInput, select: S): Promise<Result<Selected<ZustellungWiederholenPayloadResult, S>, Extract<ZustellungWiederholenMutation['zustellungWiederholen'], { __typename: 'ConflictError' }> | Extract<ZustellungWiederholenMutation['zustellungWiederholen'], { __typename: 'ForbiddenError' }> | Extract<ZustellungWiederholenMutation['zustellungWiederholen'], { __typename: 'NotFoundError' }> | Extract<ZustellungWiederholenMutation['zustellungWiederholen'], { __typename: 'ValidationError' }>>>;
}

export type { FieldErrors };

/** Any of the API's error types (each mutation's own union is narrower). */
export type ApiError = ConflictErrorResult | ForbiddenErrorResult | NotFoundErrorResult | RateLimitErrorResult | ValidationErrorResult;

/** The schema as the runtime needs it (generated). */
export const schemaTable: SchemaTable = {"types":{"Akt":{"abgeschlossenAm":0,"aktenzeichen":0,"angelegtAm":0,"archiviertAm":0,"aufbewahrenBis":0,"bemessungsgrundlage":0,"beschlusskostennote":"Beschlusskostennote","bezeichnung":0,"exekutionsantrag":["Exekutionsantrag",{"gegner":"Int","stichtag":"Date"}],"forderungen":"Forderung","gegner":"Person","geschaeftszahlen":0,"honorarnoten":"Honorarnote","id":0,"klient":"Person","kommunikation":["AktKommunikationConnection",{"after":"String","before":"String","first":"Int","last":"Int"}],"leistungen":"Leistung","mahnkosten":["Mahnkosten",{"datum":"Date","ratenmahnung":"Boolean","tarif":"String!"}],"mahnschreiben":"Mahnschreiben","mandantenUpdates":["AktMandantenUpdatesConnection",{"after":"String","before":"String","first":"Int","last":"Int"}],"mandatsanfrage":"Mandatsanfrage","offeneRaten":["Rate",{"stichtag":"Date"}],"ratenvereinbarung":"Ratenvereinbarung","rechtlicheSperreBis":0,"sachgebiet":0,"schuldnerstand":["Schuldnerstand",{"stichtag":"Date"}],"status":0,"titel":["Titel",{"gegner":"Int"}],"verlauf":"AktStatusAenderung","version":0,"zahlungen":"Zahlung","zahlungsreferenzen":"AktZahlungsreferenz","zahlungsreihenfolge":0,"zustaendig":"Benutzer"},"AktKommunikationConnection":{"edges":"AktKommunikationConnectionEdge","pageInfo":"PageInfo","totalCount":0},"AktKommunikationConnectionEdge":{"cursor":0,"node":"Kommunikation"},"AktMandantenUpdatesConnection":{"edges":"AktMandantenUpdatesConnectionEdge","pageInfo":"PageInfo","totalCount":0},"AktMandantenUpdatesConnectionEdge":{"cursor":0,"node":"Kommunikation"},"AktStatusAenderung":{"am":0,"benutzer":"Benutzer","grund":0,"nach":0,"von":0},"AktStatusAnzahl":{"anzahl":0,"status":0},"AktZahlungsreferenz":{"gegner":"Person","gegnerPosition":0,"rfReferenz":0},"AktenStatistik":{"gesamt":0,"nachStatus":"AktStatusAnzahl"},"AnfrageDokument":{"dateiname":0,"groesse":0,"typ":0},"AnfrageGegner":{"art":0,"name":0,"ort":0,"plz":0,"strasse":0},"AnnehmenMandatsanfragePayload":{"mandatsanfrage":"Mandatsanfrage"},"Anrechnung":{"art":0,"betrag":0,"bezeichnung":0,"kostenArt":0},"ApiKey":{"angelegtAm":0,"benutzer":"Benutzer","id":0,"partner":0,"prefix":0,"widerrufenAm":0},"ArchiviereAktPayload":{"akt":"Akt"},"AssignForderungenToTitelPayload":{"titel":"Titel"},"AssignMandatsanfragePayload":{"mandatsanfrage":"Mandatsanfrage"},"AuditChange":{"after":0,"before":0,"field":0},"AuditEntry":{"action":0,"at":0,"benutzerId":0,"benutzerKuerzel":0,"changes":"AuditChange","entity":0,"entityId":0,"id":0,"keyPrefix":0,"operation":0},"Bankbuchung":{"akt":"Akt","angelegtAm":0,"bankReferenz":0,"betrag":0,"buchungsdatum":0,"erledigtAm":0,"grund":0,"honorarnote":"Honorarnote","honorarzahlung":"Honorarzahlung","id":0,"kontoIban":0,"richtung":0,"status":0,"strukturierteReferenz":0,"teil":0,"transaktionIndex":0,"valutadatum":0,"verwendungszweck":0,"waehrung":0,"zahlerIban":0,"zahlerName":0,"zahlung":"Zahlung"},"Benutzer":{"id":0,"kanzlei":"Kanzlei","kuerzel":0,"name":0,"rolle":0,"sachgebiete":0},"BeschlusskostenPosten":{"barauslagenDurchlaufer":0,"barauslagenKlient":0,"barauslagenUstFrei":0,"barauslagenUstPflichtig":0,"datum":0,"einheitssatz":0,"geschaeftszahl":0,"honorartext":0,"titelId":0,"ust":0,"verdienst":0,"zugesprochen":0},"Beschlusskostennote":{"barauslagenKlient":0,"summe":0,"summeKanzlei":0,"titel":"BeschlusskostenPosten"},"BuchungVerwerfenPayload":{"bankbuchung":"Bankbuchung"},"BuchungZuordnenPayload":{"bankbuchung":"Bankbuchung"},"ConflictError":{"currentVersion":0,"entity":0,"message":0},"CopyTarifPayload":{"tarif":"Tarif"},"CreateAktPayload":{"akt":"Akt"},"CreateForderungPayload":{"forderung":"Forderung","hinweis":0},"CreateGerichtPayload":{"gericht":"Gericht"},"CreateKommunikationPayload":{"kommunikation":"Kommunikation"},"CreateLeistungPayload":{"leistung":"Leistung"},"CreatePersonPayload":{"person":"Person"},"CreateTitelFromLeistungPayload":{"titel":"Titel"},"CreateTitelPayload":{"titel":"Titel"},"CreateWebhookPayload":{"secret":0,"webhook":"Webhook"},"DeleteForderungPayload":{"akt":"Akt","deletedId":0},"DeleteLeistungPayload":{"akt":"Akt","deletedId":0},"DeleteTitelPayload":{"akt":"Akt","deletedId":0},"DeleteWebhookPayload":{"deletedId":0},"ErfasseHonorarzahlungPayload":{"honorarnote":"Honorarnote","honorarzahlung":"Honorarzahlung"},"ErfasseZahlungPayload":{"zahlung":"Zahlung"},"ErstelleHonorarnotePayload":{"honorarnote":"Honorarnote"},"ExekutionsForderung":{"forderungId":0,"kapital":0,"zinsen":0},"ExekutionsTitel":{"barauslagenKlient":0,"beschlussart":0,"datum":0,"forderungen":"ExekutionsForderung","gericht":0,"gerichtName":0,"geschaeftszahl":0,"kosten":0,"kostenzinsen":0,"kostenzinsenSatz":0,"titelId":0,"vollstreckbarAm":0,"weiteresVorbringen":0},"Exekutionsantrag":{"barauslagenKlient":0,"forderungenOhneTitel":"ExekutionsForderung","gesamt":0,"kapital":0,"kosten":0,"kostenzinsen":0,"stichtag":0,"titel":"ExekutionsTitel","weiteresVorbringen":0,"zinsen":0},"FieldIssue":{"field":0,"message":0},"ForbiddenError":{"message":0},"Forderung":{"akt":"Akt","art":0,"betrag":0,"bezeichnung":0,"faelligAm":0,"id":0,"titel":"Titel","zinsenAb":0,"zinssatz":0},"Gericht":{"art":0,"bundesland":0,"eigenes":0,"id":0,"kurzbezeichnung":0,"name":0,"ort":0,"plz":0,"strasse":0},"Honorarnote":{"abschreibung":"HonorarnoteAbschreibung","akt":"Akt","art":0,"barauslagenDurchlaufer":0,"barauslagenUstFrei":0,"barauslagenUstPflichtig":0,"bezahltAm":0,"bezahlterBetrag":0,"brutto":0,"datum":0,"einheitssatz":0,"empfaengerAnschrift":0,"empfaengerName":0,"faelligAm":0,"honorarzahlungen":"Honorarzahlung","id":0,"nummer":0,"offenerBetrag":0,"positionen":"HonorarnotePosition","rfReferenz":0,"storniertDurch":"Honorarnote","stornoGrund":0,"stornoVon":"Honorarnote","streitgenossenzuschlag":0,"ust":0,"ustBasis":0,"verdienst":0,"zahlungsstatus":0},"HonorarnoteAbschreibung":{"am":0,"benutzer":"Benutzer","betrag":0,"grund":0},"HonorarnotePosition":{"barauslagenDurchlaufer":0,"barauslagenUstFrei":0,"barauslagenUstPflichtig":0,"bemessungsgrundlage":0,"datum":0,"einheitssatz":0,"kuerzel":0,"leistungId":0,"reihenfolge":0,"streitgenossenzuschlag":0,"tarifbasis":0,"text":0,"verdienst":0},"Honorarzahlung":{"angelegtAm":0,"betrag":0,"bezahltAm":0,"honorarnote":"Honorarnote","id":0,"storniertAm":0,"stornoGrund":0,"verwendungszweck":0},"ImportiereKontoauszugPayload":{"bereitsBekannt":"Bankbuchung","gebucht":"Bankbuchung","ignoriert":"Bankbuchung","import":"KontoauszugImport","offen":"Bankbuchung","vorgeschlagen":"Bankbuchung"},"Kanzlei":{"anschrift":0,"bic":0,"email":0,"iban":0,"id":0,"name":0,"telefon":0,"uid":0,"zahlungszielTage":0},"KollisionsTreffer":{"aktId":0,"aktenzeichen":0,"bekannteRolle":0,"bekannterName":0,"gruende":0,"name":0,"neueRolle":0,"personId":0},"Kommunikation":{"am":0,"benutzer":"Benutzer","betreff":0,"fuerMandant":0,"id":0,"kanal":0,"richtung":0,"text":0},"KontoauszugImport":{"angelegtAm":0,"anzahlBekannt":0,"anzahlGebucht":0,"anzahlIgnoriert":0,"anzahlOffen":0,"anzahlVorschlag":0,"auszugId":0,"dateiBytes":0,"format":0,"id":0,"kontoIban":0},"Leistung":{"akt":"Akt","barauslagenDurchlaufer":0,"barauslagenUstFrei":0,"barauslagenUstPflichtig":0,"bemessungsgrundlage":0,"datum":0,"einheitssatz":0,"gerichtlichBestimmt":0,"honorarnote":"Honorarnote","id":0,"kuerzel":0,"ratgGueltigAb":0,"sachbearbeiter":"Benutzer","streitgenossenzuschlag":0,"tarifbasis":0,"text":0,"titel":"Titel","ust":0,"verdienst":0,"zeitMinuten":0},"Leistungsart":{"id":0,"kuerzel":0,"nachDauer":0,"name":0,"ratgPost":0,"tarif":"Tarif"},"LoescheAbgelaufeneAktenPayload":{"anonymisierteAnfragen":0,"anonymisiertePersonen":0,"geloeschteAkten":0,"stichtag":0,"vorschau":0},"LoeschePersonendatenPayload":{"anonymisierteAnfragen":0,"geschwaerzteEintraege":0,"person":"Person"},"Mahnkosten":{"bemessungsgrundlage":0,"bemessungsgrundlageQuelle":0,"brutto":0,"netto":0,"porto":0,"positionen":"MahnkostenPosition","ratgGueltigAb":0,"streitgenossenzuschlag":0,"streitgenossenzuschlagProzent":0,"tarif":0,"ust":0,"verdienst":0},"MahnkostenPosition":{"anzahl":0,"betrag":0,"bezeichnung":0,"grundbetrag":0,"tarifpost":0,"zuschlag":0},"Mahnschreiben":{"akt":"Akt","angelegtAm":0,"bezeichnung":0,"datum":0,"faelligAm":0,"gegner":"Person","gegnerPosition":0,"gesamt":0,"id":0,"mahnkosten":0,"rfReferenz":0,"stufe":0,"tarif":0},"MahnschreibenVersendenPayload":{"mahnschreiben":"Mahnschreiben"},"Mandatsanfrage":{"ablehnungsgrund":0,"akt":"Akt","beschreibung":0,"bewertung":0,"dokumente":"AnfrageDokument","dringlichkeit":0,"eingegangenAm":0,"gegner":"AnfrageGegner","id":0,"klientArt":0,"klientEmail":0,"klientName":0,"klientOrt":0,"klientPlz":0,"klientStrasse":0,"klientTelefon":0,"kollisionFreigabeGrund":0,"kollisionFreigabeVon":"Benutzer","kollisionGeprueftAm":0,"kollisionTreffer":"KollisionsTreffer","referenz":0,"sachgebiet":0,"status":0,"streitwert":0,"umfang":0,"zugewiesenAn":"Benutzer","zuweisungsvorschlag":"Zuweisungsvorschlag"},"NotFoundError":{"entity":0,"id":0,"message":0},"PageInfo":{"endCursor":0,"hasNextPage":0,"hasPreviousPage":0,"startCursor":0},"Person":{"art":0,"email":0,"id":0,"kurzbezeichnung":0,"name":0,"ort":0,"plz":0,"strasse":0,"telefon":0,"uid":0},"PortoSatz":{"betrag":0,"bezeichnung":0,"gueltigAb":0},"PruefeKollisionPayload":{"mandatsanfrage":"Mandatsanfrage"},"QueryAktenConnection":{"edges":"QueryAktenConnectionEdge","pageInfo":"PageInfo","totalCount":0},"QueryAktenConnectionEdge":{"cursor":0,"node":"Akt"},"QueryAuditLogConnection":{"edges":"QueryAuditLogConnectionEdge","pageInfo":"PageInfo","totalCount":0},"QueryAuditLogConnectionEdge":{"cursor":0,"node":"AuditEntry"},"QueryMandatsanfragenConnection":{"edges":"QueryMandatsanfragenConnectionEdge","pageInfo":"PageInfo","totalCount":0},"QueryMandatsanfragenConnectionEdge":{"cursor":0,"node":"Mandatsanfrage"},"QueryOffeneBuchungenConnection":{"edges":"QueryOffeneBuchungenConnectionEdge","pageInfo":"PageInfo","totalCount":0},"QueryOffeneBuchungenConnectionEdge":{"cursor":0,"node":"Bankbuchung"},"QueryPersonenConnection":{"edges":"QueryPersonenConnectionEdge","pageInfo":"PageInfo","totalCount":0},"QueryPersonenConnectionEdge":{"cursor":0,"node":"Person"},"QueryWebhookZustellungenConnection":{"edges":"QueryWebhookZustellungenConnectionEdge","pageInfo":"PageInfo","totalCount":0},"QueryWebhookZustellungenConnectionEdge":{"cursor":0,"node":"WebhookZustellung"},"Rate":{"betrag":0,"bezahlt":0,"faelligAm":0,"nummer":0,"offen":0,"ueberfaellig":0},"RateLimitError":{"message":0,"retryAfterSeconds":0},"Ratenvereinbarung":{"anzahl":0,"ersteFaelligkeit":0,"intervallMonate":0,"rate":0},"RatgBetrag":{"bemessungsgrundlage":0,"betrag":0,"bezeichnung":0,"ratgGueltigAb":0,"tarifpost":0},"RatgPostTabelle":{"hoechstens":0,"hoechstensWeitereStunde":0,"promille":"RatgPromille","schritte":"RatgSchritt","stufen":"RatgStufe","tarifpost":0},"RatgPromille":{"bis":0,"satz":0,"ueber":0},"RatgSchritt":{"betrag":0,"bis":0,"je":0,"ueber":0},"RatgStufe":{"betrag":0,"bis":0},"RatgTabelle":{"bezeichnung":0,"einheitssatzBisGrenze":0,"einheitssatzDarueber":0,"einheitssatzGrenze":0,"ervErstmalig":0,"ervWeitere":0,"gueltigAb":0,"posten":"RatgPostTabelle","tp8KurzAnteil":0,"tp8KurzHoechstens":0,"ust":0},"RevokeApiKeyPayload":{"apiKey":"ApiKey"},"RotateIntakeTokenPayload":{"token":0},"RotateWebhookSecretPayload":{"secret":0,"webhook":"Webhook"},"SchreibeHonorarnoteAbPayload":{"honorarnote":"Honorarnote"},"Schuldnerstand":{"anKlient":0,"barauslagenKlient":0,"bezahlt":0,"gesamt":0,"kapital":0,"kosten":0,"stichtag":0,"ueberzahlung":0,"zahlungen":"Zahlungsaufteilung","zinsen":0},"SetAktStatusPayload":{"akt":"Akt"},"SetGegnerPayload":{"akt":"Akt"},"SetLeistungsartPayload":{"leistungsart":"Leistungsart"},"SetPortoPayload":{"portoSatz":"PortoSatz"},"SetRatenvereinbarungPayload":{"akt":"Akt"},"SetRechtlicheSperrePayload":{"akt":"Akt"},"SetSachgebietePayload":{"benutzer":"Benutzer"},"StornoHonorarnotePayload":{"honorarnote":"Honorarnote"},"StornoHonorarzahlungPayload":{"honorarnote":"Honorarnote","honorarzahlung":"Honorarzahlung"},"StornoZahlungPayload":{"zahlung":"Zahlung"},"SubmitMandatsanfragePayload":{"eingegangenAm":0,"referenz":0},"Tarif":{"code":0,"id":0,"name":0,"porto":0,"positionen":"TarifPosition"},"TarifPosition":{"anzahl":0,"reihenfolge":0,"tarifpost":0,"zuschlag":0},"Titel":{"akt":"Akt","barauslagenDurchlaufer":0,"barauslagenKlient":0,"barauslagenUstFrei":0,"barauslagenUstPflichtig":0,"beschlussart":0,"datum":0,"einheitssatz":0,"forderungen":"Forderung","gegenWen":0,"gericht":"Gericht","geschaeftszahl":0,"geschaeftszahlHinweis":0,"honorartext":0,"id":0,"leistung":"Leistung","memo":0,"sachbearbeiter":"Benutzer","ust":0,"ustErfasst":0,"verdienst":0,"vollstreckbarAm":0,"weiteresVorbringen":0,"zeitMinuten":0,"zinsen54a":0,"zinsen54aErfasst":0,"zugesprochen":0},"UpdateAktPayload":{"akt":"Akt"},"UpdateForderungPayload":{"forderung":"Forderung"},"UpdateKanzleiPayload":{"kanzlei":"Kanzlei"},"UpdateLeistungPayload":{"leistung":"Leistung"},"UpdateMandatsanfragePayload":{"mandatsanfrage":"Mandatsanfrage"},"UpdatePersonPayload":{"person":"Person"},"UpdateTarifPayload":{"tarif":"Tarif"},"UpdateTitelPayload":{"titel":"Titel"},"UpdateWebhookPayload":{"webhook":"Webhook"},"ValidationError":{"field":0,"issues":"FieldIssue","message":0},"ValorisiereRatgPayload":{"ratgTabelle":"RatgTabelle"},"Webhook":{"angelegtAm":0,"beschreibung":0,"ereignisse":0,"geaendertAm":0,"id":0,"pausiertAm":0,"pausiertGrund":0,"status":0,"url":0,"vorherigesSecretGueltigBis":0},"WebhookZustellung":{"angelegtAm":0,"ereignisId":0,"ereignisTyp":0,"ereignisZeitpunkt":0,"id":0,"letzterFehler":0,"letzterStatusCode":0,"letzterVersuchAm":0,"nachrichtId":0,"naechsterVersuchAm":0,"status":0,"versuche":0,"zugestelltAm":0},"Zahlung":{"akt":"Akt","betrag":0,"datum":0,"id":0,"storniertAm":0,"stornoGrund":0,"verwendungszweck":0},"Zahlungsaufteilung":{"anKlient":0,"anrechnungen":"Anrechnung","betrag":0,"datum":0,"ueberzahlung":0,"zahlungId":0},"ZustellungWiederholenPayload":{"zustellung":"WebhookZustellung"},"Zuweisungsvorschlag":{"benutzer":"Benutzer","offeneAkten":0,"sachgebietPasst":0},"Query":{"akt":["Akt",{"id":"ID!"}],"akten":["QueryAktenConnection",{"after":"String","before":"String","filter":"AktFilter","first":"Int","last":"Int"}],"aktenStatistik":"AktenStatistik","apiKeys":"ApiKey","auditLog":["QueryAuditLogConnection",{"after":"String","before":"String","filter":"AuditLogFilter","first":"Int","last":"Int"}],"benutzer":"Benutzer","gerichte":["Gericht",{"first":"Int","plz":"String","suche":"String"}],"honorarnote":["Honorarnote",{"id":"ID!"}],"honorarzahlung":["Honorarzahlung",{"id":"ID!"}],"kollisionspruefung":["KollisionsTreffer",{"gegner":"[String!]","klient":"[String!]","mandatsanfrageId":"ID"}],"leistungsarten":"Leistungsart","mandatsanfrage":["Mandatsanfrage",{"id":"ID!"}],"mandatsanfragen":["QueryMandatsanfragenConnection",{"after":"String","before":"String","filter":"MandatsanfrageFilter","first":"Int","last":"Int"}],"me":"Benutzer","offeneBuchungen":["QueryOffeneBuchungenConnection",{"after":"String","before":"String","filter":"BankbuchungFilter","first":"Int","last":"Int"}],"person":["Person",{"id":"ID!"}],"personen":["QueryPersonenConnection",{"after":"String","before":"String","filter":"PersonFilter","first":"Int","last":"Int"}],"portoSaetze":"PortoSatz","ratg":["RatgBetrag",{"bemessungsgrundlage":"Decimal!","datum":"Date","minuten":"Int","tarifpost":"Tarifpost!"}],"ratgTabellen":"RatgTabelle","tarif":["Tarif",{"code":"String!"}],"tarife":"Tarif","webhookZustellungen":["QueryWebhookZustellungenConnection",{"after":"String","before":"String","first":"Int","last":"Int","status":"[WebhookZustellungStatus!]","webhookId":"ID!"}],"webhooks":"Webhook"},"Mutation":{"annehmenMandatsanfrage":["AnnehmenMandatsanfrageResult",{"input":"AnnehmenMandatsanfrageInput!"}],"archiviereAkt":["ArchiviereAktResult",{"input":"ArchiviereAktInput!"}],"assignForderungenToTitel":["AssignForderungenToTitelResult",{"input":"AssignForderungenToTitelInput!"}],"assignMandatsanfrage":["AssignMandatsanfrageResult",{"input":"AssignMandatsanfrageInput!"}],"buchungVerwerfen":["BuchungVerwerfenResult",{"input":"BuchungVerwerfenInput!"}],"buchungZuordnen":["BuchungZuordnenResult",{"input":"BuchungZuordnenInput!"}],"copyTarif":["CopyTarifResult",{"input":"CopyTarifInput!"}],"createAkt":["CreateAktResult",{"input":"CreateAktInput!"}],"createForderung":["CreateForderungResult",{"input":"CreateForderungInput!"}],"createGericht":["CreateGerichtResult",{"input":"CreateGerichtInput!"}],"createKommunikation":["CreateKommunikationResult",{"input":"CreateKommunikationInput!"}],"createLeistung":["CreateLeistungResult",{"input":"CreateLeistungInput!"}],"createPerson":["CreatePersonResult",{"input":"CreatePersonInput!"}],"createTitel":["CreateTitelResult",{"input":"CreateTitelInput!"}],"createTitelFromLeistung":["CreateTitelFromLeistungResult",{"input":"CreateTitelFromLeistungInput!"}],"createWebhook":["CreateWebhookResult",{"input":"CreateWebhookInput!"}],"deleteForderung":["DeleteForderungResult",{"input":"DeleteForderungInput!"}],"deleteLeistung":["DeleteLeistungResult",{"input":"DeleteLeistungInput!"}],"deleteTitel":["DeleteTitelResult",{"input":"DeleteTitelInput!"}],"deleteWebhook":["DeleteWebhookResult",{"input":"DeleteWebhookInput!"}],"erfasseHonorarzahlung":["ErfasseHonorarzahlungResult",{"input":"ErfasseHonorarzahlungInput!"}],"erfasseZahlung":["ErfasseZahlungResult",{"input":"ErfasseZahlungInput!"}],"erstelleHonorarnote":["ErstelleHonorarnoteResult",{"input":"ErstelleHonorarnoteInput!"}],"importiereKontoauszug":["ImportiereKontoauszugResult",{"input":"ImportiereKontoauszugInput!"}],"loescheAbgelaufeneAkten":["LoescheAbgelaufeneAktenResult",{"input":"LoescheAbgelaufeneAktenInput"}],"loeschePersonendaten":["LoeschePersonendatenResult",{"input":"LoeschePersonendatenInput!"}],"mahnschreibenVersenden":["MahnschreibenVersendenResult",{"input":"MahnschreibenVersendenInput!"}],"pruefeKollision":["PruefeKollisionResult",{"input":"PruefeKollisionInput!"}],"revokeApiKey":["RevokeApiKeyResult",{"input":"RevokeApiKeyInput!"}],"rotateIntakeToken":"RotateIntakeTokenResult","rotateWebhookSecret":["RotateWebhookSecretResult",{"input":"RotateWebhookSecretInput!"}],"schreibeHonorarnoteAb":["SchreibeHonorarnoteAbResult",{"input":"SchreibeHonorarnoteAbInput!"}],"setAktStatus":["SetAktStatusResult",{"input":"SetAktStatusInput!"}],"setGegner":["SetGegnerResult",{"input":"SetGegnerInput!"}],"setLeistungsart":["SetLeistungsartResult",{"input":"SetLeistungsartInput!"}],"setPorto":["SetPortoResult",{"input":"SetPortoInput!"}],"setRatenvereinbarung":["SetRatenvereinbarungResult",{"input":"SetRatenvereinbarungInput!"}],"setRechtlicheSperre":["SetRechtlicheSperreResult",{"input":"SetRechtlicheSperreInput!"}],"setSachgebiete":["SetSachgebieteResult",{"input":"SetSachgebieteInput!"}],"stornoHonorarnote":["StornoHonorarnoteResult",{"input":"StornoHonorarnoteInput!"}],"stornoHonorarzahlung":["StornoHonorarzahlungResult",{"input":"StornoHonorarzahlungInput!"}],"stornoZahlung":["StornoZahlungResult",{"input":"StornoZahlungInput!"}],"submitMandatsanfrage":["SubmitMandatsanfrageResult",{"input":"SubmitMandatsanfrageInput!"}],"updateAkt":["UpdateAktResult",{"input":"UpdateAktInput!"}],"updateForderung":["UpdateForderungResult",{"input":"UpdateForderungInput!"}],"updateKanzlei":["UpdateKanzleiResult",{"input":"UpdateKanzleiInput!"}],"updateLeistung":["UpdateLeistungResult",{"input":"UpdateLeistungInput!"}],"updateMandatsanfrage":["UpdateMandatsanfrageResult",{"input":"UpdateMandatsanfrageInput!"}],"updatePerson":["UpdatePersonResult",{"input":"UpdatePersonInput!"}],"updateTarif":["UpdateTarifResult",{"input":"UpdateTarifInput!"}],"updateTitel":["UpdateTitelResult",{"input":"UpdateTitelInput!"}],"updateWebhook":["UpdateWebhookResult",{"input":"UpdateWebhookInput!"}],"valorisiereRatg":["ValorisiereRatgResult",{"input":"ValorisiereRatgInput!"}],"zustellungWiederholen":["ZustellungWiederholenResult",{"input":"ZustellungWiederholenInput!"}]}},"mutations":{"annehmenMandatsanfrage":{"payload":"AnnehmenMandatsanfragePayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"archiviereAkt":{"payload":"ArchiviereAktPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"assignForderungenToTitel":{"payload":"AssignForderungenToTitelPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"assignMandatsanfrage":{"payload":"AssignMandatsanfragePayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"buchungVerwerfen":{"payload":"BuchungVerwerfenPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"buchungZuordnen":{"payload":"BuchungZuordnenPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"copyTarif":{"payload":"CopyTarifPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"createAkt":{"payload":"CreateAktPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"createForderung":{"payload":"CreateForderungPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"createGericht":{"payload":"CreateGerichtPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"createKommunikation":{"payload":"CreateKommunikationPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"createLeistung":{"payload":"CreateLeistungPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"createPerson":{"payload":"CreatePersonPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"createTitel":{"payload":"CreateTitelPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"createTitelFromLeistung":{"payload":"CreateTitelFromLeistungPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"createWebhook":{"payload":"CreateWebhookPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"deleteForderung":{"payload":"DeleteForderungPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"deleteLeistung":{"payload":"DeleteLeistungPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"deleteTitel":{"payload":"DeleteTitelPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"deleteWebhook":{"payload":"DeleteWebhookPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"erfasseHonorarzahlung":{"payload":"ErfasseHonorarzahlungPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":true},"erfasseZahlung":{"payload":"ErfasseZahlungPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":true},"erstelleHonorarnote":{"payload":"ErstelleHonorarnotePayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":true},"importiereKontoauszug":{"payload":"ImportiereKontoauszugPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"loescheAbgelaufeneAkten":{"payload":"LoescheAbgelaufeneAktenPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"loeschePersonendaten":{"payload":"LoeschePersonendatenPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"mahnschreibenVersenden":{"payload":"MahnschreibenVersendenPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":true},"pruefeKollision":{"payload":"PruefeKollisionPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"revokeApiKey":{"payload":"RevokeApiKeyPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"rotateIntakeToken":{"payload":"RotateIntakeTokenPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"rotateWebhookSecret":{"payload":"RotateWebhookSecretPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"schreibeHonorarnoteAb":{"payload":"SchreibeHonorarnoteAbPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"setAktStatus":{"payload":"SetAktStatusPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"setGegner":{"payload":"SetGegnerPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"setLeistungsart":{"payload":"SetLeistungsartPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"setPorto":{"payload":"SetPortoPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"setRatenvereinbarung":{"payload":"SetRatenvereinbarungPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"setRechtlicheSperre":{"payload":"SetRechtlicheSperrePayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"setSachgebiete":{"payload":"SetSachgebietePayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"stornoHonorarnote":{"payload":"StornoHonorarnotePayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"stornoHonorarzahlung":{"payload":"StornoHonorarzahlungPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"stornoZahlung":{"payload":"StornoZahlungPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"submitMandatsanfrage":{"payload":"SubmitMandatsanfragePayload","errors":["ConflictError","ForbiddenError","NotFoundError","RateLimitError","ValidationError"],"idempotent":true},"updateAkt":{"payload":"UpdateAktPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"updateForderung":{"payload":"UpdateForderungPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"updateKanzlei":{"payload":"UpdateKanzleiPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"updateLeistung":{"payload":"UpdateLeistungPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"updateMandatsanfrage":{"payload":"UpdateMandatsanfragePayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"updatePerson":{"payload":"UpdatePersonPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"updateTarif":{"payload":"UpdateTarifPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"updateTitel":{"payload":"UpdateTitelPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"updateWebhook":{"payload":"UpdateWebhookPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"valorisiereRatg":{"payload":"ValorisiereRatgPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false},"zustellungWiederholen":{"payload":"ZustellungWiederholenPayload","errors":["ConflictError","ForbiddenError","NotFoundError","ValidationError"],"idempotent":false}},"errorSelections":{"ConflictError":"currentVersion entity message","ForbiddenError":"message","NotFoundError":"entity id message","RateLimitError":"message retryAfterSeconds","ValidationError":"field issues { field message } message"},"query":"Query","mutation":"Mutation"};
