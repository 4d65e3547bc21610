// One language for every message a user sees (German), and a machine-readable extensions.code on
// every error: graphql-js (syntax, validation, variables, scalars), Yoga (transport), the limits,
// the rate limit and authentication. A wrong value written inline names its field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../server/app.js';
import { testServer, type TestServer } from './support/testServer.js';

let t: TestServer;
let app: App;
let key: string;

const LIMITS = { maxDepth: 6, maxAliases: 2, maxDirectives: 2, maxTokens: 200, maxCost: 5_000 };
const AKT = '00000000-0000-4000-8000-000000000000';
const FORDERUNG = 'mutation($i: CreateForderungInput!) { createForderung(input: $i) { __typename } }';

beforeAll(async () => {
  t = await testServer();
  key = await t.key('Alpha', 'AL');
  app = createApp({ prisma: t.db.prisma, limits: LIMITS, keyRateLimit: { max: 1_000, windowMs: 60_000 } });
});
afterAll(() => t.close());

interface Antwort {
  status: number;
  errors: { message: string; extensions?: Record<string, unknown> }[];
}

async function senden(init: RequestInit & { url?: string; ohneSchluessel?: boolean }): Promise<Antwort> {
  const headers = new Headers(init.headers);
  if (!init.ohneSchluessel && !headers.has('authorization')) headers.set('authorization', `Bearer ${key}`);
  const res = await app.fetch(init.url ?? 'http://yoga/graphql', { ...init, headers });
  const body = await res.json();
  return { status: res.status, errors: body.errors ?? [] };
}
const post = (query: string, variables?: Record<string, unknown>) =>
  senden({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });

