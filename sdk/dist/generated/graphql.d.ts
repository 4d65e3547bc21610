/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends {
    [key: string]: unknown;
}> = {
    [K in keyof T]: T[K];
};
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | {
    [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never;
};
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
export type AktStatus = 'ABGESCHLOSSEN' | 'ANGELEGT' | 'ARCHIVIERT' | 'IN_BEARBEITUNG';
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
export type AuditAction = 'CREATE' | 'DELETE'
/** An erasure replaced the personal values of this entity’s earlier entries by "[gelöscht]"; `changes` names the fields, without values. */
 | 'REDACT' | 'UPDATE';
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
'GEBUCHT'
/** Not an incoming euro payment (outgoing, foreign currency, reversal): recorded and reported, never booked. */
 | 'IGNORIERT'
/** Not assigned: waits for buchungZuordnen or buchungVerwerfen (grund says why it was not booked). */
 | 'OFFEN'
/** Dismissed by a user, with a reason. */
 | 'VERWORFEN'
/** A Rechnungsnummer or Aktenzeichen in the text suggests the target: confirm with buchungZuordnen. */
 | 'VORSCHLAG';
export type Beschlussart = 'ANERKENNTNISURTEIL' | 'BESCHEID' | 'BESCHLUSS' | 'EUROPAEISCHER_VOLLSTRECKUNGSTITEL' | 'EUROPAEISCHER_ZAHLUNGSBEFEHL' | 'KOSTENBESTIMMUNGSBESCHLUSS' | 'KOSTENTITEL' | 'NOTARIATSAKT' | 'RUECKSTANDSAUSWEIS' | 'SCHIEDSSPRUCH' | 'SONSTIGER_TITEL' | 'URTEIL' | 'VERGLEICH' | 'VERSAEUMUNGSURTEIL' | 'ZAHLUNGSAUFTRAG' | 'ZAHLUNGSBEFEHL';
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
export type Dringlichkeit = 'HOCH' | 'NIEDRIG' | 'NORMAL' | 'SOFORT';
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
'HAUPTFORDERUNG'
/** Nebenforderung (e.g. Mahnspesen); not part of the Bemessungsgrundlage. */
 | 'NEBENFORDERUNG';
export type GerichtArt = 
/** An authority (e.g. Finanzamt, Magistrat) an office added. */
'BEHOERDE'
/** Bezirksgericht (incl. BG für Handelssachen Wien) */
 | 'BG'
/** Landesgericht (incl. Handelsgericht Wien, ASG Wien) */
 | 'LG'
/** Oberster Gerichtshof */
 | 'OGH'
/** Oberlandesgericht */
 | 'OLG' | 'SONDERGERICHT';
export type HonorarnoteArt = 
/** An invoice. */
'RECHNUNG'
/** A Stornorechnung (cancellation document) cancelling an invoice; printed as "Stornorechnung", naming the original’s number and date. (Never a Gutschrift, which in UStG terms is a self-billed invoice.) */
 | 'STORNORECHNUNG';
export type ImportiereKontoauszugInput = {
    /** The file’s text (camt: UTF-8 XML; MT940: decoded), at most 20 MB. */
    datei: string;
    format: KontoauszugFormat;
};
export type Kanal = 'BRIEF' | 'EMAIL' | 'PERSOENLICH' | 'TELEFON' | 'VIDEO';
export type KontoauszugFormat = 
/** ISO 20022 camt.053 (account statement), .001.02 to .001.08. */
'CAMT053'
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
export type MandatsanfrageStatus = 'ABGELEHNT' | 'ANGENOMMEN' | 'EINGEGANGEN' | 'IN_PRUEFUNG';
export type ParteiRolle = 'GEGNER' | 'KLIENT';
export type PersonArt = 
/** Gericht oder Behörde */
'BEHOERDE'
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
export type Richtung = 'AUSGEHEND' | 'EINGEHEND' | 'INTERN';
export type Rolle = 'ADMIN' | 'ANWALT' | 'SACHBEARBEITER';
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
'TP1'
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
'AKT_ANGELEGT'
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
'AKTIV'
/** Deliveries wait (none is lost): paused by an ADMIN, or by the server after three days of failures (`pausiertGrund`). */
 | 'PAUSIERT';
export type WebhookZustellungStatus = 
/** Failed for three days; its webhook was paused. Re-activating the webhook or `zustellungWiederholen` sends it again. */
'AUFGEGEBEN'
/** Waiting for its (next) attempt. */
 | 'AUSSTEHEND'
/** The endpoint answered 2xx. */
 | 'ZUGESTELLT';
export type Zahlungsreihenfolge = 
/** Awarded costs (by kind), then interest (oldest first), then capital (oldest first). */
'KOSTEN_ZINSEN_KAPITAL'
/** § 1416 ABGB: interest, then capital, then costs. */
 | 'ZINSEN_KAPITAL_KOSTEN';
export type Zahlungsstatus = 
/** What was open is written off (schreibeHonorarnoteAb); nothing counts as open. */
'ABGESCHRIEBEN'
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
export type AktenMitMahnkostenQuery = {
    akten: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            endCursor: string | null;
        };
        edges: Array<{
            node: {
                id: string;
                aktenzeichen: string;
                bezeichnung: string;
                status: AktStatus;
                bemessungsgrundlage: string | null;
                mahnkosten: {
                    tarif: string;
                    bemessungsgrundlage: string;
                    verdienst: string;
                    streitgenossenzuschlag: string;
                    porto: string;
                    netto: string;
                    ust: string;
                    brutto: string;
                } | null;
            };
        }>;
    };
};
export type AktQueryVariables = Exact<{
    id: string;
}>;
export type AktQuery = {
    akt: {
        abgeschlossenAm: string | null;
        aktenzeichen: string;
        angelegtAm: string;
        archiviertAm: string | null;
        aufbewahrenBis: string | null;
        bemessungsgrundlage: string | null;
        bezeichnung: string;
        geschaeftszahlen: Array<string>;
        id: string;
        rechtlicheSperreBis: string | null;
        sachgebiet: string | null;
        status: AktStatus;
        version: number;
        zahlungsreihenfolge: Zahlungsreihenfolge;
        beschlusskostennote: {
            barauslagenKlient: string;
            summe: string;
            summeKanzlei: string;
        };
        forderungen: Array<{
            id: string;
        }>;
        gegner: Array<{
            id: string;
        }>;
        honorarnoten: Array<{
            id: string;
        }>;
        klient: {
            id: string;
        };
        leistungen: Array<{
            id: string;
        }>;
        mahnschreiben: Array<{
            id: string;
        }>;
        mandatsanfrage: {
            id: string;
        } | null;
        ratenvereinbarung: {
            anzahl: number;
            ersteFaelligkeit: string;
            intervallMonate: number;
            rate: string;
        } | null;
        titel: Array<{
            id: string;
        }>;
        verlauf: Array<{
            am: string;
            grund: string | null;
            nach: AktStatus;
            von: AktStatus | null;
            benutzer: {
                id: string;
            } | null;
        }>;
        zahlungen: Array<{
            id: string;
        }>;
        zahlungsreferenzen: Array<{
            gegnerPosition: number;
            rfReferenz: string;
            gegner: {
                id: string;
            };
        }>;
        zustaendig: {
            id: string;
        } | null;
    } | null;
};
export type AktenQueryVariables = Exact<{
    after?: string | null | undefined;
    before?: string | null | undefined;
    filter?: AktFilter | null | undefined;
    first?: number | null | undefined;
    last?: number | null | undefined;
}>;
export type AktenQuery = {
    akten: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string | null;
            endCursor: string | null;
        };
        edges: Array<{
            cursor: string;
            node: {
                abgeschlossenAm: string | null;
                aktenzeichen: string;
                angelegtAm: string;
                archiviertAm: string | null;
                aufbewahrenBis: string | null;
                bemessungsgrundlage: string | null;
                bezeichnung: string;
                geschaeftszahlen: Array<string>;
                id: string;
                rechtlicheSperreBis: string | null;
                sachgebiet: string | null;
                status: AktStatus;
                version: number;
                zahlungsreihenfolge: Zahlungsreihenfolge;
                beschlusskostennote: {
                    barauslagenKlient: string;
                    summe: string;
                    summeKanzlei: string;
                };
                forderungen: Array<{
                    id: string;
                }>;
                gegner: Array<{
                    id: string;
                }>;
                honorarnoten: Array<{
                    id: string;
                }>;
                klient: {
                    id: string;
                };
                leistungen: Array<{
                    id: string;
                }>;
                mahnschreiben: Array<{
                    id: string;
                }>;
                mandatsanfrage: {
                    id: string;
                } | null;
                ratenvereinbarung: {
                    anzahl: number;
                    ersteFaelligkeit: string;
                    intervallMonate: number;
                    rate: string;
                } | null;
                titel: Array<{
                    id: string;
                }>;
                zahlungen: Array<{
                    id: string;
                }>;
                zustaendig: {
                    id: string;
                } | null;
            };
        }>;
    };
};
export type AktenStatistikQueryVariables = Exact<{
    [key: string]: never;
}>;
export type AktenStatistikQuery = {
    aktenStatistik: {
        gesamt: number;
        nachStatus: Array<{
            anzahl: number;
            status: AktStatus;
        }>;
    };
};
export type ApiKeysQueryVariables = Exact<{
    [key: string]: never;
}>;
export type ApiKeysQuery = {
    apiKeys: Array<{
        angelegtAm: string;
        id: string;
        partner: boolean;
        prefix: string;
        widerrufenAm: string | null;
        benutzer: {
            id: string;
        };
    }>;
};
export type AuditLogQueryVariables = Exact<{
    after?: string | null | undefined;
    before?: string | null | undefined;
    filter?: AuditLogFilter | null | undefined;
    first?: number | null | undefined;
    last?: number | null | undefined;
}>;
export type AuditLogQuery = {
    auditLog: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string | null;
            endCursor: string | null;
        };
        edges: Array<{
            cursor: string;
            node: {
                action: AuditAction;
                at: string;
                benutzerId: string | null;
                benutzerKuerzel: string | null;
                entity: string;
                entityId: string | null;
                id: string;
                keyPrefix: string | null;
                operation: string | null;
            };
        }>;
    };
};
export type BenutzerQueryVariables = Exact<{
    [key: string]: never;
}>;
export type BenutzerQuery = {
    benutzer: Array<{
        id: string;
        kuerzel: string;
        name: string;
        rolle: Rolle;
        sachgebiete: Array<string>;
        kanzlei: {
            id: string;
        };
    }>;
};
export type GerichteQueryVariables = Exact<{
    first?: number | null | undefined;
    plz?: string | null | undefined;
    suche?: string | null | undefined;
}>;
export type GerichteQuery = {
    gerichte: Array<{
        art: GerichtArt;
        bundesland: string | null;
        eigenes: boolean;
        id: string;
        kurzbezeichnung: string;
        name: string;
        ort: string;
        plz: string;
        strasse: string | null;
    }>;
};
export type HonorarnoteQueryVariables = Exact<{
    id: string;
}>;
export type HonorarnoteQuery = {
    honorarnote: {
        art: HonorarnoteArt;
        barauslagenDurchlaufer: string;
        barauslagenUstFrei: string;
        barauslagenUstPflichtig: string;
        bezahltAm: string | null;
        bezahlterBetrag: string;
        brutto: string;
        datum: string;
        einheitssatz: string;
        empfaengerAnschrift: string | null;
        empfaengerName: string;
        faelligAm: string;
        id: string;
        nummer: string;
        offenerBetrag: string;
        rfReferenz: string;
        stornoGrund: string | null;
        streitgenossenzuschlag: string;
        ust: string;
        ustBasis: string;
        verdienst: string;
        zahlungsstatus: Zahlungsstatus;
        abschreibung: {
            am: string;
            betrag: string;
            grund: string;
            benutzer: {
                id: string;
            } | null;
        } | null;
        akt: {
            id: string;
        };
        honorarzahlungen: Array<{
            id: string;
        }>;
        positionen: Array<{
            barauslagenDurchlaufer: string;
            barauslagenUstFrei: string;
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
        }>;
        storniertDurch: {
            id: string;
        } | null;
        stornoVon: {
            id: string;
        } | null;
    } | null;
};
export type HonorarzahlungQueryVariables = Exact<{
    id: string;
}>;
export type HonorarzahlungQuery = {
    honorarzahlung: {
        angelegtAm: string;
        betrag: string;
        bezahltAm: string;
        id: string;
        storniertAm: string | null;
        stornoGrund: string | null;
        verwendungszweck: string | null;
        honorarnote: {
            id: string;
        };
    } | null;
};
export type KollisionspruefungQueryVariables = Exact<{
    gegner?: Array<string> | string | null | undefined;
    klient?: Array<string> | string | null | undefined;
    mandatsanfrageId?: string | null | undefined;
}>;
export type KollisionspruefungQuery = {
    kollisionspruefung: Array<{
        aktId: string;
        aktenzeichen: string;
        bekannteRolle: ParteiRolle;
        bekannterName: string;
        gruende: Array<string>;
        name: string;
        neueRolle: ParteiRolle;
        personId: string;
    }>;
};
export type LeistungsartenQueryVariables = Exact<{
    [key: string]: never;
}>;
export type LeistungsartenQuery = {
    leistungsarten: Array<{
        id: string;
        kuerzel: string;
        nachDauer: boolean;
        name: string;
        ratgPost: Tarifpost | null;
        tarif: {
            id: string;
        } | null;
    }>;
};
export type MandatsanfrageQueryVariables = Exact<{
    id: string;
}>;
export type MandatsanfrageQuery = {
    mandatsanfrage: {
        ablehnungsgrund: string | null;
        beschreibung: string;
        bewertung: string | null;
        dringlichkeit: Dringlichkeit;
        eingegangenAm: string;
        id: string;
        klientArt: PersonArt;
        klientEmail: string;
        klientName: string;
        klientOrt: string | null;
        klientPlz: string | null;
        klientStrasse: string | null;
        klientTelefon: string | null;
        kollisionFreigabeGrund: string | null;
        kollisionGeprueftAm: string | null;
        referenz: string;
        sachgebiet: string;
        status: MandatsanfrageStatus;
        streitwert: string | null;
        umfang: string | null;
        akt: {
            id: string;
        } | null;
        dokumente: Array<{
            dateiname: string;
            groesse: number;
            typ: string;
        }>;
        gegner: Array<{
            art: PersonArt;
            name: string;
            ort: string | null;
            plz: string | null;
            strasse: string | null;
        }>;
        kollisionFreigabeVon: {
            id: string;
        } | null;
        kollisionTreffer: Array<{
            aktId: string;
            aktenzeichen: string;
            bekannteRolle: ParteiRolle;
            bekannterName: string;
            gruende: Array<string>;
            name: string;
            neueRolle: ParteiRolle;
            personId: string;
        }> | null;
        zugewiesenAn: {
            id: string;
        } | null;
        zuweisungsvorschlag: Array<{
            offeneAkten: number;
            sachgebietPasst: boolean;
            benutzer: {
                id: string;
            };
        }>;
    } | null;
};
export type MandatsanfragenQueryVariables = Exact<{
    after?: string | null | undefined;
    before?: string | null | undefined;
    filter?: MandatsanfrageFilter | null | undefined;
    first?: number | null | undefined;
    last?: number | null | undefined;
}>;
export type MandatsanfragenQuery = {
    mandatsanfragen: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string | null;
            endCursor: string | null;
        };
        edges: Array<{
            cursor: string;
            node: {
                ablehnungsgrund: string | null;
                beschreibung: string;
                bewertung: string | null;
                dringlichkeit: Dringlichkeit;
                eingegangenAm: string;
                id: string;
                klientArt: PersonArt;
                klientEmail: string;
                klientName: string;
                klientOrt: string | null;
                klientPlz: string | null;
                klientStrasse: string | null;
                klientTelefon: string | null;
                kollisionFreigabeGrund: string | null;
                kollisionGeprueftAm: string | null;
                referenz: string;
                sachgebiet: string;
                status: MandatsanfrageStatus;
                streitwert: string | null;
                umfang: string | null;
                akt: {
                    id: string;
                } | null;
                kollisionFreigabeVon: {
                    id: string;
                } | null;
                zugewiesenAn: {
                    id: string;
                } | null;
            };
        }>;
    };
};
export type MeQueryVariables = Exact<{
    [key: string]: never;
}>;
export type MeQuery = {
    me: {
        id: string;
        kuerzel: string;
        name: string;
        rolle: Rolle;
        sachgebiete: Array<string>;
        kanzlei: {
            id: string;
        };
    };
};
export type OffeneBuchungenQueryVariables = Exact<{
    after?: string | null | undefined;
    before?: string | null | undefined;
    filter?: BankbuchungFilter | null | undefined;
    first?: number | null | undefined;
    last?: number | null | undefined;
}>;
export type OffeneBuchungenQuery = {
    offeneBuchungen: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string | null;
            endCursor: string | null;
        };
        edges: Array<{
            cursor: string;
            node: {
                angelegtAm: string;
                bankReferenz: string;
                betrag: string;
                buchungsdatum: string;
                erledigtAm: string | null;
                grund: string | null;
                id: string;
                kontoIban: string;
                richtung: string;
                status: BankbuchungStatus;
                strukturierteReferenz: string | null;
                teil: number;
                transaktionIndex: number;
                valutadatum: string | null;
                verwendungszweck: string | null;
                waehrung: string;
                zahlerIban: string | null;
                zahlerName: string | null;
                akt: {
                    id: string;
                } | null;
                honorarnote: {
                    id: string;
                } | null;
                honorarzahlung: {
                    id: string;
                } | null;
                zahlung: {
                    id: string;
                } | null;
            };
        }>;
    };
};
export type PersonQueryVariables = Exact<{
    id: string;
}>;
export type PersonQuery = {
    person: {
        art: PersonArt;
        email: string | null;
        id: string;
        kurzbezeichnung: string;
        name: string;
        ort: string | null;
        plz: string | null;
        strasse: string | null;
        telefon: string | null;
        uid: string | null;
    } | null;
};
export type PersonenQueryVariables = Exact<{
    after?: string | null | undefined;
    before?: string | null | undefined;
    filter?: PersonFilter | null | undefined;
    first?: number | null | undefined;
    last?: number | null | undefined;
}>;
export type PersonenQuery = {
    personen: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string | null;
            endCursor: string | null;
        };
        edges: Array<{
            cursor: string;
            node: {
                art: PersonArt;
                email: string | null;
                id: string;
                kurzbezeichnung: string;
                name: string;
                ort: string | null;
                plz: string | null;
                strasse: string | null;
                telefon: string | null;
                uid: string | null;
            };
        }>;
    };
};
export type PortoSaetzeQueryVariables = Exact<{
    [key: string]: never;
}>;
export type PortoSaetzeQuery = {
    portoSaetze: Array<{
        betrag: string;
        bezeichnung: string | null;
        gueltigAb: string;
    }>;
};
export type RatgQueryVariables = Exact<{
    bemessungsgrundlage: string;
    datum?: string | null | undefined;
    minuten?: number | null | undefined;
    tarifpost: Tarifpost;
}>;
export type RatgQuery = {
    ratg: {
        bemessungsgrundlage: string;
        betrag: string;
        bezeichnung: string;
        ratgGueltigAb: string;
        tarifpost: Tarifpost;
    };
};
export type RatgTabellenQueryVariables = Exact<{
    [key: string]: never;
}>;
export type RatgTabellenQuery = {
    ratgTabellen: Array<{
        bezeichnung: string;
        einheitssatzBisGrenze: string;
        einheitssatzDarueber: string;
        einheitssatzGrenze: string;
        ervErstmalig: string;
        ervWeitere: string;
        gueltigAb: string;
        tp8KurzAnteil: string;
        tp8KurzHoechstens: string;
        ust: string;
        posten: Array<{
            hoechstens: string;
            hoechstensWeitereStunde: string | null;
            tarifpost: Tarifpost;
        }>;
    }>;
};
export type TarifQueryVariables = Exact<{
    code: string;
}>;
export type TarifQuery = {
    tarif: {
        code: string;
        id: string;
        name: string;
        porto: boolean;
        positionen: Array<{
            anzahl: number;
            reihenfolge: number;
            tarifpost: Tarifpost;
            zuschlag: boolean;
        }>;
    } | null;
};
export type TarifeQueryVariables = Exact<{
    [key: string]: never;
}>;
export type TarifeQuery = {
    tarife: Array<{
        code: string;
        id: string;
        name: string;
        porto: boolean;
        positionen: Array<{
            anzahl: number;
            reihenfolge: number;
            tarifpost: Tarifpost;
            zuschlag: boolean;
        }>;
    }>;
};
export type WebhookZustellungenQueryVariables = Exact<{
    after?: string | null | undefined;
    before?: string | null | undefined;
    first?: number | null | undefined;
    last?: number | null | undefined;
    status?: Array<WebhookZustellungStatus> | WebhookZustellungStatus | null | undefined;
    webhookId: string;
}>;
export type WebhookZustellungenQuery = {
    webhookZustellungen: {
        totalCount: number;
        pageInfo: {
            hasNextPage: boolean;
            hasPreviousPage: boolean;
            startCursor: string | null;
            endCursor: string | null;
        };
        edges: Array<{
            cursor: string;
            node: {
                angelegtAm: string;
                ereignisId: string;
                ereignisTyp: WebhookEreignisTyp;
                ereignisZeitpunkt: string;
                id: string;
                letzterFehler: string | null;
                letzterStatusCode: number | null;
                letzterVersuchAm: string | null;
                nachrichtId: string;
                naechsterVersuchAm: string | null;
                status: WebhookZustellungStatus;
                versuche: number;
                zugestelltAm: string | null;
            };
        }>;
    };
};
export type WebhooksQueryVariables = Exact<{
    [key: string]: never;
}>;
export type WebhooksQuery = {
    webhooks: Array<{
        angelegtAm: string;
        beschreibung: string | null;
        ereignisse: Array<WebhookEreignisTyp>;
        geaendertAm: string;
        id: string;
        pausiertAm: string | null;
        pausiertGrund: string | null;
        status: WebhookStatus;
        url: string;
        vorherigesSecretGueltigBis: string | null;
    }>;
};
export type AnnehmenMandatsanfrageMutationVariables = Exact<{
    input: AnnehmenMandatsanfrageInput;
}>;
export type AnnehmenMandatsanfrageMutation = {
    annehmenMandatsanfrage: {
        __typename: 'AnnehmenMandatsanfragePayload';
        mandatsanfrage: {
            ablehnungsgrund: string | null;
            beschreibung: string;
            bewertung: string | null;
            dringlichkeit: Dringlichkeit;
            eingegangenAm: string;
            id: string;
            klientArt: PersonArt;
            klientEmail: string;
            klientName: string;
            klientOrt: string | null;
            klientPlz: string | null;
            klientStrasse: string | null;
            klientTelefon: string | null;
            kollisionFreigabeGrund: string | null;
            kollisionGeprueftAm: string | null;
            referenz: string;
            sachgebiet: string;
            status: MandatsanfrageStatus;
            streitwert: string | null;
            umfang: string | null;
            akt: {
                id: string;
            } | null;
            dokumente: Array<{
                dateiname: string;
                groesse: number;
                typ: string;
            }>;
            gegner: Array<{
                art: PersonArt;
                name: string;
                ort: string | null;
                plz: string | null;
                strasse: string | null;
            }>;
            kollisionFreigabeVon: {
                id: string;
            } | null;
            kollisionTreffer: Array<{
                aktId: string;
                aktenzeichen: string;
                bekannteRolle: ParteiRolle;
                bekannterName: string;
                gruende: Array<string>;
                name: string;
                neueRolle: ParteiRolle;
                personId: string;
            }> | null;
            zugewiesenAn: {
                id: string;
            } | null;
            zuweisungsvorschlag: Array<{
                offeneAkten: number;
                sachgebietPasst: boolean;
                benutzer: {
                    id: string;
                };
            }>;
        };
    } | {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type ArchiviereAktMutationVariables = Exact<{
    input: ArchiviereAktInput;
}>;
export type ArchiviereAktMutation = {
    archiviereAkt: {
        __typename: 'ArchiviereAktPayload';
        akt: {
            abgeschlossenAm: string | null;
            aktenzeichen: string;
            angelegtAm: string;
            archiviertAm: string | null;
            aufbewahrenBis: string | null;
            bemessungsgrundlage: string | null;
            bezeichnung: string;
            geschaeftszahlen: Array<string>;
            id: string;
            rechtlicheSperreBis: string | null;
            sachgebiet: string | null;
            status: AktStatus;
            version: number;
            zahlungsreihenfolge: Zahlungsreihenfolge;
            beschlusskostennote: {
                barauslagenKlient: string;
                summe: string;
                summeKanzlei: string;
            };
            forderungen: Array<{
                id: string;
            }>;
            gegner: Array<{
                id: string;
            }>;
            honorarnoten: Array<{
                id: string;
            }>;
            klient: {
                id: string;
            };
            leistungen: Array<{
                id: string;
            }>;
            mahnschreiben: Array<{
                id: string;
            }>;
            mandatsanfrage: {
                id: string;
            } | null;
            ratenvereinbarung: {
                anzahl: number;
                ersteFaelligkeit: string;
                intervallMonate: number;
                rate: string;
            } | null;
            titel: Array<{
                id: string;
            }>;
            verlauf: Array<{
                am: string;
                grund: string | null;
                nach: AktStatus;
                von: AktStatus | null;
                benutzer: {
                    id: string;
                } | null;
            }>;
            zahlungen: Array<{
                id: string;
            }>;
            zahlungsreferenzen: Array<{
                gegnerPosition: number;
                rfReferenz: string;
                gegner: {
                    id: string;
                };
            }>;
            zustaendig: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type AssignForderungenToTitelMutationVariables = Exact<{
    input: AssignForderungenToTitelInput;
}>;
export type AssignForderungenToTitelMutation = {
    assignForderungenToTitel: {
        __typename: 'AssignForderungenToTitelPayload';
        titel: {
            barauslagenDurchlaufer: string;
            barauslagenKlient: string;
            barauslagenUstFrei: string;
            barauslagenUstPflichtig: string;
            beschlussart: Beschlussart;
            datum: string;
            einheitssatz: string;
            gegenWen: number | null;
            geschaeftszahl: string | null;
            geschaeftszahlHinweis: string | null;
            honorartext: string | null;
            id: string;
            memo: string | null;
            ust: string;
            ustErfasst: boolean;
            verdienst: string;
            vollstreckbarAm: string | null;
            weiteresVorbringen: Array<string>;
            zeitMinuten: number | null;
            zinsen54a: boolean;
            zinsen54aErfasst: boolean;
            zugesprochen: string;
            akt: {
                id: string;
            };
            forderungen: Array<{
                id: string;
            }>;
            gericht: {
                id: string;
            };
            leistung: {
                id: string;
            } | null;
            sachbearbeiter: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type AssignMandatsanfrageMutationVariables = Exact<{
    input: AssignMandatsanfrageInput;
}>;
export type AssignMandatsanfrageMutation = {
    assignMandatsanfrage: {
        __typename: 'AssignMandatsanfragePayload';
        mandatsanfrage: {
            ablehnungsgrund: string | null;
            beschreibung: string;
            bewertung: string | null;
            dringlichkeit: Dringlichkeit;
            eingegangenAm: string;
            id: string;
            klientArt: PersonArt;
            klientEmail: string;
            klientName: string;
            klientOrt: string | null;
            klientPlz: string | null;
            klientStrasse: string | null;
            klientTelefon: string | null;
            kollisionFreigabeGrund: string | null;
            kollisionGeprueftAm: string | null;
            referenz: string;
            sachgebiet: string;
            status: MandatsanfrageStatus;
            streitwert: string | null;
            umfang: string | null;
            akt: {
                id: string;
            } | null;
            dokumente: Array<{
                dateiname: string;
                groesse: number;
                typ: string;
            }>;
            gegner: Array<{
                art: PersonArt;
                name: string;
                ort: string | null;
                plz: string | null;
                strasse: string | null;
            }>;
            kollisionFreigabeVon: {
                id: string;
            } | null;
            kollisionTreffer: Array<{
                aktId: string;
                aktenzeichen: string;
                bekannteRolle: ParteiRolle;
                bekannterName: string;
                gruende: Array<string>;
                name: string;
                neueRolle: ParteiRolle;
                personId: string;
            }> | null;
            zugewiesenAn: {
                id: string;
            } | null;
            zuweisungsvorschlag: Array<{
                offeneAkten: number;
                sachgebietPasst: boolean;
                benutzer: {
                    id: string;
                };
            }>;
        };
    } | {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type BuchungVerwerfenMutationVariables = Exact<{
    input: BuchungVerwerfenInput;
}>;
export type BuchungVerwerfenMutation = {
    buchungVerwerfen: {
        __typename: 'BuchungVerwerfenPayload';
        bankbuchung: {
            angelegtAm: string;
            bankReferenz: string;
            betrag: string;
            buchungsdatum: string;
            erledigtAm: string | null;
            grund: string | null;
            id: string;
            kontoIban: string;
            richtung: string;
            status: BankbuchungStatus;
            strukturierteReferenz: string | null;
            teil: number;
            transaktionIndex: number;
            valutadatum: string | null;
            verwendungszweck: string | null;
            waehrung: string;
            zahlerIban: string | null;
            zahlerName: string | null;
            akt: {
                id: string;
            } | null;
            honorarnote: {
                id: string;
            } | null;
            honorarzahlung: {
                id: string;
            } | null;
            zahlung: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type BuchungZuordnenMutationVariables = Exact<{
    input: BuchungZuordnenInput;
}>;
export type BuchungZuordnenMutation = {
    buchungZuordnen: {
        __typename: 'BuchungZuordnenPayload';
        bankbuchung: {
            angelegtAm: string;
            bankReferenz: string;
            betrag: string;
            buchungsdatum: string;
            erledigtAm: string | null;
            grund: string | null;
            id: string;
            kontoIban: string;
            richtung: string;
            status: BankbuchungStatus;
            strukturierteReferenz: string | null;
            teil: number;
            transaktionIndex: number;
            valutadatum: string | null;
            verwendungszweck: string | null;
            waehrung: string;
            zahlerIban: string | null;
            zahlerName: string | null;
            akt: {
                id: string;
            } | null;
            honorarnote: {
                id: string;
            } | null;
            honorarzahlung: {
                id: string;
            } | null;
            zahlung: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type CopyTarifMutationVariables = Exact<{
    input: CopyTarifInput;
}>;
export type CopyTarifMutation = {
    copyTarif: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'CopyTarifPayload';
        tarif: {
            code: string;
            id: string;
            name: string;
            porto: boolean;
            positionen: Array<{
                anzahl: number;
                reihenfolge: number;
                tarifpost: Tarifpost;
                zuschlag: boolean;
            }>;
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type CreateAktMutationVariables = Exact<{
    input: CreateAktInput;
}>;
export type CreateAktMutation = {
    createAkt: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'CreateAktPayload';
        akt: {
            abgeschlossenAm: string | null;
            aktenzeichen: string;
            angelegtAm: string;
            archiviertAm: string | null;
            aufbewahrenBis: string | null;
            bemessungsgrundlage: string | null;
            bezeichnung: string;
            geschaeftszahlen: Array<string>;
            id: string;
            rechtlicheSperreBis: string | null;
            sachgebiet: string | null;
            status: AktStatus;
            version: number;
            zahlungsreihenfolge: Zahlungsreihenfolge;
            beschlusskostennote: {
                barauslagenKlient: string;
                summe: string;
                summeKanzlei: string;
            };
            forderungen: Array<{
                id: string;
            }>;
            gegner: Array<{
                id: string;
            }>;
            honorarnoten: Array<{
                id: string;
            }>;
            klient: {
                id: string;
            };
            leistungen: Array<{
                id: string;
            }>;
            mahnschreiben: Array<{
                id: string;
            }>;
            mandatsanfrage: {
                id: string;
            } | null;
            ratenvereinbarung: {
                anzahl: number;
                ersteFaelligkeit: string;
                intervallMonate: number;
                rate: string;
            } | null;
            titel: Array<{
                id: string;
            }>;
            verlauf: Array<{
                am: string;
                grund: string | null;
                nach: AktStatus;
                von: AktStatus | null;
                benutzer: {
                    id: string;
                } | null;
            }>;
            zahlungen: Array<{
                id: string;
            }>;
            zahlungsreferenzen: Array<{
                gegnerPosition: number;
                rfReferenz: string;
                gegner: {
                    id: string;
                };
            }>;
            zustaendig: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type CreateForderungMutationVariables = Exact<{
    input: CreateForderungInput;
}>;
export type CreateForderungMutation = {
    createForderung: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'CreateForderungPayload';
        hinweis: string | null;
        forderung: {
            art: ForderungArt;
            betrag: string;
            bezeichnung: string | null;
            faelligAm: string | null;
            id: string;
            zinsenAb: string | null;
            zinssatz: string | null;
            akt: {
                id: string;
            };
            titel: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type CreateGerichtMutationVariables = Exact<{
    input: CreateGerichtInput;
}>;
export type CreateGerichtMutation = {
    createGericht: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'CreateGerichtPayload';
        gericht: {
            art: GerichtArt;
            bundesland: string | null;
            eigenes: boolean;
            id: string;
            kurzbezeichnung: string;
            name: string;
            ort: string;
            plz: string;
            strasse: string | null;
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type CreateKommunikationMutationVariables = Exact<{
    input: CreateKommunikationInput;
}>;
export type CreateKommunikationMutation = {
    createKommunikation: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'CreateKommunikationPayload';
        kommunikation: {
            am: string;
            betreff: string;
            fuerMandant: boolean;
            id: string;
            kanal: Kanal;
            richtung: Richtung;
            text: string | null;
            benutzer: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type CreateLeistungMutationVariables = Exact<{
    input: CreateLeistungInput;
}>;
export type CreateLeistungMutation = {
    createLeistung: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'CreateLeistungPayload';
        leistung: {
            barauslagenDurchlaufer: string;
            barauslagenUstFrei: string;
            barauslagenUstPflichtig: string;
            bemessungsgrundlage: string | null;
            datum: string;
            einheitssatz: string;
            gerichtlichBestimmt: boolean;
            id: string;
            kuerzel: string;
            ratgGueltigAb: string | null;
            streitgenossenzuschlag: string;
            tarifbasis: string | null;
            text: string | null;
            ust: string;
            verdienst: string;
            zeitMinuten: number | null;
            akt: {
                id: string;
            };
            honorarnote: {
                id: string;
            } | null;
            sachbearbeiter: {
                id: string;
            } | null;
            titel: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type CreatePersonMutationVariables = Exact<{
    input: CreatePersonInput;
}>;
export type CreatePersonMutation = {
    createPerson: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'CreatePersonPayload';
        person: {
            art: PersonArt;
            email: string | null;
            id: string;
            kurzbezeichnung: string;
            name: string;
            ort: string | null;
            plz: string | null;
            strasse: string | null;
            telefon: string | null;
            uid: string | null;
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type CreateTitelMutationVariables = Exact<{
    input: CreateTitelInput;
}>;
export type CreateTitelMutation = {
    createTitel: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'CreateTitelPayload';
        titel: {
            barauslagenDurchlaufer: string;
            barauslagenKlient: string;
            barauslagenUstFrei: string;
            barauslagenUstPflichtig: string;
            beschlussart: Beschlussart;
            datum: string;
            einheitssatz: string;
            gegenWen: number | null;
            geschaeftszahl: string | null;
            geschaeftszahlHinweis: string | null;
            honorartext: string | null;
            id: string;
            memo: string | null;
            ust: string;
            ustErfasst: boolean;
            verdienst: string;
            vollstreckbarAm: string | null;
            weiteresVorbringen: Array<string>;
            zeitMinuten: number | null;
            zinsen54a: boolean;
            zinsen54aErfasst: boolean;
            zugesprochen: string;
            akt: {
                id: string;
            };
            forderungen: Array<{
                id: string;
            }>;
            gericht: {
                id: string;
            };
            leistung: {
                id: string;
            } | null;
            sachbearbeiter: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type CreateTitelFromLeistungMutationVariables = Exact<{
    input: CreateTitelFromLeistungInput;
}>;
export type CreateTitelFromLeistungMutation = {
    createTitelFromLeistung: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'CreateTitelFromLeistungPayload';
        titel: {
            barauslagenDurchlaufer: string;
            barauslagenKlient: string;
            barauslagenUstFrei: string;
            barauslagenUstPflichtig: string;
            beschlussart: Beschlussart;
            datum: string;
            einheitssatz: string;
            gegenWen: number | null;
            geschaeftszahl: string | null;
            geschaeftszahlHinweis: string | null;
            honorartext: string | null;
            id: string;
            memo: string | null;
            ust: string;
            ustErfasst: boolean;
            verdienst: string;
            vollstreckbarAm: string | null;
            weiteresVorbringen: Array<string>;
            zeitMinuten: number | null;
            zinsen54a: boolean;
            zinsen54aErfasst: boolean;
            zugesprochen: string;
            akt: {
                id: string;
            };
            forderungen: Array<{
                id: string;
            }>;
            gericht: {
                id: string;
            };
            leistung: {
                id: string;
            } | null;
            sachbearbeiter: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type CreateWebhookMutationVariables = Exact<{
    input: CreateWebhookInput;
}>;
export type CreateWebhookMutation = {
    createWebhook: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'CreateWebhookPayload';
        secret: string;
        webhook: {
            angelegtAm: string;
            beschreibung: string | null;
            ereignisse: Array<WebhookEreignisTyp>;
            geaendertAm: string;
            id: string;
            pausiertAm: string | null;
            pausiertGrund: string | null;
            status: WebhookStatus;
            url: string;
            vorherigesSecretGueltigBis: string | null;
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type DeleteForderungMutationVariables = Exact<{
    input: DeleteForderungInput;
}>;
export type DeleteForderungMutation = {
    deleteForderung: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'DeleteForderungPayload';
        deletedId: string;
        akt: {
            abgeschlossenAm: string | null;
            aktenzeichen: string;
            angelegtAm: string;
            archiviertAm: string | null;
            aufbewahrenBis: string | null;
            bemessungsgrundlage: string | null;
            bezeichnung: string;
            geschaeftszahlen: Array<string>;
            id: string;
            rechtlicheSperreBis: string | null;
            sachgebiet: string | null;
            status: AktStatus;
            version: number;
            zahlungsreihenfolge: Zahlungsreihenfolge;
            beschlusskostennote: {
                barauslagenKlient: string;
                summe: string;
                summeKanzlei: string;
            };
            forderungen: Array<{
                id: string;
            }>;
            gegner: Array<{
                id: string;
            }>;
            honorarnoten: Array<{
                id: string;
            }>;
            klient: {
                id: string;
            };
            leistungen: Array<{
                id: string;
            }>;
            mahnschreiben: Array<{
                id: string;
            }>;
            mandatsanfrage: {
                id: string;
            } | null;
            ratenvereinbarung: {
                anzahl: number;
                ersteFaelligkeit: string;
                intervallMonate: number;
                rate: string;
            } | null;
            titel: Array<{
                id: string;
            }>;
            verlauf: Array<{
                am: string;
                grund: string | null;
                nach: AktStatus;
                von: AktStatus | null;
                benutzer: {
                    id: string;
                } | null;
            }>;
            zahlungen: Array<{
                id: string;
            }>;
            zahlungsreferenzen: Array<{
                gegnerPosition: number;
                rfReferenz: string;
                gegner: {
                    id: string;
                };
            }>;
            zustaendig: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type DeleteLeistungMutationVariables = Exact<{
    input: DeleteLeistungInput;
}>;
export type DeleteLeistungMutation = {
    deleteLeistung: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'DeleteLeistungPayload';
        deletedId: string;
        akt: {
            abgeschlossenAm: string | null;
            aktenzeichen: string;
            angelegtAm: string;
            archiviertAm: string | null;
            aufbewahrenBis: string | null;
            bemessungsgrundlage: string | null;
            bezeichnung: string;
            geschaeftszahlen: Array<string>;
            id: string;
            rechtlicheSperreBis: string | null;
            sachgebiet: string | null;
            status: AktStatus;
            version: number;
            zahlungsreihenfolge: Zahlungsreihenfolge;
            beschlusskostennote: {
                barauslagenKlient: string;
                summe: string;
                summeKanzlei: string;
            };
            forderungen: Array<{
                id: string;
            }>;
            gegner: Array<{
                id: string;
            }>;
            honorarnoten: Array<{
                id: string;
            }>;
            klient: {
                id: string;
            };
            leistungen: Array<{
                id: string;
            }>;
            mahnschreiben: Array<{
                id: string;
            }>;
            mandatsanfrage: {
                id: string;
            } | null;
            ratenvereinbarung: {
                anzahl: number;
                ersteFaelligkeit: string;
                intervallMonate: number;
                rate: string;
            } | null;
            titel: Array<{
                id: string;
            }>;
            verlauf: Array<{
                am: string;
                grund: string | null;
                nach: AktStatus;
                von: AktStatus | null;
                benutzer: {
                    id: string;
                } | null;
            }>;
            zahlungen: Array<{
                id: string;
            }>;
            zahlungsreferenzen: Array<{
                gegnerPosition: number;
                rfReferenz: string;
                gegner: {
                    id: string;
                };
            }>;
            zustaendig: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type DeleteTitelMutationVariables = Exact<{
    input: DeleteTitelInput;
}>;
export type DeleteTitelMutation = {
    deleteTitel: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'DeleteTitelPayload';
        deletedId: string;
        akt: {
            abgeschlossenAm: string | null;
            aktenzeichen: string;
            angelegtAm: string;
            archiviertAm: string | null;
            aufbewahrenBis: string | null;
            bemessungsgrundlage: string | null;
            bezeichnung: string;
            geschaeftszahlen: Array<string>;
            id: string;
            rechtlicheSperreBis: string | null;
            sachgebiet: string | null;
            status: AktStatus;
            version: number;
            zahlungsreihenfolge: Zahlungsreihenfolge;
            beschlusskostennote: {
                barauslagenKlient: string;
                summe: string;
                summeKanzlei: string;
            };
            forderungen: Array<{
                id: string;
            }>;
            gegner: Array<{
                id: string;
            }>;
            honorarnoten: Array<{
                id: string;
            }>;
            klient: {
                id: string;
            };
            leistungen: Array<{
                id: string;
            }>;
            mahnschreiben: Array<{
                id: string;
            }>;
            mandatsanfrage: {
                id: string;
            } | null;
            ratenvereinbarung: {
                anzahl: number;
                ersteFaelligkeit: string;
                intervallMonate: number;
                rate: string;
            } | null;
            titel: Array<{
                id: string;
            }>;
            verlauf: Array<{
                am: string;
                grund: string | null;
                nach: AktStatus;
                von: AktStatus | null;
                benutzer: {
                    id: string;
                } | null;
            }>;
            zahlungen: Array<{
                id: string;
            }>;
            zahlungsreferenzen: Array<{
                gegnerPosition: number;
                rfReferenz: string;
                gegner: {
                    id: string;
                };
            }>;
            zustaendig: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type DeleteWebhookMutationVariables = Exact<{
    input: DeleteWebhookInput;
}>;
export type DeleteWebhookMutation = {
    deleteWebhook: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'DeleteWebhookPayload';
        deletedId: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type ErfasseHonorarzahlungMutationVariables = Exact<{
    input: ErfasseHonorarzahlungInput;
}>;
export type ErfasseHonorarzahlungMutation = {
    erfasseHonorarzahlung: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ErfasseHonorarzahlungPayload';
        honorarnote: {
            art: HonorarnoteArt;
            barauslagenDurchlaufer: string;
            barauslagenUstFrei: string;
            barauslagenUstPflichtig: string;
            bezahltAm: string | null;
            bezahlterBetrag: string;
            brutto: string;
            datum: string;
            einheitssatz: string;
            empfaengerAnschrift: string | null;
            empfaengerName: string;
            faelligAm: string;
            id: string;
            nummer: string;
            offenerBetrag: string;
            rfReferenz: string;
            stornoGrund: string | null;
            streitgenossenzuschlag: string;
            ust: string;
            ustBasis: string;
            verdienst: string;
            zahlungsstatus: Zahlungsstatus;
            abschreibung: {
                am: string;
                betrag: string;
                grund: string;
                benutzer: {
                    id: string;
                } | null;
            } | null;
            akt: {
                id: string;
            };
            honorarzahlungen: Array<{
                id: string;
            }>;
            positionen: Array<{
                barauslagenDurchlaufer: string;
                barauslagenUstFrei: string;
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
            }>;
            storniertDurch: {
                id: string;
            } | null;
            stornoVon: {
                id: string;
            } | null;
        };
        honorarzahlung: {
            angelegtAm: string;
            betrag: string;
            bezahltAm: string;
            id: string;
            storniertAm: string | null;
            stornoGrund: string | null;
            verwendungszweck: string | null;
            honorarnote: {
                id: string;
            };
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type ErfasseZahlungMutationVariables = Exact<{
    input: ErfasseZahlungInput;
}>;
export type ErfasseZahlungMutation = {
    erfasseZahlung: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ErfasseZahlungPayload';
        zahlung: {
            betrag: string;
            datum: string;
            id: string;
            storniertAm: string | null;
            stornoGrund: string | null;
            verwendungszweck: string | null;
            akt: {
                id: string;
            };
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type ErstelleHonorarnoteMutationVariables = Exact<{
    input: ErstelleHonorarnoteInput;
}>;
export type ErstelleHonorarnoteMutation = {
    erstelleHonorarnote: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ErstelleHonorarnotePayload';
        honorarnote: {
            art: HonorarnoteArt;
            barauslagenDurchlaufer: string;
            barauslagenUstFrei: string;
            barauslagenUstPflichtig: string;
            bezahltAm: string | null;
            bezahlterBetrag: string;
            brutto: string;
            datum: string;
            einheitssatz: string;
            empfaengerAnschrift: string | null;
            empfaengerName: string;
            faelligAm: string;
            id: string;
            nummer: string;
            offenerBetrag: string;
            rfReferenz: string;
            stornoGrund: string | null;
            streitgenossenzuschlag: string;
            ust: string;
            ustBasis: string;
            verdienst: string;
            zahlungsstatus: Zahlungsstatus;
            abschreibung: {
                am: string;
                betrag: string;
                grund: string;
                benutzer: {
                    id: string;
                } | null;
            } | null;
            akt: {
                id: string;
            };
            honorarzahlungen: Array<{
                id: string;
            }>;
            positionen: Array<{
                barauslagenDurchlaufer: string;
                barauslagenUstFrei: string;
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
            }>;
            storniertDurch: {
                id: string;
            } | null;
            stornoVon: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type ImportiereKontoauszugMutationVariables = Exact<{
    input: ImportiereKontoauszugInput;
}>;
export type ImportiereKontoauszugMutation = {
    importiereKontoauszug: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'ImportiereKontoauszugPayload';
        bereitsBekannt: Array<{
            angelegtAm: string;
            bankReferenz: string;
            betrag: string;
            buchungsdatum: string;
            erledigtAm: string | null;
            grund: string | null;
            id: string;
            kontoIban: string;
            richtung: string;
            status: BankbuchungStatus;
            strukturierteReferenz: string | null;
            teil: number;
            transaktionIndex: number;
            valutadatum: string | null;
            verwendungszweck: string | null;
            waehrung: string;
            zahlerIban: string | null;
            zahlerName: string | null;
            akt: {
                id: string;
            } | null;
            honorarnote: {
                id: string;
            } | null;
            honorarzahlung: {
                id: string;
            } | null;
            zahlung: {
                id: string;
            } | null;
        }>;
        gebucht: Array<{
            angelegtAm: string;
            bankReferenz: string;
            betrag: string;
            buchungsdatum: string;
            erledigtAm: string | null;
            grund: string | null;
            id: string;
            kontoIban: string;
            richtung: string;
            status: BankbuchungStatus;
            strukturierteReferenz: string | null;
            teil: number;
            transaktionIndex: number;
            valutadatum: string | null;
            verwendungszweck: string | null;
            waehrung: string;
            zahlerIban: string | null;
            zahlerName: string | null;
            akt: {
                id: string;
            } | null;
            honorarnote: {
                id: string;
            } | null;
            honorarzahlung: {
                id: string;
            } | null;
            zahlung: {
                id: string;
            } | null;
        }>;
        ignoriert: Array<{
            angelegtAm: string;
            bankReferenz: string;
            betrag: string;
            buchungsdatum: string;
            erledigtAm: string | null;
            grund: string | null;
            id: string;
            kontoIban: string;
            richtung: string;
            status: BankbuchungStatus;
            strukturierteReferenz: string | null;
            teil: number;
            transaktionIndex: number;
            valutadatum: string | null;
            verwendungszweck: string | null;
            waehrung: string;
            zahlerIban: string | null;
            zahlerName: string | null;
            akt: {
                id: string;
            } | null;
            honorarnote: {
                id: string;
            } | null;
            honorarzahlung: {
                id: string;
            } | null;
            zahlung: {
                id: string;
            } | null;
        }>;
        import: {
            angelegtAm: string;
            anzahlBekannt: number;
            anzahlGebucht: number;
            anzahlIgnoriert: number;
            anzahlOffen: number;
            anzahlVorschlag: number;
            auszugId: string;
            dateiBytes: number;
            format: KontoauszugFormat;
            id: string;
            kontoIban: string;
        };
        offen: Array<{
            angelegtAm: string;
            bankReferenz: string;
            betrag: string;
            buchungsdatum: string;
            erledigtAm: string | null;
            grund: string | null;
            id: string;
            kontoIban: string;
            richtung: string;
            status: BankbuchungStatus;
            strukturierteReferenz: string | null;
            teil: number;
            transaktionIndex: number;
            valutadatum: string | null;
            verwendungszweck: string | null;
            waehrung: string;
            zahlerIban: string | null;
            zahlerName: string | null;
            akt: {
                id: string;
            } | null;
            honorarnote: {
                id: string;
            } | null;
            honorarzahlung: {
                id: string;
            } | null;
            zahlung: {
                id: string;
            } | null;
        }>;
        vorgeschlagen: Array<{
            angelegtAm: string;
            bankReferenz: string;
            betrag: string;
            buchungsdatum: string;
            erledigtAm: string | null;
            grund: string | null;
            id: string;
            kontoIban: string;
            richtung: string;
            status: BankbuchungStatus;
            strukturierteReferenz: string | null;
            teil: number;
            transaktionIndex: number;
            valutadatum: string | null;
            verwendungszweck: string | null;
            waehrung: string;
            zahlerIban: string | null;
            zahlerName: string | null;
            akt: {
                id: string;
            } | null;
            honorarnote: {
                id: string;
            } | null;
            honorarzahlung: {
                id: string;
            } | null;
            zahlung: {
                id: string;
            } | null;
        }>;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type LoescheAbgelaufeneAktenMutationVariables = Exact<{
    input?: LoescheAbgelaufeneAktenInput | null | undefined;
}>;
export type LoescheAbgelaufeneAktenMutation = {
    loescheAbgelaufeneAkten: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'LoescheAbgelaufeneAktenPayload';
        anonymisierteAnfragen: number;
        anonymisiertePersonen: number;
        geloeschteAkten: Array<string>;
        stichtag: string;
        vorschau: boolean;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type LoeschePersonendatenMutationVariables = Exact<{
    input: LoeschePersonendatenInput;
}>;
export type LoeschePersonendatenMutation = {
    loeschePersonendaten: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'LoeschePersonendatenPayload';
        anonymisierteAnfragen: number;
        geschwaerzteEintraege: number;
        person: {
            art: PersonArt;
            email: string | null;
            id: string;
            kurzbezeichnung: string;
            name: string;
            ort: string | null;
            plz: string | null;
            strasse: string | null;
            telefon: string | null;
            uid: string | null;
        };
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type MahnschreibenVersendenMutationVariables = Exact<{
    input: MahnschreibenVersendenInput;
}>;
export type MahnschreibenVersendenMutation = {
    mahnschreibenVersenden: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'MahnschreibenVersendenPayload';
        mahnschreiben: {
            angelegtAm: string;
            bezeichnung: string;
            datum: string;
            faelligAm: string;
            gegnerPosition: number;
            gesamt: string;
            id: string;
            mahnkosten: string;
            rfReferenz: string;
            stufe: number;
            tarif: string;
            akt: {
                id: string;
            };
            gegner: {
                id: string;
            };
        };
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type PruefeKollisionMutationVariables = Exact<{
    input: PruefeKollisionInput;
}>;
export type PruefeKollisionMutation = {
    pruefeKollision: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'PruefeKollisionPayload';
        mandatsanfrage: {
            ablehnungsgrund: string | null;
            beschreibung: string;
            bewertung: string | null;
            dringlichkeit: Dringlichkeit;
            eingegangenAm: string;
            id: string;
            klientArt: PersonArt;
            klientEmail: string;
            klientName: string;
            klientOrt: string | null;
            klientPlz: string | null;
            klientStrasse: string | null;
            klientTelefon: string | null;
            kollisionFreigabeGrund: string | null;
            kollisionGeprueftAm: string | null;
            referenz: string;
            sachgebiet: string;
            status: MandatsanfrageStatus;
            streitwert: string | null;
            umfang: string | null;
            akt: {
                id: string;
            } | null;
            dokumente: Array<{
                dateiname: string;
                groesse: number;
                typ: string;
            }>;
            gegner: Array<{
                art: PersonArt;
                name: string;
                ort: string | null;
                plz: string | null;
                strasse: string | null;
            }>;
            kollisionFreigabeVon: {
                id: string;
            } | null;
            kollisionTreffer: Array<{
                aktId: string;
                aktenzeichen: string;
                bekannteRolle: ParteiRolle;
                bekannterName: string;
                gruende: Array<string>;
                name: string;
                neueRolle: ParteiRolle;
                personId: string;
            }> | null;
            zugewiesenAn: {
                id: string;
            } | null;
            zuweisungsvorschlag: Array<{
                offeneAkten: number;
                sachgebietPasst: boolean;
                benutzer: {
                    id: string;
                };
            }>;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type RevokeApiKeyMutationVariables = Exact<{
    input: RevokeApiKeyInput;
}>;
export type RevokeApiKeyMutation = {
    revokeApiKey: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'RevokeApiKeyPayload';
        apiKey: {
            angelegtAm: string;
            id: string;
            partner: boolean;
            prefix: string;
            widerrufenAm: string | null;
            benutzer: {
                id: string;
            };
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type RotateIntakeTokenMutationVariables = Exact<{
    [key: string]: never;
}>;
export type RotateIntakeTokenMutation = {
    rotateIntakeToken: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'RotateIntakeTokenPayload';
        token: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type RotateWebhookSecretMutationVariables = Exact<{
    input: RotateWebhookSecretInput;
}>;
export type RotateWebhookSecretMutation = {
    rotateWebhookSecret: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'RotateWebhookSecretPayload';
        secret: string;
        webhook: {
            angelegtAm: string;
            beschreibung: string | null;
            ereignisse: Array<WebhookEreignisTyp>;
            geaendertAm: string;
            id: string;
            pausiertAm: string | null;
            pausiertGrund: string | null;
            status: WebhookStatus;
            url: string;
            vorherigesSecretGueltigBis: string | null;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type SchreibeHonorarnoteAbMutationVariables = Exact<{
    input: SchreibeHonorarnoteAbInput;
}>;
export type SchreibeHonorarnoteAbMutation = {
    schreibeHonorarnoteAb: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'SchreibeHonorarnoteAbPayload';
        honorarnote: {
            art: HonorarnoteArt;
            barauslagenDurchlaufer: string;
            barauslagenUstFrei: string;
            barauslagenUstPflichtig: string;
            bezahltAm: string | null;
            bezahlterBetrag: string;
            brutto: string;
            datum: string;
            einheitssatz: string;
            empfaengerAnschrift: string | null;
            empfaengerName: string;
            faelligAm: string;
            id: string;
            nummer: string;
            offenerBetrag: string;
            rfReferenz: string;
            stornoGrund: string | null;
            streitgenossenzuschlag: string;
            ust: string;
            ustBasis: string;
            verdienst: string;
            zahlungsstatus: Zahlungsstatus;
            abschreibung: {
                am: string;
                betrag: string;
                grund: string;
                benutzer: {
                    id: string;
                } | null;
            } | null;
            akt: {
                id: string;
            };
            honorarzahlungen: Array<{
                id: string;
            }>;
            positionen: Array<{
                barauslagenDurchlaufer: string;
                barauslagenUstFrei: string;
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
            }>;
            storniertDurch: {
                id: string;
            } | null;
            stornoVon: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type SetAktStatusMutationVariables = Exact<{
    input: SetAktStatusInput;
}>;
export type SetAktStatusMutation = {
    setAktStatus: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'SetAktStatusPayload';
        akt: {
            abgeschlossenAm: string | null;
            aktenzeichen: string;
            angelegtAm: string;
            archiviertAm: string | null;
            aufbewahrenBis: string | null;
            bemessungsgrundlage: string | null;
            bezeichnung: string;
            geschaeftszahlen: Array<string>;
            id: string;
            rechtlicheSperreBis: string | null;
            sachgebiet: string | null;
            status: AktStatus;
            version: number;
            zahlungsreihenfolge: Zahlungsreihenfolge;
            beschlusskostennote: {
                barauslagenKlient: string;
                summe: string;
                summeKanzlei: string;
            };
            forderungen: Array<{
                id: string;
            }>;
            gegner: Array<{
                id: string;
            }>;
            honorarnoten: Array<{
                id: string;
            }>;
            klient: {
                id: string;
            };
            leistungen: Array<{
                id: string;
            }>;
            mahnschreiben: Array<{
                id: string;
            }>;
            mandatsanfrage: {
                id: string;
            } | null;
            ratenvereinbarung: {
                anzahl: number;
                ersteFaelligkeit: string;
                intervallMonate: number;
                rate: string;
            } | null;
            titel: Array<{
                id: string;
            }>;
            verlauf: Array<{
                am: string;
                grund: string | null;
                nach: AktStatus;
                von: AktStatus | null;
                benutzer: {
                    id: string;
                } | null;
            }>;
            zahlungen: Array<{
                id: string;
            }>;
            zahlungsreferenzen: Array<{
                gegnerPosition: number;
                rfReferenz: string;
                gegner: {
                    id: string;
                };
            }>;
            zustaendig: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type SetGegnerMutationVariables = Exact<{
    input: SetGegnerInput;
}>;
export type SetGegnerMutation = {
    setGegner: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'SetGegnerPayload';
        akt: {
            abgeschlossenAm: string | null;
            aktenzeichen: string;
            angelegtAm: string;
            archiviertAm: string | null;
            aufbewahrenBis: string | null;
            bemessungsgrundlage: string | null;
            bezeichnung: string;
            geschaeftszahlen: Array<string>;
            id: string;
            rechtlicheSperreBis: string | null;
            sachgebiet: string | null;
            status: AktStatus;
            version: number;
            zahlungsreihenfolge: Zahlungsreihenfolge;
            beschlusskostennote: {
                barauslagenKlient: string;
                summe: string;
                summeKanzlei: string;
            };
            forderungen: Array<{
                id: string;
            }>;
            gegner: Array<{
                id: string;
            }>;
            honorarnoten: Array<{
                id: string;
            }>;
            klient: {
                id: string;
            };
            leistungen: Array<{
                id: string;
            }>;
            mahnschreiben: Array<{
                id: string;
            }>;
            mandatsanfrage: {
                id: string;
            } | null;
            ratenvereinbarung: {
                anzahl: number;
                ersteFaelligkeit: string;
                intervallMonate: number;
                rate: string;
            } | null;
            titel: Array<{
                id: string;
            }>;
            verlauf: Array<{
                am: string;
                grund: string | null;
                nach: AktStatus;
                von: AktStatus | null;
                benutzer: {
                    id: string;
                } | null;
            }>;
            zahlungen: Array<{
                id: string;
            }>;
            zahlungsreferenzen: Array<{
                gegnerPosition: number;
                rfReferenz: string;
                gegner: {
                    id: string;
                };
            }>;
            zustaendig: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type SetLeistungsartMutationVariables = Exact<{
    input: SetLeistungsartInput;
}>;
export type SetLeistungsartMutation = {
    setLeistungsart: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'SetLeistungsartPayload';
        leistungsart: {
            id: string;
            kuerzel: string;
            nachDauer: boolean;
            name: string;
            ratgPost: Tarifpost | null;
            tarif: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type SetPortoMutationVariables = Exact<{
    input: SetPortoInput;
}>;
export type SetPortoMutation = {
    setPorto: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'SetPortoPayload';
        portoSatz: {
            betrag: string;
            bezeichnung: string | null;
            gueltigAb: string;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type SetRatenvereinbarungMutationVariables = Exact<{
    input: SetRatenvereinbarungInput;
}>;
export type SetRatenvereinbarungMutation = {
    setRatenvereinbarung: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'SetRatenvereinbarungPayload';
        akt: {
            abgeschlossenAm: string | null;
            aktenzeichen: string;
            angelegtAm: string;
            archiviertAm: string | null;
            aufbewahrenBis: string | null;
            bemessungsgrundlage: string | null;
            bezeichnung: string;
            geschaeftszahlen: Array<string>;
            id: string;
            rechtlicheSperreBis: string | null;
            sachgebiet: string | null;
            status: AktStatus;
            version: number;
            zahlungsreihenfolge: Zahlungsreihenfolge;
            beschlusskostennote: {
                barauslagenKlient: string;
                summe: string;
                summeKanzlei: string;
            };
            forderungen: Array<{
                id: string;
            }>;
            gegner: Array<{
                id: string;
            }>;
            honorarnoten: Array<{
                id: string;
            }>;
            klient: {
                id: string;
            };
            leistungen: Array<{
                id: string;
            }>;
            mahnschreiben: Array<{
                id: string;
            }>;
            mandatsanfrage: {
                id: string;
            } | null;
            ratenvereinbarung: {
                anzahl: number;
                ersteFaelligkeit: string;
                intervallMonate: number;
                rate: string;
            } | null;
            titel: Array<{
                id: string;
            }>;
            verlauf: Array<{
                am: string;
                grund: string | null;
                nach: AktStatus;
                von: AktStatus | null;
                benutzer: {
                    id: string;
                } | null;
            }>;
            zahlungen: Array<{
                id: string;
            }>;
            zahlungsreferenzen: Array<{
                gegnerPosition: number;
                rfReferenz: string;
                gegner: {
                    id: string;
                };
            }>;
            zustaendig: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type SetRechtlicheSperreMutationVariables = Exact<{
    input: SetRechtlicheSperreInput;
}>;
export type SetRechtlicheSperreMutation = {
    setRechtlicheSperre: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'SetRechtlicheSperrePayload';
        akt: {
            abgeschlossenAm: string | null;
            aktenzeichen: string;
            angelegtAm: string;
            archiviertAm: string | null;
            aufbewahrenBis: string | null;
            bemessungsgrundlage: string | null;
            bezeichnung: string;
            geschaeftszahlen: Array<string>;
            id: string;
            rechtlicheSperreBis: string | null;
            sachgebiet: string | null;
            status: AktStatus;
            version: number;
            zahlungsreihenfolge: Zahlungsreihenfolge;
            beschlusskostennote: {
                barauslagenKlient: string;
                summe: string;
                summeKanzlei: string;
            };
            forderungen: Array<{
                id: string;
            }>;
            gegner: Array<{
                id: string;
            }>;
            honorarnoten: Array<{
                id: string;
            }>;
            klient: {
                id: string;
            };
            leistungen: Array<{
                id: string;
            }>;
            mahnschreiben: Array<{
                id: string;
            }>;
            mandatsanfrage: {
                id: string;
            } | null;
            ratenvereinbarung: {
                anzahl: number;
                ersteFaelligkeit: string;
                intervallMonate: number;
                rate: string;
            } | null;
            titel: Array<{
                id: string;
            }>;
            verlauf: Array<{
                am: string;
                grund: string | null;
                nach: AktStatus;
                von: AktStatus | null;
                benutzer: {
                    id: string;
                } | null;
            }>;
            zahlungen: Array<{
                id: string;
            }>;
            zahlungsreferenzen: Array<{
                gegnerPosition: number;
                rfReferenz: string;
                gegner: {
                    id: string;
                };
            }>;
            zustaendig: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type SetSachgebieteMutationVariables = Exact<{
    input: SetSachgebieteInput;
}>;
export type SetSachgebieteMutation = {
    setSachgebiete: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'SetSachgebietePayload';
        benutzer: {
            id: string;
            kuerzel: string;
            name: string;
            rolle: Rolle;
            sachgebiete: Array<string>;
            kanzlei: {
                id: string;
            };
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type StornoHonorarnoteMutationVariables = Exact<{
    input: StornoHonorarnoteInput;
}>;
export type StornoHonorarnoteMutation = {
    stornoHonorarnote: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'StornoHonorarnotePayload';
        honorarnote: {
            art: HonorarnoteArt;
            barauslagenDurchlaufer: string;
            barauslagenUstFrei: string;
            barauslagenUstPflichtig: string;
            bezahltAm: string | null;
            bezahlterBetrag: string;
            brutto: string;
            datum: string;
            einheitssatz: string;
            empfaengerAnschrift: string | null;
            empfaengerName: string;
            faelligAm: string;
            id: string;
            nummer: string;
            offenerBetrag: string;
            rfReferenz: string;
            stornoGrund: string | null;
            streitgenossenzuschlag: string;
            ust: string;
            ustBasis: string;
            verdienst: string;
            zahlungsstatus: Zahlungsstatus;
            abschreibung: {
                am: string;
                betrag: string;
                grund: string;
                benutzer: {
                    id: string;
                } | null;
            } | null;
            akt: {
                id: string;
            };
            honorarzahlungen: Array<{
                id: string;
            }>;
            positionen: Array<{
                barauslagenDurchlaufer: string;
                barauslagenUstFrei: string;
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
            }>;
            storniertDurch: {
                id: string;
            } | null;
            stornoVon: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type StornoHonorarzahlungMutationVariables = Exact<{
    input: StornoHonorarzahlungInput;
}>;
export type StornoHonorarzahlungMutation = {
    stornoHonorarzahlung: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'StornoHonorarzahlungPayload';
        honorarnote: {
            art: HonorarnoteArt;
            barauslagenDurchlaufer: string;
            barauslagenUstFrei: string;
            barauslagenUstPflichtig: string;
            bezahltAm: string | null;
            bezahlterBetrag: string;
            brutto: string;
            datum: string;
            einheitssatz: string;
            empfaengerAnschrift: string | null;
            empfaengerName: string;
            faelligAm: string;
            id: string;
            nummer: string;
            offenerBetrag: string;
            rfReferenz: string;
            stornoGrund: string | null;
            streitgenossenzuschlag: string;
            ust: string;
            ustBasis: string;
            verdienst: string;
            zahlungsstatus: Zahlungsstatus;
            abschreibung: {
                am: string;
                betrag: string;
                grund: string;
                benutzer: {
                    id: string;
                } | null;
            } | null;
            akt: {
                id: string;
            };
            honorarzahlungen: Array<{
                id: string;
            }>;
            positionen: Array<{
                barauslagenDurchlaufer: string;
                barauslagenUstFrei: string;
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
            }>;
            storniertDurch: {
                id: string;
            } | null;
            stornoVon: {
                id: string;
            } | null;
        };
        honorarzahlung: {
            angelegtAm: string;
            betrag: string;
            bezahltAm: string;
            id: string;
            storniertAm: string | null;
            stornoGrund: string | null;
            verwendungszweck: string | null;
            honorarnote: {
                id: string;
            };
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type StornoZahlungMutationVariables = Exact<{
    input: StornoZahlungInput;
}>;
export type StornoZahlungMutation = {
    stornoZahlung: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'StornoZahlungPayload';
        zahlung: {
            betrag: string;
            datum: string;
            id: string;
            storniertAm: string | null;
            stornoGrund: string | null;
            verwendungszweck: string | null;
            akt: {
                id: string;
            };
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type SubmitMandatsanfrageMutationVariables = Exact<{
    input: SubmitMandatsanfrageInput;
}>;
export type SubmitMandatsanfrageMutation = {
    submitMandatsanfrage: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'RateLimitError';
        message: string;
        retryAfterSeconds: number;
    } | {
        __typename: 'SubmitMandatsanfragePayload';
        eingegangenAm: string;
        referenz: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type UpdateAktMutationVariables = Exact<{
    input: UpdateAktInput;
}>;
export type UpdateAktMutation = {
    updateAkt: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'UpdateAktPayload';
        akt: {
            abgeschlossenAm: string | null;
            aktenzeichen: string;
            angelegtAm: string;
            archiviertAm: string | null;
            aufbewahrenBis: string | null;
            bemessungsgrundlage: string | null;
            bezeichnung: string;
            geschaeftszahlen: Array<string>;
            id: string;
            rechtlicheSperreBis: string | null;
            sachgebiet: string | null;
            status: AktStatus;
            version: number;
            zahlungsreihenfolge: Zahlungsreihenfolge;
            beschlusskostennote: {
                barauslagenKlient: string;
                summe: string;
                summeKanzlei: string;
            };
            forderungen: Array<{
                id: string;
            }>;
            gegner: Array<{
                id: string;
            }>;
            honorarnoten: Array<{
                id: string;
            }>;
            klient: {
                id: string;
            };
            leistungen: Array<{
                id: string;
            }>;
            mahnschreiben: Array<{
                id: string;
            }>;
            mandatsanfrage: {
                id: string;
            } | null;
            ratenvereinbarung: {
                anzahl: number;
                ersteFaelligkeit: string;
                intervallMonate: number;
                rate: string;
            } | null;
            titel: Array<{
                id: string;
            }>;
            verlauf: Array<{
                am: string;
                grund: string | null;
                nach: AktStatus;
                von: AktStatus | null;
                benutzer: {
                    id: string;
                } | null;
            }>;
            zahlungen: Array<{
                id: string;
            }>;
            zahlungsreferenzen: Array<{
                gegnerPosition: number;
                rfReferenz: string;
                gegner: {
                    id: string;
                };
            }>;
            zustaendig: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type UpdateForderungMutationVariables = Exact<{
    input: UpdateForderungInput;
}>;
export type UpdateForderungMutation = {
    updateForderung: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'UpdateForderungPayload';
        forderung: {
            art: ForderungArt;
            betrag: string;
            bezeichnung: string | null;
            faelligAm: string | null;
            id: string;
            zinsenAb: string | null;
            zinssatz: string | null;
            akt: {
                id: string;
            };
            titel: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type UpdateKanzleiMutationVariables = Exact<{
    input: UpdateKanzleiInput;
}>;
export type UpdateKanzleiMutation = {
    updateKanzlei: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'UpdateKanzleiPayload';
        kanzlei: {
            anschrift: string | null;
            bic: string | null;
            email: string | null;
            iban: string | null;
            id: string;
            name: string;
            telefon: string | null;
            uid: string | null;
            zahlungszielTage: number;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type UpdateLeistungMutationVariables = Exact<{
    input: UpdateLeistungInput;
}>;
export type UpdateLeistungMutation = {
    updateLeistung: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'UpdateLeistungPayload';
        leistung: {
            barauslagenDurchlaufer: string;
            barauslagenUstFrei: string;
            barauslagenUstPflichtig: string;
            bemessungsgrundlage: string | null;
            datum: string;
            einheitssatz: string;
            gerichtlichBestimmt: boolean;
            id: string;
            kuerzel: string;
            ratgGueltigAb: string | null;
            streitgenossenzuschlag: string;
            tarifbasis: string | null;
            text: string | null;
            ust: string;
            verdienst: string;
            zeitMinuten: number | null;
            akt: {
                id: string;
            };
            honorarnote: {
                id: string;
            } | null;
            sachbearbeiter: {
                id: string;
            } | null;
            titel: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type UpdateMandatsanfrageMutationVariables = Exact<{
    input: UpdateMandatsanfrageInput;
}>;
export type UpdateMandatsanfrageMutation = {
    updateMandatsanfrage: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'UpdateMandatsanfragePayload';
        mandatsanfrage: {
            ablehnungsgrund: string | null;
            beschreibung: string;
            bewertung: string | null;
            dringlichkeit: Dringlichkeit;
            eingegangenAm: string;
            id: string;
            klientArt: PersonArt;
            klientEmail: string;
            klientName: string;
            klientOrt: string | null;
            klientPlz: string | null;
            klientStrasse: string | null;
            klientTelefon: string | null;
            kollisionFreigabeGrund: string | null;
            kollisionGeprueftAm: string | null;
            referenz: string;
            sachgebiet: string;
            status: MandatsanfrageStatus;
            streitwert: string | null;
            umfang: string | null;
            akt: {
                id: string;
            } | null;
            dokumente: Array<{
                dateiname: string;
                groesse: number;
                typ: string;
            }>;
            gegner: Array<{
                art: PersonArt;
                name: string;
                ort: string | null;
                plz: string | null;
                strasse: string | null;
            }>;
            kollisionFreigabeVon: {
                id: string;
            } | null;
            kollisionTreffer: Array<{
                aktId: string;
                aktenzeichen: string;
                bekannteRolle: ParteiRolle;
                bekannterName: string;
                gruende: Array<string>;
                name: string;
                neueRolle: ParteiRolle;
                personId: string;
            }> | null;
            zugewiesenAn: {
                id: string;
            } | null;
            zuweisungsvorschlag: Array<{
                offeneAkten: number;
                sachgebietPasst: boolean;
                benutzer: {
                    id: string;
                };
            }>;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type UpdatePersonMutationVariables = Exact<{
    input: UpdatePersonInput;
}>;
export type UpdatePersonMutation = {
    updatePerson: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'UpdatePersonPayload';
        person: {
            art: PersonArt;
            email: string | null;
            id: string;
            kurzbezeichnung: string;
            name: string;
            ort: string | null;
            plz: string | null;
            strasse: string | null;
            telefon: string | null;
            uid: string | null;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type UpdateTarifMutationVariables = Exact<{
    input: UpdateTarifInput;
}>;
export type UpdateTarifMutation = {
    updateTarif: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'UpdateTarifPayload';
        tarif: {
            code: string;
            id: string;
            name: string;
            porto: boolean;
            positionen: Array<{
                anzahl: number;
                reihenfolge: number;
                tarifpost: Tarifpost;
                zuschlag: boolean;
            }>;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type UpdateTitelMutationVariables = Exact<{
    input: UpdateTitelInput;
}>;
export type UpdateTitelMutation = {
    updateTitel: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'UpdateTitelPayload';
        titel: {
            barauslagenDurchlaufer: string;
            barauslagenKlient: string;
            barauslagenUstFrei: string;
            barauslagenUstPflichtig: string;
            beschlussart: Beschlussart;
            datum: string;
            einheitssatz: string;
            gegenWen: number | null;
            geschaeftszahl: string | null;
            geschaeftszahlHinweis: string | null;
            honorartext: string | null;
            id: string;
            memo: string | null;
            ust: string;
            ustErfasst: boolean;
            verdienst: string;
            vollstreckbarAm: string | null;
            weiteresVorbringen: Array<string>;
            zeitMinuten: number | null;
            zinsen54a: boolean;
            zinsen54aErfasst: boolean;
            zugesprochen: string;
            akt: {
                id: string;
            };
            forderungen: Array<{
                id: string;
            }>;
            gericht: {
                id: string;
            };
            leistung: {
                id: string;
            } | null;
            sachbearbeiter: {
                id: string;
            } | null;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type UpdateWebhookMutationVariables = Exact<{
    input: UpdateWebhookInput;
}>;
export type UpdateWebhookMutation = {
    updateWebhook: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'UpdateWebhookPayload';
        webhook: {
            angelegtAm: string;
            beschreibung: string | null;
            ereignisse: Array<WebhookEreignisTyp>;
            geaendertAm: string;
            id: string;
            pausiertAm: string | null;
            pausiertGrund: string | null;
            status: WebhookStatus;
            url: string;
            vorherigesSecretGueltigBis: string | null;
        };
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    };
};
export type ValorisiereRatgMutationVariables = Exact<{
    input: ValorisiereRatgInput;
}>;
export type ValorisiereRatgMutation = {
    valorisiereRatg: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    } | {
        __typename: 'ValorisiereRatgPayload';
        ratgTabelle: {
            bezeichnung: string;
            einheitssatzBisGrenze: string;
            einheitssatzDarueber: string;
            einheitssatzGrenze: string;
            ervErstmalig: string;
            ervWeitere: string;
            gueltigAb: string;
            tp8KurzAnteil: string;
            tp8KurzHoechstens: string;
            ust: string;
            posten: Array<{
                hoechstens: string;
                hoechstensWeitereStunde: string | null;
                tarifpost: Tarifpost;
            }>;
        };
    };
};
export type ZustellungWiederholenMutationVariables = Exact<{
    input: ZustellungWiederholenInput;
}>;
export type ZustellungWiederholenMutation = {
    zustellungWiederholen: {
        __typename: 'ConflictError';
        currentVersion: number | null;
        entity: string;
        message: string;
    } | {
        __typename: 'ForbiddenError';
        message: string;
    } | {
        __typename: 'NotFoundError';
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: 'ValidationError';
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    } | {
        __typename: 'ZustellungWiederholenPayload';
        zustellung: {
            angelegtAm: string;
            ereignisId: string;
            ereignisTyp: WebhookEreignisTyp;
            ereignisZeitpunkt: string;
            id: string;
            letzterFehler: string | null;
            letzterStatusCode: number | null;
            letzterVersuchAm: string | null;
            nachrichtId: string;
            naechsterVersuchAm: string | null;
            status: WebhookZustellungStatus;
            versuche: number;
            zugestelltAm: string | null;
        };
    };
};
export type PersonEreignisFragment = {
    id: string;
    art: PersonArt;
    name: string;
    kurzbezeichnung: string;
    strasse: string | null;
    plz: string | null;
    ort: string | null;
    email: string | null;
    telefon: string | null;
    uid: string | null;
};
export type BenutzerEreignisFragment = {
    id: string;
    kuerzel: string;
    name: string;
};
export type AktEreignisFragment = {
    id: string;
    aktenzeichen: string;
    bezeichnung: string;
    status: AktStatus;
    sachgebiet: string | null;
    version: number;
    angelegtAm: string;
    abgeschlossenAm: string | null;
    archiviertAm: string | null;
    aufbewahrenBis: string | null;
    rechtlicheSperreBis: string | null;
    bemessungsgrundlage: string | null;
    zahlungsreihenfolge: Zahlungsreihenfolge;
    ratenvereinbarung: {
        anzahl: number;
        ersteFaelligkeit: string;
        intervallMonate: number;
        rate: string;
    } | null;
    klient: {
        id: string;
        art: PersonArt;
        name: string;
        kurzbezeichnung: string;
        strasse: string | null;
        plz: string | null;
        ort: string | null;
        email: string | null;
        telefon: string | null;
        uid: string | null;
    };
    gegner: Array<{
        id: string;
        art: PersonArt;
        name: string;
        kurzbezeichnung: string;
        strasse: string | null;
        plz: string | null;
        ort: string | null;
        email: string | null;
        telefon: string | null;
        uid: string | null;
    }>;
    zustaendig: {
        id: string;
        kuerzel: string;
        name: string;
    } | null;
    mandatsanfrage: {
        id: string;
        referenz: string;
    } | null;
    verlauf: Array<{
        von: AktStatus | null;
        nach: AktStatus;
        am: string;
        grund: string | null;
        benutzer: {
            id: string;
            kuerzel: string;
            name: string;
        } | null;
    }>;
};
export type AktVerweisFragment = {
    id: string;
    aktenzeichen: string;
};
export type ForderungEreignisFragment = {
    id: string;
    art: ForderungArt;
    betrag: string;
    bezeichnung: string | null;
    faelligAm: string | null;
    zinsenAb: string | null;
    zinssatz: string | null;
    akt: {
        id: string;
        aktenzeichen: string;
    };
    titel: {
        id: string;
    } | null;
};
export type LeistungEreignisFragment = {
    id: string;
    datum: string;
    kuerzel: string;
    text: string | null;
    zeitMinuten: number | null;
    tarifbasis: string | null;
    ratgGueltigAb: string | null;
    bemessungsgrundlage: string | null;
    verdienst: string;
    einheitssatz: string;
    streitgenossenzuschlag: string;
    ust: string;
    barauslagenUstPflichtig: string;
    barauslagenUstFrei: string;
    barauslagenDurchlaufer: string;
    gerichtlichBestimmt: boolean;
    akt: {
        id: string;
        aktenzeichen: string;
    };
    sachbearbeiter: {
        id: string;
        kuerzel: string;
        name: string;
    } | null;
    honorarnote: {
        id: string;
        nummer: string;
    } | null;
    titel: {
        id: string;
    } | null;
};
export type TitelEreignisFragment = {
    id: string;
    beschlussart: Beschlussart;
    datum: string;
    vollstreckbarAm: string | null;
    gegenWen: number | null;
    geschaeftszahl: string | null;
    geschaeftszahlHinweis: string | null;
    honorartext: string | null;
    memo: string | null;
    zeitMinuten: number | null;
    verdienst: string;
    einheitssatz: string;
    ust: string;
    ustErfasst: boolean;
    barauslagenUstPflichtig: string;
    barauslagenUstFrei: string;
    barauslagenDurchlaufer: string;
    barauslagenKlient: string;
    zinsen54a: boolean;
    zinsen54aErfasst: boolean;
    zugesprochen: string;
    gericht: {
        id: string;
        kurzbezeichnung: string;
        name: string;
    };
    akt: {
        id: string;
        aktenzeichen: string;
    };
    forderungen: Array<{
        id: string;
    }>;
    leistung: {
        id: string;
    } | null;
    sachbearbeiter: {
        id: string;
        kuerzel: string;
        name: string;
    } | null;
};
export type HonorarnoteEreignisFragment = {
    id: string;
    nummer: string;
    art: HonorarnoteArt;
    datum: string;
    faelligAm: string;
    empfaengerName: string;
    empfaengerAnschrift: string | null;
    verdienst: string;
    einheitssatz: string;
    streitgenossenzuschlag: string;
    barauslagenUstPflichtig: string;
    barauslagenUstFrei: string;
    barauslagenDurchlaufer: string;
    ustBasis: string;
    ust: string;
    brutto: string;
    zahlungsstatus: Zahlungsstatus;
    bezahlterBetrag: string;
    offenerBetrag: string;
    bezahltAm: string | null;
    stornoGrund: string | null;
    positionen: Array<{
        reihenfolge: number;
        leistungId: string | null;
        datum: string;
        kuerzel: string;
        text: string | null;
        tarifbasis: string | null;
        bemessungsgrundlage: string | null;
        verdienst: string;
        einheitssatz: string;
        streitgenossenzuschlag: string;
        barauslagenUstPflichtig: string;
        barauslagenUstFrei: string;
        barauslagenDurchlaufer: string;
    }>;
    abschreibung: {
        betrag: string;
        grund: string;
        am: string;
        benutzer: {
            id: string;
            kuerzel: string;
            name: string;
        } | null;
    } | null;
    akt: {
        id: string;
        aktenzeichen: string;
    };
    stornoVon: {
        id: string;
        nummer: string;
    } | null;
    storniertDurch: {
        id: string;
        nummer: string;
    } | null;
    honorarzahlungen: Array<{
        id: string;
        betrag: string;
        bezahltAm: string;
        storniertAm: string | null;
    }>;
};
export type HonorarzahlungEreignisFragment = {
    id: string;
    betrag: string;
    bezahltAm: string;
    verwendungszweck: string | null;
    angelegtAm: string;
    storniertAm: string | null;
    stornoGrund: string | null;
    honorarnote: {
        id: string;
        nummer: string;
        zahlungsstatus: Zahlungsstatus;
        bezahlterBetrag: string;
        offenerBetrag: string;
        bezahltAm: string | null;
        akt: {
            id: string;
            aktenzeichen: string;
        };
    };
};
export type ZahlungEreignisFragment = {
    id: string;
    betrag: string;
    datum: string;
    verwendungszweck: string | null;
    storniertAm: string | null;
    stornoGrund: string | null;
    akt: {
        id: string;
        aktenzeichen: string;
    };
};
export type MahnschreibenEreignisFragment = {
    id: string;
    stufe: number;
    bezeichnung: string;
    gegnerPosition: number;
    tarif: string;
    datum: string;
    faelligAm: string;
    mahnkosten: string;
    gesamt: string;
    rfReferenz: string;
    angelegtAm: string;
    gegner: {
        id: string;
        art: PersonArt;
        name: string;
        kurzbezeichnung: string;
        strasse: string | null;
        plz: string | null;
        ort: string | null;
        email: string | null;
        telefon: string | null;
        uid: string | null;
    };
    akt: {
        id: string;
        aktenzeichen: string;
    };
};
export type MandatsanfrageEreignisFragment = {
    id: string;
    referenz: string;
    status: MandatsanfrageStatus;
    eingegangenAm: string;
    sachgebiet: string;
    beschreibung: string;
    streitwert: string | null;
    dringlichkeit: Dringlichkeit;
    klientArt: PersonArt;
    klientName: string;
    klientEmail: string;
    klientTelefon: string | null;
    klientStrasse: string | null;
    klientPlz: string | null;
    klientOrt: string | null;
    umfang: string | null;
    bewertung: string | null;
    ablehnungsgrund: string | null;
    kollisionGeprueftAm: string | null;
    kollisionFreigabeGrund: string | null;
    gegner: Array<{
        art: PersonArt;
        name: string;
        strasse: string | null;
        plz: string | null;
        ort: string | null;
    }>;
    dokumente: Array<{
        dateiname: string;
        typ: string;
        groesse: number;
    }>;
    zugewiesenAn: {
        id: string;
        kuerzel: string;
        name: string;
    } | null;
    akt: {
        id: string;
        aktenzeichen: string;
    } | null;
};
export declare class TypedDocumentString<TResult, TVariables> extends String implements DocumentTypeDecoration<TResult, TVariables> {
    __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
    private value;
    __meta__?: Record<string, any> | undefined;
    constructor(value: string, __meta__?: Record<string, any> | undefined);
    toString(): string & DocumentTypeDecoration<TResult, TVariables>;
}
export declare const PersonEreignisFragmentDoc: TypedDocumentString<PersonEreignisFragment, unknown>;
export declare const BenutzerEreignisFragmentDoc: TypedDocumentString<BenutzerEreignisFragment, unknown>;
export declare const AktEreignisFragmentDoc: TypedDocumentString<AktEreignisFragment, unknown>;
export declare const AktVerweisFragmentDoc: TypedDocumentString<AktVerweisFragment, unknown>;
export declare const ForderungEreignisFragmentDoc: TypedDocumentString<ForderungEreignisFragment, unknown>;
export declare const LeistungEreignisFragmentDoc: TypedDocumentString<LeistungEreignisFragment, unknown>;
export declare const TitelEreignisFragmentDoc: TypedDocumentString<TitelEreignisFragment, unknown>;
export declare const HonorarnoteEreignisFragmentDoc: TypedDocumentString<HonorarnoteEreignisFragment, unknown>;
export declare const HonorarzahlungEreignisFragmentDoc: TypedDocumentString<HonorarzahlungEreignisFragment, unknown>;
export declare const ZahlungEreignisFragmentDoc: TypedDocumentString<ZahlungEreignisFragment, unknown>;
export declare const MahnschreibenEreignisFragmentDoc: TypedDocumentString<MahnschreibenEreignisFragment, unknown>;
export declare const MandatsanfrageEreignisFragmentDoc: TypedDocumentString<MandatsanfrageEreignisFragment, unknown>;
export declare const AktenMitMahnkostenDocument: TypedDocumentString<AktenMitMahnkostenQuery, AktenMitMahnkostenQueryVariables>;
export declare const AktDocument: TypedDocumentString<AktQuery, AktQueryVariables>;
export declare const AktenDocument: TypedDocumentString<AktenQuery, AktenQueryVariables>;
export declare const AktenStatistikDocument: TypedDocumentString<AktenStatistikQuery, AktenStatistikQueryVariables>;
export declare const ApiKeysDocument: TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export declare const AuditLogDocument: TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export declare const BenutzerDocument: TypedDocumentString<BenutzerQuery, BenutzerQueryVariables>;
export declare const GerichteDocument: TypedDocumentString<GerichteQuery, GerichteQueryVariables>;
export declare const HonorarnoteDocument: TypedDocumentString<HonorarnoteQuery, HonorarnoteQueryVariables>;
export declare const HonorarzahlungDocument: TypedDocumentString<HonorarzahlungQuery, HonorarzahlungQueryVariables>;
export declare const KollisionspruefungDocument: TypedDocumentString<KollisionspruefungQuery, KollisionspruefungQueryVariables>;
export declare const LeistungsartenDocument: TypedDocumentString<LeistungsartenQuery, LeistungsartenQueryVariables>;
export declare const MandatsanfrageDocument: TypedDocumentString<MandatsanfrageQuery, MandatsanfrageQueryVariables>;
export declare const MandatsanfragenDocument: TypedDocumentString<MandatsanfragenQuery, MandatsanfragenQueryVariables>;
export declare const MeDocument: TypedDocumentString<MeQuery, MeQueryVariables>;
export declare const OffeneBuchungenDocument: TypedDocumentString<OffeneBuchungenQuery, OffeneBuchungenQueryVariables>;
export declare const PersonDocument: TypedDocumentString<PersonQuery, PersonQueryVariables>;
export declare const PersonenDocument: TypedDocumentString<PersonenQuery, PersonenQueryVariables>;
export declare const PortoSaetzeDocument: TypedDocumentString<PortoSaetzeQuery, PortoSaetzeQueryVariables>;
export declare const RatgDocument: TypedDocumentString<RatgQuery, RatgQueryVariables>;
export declare const RatgTabellenDocument: TypedDocumentString<RatgTabellenQuery, RatgTabellenQueryVariables>;
export declare const TarifDocument: TypedDocumentString<TarifQuery, TarifQueryVariables>;
export declare const TarifeDocument: TypedDocumentString<TarifeQuery, TarifeQueryVariables>;
export declare const WebhookZustellungenDocument: TypedDocumentString<WebhookZustellungenQuery, WebhookZustellungenQueryVariables>;
export declare const WebhooksDocument: TypedDocumentString<WebhooksQuery, WebhooksQueryVariables>;
export declare const AnnehmenMandatsanfrageDocument: TypedDocumentString<AnnehmenMandatsanfrageMutation, AnnehmenMandatsanfrageMutationVariables>;
export declare const ArchiviereAktDocument: TypedDocumentString<ArchiviereAktMutation, ArchiviereAktMutationVariables>;
export declare const AssignForderungenToTitelDocument: TypedDocumentString<AssignForderungenToTitelMutation, AssignForderungenToTitelMutationVariables>;
export declare const AssignMandatsanfrageDocument: TypedDocumentString<AssignMandatsanfrageMutation, AssignMandatsanfrageMutationVariables>;
export declare const BuchungVerwerfenDocument: TypedDocumentString<BuchungVerwerfenMutation, BuchungVerwerfenMutationVariables>;
export declare const BuchungZuordnenDocument: TypedDocumentString<BuchungZuordnenMutation, BuchungZuordnenMutationVariables>;
export declare const CopyTarifDocument: TypedDocumentString<CopyTarifMutation, CopyTarifMutationVariables>;
export declare const CreateAktDocument: TypedDocumentString<CreateAktMutation, CreateAktMutationVariables>;
export declare const CreateForderungDocument: TypedDocumentString<CreateForderungMutation, CreateForderungMutationVariables>;
export declare const CreateGerichtDocument: TypedDocumentString<CreateGerichtMutation, CreateGerichtMutationVariables>;
export declare const CreateKommunikationDocument: TypedDocumentString<CreateKommunikationMutation, CreateKommunikationMutationVariables>;
export declare const CreateLeistungDocument: TypedDocumentString<CreateLeistungMutation, CreateLeistungMutationVariables>;
export declare const CreatePersonDocument: TypedDocumentString<CreatePersonMutation, CreatePersonMutationVariables>;
export declare const CreateTitelDocument: TypedDocumentString<CreateTitelMutation, CreateTitelMutationVariables>;
export declare const CreateTitelFromLeistungDocument: TypedDocumentString<CreateTitelFromLeistungMutation, CreateTitelFromLeistungMutationVariables>;
export declare const CreateWebhookDocument: TypedDocumentString<CreateWebhookMutation, CreateWebhookMutationVariables>;
export declare const DeleteForderungDocument: TypedDocumentString<DeleteForderungMutation, DeleteForderungMutationVariables>;
export declare const DeleteLeistungDocument: TypedDocumentString<DeleteLeistungMutation, DeleteLeistungMutationVariables>;
export declare const DeleteTitelDocument: TypedDocumentString<DeleteTitelMutation, DeleteTitelMutationVariables>;
export declare const DeleteWebhookDocument: TypedDocumentString<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export declare const ErfasseHonorarzahlungDocument: TypedDocumentString<ErfasseHonorarzahlungMutation, ErfasseHonorarzahlungMutationVariables>;
export declare const ErfasseZahlungDocument: TypedDocumentString<ErfasseZahlungMutation, ErfasseZahlungMutationVariables>;
export declare const ErstelleHonorarnoteDocument: TypedDocumentString<ErstelleHonorarnoteMutation, ErstelleHonorarnoteMutationVariables>;
export declare const ImportiereKontoauszugDocument: TypedDocumentString<ImportiereKontoauszugMutation, ImportiereKontoauszugMutationVariables>;
export declare const LoescheAbgelaufeneAktenDocument: TypedDocumentString<LoescheAbgelaufeneAktenMutation, LoescheAbgelaufeneAktenMutationVariables>;
export declare const LoeschePersonendatenDocument: TypedDocumentString<LoeschePersonendatenMutation, LoeschePersonendatenMutationVariables>;
export declare const MahnschreibenVersendenDocument: TypedDocumentString<MahnschreibenVersendenMutation, MahnschreibenVersendenMutationVariables>;
export declare const PruefeKollisionDocument: TypedDocumentString<PruefeKollisionMutation, PruefeKollisionMutationVariables>;
export declare const RevokeApiKeyDocument: TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export declare const RotateIntakeTokenDocument: TypedDocumentString<RotateIntakeTokenMutation, RotateIntakeTokenMutationVariables>;
export declare const RotateWebhookSecretDocument: TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export declare const SchreibeHonorarnoteAbDocument: TypedDocumentString<SchreibeHonorarnoteAbMutation, SchreibeHonorarnoteAbMutationVariables>;
export declare const SetAktStatusDocument: TypedDocumentString<SetAktStatusMutation, SetAktStatusMutationVariables>;
export declare const SetGegnerDocument: TypedDocumentString<SetGegnerMutation, SetGegnerMutationVariables>;
export declare const SetLeistungsartDocument: TypedDocumentString<SetLeistungsartMutation, SetLeistungsartMutationVariables>;
export declare const SetPortoDocument: TypedDocumentString<SetPortoMutation, SetPortoMutationVariables>;
export declare const SetRatenvereinbarungDocument: TypedDocumentString<SetRatenvereinbarungMutation, SetRatenvereinbarungMutationVariables>;
export declare const SetRechtlicheSperreDocument: TypedDocumentString<SetRechtlicheSperreMutation, SetRechtlicheSperreMutationVariables>;
export declare const SetSachgebieteDocument: TypedDocumentString<SetSachgebieteMutation, SetSachgebieteMutationVariables>;
export declare const StornoHonorarnoteDocument: TypedDocumentString<StornoHonorarnoteMutation, StornoHonorarnoteMutationVariables>;
export declare const StornoHonorarzahlungDocument: TypedDocumentString<StornoHonorarzahlungMutation, StornoHonorarzahlungMutationVariables>;
export declare const StornoZahlungDocument: TypedDocumentString<StornoZahlungMutation, StornoZahlungMutationVariables>;
export declare const SubmitMandatsanfrageDocument: TypedDocumentString<SubmitMandatsanfrageMutation, SubmitMandatsanfrageMutationVariables>;
export declare const UpdateAktDocument: TypedDocumentString<UpdateAktMutation, UpdateAktMutationVariables>;
export declare const UpdateForderungDocument: TypedDocumentString<UpdateForderungMutation, UpdateForderungMutationVariables>;
export declare const UpdateKanzleiDocument: TypedDocumentString<UpdateKanzleiMutation, UpdateKanzleiMutationVariables>;
export declare const UpdateLeistungDocument: TypedDocumentString<UpdateLeistungMutation, UpdateLeistungMutationVariables>;
export declare const UpdateMandatsanfrageDocument: TypedDocumentString<UpdateMandatsanfrageMutation, UpdateMandatsanfrageMutationVariables>;
export declare const UpdatePersonDocument: TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export declare const UpdateTarifDocument: TypedDocumentString<UpdateTarifMutation, UpdateTarifMutationVariables>;
export declare const UpdateTitelDocument: TypedDocumentString<UpdateTitelMutation, UpdateTitelMutationVariables>;
export declare const UpdateWebhookDocument: TypedDocumentString<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export declare const ValorisiereRatgDocument: TypedDocumentString<ValorisiereRatgMutation, ValorisiereRatgMutationVariables>;
export declare const ZustellungWiederholenDocument: TypedDocumentString<ZustellungWiederholenMutation, ZustellungWiederholenMutationVariables>;
export {};
