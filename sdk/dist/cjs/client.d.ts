import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { type AktenQuery, type AktenQueryVariables, type AssignForderungenToTitelInput, type CreateAktInput, type CreateForderungInput, type CreateLeistungInput, type CreatePersonInput, type CreateTitelInput, type ErfasseHonorarzahlungInput, type ErfasseZahlungInput, type ErstelleHonorarnoteInput, type MahnkostenQueryVariables, type SubmitMandatsanfrageInput } from './generated/graphql.js';
export interface ClientOptions {
    /** The GraphQL endpoint, e.g. https://kanzlei.example/graphql */
    url: string;
    /** An API key (kz_…), or an office's intake token (kzi_…) for submitMandatsanfrage only. */
    apiKey: string;
    /** A fetch implementation (default: the global one). */
    fetch?: typeof fetch;
    /**
     * Send the SDK's operations by their persisted id instead of their text (required for partner
     * keys, which may run only persisted operations). Documents without an id are sent as text.
     */
    persisted?: boolean;
}
/** A typed document: the generated `…Document` constants, or your own. */
export type TypedDocument<R, V> = DocumentTypeDecoration<R, V> & {
    toString(): string;
};
/** What the API's `Error` types carry (ValidationError, NotFoundError, ConflictError, …). */
export interface ApiError {
    __typename: string;
    message: string;
    field?: string | null;
    issues?: {
        field: string;
        message: string;
    }[];
    /** ConflictError: what the conflict is about; `currentVersion` is set for a stale `version`. */
    entity?: string;
    currentVersion?: number | null;
    retryAfterSeconds?: number;
}
/** A mutation's outcome: the payload, or the typed error the API returned (nothing was changed). */
export type Result<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    error: ApiError;
};
type Payload<U> = Omit<Extract<U, {
    __typename: `${string}Payload`;
}>, '__typename'>;
export type AktListenEintrag = AktenQuery['akten']['edges'][number]['node'];
export declare function createClient(options: ClientOptions): {
    request: <R, V>(document: TypedDocument<R, V>, ...[variables]: V extends Record<string, never> ? [] | [V] : [V]) => Promise<R>;
    /** One page of Akten (at most 100), newest first. */
    akten: (variables?: AktenQueryVariables) => Promise<{
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
                status: import("./generated/graphql.js").AktStatus;
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
    }>;
    /** Every Akt matching the filter, page by page. */
    alleAkten(filter?: AktenQueryVariables["filter"], pageSize?: number): AsyncGenerator<AktListenEintrag>;
    /** An Akt with Klient, Gegner, Forderungen, Leistungen and Titel; null if not in your office. */
    akt: (id: string) => Promise<{
        id: string;
        aktenzeichen: string;
        bezeichnung: string;
        sachgebiet: string | null;
        status: import("./generated/graphql.js").AktStatus;
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
            art: import("./generated/graphql.js").ForderungArt;
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
            beschlussart: import("./generated/graphql.js").Beschlussart;
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
    } | null>;
    /** Mahnkosten of an Akt under a tariff code (MES … MAK or your own). */
    mahnkosten: (aktId: string, tarif: string, opts?: Omit<MahnkostenQueryVariables, "aktId" | "tarif">) => Promise<{
        tarif: string;
        bemessungsgrundlage: string;
        bemessungsgrundlageQuelle: import("./generated/graphql.js").BemessungsgrundlageQuelle;
        ratgGueltigAb: string;
        verdienst: string;
        streitgenossenzuschlagProzent: string;
        streitgenossenzuschlag: string;
        porto: string;
        netto: string;
        ust: string;
        brutto: string;
        positionen: Array<{
            tarifpost: import("./generated/graphql.js").Tarifpost;
            bezeichnung: string;
            grundbetrag: string;
            zuschlag: string;
            anzahl: number;
            betrag: string;
        }>;
    } | null>;
    createPerson: (input: CreatePersonInput) => Promise<Result<Payload<{
        __typename: "ConflictError";
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: "CreatePersonPayload";
        person: {
            id: string;
            kurzbezeichnung: string;
            name: string;
        };
    } | {
        __typename: "ForbiddenError";
        message: string;
    } | {
        __typename: "NotFoundError";
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: "ValidationError";
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    }>>>;
    createAkt: (input: CreateAktInput) => Promise<Result<Payload<{
        __typename: "ConflictError";
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: "CreateAktPayload";
        akt: {
            id: string;
            aktenzeichen: string;
            version: number;
        };
    } | {
        __typename: "ForbiddenError";
        message: string;
    } | {
        __typename: "NotFoundError";
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: "ValidationError";
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    }>>>;
    createForderung: (input: CreateForderungInput) => Promise<Result<Payload<{
        __typename: "ConflictError";
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: "CreateForderungPayload";
        hinweis: string | null;
        forderung: {
            id: string;
            betrag: string;
            titel: {
                id: string;
            } | null;
        };
    } | {
        __typename: "ForbiddenError";
        message: string;
    } | {
        __typename: "NotFoundError";
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: "ValidationError";
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    }>>>;
    createLeistung: (input: CreateLeistungInput) => Promise<Result<Payload<{
        __typename: "ConflictError";
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: "CreateLeistungPayload";
        leistung: {
            id: string;
            verdienst: string;
            einheitssatz: string;
            streitgenossenzuschlag: string;
            ust: string;
            tarifbasis: string | null;
        };
    } | {
        __typename: "ForbiddenError";
        message: string;
    } | {
        __typename: "NotFoundError";
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: "ValidationError";
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    }>>>;
    createTitel: (input: CreateTitelInput) => Promise<Result<Payload<{
        __typename: "ConflictError";
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: "CreateTitelPayload";
        titel: {
            id: string;
            zugesprochen: string;
            forderungen: Array<{
                id: string;
            }>;
        };
    } | {
        __typename: "ForbiddenError";
        message: string;
    } | {
        __typename: "NotFoundError";
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: "ValidationError";
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    }>>>;
    assignForderungenToTitel: (input: AssignForderungenToTitelInput) => Promise<Result<Payload<{
        __typename: "AssignForderungenToTitelPayload";
        titel: {
            id: string;
            forderungen: Array<{
                id: string;
            }>;
        };
    } | {
        __typename: "ConflictError";
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: "ForbiddenError";
        message: string;
    } | {
        __typename: "NotFoundError";
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: "ValidationError";
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    }>>>;
    /** The office's web form (works with its intake token). Sent with an idempotency key (see mutateOnce). */
    submitMandatsanfrage: (input: SubmitMandatsanfrageInput) => Promise<Result<Payload<{
        __typename: "ConflictError";
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: "ForbiddenError";
        message: string;
    } | {
        __typename: "NotFoundError";
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: "RateLimitError";
        retryAfterSeconds: number;
        message: string;
    } | {
        __typename: "SubmitMandatsanfragePayload";
        referenz: string;
        eingegangenAm: string;
    } | {
        __typename: "ValidationError";
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    }>>>;
    /** Issues an invoice from the Akt's open Leistungen. Sent with an idempotency key (see mutateOnce). */
    erstelleHonorarnote: (input: ErstelleHonorarnoteInput) => Promise<Result<Payload<{
        __typename: "ConflictError";
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: "ErstelleHonorarnotePayload";
        honorarnote: {
            id: string;
            nummer: string;
            datum: string;
            faelligAm: string;
            brutto: string;
        };
    } | {
        __typename: "ForbiddenError";
        message: string;
    } | {
        __typename: "NotFoundError";
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: "ValidationError";
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    }>>>;
    /** Records a payment from the debtor. Sent with an idempotency key (see mutateOnce). */
    erfasseZahlung: (input: ErfasseZahlungInput) => Promise<Result<Payload<{
        __typename: "ConflictError";
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: "ErfasseZahlungPayload";
        zahlung: {
            id: string;
            betrag: string;
            datum: string;
        };
    } | {
        __typename: "ForbiddenError";
        message: string;
    } | {
        __typename: "NotFoundError";
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: "ValidationError";
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    }>>>;
    /** Records a payment of the client on a Honorarnote; answers the note's offenerBetrag and zahlungsstatus. Sent with an idempotency key (see mutateOnce). */
    erfasseHonorarzahlung: (input: ErfasseHonorarzahlungInput) => Promise<Result<Payload<{
        __typename: "ConflictError";
        entity: string;
        currentVersion: number | null;
        message: string;
    } | {
        __typename: "ErfasseHonorarzahlungPayload";
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
            zahlungsstatus: import("./generated/graphql.js").Zahlungsstatus;
            bezahltAm: string | null;
        };
    } | {
        __typename: "ForbiddenError";
        message: string;
    } | {
        __typename: "NotFoundError";
        entity: string;
        id: string;
        message: string;
    } | {
        __typename: "ValidationError";
        field: string | null;
        message: string;
        issues: Array<{
            field: string;
            message: string;
        }>;
    }>>>;
};
export type KanzleiClient = ReturnType<typeof createClient>;
export {};
