"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createClient = createClient;
const errors_js_1 = require("./errors.js");
const graphql_js_1 = require("./generated/graphql.js");
/** The persisted-document id codegen gave a generated document ("sha256:…"). */
const persistedId = (document) => document.__meta__?.hash;
function createClient(options) {
    const doFetch = options.fetch ?? globalThis.fetch;
    async function request(document, ...[variables]) {
        let res;
        try {
            res = await doFetch(options.url, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json',
                    accept: 'application/graphql-response+json, application/json',
                    authorization: `Bearer ${options.apiKey}`,
                },
                body: JSON.stringify(options.persisted && persistedId(document)
                    ? { documentId: persistedId(document), variables: variables ?? {} }
                    : { query: document.toString(), variables: variables ?? {} }),
            });
        }
        catch (cause) {
            throw new errors_js_1.NetworkError(`Could not reach ${options.url}: ${cause.message}`, undefined, cause);
        }
        if (res.status === 401)
            throw new errors_js_1.AuthenticationError('The API key was refused (missing, unknown or revoked).');
        let body;
        try {
            body = (await res.json());
        }
        catch (cause) {
            throw new errors_js_1.NetworkError(`The server answered HTTP ${res.status} without GraphQL JSON.`, res.status, cause);
        }
        if (body.errors?.length) {
            if (body.errors.some((e) => e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'PERSISTED_ONLY'))
                throw new errors_js_1.ForbiddenError(body.errors[0].message);
            throw new errors_js_1.GraphQLRequestError(body.errors.map((e) => e.message).join('; '), body.errors);
        }
        if (!body.data)
            throw new errors_js_1.NetworkError(`The server answered HTTP ${res.status} without data.`, res.status);
        return body.data;
    }
    async function mutate(document, variables, field) {
        const data = await request(document, ...[variables]);
        const { __typename, ...rest } = data[field];
        return __typename.endsWith('Payload') ? { ok: true, value: rest } : { ok: false, error: { __typename, ...rest } };
    }
    /**
     * For the calls a double-click or a lost answer repeats: the input gets an `idempotencyKey` (the
     * caller's, e.g. one made when the form opened, or a new UUID), and a request whose answer was
     * lost on the way (NetworkError) is sent once more with the same key: the server answers what it
     * did the first time instead of doing it twice.
     */
    async function mutateOnce(document, input, field) {
        const variables = { input: { ...input, idempotencyKey: input.idempotencyKey ?? globalThis.crypto.randomUUID() } };
        try {
            return await mutate(document, variables, field);
        }
        catch (error) {
            if (!(error instanceof errors_js_1.NetworkError))
                throw error;
            return mutate(document, variables, field);
        }
    }
    return {
        request,
        /** One page of Akten (at most 100), newest first. */
        akten: async (variables = {}) => (await request(graphql_js_1.AktenDocument, variables)).akten,
        /** Every Akt matching the filter, page by page. */
        async *alleAkten(filter, pageSize = 100) {
            let after = null;
            do {
                const page = (await request(graphql_js_1.AktenDocument, { first: pageSize, after, filter })).akten;
                for (const edge of page.edges)
                    yield edge.node;
                after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
            } while (after);
        },
        /** An Akt with Klient, Gegner, Forderungen, Leistungen and Titel; null if not in your office. */
        akt: async (id) => (await request(graphql_js_1.AktDocument, { id })).akt,
        /** Mahnkosten of an Akt under a tariff code (MES … MAK or your own). */
        mahnkosten: async (aktId, tarif, opts = {}) => (await request(graphql_js_1.MahnkostenDocument, { aktId, tarif, ...opts })).akt?.mahnkosten ?? null,
        createPerson: (input) => mutate(graphql_js_1.CreatePersonDocument, { input }, 'createPerson'),
        createAkt: (input) => mutate(graphql_js_1.CreateAktDocument, { input }, 'createAkt'),
        createForderung: (input) => mutate(graphql_js_1.CreateForderungDocument, { input }, 'createForderung'),
        createLeistung: (input) => mutate(graphql_js_1.CreateLeistungDocument, { input }, 'createLeistung'),
        createTitel: (input) => mutate(graphql_js_1.CreateTitelDocument, { input }, 'createTitel'),
        assignForderungenToTitel: (input) => mutate(graphql_js_1.AssignForderungenToTitelDocument, { input }, 'assignForderungenToTitel'),
        /** The office's web form (works with its intake token). Sent with an idempotency key (see mutateOnce). */
        submitMandatsanfrage: (input) => mutateOnce(graphql_js_1.SubmitMandatsanfrageDocument, input, 'submitMandatsanfrage'),
        /** Issues an invoice from the Akt's open Leistungen. Sent with an idempotency key (see mutateOnce). */
        erstelleHonorarnote: (input) => mutateOnce(graphql_js_1.ErstelleHonorarnoteDocument, input, 'erstelleHonorarnote'),
        /** Records a payment from the debtor. Sent with an idempotency key (see mutateOnce). */
        erfasseZahlung: (input) => mutateOnce(graphql_js_1.ErfasseZahlungDocument, input, 'erfasseZahlung'),
        /** Records a payment of the client on a Honorarnote; answers the note's offenerBetrag and zahlungsstatus. Sent with an idempotency key (see mutateOnce). */
        erfasseHonorarzahlung: (input) => mutateOnce(graphql_js_1.ErfasseHonorarzahlungDocument, input, 'erfasseHonorarzahlung'),
    };
}
