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
export type AssignForderungenToTitelInput = {
    forderungIds: Array<string>;
    titelId: string;
};
export type BemessungsgrundlageQuelle = 
/** The Akt’s own Bemessungsgrundlage (it has no Forderung). */
'AKT'
/** Sum of the Akt’s Hauptforderungen. */
 | 'HAUPTFORDERUNGEN'
/** One instalment of the Ratenvereinbarung (Ratenmahnung). */
 | 'RATE';
export type Beschlussart = 'ANERKENNTNISURTEIL' | 'BESCHEID' | 'BESCHLUSS' | 'EUROPAEISCHER_VOLLSTRECKUNGSTITEL' | 'EUROPAEISCHER_ZAHLUNGSBEFEHL' | 'KOSTENBESTIMMUNGSBESCHLUSS' | 'KOSTENTITEL' | 'NOTARIATSAKT' | 'RUECKSTANDSAUSWEIS' | 'SCHIEDSSPRUCH' | 'SONSTIGER_TITEL' | 'URTEIL' | 'VERGLEICH' | 'VERSAEUMUNGSURTEIL' | 'ZAHLUNGSAUFTRAG' | 'ZAHLUNGSBEFEHL';
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
export type HonorarnoteArt = 
/** An invoice. */
'RECHNUNG'
/** A Stornorechnung (cancellation document) cancelling an invoice; printed as "Stornorechnung", naming the original’s number and date. (Never a Gutschrift, which in UStG terms is a self-billed invoice.) */
 | 'STORNORECHNUNG';
export type MandatsanfrageStatus = 'ABGELEHNT' | 'ANGENOMMEN' | 'EINGEGANGEN' | 'IN_PRUEFUNG';
export type PersonArt = 
/** Gericht oder Behörde */
'BEHOERDE'
/** natürliche Person */
 | 'NATUERLICHE_PERSON'
