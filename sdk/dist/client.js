import { AuthenticationError, DokumentError, ForbiddenError, GraphQLRequestError, NetworkError } from './errors.js';
import * as documents from './generated/graphql.js';
import { schemaTable } from './generated/schema.js';
import { attachFieldErrors, buildDocument } from './select.js';
/** The persisted-document id codegen gave a generated document ("sha256:…"). */
const persistedId = (document) => document.__meta__?.hash;
export function createClient(options) {
    const doFetch = options.fetch ?? globalThis.fetch;
    /** Sends a body; answers `data` with field errors attached; throws what fails the whole call. */
    async function send(body, variables) {
        let res;
        try {
            res = await doFetch(options.url, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json',
                    accept: 'application/graphql-response+json, application/json',
                    authorization: `Bearer ${options.apiKey}`,
                },
                body: JSON.stringify({ ...body, variables: variables ?? {} }),
            });
        }
        catch (cause) {
            throw new NetworkError(`Could not reach ${options.url}: ${cause.message}`, undefined, cause);
        }
        if (res.status === 401)
            throw new AuthenticationError('The API key was refused (missing, unknown or revoked).');
        let answer;
        try {
            answer = (await res.json());
        }
        catch (cause) {
            throw new NetworkError(`The server answered HTTP ${res.status} without GraphQL JSON.`, res.status, cause);
        }
        const errors = answer.errors ?? [];
        const rest = answer.data ? attachFieldErrors(answer.data, errors) : errors;
        if (rest.length) {
            if (rest.some((e) => e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'PERSISTED_ONLY'))
                throw new ForbiddenError(rest[0].message);
            throw new GraphQLRequestError(rest.map((e) => e.message).join('; '), rest);
        }
        if (!answer.data)
            throw new NetworkError(`The server answered HTTP ${res.status} without data.`, res.status);
        return answer.data;
    }
    /**
     * Runs a typed document (a generated `…Document`, or your own). A field that failed for one item
     * is null there, with the error in that object's `$errors`; the call fails only when no data came.
     */
    async function request(document, ...[variables]) {
        const id = persistedId(document);
        const data = await send(options.persisted && id ? { documentId: id } : { query: document.toString() }, variables);
        return data;
    }
    /** The payload, or the typed error (the union member that is not the payload). */
    const result = (value, payload) => {
        if (payload === null)
            return value;
        const { __typename, ...rest } = value;
        return __typename === payload ? { ok: true, value: rest } : { ok: false, error: value };
    };
    /**
     * Mutations whose input takes an `idempotencyKey` get one (the caller's, e.g. made when the form
     * opened, or a new UUID), and a request whose answer was lost on the way (NetworkError) is sent
     * once more with the same key: the server answers what it did the first time.
     */
    async function once(idempotent, variables, run) {
        if (!idempotent)
            return run(variables);
        const input = (variables.input ?? {});
        const v = { ...variables, input: { ...input, idempotencyKey: input.idempotencyKey ?? globalThis.crypto.randomUUID() } };
        try {
            return await run(v);
        }
        catch (error) {
            if (!(error instanceof NetworkError))
                throw error;
            return run(v);
        }
    }
    /**
     * GET of a document beside the GraphQL endpoint (`…/graphql` → `…/dokumente/…`), with the same key.
     * A refusal is a DokumentError with the server's status and code.
     */
    async function dokument(pfad, parameter = {}) {
        const url = new URL(options.url.replace(/\/graphql\/?$/, '') + pfad);
        for (const [k, v] of Object.entries(parameter))
            if (v !== undefined)
                url.searchParams.set(k, String(v));
        let res;
        try {
            res = await doFetch(url, { headers: { authorization: `Bearer ${options.apiKey}` } });
        }
        catch (cause) {
            throw new NetworkError(`Could not reach ${url.origin}: ${cause.message}`, undefined, cause);
        }
        if (res.status === 401)
            throw new AuthenticationError('The API key was refused (missing, unknown or revoked).');
        if (!res.ok) {
            const fehler = (await res.json().catch(() => null));
            const erster = fehler?.errors?.[0];
            throw new DokumentError(erster?.message ?? `HTTP ${res.status}`, res.status, erster?.extensions?.code);
        }
        const disposition = res.headers.get('content-disposition');
        return {
            bytes: new Uint8Array(await res.arrayBuffer()),
            contentType: res.headers.get('content-type') ?? 'application/octet-stream',
            dateiname: disposition ? (/filename="([^"]+)"/.exec(disposition)?.[1] ?? null) : null,
        };
    }
    const docs = documents;
    const defaultDocument = (field) => docs[`${field[0].toUpperCase()}${field.slice(1)}Document`];
    const query = {};
    for (const [field, entry] of Object.entries(schemaTable.types[schemaTable.query])) {
        const takesArgs = Array.isArray(entry);
        query[field] = async (...a) => {
            const [args, select] = (takesArgs ? a : [undefined, a[0]]);
            if (!select)
                return (await request(defaultDocument(field), args))[field];
            const built = buildDocument(schemaTable, 'query', field, args, select);
            return (await send({ query: built.query }, built.variables))[field];
        };
    }
    const mutation = {};
    for (const [field, entry] of Object.entries(schemaTable.types[schemaTable.mutation])) {
        const argNames = Array.isArray(entry) ? Object.keys(entry[1]) : [];
        const { payload, idempotent } = schemaTable.mutations[field];
        mutation[field] = async (...a) => {
            const variables = Object.fromEntries(argNames.map((n, i) => [n, a[i]]).filter(([, v]) => v !== undefined));
            const select = a[argNames.length];
            return once(idempotent, variables, async (v) => {
                if (!select)
                    return result((await request(defaultDocument(field), v))[field], payload);
                const built = buildDocument(schemaTable, 'mutation', field, v, select);
                return result((await send({ query: built.query }, built.variables))[field], payload);
            });
        };
    }
    return {
        request,
        /** Every Query root field: `client.query.akten({ first: 10 })`, or with a selection as second argument. */
        query: query,
        /** Every Mutation root field: `client.mutation.createAkt(input)` → `{ ok, value | error }`. */
        mutation: mutation,
        /** Documents: the bytes the office sends (PDF, e-invoice XML). */
        dokumente: {
            /** The Honorarnote (or Stornorechnung) as PDF, with "Zahlen mit Code" while something is open. */
            honorarnotePdf: (id) => dokument(`/dokumente/honorarnote/${encodeURIComponent(id)}.pdf`),
            /** The Honorarnote as ebInterface 6.1 XML (a Stornorechnung as CreditMemo). */
            honorarnoteXml: (id) => dokument(`/dokumente/honorarnote/${encodeURIComponent(id)}.xml`),
            /** The Mahnschreiben to the Gegner at `gegner` (1-based) under `tarif` (e.g. "MAK"), as of `datum` (default today). */
            mahnschreibenPdf: (aktId, p) => dokument(`/dokumente/akt/${encodeURIComponent(aktId)}/mahnschreiben.pdf`, p),
            /** A Mahnschreiben recorded as sent (mahnschreibenVersenden), exactly as it was sent. */
            mahnschreibenVersendetPdf: (id) => dokument(`/dokumente/mahnschreiben/${encodeURIComponent(id)}.pdf`),
        },
        /** Every Akt matching the filter, page by page (the default selection of `akten`). */
        async *alleAkten(filter, pageSize = 100) {
            let after = null;
            do {
                const page = await query.akten({ first: pageSize, after, filter });
                for (const edge of page.edges)
                    yield edge.node;
                after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
            } while (after);
        },
    };
}