// [what, request, the German message (exactly), extensions.code]
const FAELLE: [string, () => Promise<Antwort>, string, string][] = [
  ['syntax error', () => post('{ akten { '), 'Syntaxfehler: ein Name erwartet, gefunden: das Ende der Anfrage.', 'GRAPHQL_PARSE_FAILED'],
  ['unknown field', () => post('{ akten { nope } }'), 'Das Feld "nope" gibt es im Typ QueryAktenConnection nicht.', 'GRAPHQL_VALIDATION_FAILED'],
  ['unknown field, with a suggestion', () => post('{ akten { totalCoun } }'), 'Das Feld "totalCoun" gibt es im Typ QueryAktenConnection nicht. Meinten Sie "totalCount"?', 'GRAPHQL_VALIDATION_FAILED'],
  ['unknown argument', () => post('{ akten(zuerst: 1) { totalCount } }'), 'Das Argument "zuerst" gibt es beim Feld Query.akten nicht. Meinten Sie "first"?', 'GRAPHQL_VALIDATION_FAILED'],
  ['missing argument', () => post('{ akt { id } }'), 'Das Feld "akt" braucht das Argument "id" (ID!).', 'GRAPHQL_VALIDATION_FAILED'],
  ['unknown input field', () => post('{ akten(filter: { nope: 1 }) { totalCount } }'), 'Das Feld "nope" gibt es im Eingabetyp AktFilter nicht.', 'GRAPHQL_VALIDATION_FAILED'],
  ['no subfields selected', () => post('{ akten }'), 'Das Feld "akten" (QueryAktenConnection!) braucht eine Auswahl von Unterfeldern. Meinten Sie "akten { ... }"?', 'GRAPHQL_VALIDATION_FAILED'],
  ['wrong argument type, inline', () => post('{ akten(first: "x") { totalCount } }'), 'Ungültiger Wert bei "first": "x" ist keine ganze Zahl (Int).', 'GRAPHQL_VALIDATION_FAILED'],
  ['enum value, inline', () => post('{ auditLog(filter: { action: INSERT }) { totalCount } }'), 'Ungültiger Wert bei "filter.action": Den Wert "INSERT" gibt es in AuditAction nicht.', 'GRAPHQL_VALIDATION_FAILED'],
  ['ID, inline', () => post('{ akt(id: 1.5) { id } }'), 'Ungültiger Wert bei "id": 1.5 ist keine ID (eine Zeichenkette).', 'GRAPHQL_VALIDATION_FAILED'],
  ['variable in the wrong place', () => post('query($x: String) { akten(first: $x) { totalCount } }'), 'Die Variable "$x" hat den Typ String; hier wird Int erwartet.', 'GRAPHQL_VALIDATION_FAILED'],
  ['undeclared variable', () => post('{ akten(first: $x) { totalCount } }'), 'Die Variable "$x" ist nicht deklariert.', 'GRAPHQL_VALIDATION_FAILED'],
  // Scalars: inline (named by their field) and as variables (named by their path).
  ['Decimal, inline', () => post(`mutation { createForderung(input: { aktId: "${AKT}", art: HAUPTFORDERUNG, betrag: "abc" }) { __typename } }`),
    'Ungültiger Wert bei "input.betrag": "abc" ist keine Dezimalzahl: Ziffern und ein Punkt, z. B. "12345.67".', 'BAD_USER_INPUT'],
  ['Decimal as a number, inline', () => post(`mutation { createForderung(input: { aktId: "${AKT}", art: HAUPTFORDERUNG, betrag: 5.5 }) { __typename } }`),
    'Ungültiger Wert bei "input.betrag": Ein Decimal wird als Zeichenkette geschrieben, z. B. "12345.67".', 'BAD_USER_INPUT'],
  ['Decimal, variable', () => post(FORDERUNG, { i: { aktId: AKT, art: 'HAUPTFORDERUNG', betrag: 'abc' } }),
    'Die Variable "$i" hat bei "i.betrag" einen ungültigen Wert "abc": "abc" ist keine Dezimalzahl: Ziffern und ein Punkt, z. B. "12345.67".', 'BAD_USER_INPUT'],
  ['Decimal as a number, variable', () => post(FORDERUNG, { i: { aktId: AKT, art: 'HAUPTFORDERUNG', betrag: 5.5 } }),
    'Die Variable "$i" hat bei "i.betrag" einen ungültigen Wert 5.5: Ein Decimal ist eine Zeichenkette wie "12345.67", keine Zahl (Gleitkommazahlen sind ungenau).', 'BAD_USER_INPUT'],
  ['Date, inline', () => post('{ akten(filter: { faelligBis: "2026-02-30" }) { totalCount } }'),
    'Ungültiger Wert bei "filter.faelligBis": "2026-02-30" ist kein Datum: JJJJ-MM-TT, z. B. "2026-11-26".', 'BAD_USER_INPUT'],
  ['DateTime, inline', () => post('{ auditLog(filter: { from: "gestern" }) { totalCount } }'),
    'Ungültiger Wert bei "filter.from": "gestern" ist kein DateTime: RFC 3339 mit Zeitzone, z. B. "2026-11-26T09:30:00Z" oder "2026-11-26T10:30:00+01:00".', 'BAD_USER_INPUT'],
  ['Int, variable (was: HTTP 400 without a code)', () => post('query($f: Int) { akten(first: $f) { totalCount } }', { f: 'x' }),
    'Die Variable "$f" hat einen ungültigen Wert "x": "x" ist keine ganze Zahl (Int).', 'BAD_USER_INPUT'],
  ['missing variable', () => post('query($id: ID!) { akt(id: $id) { id } }'), 'Die Variable "$id" (ID!) fehlt.', 'BAD_USER_INPUT'],
  ['null variable', () => post('query($id: ID!) { akt(id: $id) { id } }', { id: null }), 'Die Variable "$id" (ID!) darf nicht null sein.', 'BAD_USER_INPUT'],
  ['unknown input field, variable', () => post(FORDERUNG, { i: { aktId: AKT, art: 'HAUPTFORDERUNG', betrag: '1.00', nope: 1 } }),
    'Die Variable "$i" hat einen ungültigen Wert { aktId: "00000000-0000-4000-8000-000000000000", art: "HAUPTFORDERUNG", betrag: "1.00", nope: 1 }: Das Feld "nope" gibt es im Eingabetyp CreateForderungInput nicht.', 'BAD_USER_INPUT'],
  // Limits.
  ['depth', () => post('{ akten { edges { node { klient { akten { edges { node { id } } } } } } } }'), 'Die Anfrage ist 8 Ebenen tief; erlaubt sind 6.', 'QUERY_TOO_DEEP'],
  ['aliases', () => post('{ a: akten { totalCount } b: akten { totalCount } c: akten { totalCount } }'), 'Die Anfrage hat 3 Aliase; erlaubt sind 2.', 'TOO_MANY_ALIASES'],
  ['directives', () => post('{ akten @include(if: true) @include(if: true) @include(if: true) { totalCount } }'), 'Die Anfrage hat 3 Direktiven; erlaubt sind 2.', 'TOO_MANY_DIRECTIVES'],
  ['tokens', () => post(`{ ${'me { kuerzel } '.repeat(60)} }`), 'Die Anfrage hat mehr als 200 Tokens.', 'GRAPHQL_PARSE_FAILED'],
  ['cost', () => post('{ akten(first: 100) { edges { node { leistungen { id } } } } }'),
    'Die Anfrage kostet 10301, mehr als die Grenze von 5000: kleinere Seiten (first/last) oder weniger verschachtelte Listen anfordern.', 'QUERY_TOO_COSTLY'],
  ['page size', () => post('{ akten(first: 1000) { totalCount } }'), 'first muss zwischen 0 und 100 liegen.', 'BAD_USER_INPUT'],
  // Transport.
  ['invalid JSON', () => senden({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' }), 'Der Inhalt der POST-Anfrage ist kein gültiges JSON.', 'BAD_REQUEST'],
  ['no query', () => senden({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }), 'Die Anfrage enthält keine query (und keine documentId).', 'PERSISTED_QUERY_ID_REQUIRED'],
  ['unsupported method', () => senden({ method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { kuerzel } }"}' }), 'GraphQL nimmt nur GET- und POST-Anfragen an.', 'BAD_REQUEST'],
  ['cross-site GET without the CSRF header', () => senden({ method: 'GET', url: `http://yoga/graphql?query=${encodeURIComponent('{ me { kuerzel } }')}` }),
    'Anfragen aus dem Browser brauchen den Header "Content-Type: application/json" oder "x-graphql-yoga-csrf" (Schutz vor Cross-Site-Anfragen).', 'CSRF_PREVENTED'],
  ['mutation over GET', () => senden({ method: 'GET', headers: { 'x-graphql-yoga-csrf': '1' }, url: `http://yoga/graphql?query=${encodeURIComponent('mutation { __typename }')}` }),
    'Eine Mutation ist nur mit POST möglich.', 'BAD_REQUEST'],
  ['two operations, none named', () => post('query A { me { kuerzel } } query B { me { kuerzel } }'),
    'Welche Operation ausgeführt werden soll, ist unklar: bei mehreren Operationen operationName angeben.', 'OPERATION_RESOLUTION_FAILURE'],
  ['unknown persisted operation', () => senden({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documentId: 'sha256:0000' }) }),
    'Unbekannte persistierte Operation (documentId).', 'PERSISTED_QUERY_NOT_FOUND'],
  // Authentication.
  ['no key', () => senden({ method: 'POST', ohneSchluessel: true, headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { kuerzel } }"}' }),
    'Anmeldung nötig: "Authorization: Bearer <API-Schlüssel>" senden.', 'UNAUTHENTICATED'],
  ['invalid key', () => senden({ method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer kz_falsch' }, body: '{"query":"{ me { kuerzel } }"}' }),
    'Ungültiger oder widerrufener API-Schlüssel.', 'UNAUTHENTICATED'],
  ['PDF without a key', () => senden({ method: 'GET', ohneSchluessel: true, url: 'http://yoga/dokumente/honorarnote/x.pdf' }), 'Anmeldung nötig: "Authorization: Bearer <API-Schlüssel>" senden.', 'UNAUTHENTICATED'],
];

// Words of graphql-js's and Yoga's English that no German message contains.
const ENGLISCH = /\b(the|is|not|must|cannot|of type|Expected|Unknown|found|provided|Field|Syntax Error|Required|request)\b/;

describe('error messages', () => {
  it.each(FAELLE)('%s', async (_was, anfrage, message, code) => {
    const { errors } = await anfrage();
    expect(errors.map((e) => [e.message, e.extensions?.code])).toEqual([[message, code]]);
    expect(errors[0]!.message).not.toMatch(ENGLISCH);
  });

  it('keeps the HTTP status of each kind of error', async () => {
    const status = async (was: string) => (await FAELLE.find(([w]) => w === was)![1]()).status;
    expect(await status('unknown field')).toBe(200);
    expect(await status('Decimal, variable')).toBe(400);
    expect(await status('cost')).toBe(400);
    expect(await status('unsupported method')).toBe(405);
    expect(await status('cross-site GET without the CSRF header')).toBe(403);
    expect(await status('no key')).toBe(401);
    expect(await status('PDF without a key')).toBe(401);
  });

  it('names the field of a wrong scalar in extensions.field, inline and in a variable', async () => {
    const inline = await post(`mutation { createForderung(input: { aktId: "${AKT}", art: HAUPTFORDERUNG, betrag: "abc" }) { __typename } }`);
    expect(inline.errors[0]!.extensions?.field).toBe('input.betrag');
    const variable = await post(FORDERUNG, { i: { aktId: AKT, art: 'HAUPTFORDERUNG', betrag: 'abc' } });
    expect(variable.errors[0]!.extensions?.field).toBe('i.betrag');
  });

  it('the rate limit answers in German with RATE_LIMITED', async () => {
    const knapp = createApp({ prisma: t.db.prisma, keyRateLimit: { max: 1, windowMs: 60_000 } });
    const eigener = await t.key('Alpha', 'RL');
    const send = () => knapp.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${eigener}` }, body: '{"query":"{ me { kuerzel } }"}' });
    expect((await send()).status).toBe(200);
    const res = await send();
    expect(res.status).toBe(429);
    const { errors } = await res.json();
    expect(errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(errors[0].message).toMatch(/^Anfragelimit erreicht für diesen Schlüssel: 1 Anfragen je Zeitfenster\. Erneut versuchen in \d+ s\.$/);
  });

  it('zod’s own messages in a ValidationError are German too', async () => {
    const res = await t.data(key, 'mutation($i: StornoZahlungInput!) { r: stornoZahlung(input: $i) { __typename ... on ValidationError { issues { field message } } } }', {
      i: { id: AKT, grund: 'x'.repeat(2001) },
    });
    expect(res.r.__typename).toBe('ValidationError');
    expect(res.r.issues).toEqual([{ field: 'grund', message: expect.stringMatching(/^Zu groß: .*2000/) }]);
  });
});