/** Unternehmen (GmbH, AG, OG, KG, e.U. …) */
 | 'UNTERNEHMEN';
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
export type AktenQueryVariables = Exact<{
    first?: number | null | undefined;
    after?: string | null | undefined;
    filter?: AktFilter | null | undefined;
}>;
export type AktenQuery = {
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
                sachgebiet: string | null;
                status: AktStatus;
                version: number;
                bemessungsgrundlage: string | null;
                klient: {
                    id: string;
                    kurzbezeichnung: string;
                    name: string;
                };
                gegner: Array<{
                    id: string;
                    kurzbezeichnung: string;
                    name: string;
                }>;
            };
        }>;
    };
};
export type AktQueryVariables = Exact<{
    id: string;
}>;
export type AktQuery = {
    akt: {
        id: string;
        aktenzeichen: string;
        bezeichnung: string;
        sachgebiet: string | null;
        status: AktStatus;
        version: number;
        bemessungsgrundlage: string | null;
        klient: {
            id: string;
            kurzbezeichnung: string;
            name: string;
            strasse: string | null;
            plz: string | null;
            ort: string | null;
            email: string | null;
        };
        gegner: Array<{
            id: string;
            kurzbezeichnung: string;
            name: string;
        }>;
        forderungen: Array<{
            id: string;
            art: ForderungArt;
            bezeichnung: string | null;
            betrag: string;
            faelligAm: string | null;
            zinssatz: string | null;
            zinsenAb: string | null;
            titel: {
                id: string;
            } | null;
        }>;
        leistungen: Array<{
            id: string;
            datum: string;
            kuerzel: string;
            text: string | null;
            bemessungsgrundlage: string | null;
            verdienst: string;
            einheitssatz: string;
            streitgenossenzuschlag: string;
            barauslagenUstPflichtig: string;
            barauslagenUstFrei: string;
            barauslagenDurchlaufer: string;
            ust: string;
            tarifbasis: string | null;
            gerichtlichBestimmt: boolean;
        }>;
        titel: Array<{
            id: string;
            datum: string;
            beschlussart: Beschlussart;
            geschaeftszahl: string | null;
            vollstreckbarAm: string | null;
            gegenWen: number | null;
            zinsen54a: boolean;
            zugesprochen: string;
            barauslagenKlient: string;
            weiteresVorbringen: Array<string>;
            gericht: {
                kurzbezeichnung: string;
                name: string;
            };
            forderungen: Array<{
                id: string;
            }>;
        }>;
    } | null;
};
export type MahnkostenQueryVariables = Exact<{
    aktId: string;
    tarif: string;
    ratenmahnung?: boolean | null | undefined;
    datum?: string | null | undefined;
}>;
export type MahnkostenQuery = {
    akt: {
        mahnkosten: {
            tarif: string;
            bemessungsgrundlage: string;
            bemessungsgrundlageQuelle: BemessungsgrundlageQuelle;
            ratgGueltigAb: string;
            verdienst: string;
            streitgenossenzuschlagProzent: string;
            streitgenossenzuschlag: string;
            porto: string;
            netto: string;
            ust: string;
            brutto: string;
            positionen: Array<{
                tarifpost: Tarifpost;
                bezeichnung: string;
                grundbetrag: string;
                zuschlag: string;
                anzahl: number;
                betrag: string;
            }>;
        } | null;
    } | null;
};
type ErrorFields_ConflictError_Fragment = {
    __typename: 'ConflictError';
    entity: string;
    currentVersion: number | null;
    message: string;
};
type ErrorFields_ForbiddenError_Fragment = {
    __typename: 'ForbiddenError';
    message: string;
};
type ErrorFields_NotFoundError_Fragment = {
    __typename: 'NotFoundError';
    entity: string;
    id: string;
    message: string;
};
type ErrorFields_RateLimitError_Fragment = {
    __typename: 'RateLimitError';
    retryAfterSeconds: number;
    message: string;
};
type ErrorFields_ValidationError_Fragment = {
    __typename: 'ValidationError';
    field: string | null;
    message: string;
    issues: Array<{
        field: string;
        message: string;
    }>;
};
export type ErrorFieldsFragment = ErrorFields_ConflictError_Fragment | ErrorFields_ForbiddenError_Fragment | ErrorFields_NotFoundError_Fragment | ErrorFields_RateLimitError_Fragment | ErrorFields_ValidationError_Fragment;
export type CreatePersonMutationVariables = Exact<{
    input: CreatePersonInput;
}>;
export type CreatePersonMutation = {
    createPerson: {
        __typename: 'ConflictError';
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: 'CreatePersonPayload';
        person: {
            id: string;
            kurzbezeichnung: string;
            name: string;
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
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: 'CreateAktPayload';
        akt: {
            id: string;
            aktenzeichen: string;
            version: number;
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
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: 'CreateForderungPayload';
        hinweis: string | null;
        forderung: {
            id: string;
            betrag: string;
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
export type CreateLeistungMutationVariables = Exact<{
    input: CreateLeistungInput;
}>;
export type CreateLeistungMutation = {
    createLeistung: {
        __typename: 'ConflictError';
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: 'CreateLeistungPayload';
        leistung: {
            id: string;
            verdienst: string;
            einheitssatz: string;
            streitgenossenzuschlag: string;
            ust: string;
            tarifbasis: string | null;
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
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: 'CreateTitelPayload';
        titel: {
            id: string;
            zugesprochen: string;
            forderungen: Array<{
                id: string;
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
export type AssignForderungenToTitelMutationVariables = Exact<{
    input: AssignForderungenToTitelInput;
}>;
export type AssignForderungenToTitelMutation = {
    assignForderungenToTitel: {
        __typename: 'AssignForderungenToTitelPayload';
        titel: {
            id: string;
            forderungen: Array<{
                id: string;
            }>;
        };
    } | {
        __typename: 'ConflictError';
        entity: string;
        currentVersion: number | null;
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
export type SubmitMandatsanfrageMutationVariables = Exact<{
    input: SubmitMandatsanfrageInput;
}>;
export type SubmitMandatsanfrageMutation = {
    submitMandatsanfrage: {
        __typename: 'ConflictError';
        entity: string;
        currentVersion: number | null;
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
        retryAfterSeconds: number;
        message: string;
    } | {
        __typename: 'SubmitMandatsanfragePayload';
        referenz: string;
        eingegangenAm: string;
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
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: 'ErstelleHonorarnotePayload';
        honorarnote: {
            id: string;
            nummer: string;
            datum: string;
            faelligAm: string;
            brutto: string;
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
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: 'ErfasseZahlungPayload';
        zahlung: {
            id: string;
            betrag: string;
            datum: string;
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
export type ErfasseHonorarzahlungMutationVariables = Exact<{
    input: ErfasseHonorarzahlungInput;
}>;
export type ErfasseHonorarzahlungMutation = {
    erfasseHonorarzahlung: {
        __typename: 'ConflictError';
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: 'ErfasseHonorarzahlungPayload';
        honorarzahlung: {
            id: string;
            betrag: string;
            bezahltAm: string;
        };
        honorarnote: {
            id: string;
            nummer: string;
            brutto: string;
            bezahlterBetrag: string;
            offenerBetrag: string;
            zahlungsstatus: Zahlungsstatus;
            bezahltAm: string | null;
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
export declare const ErrorFieldsFragmentDoc: TypedDocumentString<ErrorFieldsFragment, unknown>;
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
export declare const MandatsanfrageEreignisFragmentDoc: TypedDocumentString<MandatsanfrageEreignisFragment, unknown>;
export declare const AktenDocument: TypedDocumentString<AktenQuery, AktenQueryVariables>;
export declare const AktDocument: TypedDocumentString<AktQuery, AktQueryVariables>;
export declare const MahnkostenDocument: TypedDocumentString<MahnkostenQuery, MahnkostenQueryVariables>;
export declare const CreatePersonDocument: TypedDocumentString<CreatePersonMutation, CreatePersonMutationVariables>;
export declare const CreateAktDocument: TypedDocumentString<CreateAktMutation, CreateAktMutationVariables>;
export declare const CreateForderungDocument: TypedDocumentString<CreateForderungMutation, CreateForderungMutationVariables>;
export declare const CreateLeistungDocument: TypedDocumentString<CreateLeistungMutation, CreateLeistungMutationVariables>;
export declare const CreateTitelDocument: TypedDocumentString<CreateTitelMutation, CreateTitelMutationVariables>;
export declare const AssignForderungenToTitelDocument: TypedDocumentString<AssignForderungenToTitelMutation, AssignForderungenToTitelMutationVariables>;
export declare const SubmitMandatsanfrageDocument: TypedDocumentString<SubmitMandatsanfrageMutation, SubmitMandatsanfrageMutationVariables>;
export declare const ErstelleHonorarnoteDocument: TypedDocumentString<ErstelleHonorarnoteMutation, ErstelleHonorarnoteMutationVariables>;
export declare const ErfasseZahlungDocument: TypedDocumentString<ErfasseZahlungMutation, ErfasseZahlungMutationVariables>;
export declare const ErfasseHonorarzahlungDocument: TypedDocumentString<ErfasseHonorarzahlungMutation, ErfasseHonorarzahlungMutationVariables>;
export {};
