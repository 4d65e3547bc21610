// One language for every error message: German. The API's own messages are written in German where
// they are raised; the messages of graphql-js (parsing, validation, variables, built-in scalars),
// Yoga (transport: body, method, parameters, CSRF) and GraphQL Armor (limits) are translated here,
// by a table of patterns, on the way out. Every error keeps (or gets) a machine-readable
// `extensions.code`; a value that is wrong where it is written inline names its argument or input
// field (`extensions.field`), as a variable's error names its path.
import { GraphQLError, Kind, parse, visit, type ASTNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

type Ersatz = string | ((...gruppen: string[]) => string);
interface Regel {
  muster: RegExp;
  text: Ersatz;
  /** The code for an error that has none. */
  code?: string;
}

const TOKEN: Record<string, string> = { '<EOF>': 'das Ende der Anfrage', Name: 'ein Name' };
const token = (s: string) => TOKEN[s] ?? s.replace(/^Name /, 'Name ');

/** The patterns, tried in order against the whole message (a "Did you mean …?" is split off first). */
const REGELN: Regel[] = [
  // GraphQL Armor (limits), reported as syntax errors.
  { muster: /^Syntax Error: Query depth limit of (\d+) exceeded, found (\d+)\.$/, text: (max, n) => `Die Anfrage ist ${n} Ebenen tief; erlaubt sind ${max}.`, code: 'QUERY_TOO_DEEP' },
  { muster: /^Syntax Error: Aliases limit of (\d+) exceeded, found (\d+)\.$/, text: (max, n) => `Die Anfrage hat ${n} Aliase; erlaubt sind ${max}.`, code: 'TOO_MANY_ALIASES' },
  { muster: /^Syntax Error: Directives limit of (\d+) exceeded, found (\d+)\.$/, text: (max, n) => `Die Anfrage hat ${n} Direktiven; erlaubt sind ${max}.`, code: 'TOO_MANY_DIRECTIVES' },
  { muster: /^Syntax Error: Token limit of (\d+) exceeded\.$/, text: (max) => `Die Anfrage hat mehr als ${max} Tokens.` },
  // Parsing.
  { muster: /^Syntax Error: Expected (.+), found (.+)\.$/s, text: (a, b) => `Syntaxfehler: ${token(a)} erwartet, gefunden: ${token(b)}.`, code: 'GRAPHQL_PARSE_FAILED' },
  { muster: /^Syntax Error: Unexpected (.+)\.$/s, text: (a) => `Syntaxfehler: unerwartet: ${token(a)}.`, code: 'GRAPHQL_PARSE_FAILED' },
  { muster: /^Syntax Error: Unterminated string\.$/, text: 'Syntaxfehler: eine Zeichenkette ist nicht abgeschlossen.', code: 'GRAPHQL_PARSE_FAILED' },
  { muster: /^Syntax Error: (.*)$/s, text: (a) => `Syntaxfehler: ${a}`, code: 'GRAPHQL_PARSE_FAILED' },
  // Validation against the schema.
  { muster: /^Cannot query field "(.+)" on type "(.+)"\.$/, text: (f, t) => `Das Feld "${f}" gibt es im Typ ${t} nicht.` },
  { muster: /^Unknown argument "(.+)" on field "(.+)"\.$/, text: (a, f) => `Das Argument "${a}" gibt es beim Feld ${f} nicht.` },
  { muster: /^Unknown argument "(.+)" on directive "(.+)"\.$/, text: (a, d) => `Das Argument "${a}" gibt es bei der Direktive ${d} nicht.` },
  { muster: /^Field "(.+)" argument "(.+)" of type "(.+)" is required, but it was not provided\.$/, text: (f, a, t) => `Das Feld "${f}" braucht das Argument "${a}" (${t}).` },
  { muster: /^Directive "(.+)" argument "(.+)" of type "(.+)" is required, but it was not provided\.$/, text: (d, a, t) => `Die Direktive ${d} braucht das Argument "${a}" (${t}).` },
  { muster: /^Field "(.+)" is not defined by type "(.+)"\.$/, text: (f, t) => `Das Feld "${f}" gibt es im Eingabetyp ${t} nicht.` },
  { muster: /^Field "(.+)" of required type "(.+)" was not provided\.$/, text: (f, t) => `Das Pflichtfeld "${f}" (${t}) fehlt.` },
  { muster: /^Field "(.+)" must be non-null\.$/, text: (f) => `Das Feld "${f}" darf nicht null sein.` },
  { muster: /^Field "(.+)" of type "(.+)" must have a selection of subfields\.$/, text: (f, t) => `Das Feld "${f}" (${t}) braucht eine Auswahl von Unterfeldern.` },
  { muster: /^Field "(.+)" of type "(.+)" must have at least one field selected\.$/, text: (f, t) => `Das Feld "${f}" (${t}) braucht mindestens ein Unterfeld.` },
  { muster: /^Field "(.+)" must not have a selection since type "(.+)" has no subfields\.$/, text: (f, t) => `Das Feld "${f}" hat keine Unterfelder (${t}).` },
  { muster: /^Variable "\$(.+)" of type "(.+)" used in position expecting type "(.+)"\.$/, text: (v, t, e) => `Die Variable "$${v}" hat den Typ ${t}; hier wird ${e} erwartet.` },
  { muster: /^Variable "\$(.+)" is not defined(?: by operation "(.+)")?\.$/, text: (v) => `Die Variable "$${v}" ist nicht deklariert.` },
  { muster: /^Variable "\$(.+)" is never used(?: in operation "(.+)")?\.$/, text: (v) => `Die Variable "$${v}" wird nicht verwendet.` },
  { muster: /^Variable "\$(.+)" cannot be non-input type "(.+)"\.$/, text: (v, t) => `Die Variable "$${v}" kann nicht den Typ ${t} haben (kein Eingabetyp).` },
  { muster: /^Unknown type "(.+)"\.$/, text: (t) => `Den Typ "${t}" gibt es nicht.` },
  { muster: /^Unknown fragment "(.+)"\.$/, text: (f) => `Das Fragment "${f}" gibt es nicht.` },
  { muster: /^Fragment "(.+)" is never used\.$/, text: (f) => `Das Fragment "${f}" wird nicht verwendet.` },
  { muster: /^Cannot spread fragment "(.+)" within itself(?: via .*)?\.?$/, text: (f) => `Das Fragment "${f}" verwendet sich selbst.` },
  { muster: /^There can be only one (?:argument|variable|fragment|operation|input field) named "(.+)"\.$/, text: (n) => `"${n}" darf nur einmal vorkommen.` },
  { muster: /^This anonymous operation must be the only defined operation\.$/, text: 'Eine Operation ohne Namen muss die einzige der Anfrage sein.' },
  { muster: /^The (.+) definition is not executable\.$/, text: (d) => `Die Definition ${d} ist nicht ausführbar.` },
  { muster: /^Fragment (?:"(.+)" )?cannot (?:condition on non composite type|be spread here)(.*)$/, text: (f) => `Das Fragment${f ? ` "${f}"` : ''} passt an dieser Stelle nicht.` },
  { muster: /^Introspection is disabled$|^GraphQL introspection (?:has been|is) disabled.*$/, text: 'Die Introspektion des Schemas ist abgeschaltet.' },
  // Values (inline, in validation, or inside a variable's message).
  { muster: /^Value "(.+)" does not exist in "(.+)" enum\.$/, text: (v, e) => `Den Wert "${v}" gibt es in ${e} nicht.` },
  { muster: /^Enum "(.+)" cannot represent non-enum value: (.+)\.$/, text: (e, v) => `${v} ist kein Wert von ${e} (ohne Anführungszeichen schreiben).` },
  { muster: /^Enum "(.+)" cannot represent non-string value: (.+)\.$/, text: (e, v) => `${v} ist kein Wert von ${e}.` },
  { muster: /^Int cannot represent non-integer value: (.+)$/s, text: (v) => `${v} ist keine ganze Zahl (Int).` },
  { muster: /^Int cannot represent non 32-bit signed integer value: (.+)$/s, text: (v) => `${v} liegt außerhalb des Bereichs einer ganzen Zahl (Int, 32 Bit).` },
  { muster: /^Float cannot represent non numeric value: (.+)$/s, text: (v) => `${v} ist keine Zahl (Float).` },
  { muster: /^String cannot represent a non string value: (.+)$/s, text: (v) => `${v} ist keine Zeichenkette (String).` },
  { muster: /^Boolean cannot represent a non boolean value: (.+)$/s, text: (v) => `${v} ist kein Wahrheitswert (true oder false).` },
  { muster: /^ID cannot represent (?:a non-string and non-integer )?value: (.+)$/s, text: (v) => `${v} ist keine ID (eine Zeichenkette).` },
  { muster: /^Expected value of type "(.+?)", found (.+?); (.*)$/s, text: (_t, _v, rest) => uebersetzeText(rest) },
  { muster: /^Expected value of type "(.+?)", found (.+)\.$/s, text: (t, v) => `${v} ist kein Wert vom Typ ${t}.` },
  { muster: /^Expected type "(.+?)" to be an object\.$/, text: (t) => `Erwartet wird ein Objekt vom Typ ${t}.` },
  { muster: /^Expected non-nullable type "(.+?)" not to be null\.$/, text: (t) => `Der Wert darf nicht null sein (${t}).` },
  { muster: /^Expected type "(.+?)"\. ?(.*)$/s, text: (t, rest) => (rest ? uebersetzeText(rest) : `Erwartet wird ein Wert vom Typ ${t}.`) },
  { muster: /^Exactly one key must be specified for OneOf type "(.+)"\.$|^OneOf Input Object "(.+)" must specify exactly one key\.$/, text: (a, b) => `Bei ${a ?? b} ist genau ein Feld anzugeben.` },
  // Variables (execution refuses the request before anything runs).
  {
    muster: /^Variable "\$(.+?)" got invalid value (.+?)(?: at "(.+?)")?; (.*)$/s,
    text: (v, wert, pfad, rest) => `Die Variable "$${v}" hat ${pfad ? `bei "${pfad}" ` : ''}einen ungültigen Wert ${wert}: ${uebersetzeText(rest!)}`,
    code: 'BAD_USER_INPUT',
  },
  { muster: /^Variable "\$(.+)" of required type "(.+)" was not provided\.$/, text: (v, t) => `Die Variable "$${v}" (${t}) fehlt.`, code: 'BAD_USER_INPUT' },
  { muster: /^Variable "\$(.+)" of non-null type "(.+)" must not be null\.$/, text: (v, t) => `Die Variable "$${v}" (${t}) darf nicht null sein.`, code: 'BAD_USER_INPUT' },
  { muster: /^Variable "\$(.+)" expected value of type "(.+)" which cannot be used as an input type\.$/, text: (v, t) => `Die Variable "$${v}" hat einen Typ (${t}), der keine Eingabe sein kann.`, code: 'BAD_USER_INPUT' },
  { muster: /^Too many errors processing variables, error limit reached\. Execution aborted\.$/, text: 'Zu viele fehlerhafte Variablen; die Anfrage wurde abgebrochen.', code: 'BAD_USER_INPUT' },
  { muster: /^Argument "(.+)" has invalid value (.+)\.$/s, text: (a, v) => `Das Argument "${a}" hat einen ungültigen Wert: ${v}.`, code: 'BAD_USER_INPUT' },
  { muster: /^Must provide operation name if query contains multiple operations\.$/, text: 'Die Anfrage enthält mehrere Operationen: operationName muss eine davon nennen.', code: 'BAD_REQUEST' },
  { muster: /^Unknown operation named "(.+)"\.$/, text: (o) => `Eine Operation "${o}" gibt es in der Anfrage nicht.`, code: 'BAD_REQUEST' },
  { muster: /^Must provide an operation\.$/, text: 'Die Anfrage enthält keine Operation.', code: 'BAD_REQUEST' },
  // Yoga: transport.
  { muster: /^Could not determine what operation to execute\.$/, text: 'Welche Operation ausgeführt werden soll, ist unklar: bei mehreren Operationen operationName angeben.', code: 'OPERATION_RESOLUTION_FAILURE' },
  { muster: /^Can only perform a mutation operation from a POST request\.$/, text: 'Eine Mutation ist nur mit POST möglich.', code: 'BAD_REQUEST' },
  { muster: /^GraphQL only supports GET and POST requests\.$/, text: 'GraphQL nimmt nur GET- und POST-Anfragen an.', code: 'BAD_REQUEST' },
  { muster: /^POST body sent invalid JSON\.$/, text: 'Der Inhalt der POST-Anfrage ist kein gültiges JSON.', code: 'BAD_REQUEST' },
  { muster: /^POST body is expected to be object but received (.+)$/s, text: (x) => `Der Inhalt der POST-Anfrage muss ein JSON-Objekt sein, nicht ${x}.`, code: 'BAD_REQUEST' },
  { muster: /^Must provide query string\.$/, text: 'Die Anfrage enthält keine query (und keine documentId).', code: 'BAD_REQUEST' },
  { muster: /^Expected "(query|variables|extensions)" param to be (?:a string|empty or an object), but given (.+)\.$/, text: (p, x) => `Der Parameter "${p}" hat die falsche Art (${x}).`, code: 'BAD_REQUEST' },
  { muster: /^Unexpected parameter "(.+)" in the request body\.$/, text: (p) => `Unbekannter Parameter "${p}" in der Anfrage.`, code: 'BAD_REQUEST' },
  { muster: /^Expected params to be an object but given (.+)\.$|^Invalid "params" in the request body$/, text: 'Die Parameter der Anfrage müssen ein JSON-Objekt sein.', code: 'BAD_REQUEST' },
  { muster: /^Batching is not supported\.$|^Batching is limited to (\d+) operations per request\.$/, text: 'Mehrere Operationen in einer Anfrage (Batching) werden nicht angenommen.', code: 'BAD_REQUEST' },
  { muster: /^Request body too large$/, text: 'Der Inhalt der Anfrage ist zu groß.', code: 'PAYLOAD_TOO_LARGE' },
  { muster: /^Content-Length header is invalid\.$/, text: 'Der Content-Length-Header ist ungültig.', code: 'BAD_REQUEST' },
  {
    muster: /^Required CSRF header\(s\) not present$/,
    text: 'Anfragen aus dem Browser brauchen den Header "Content-Type: application/json" oder "x-graphql-yoga-csrf" (Schutz vor Cross-Site-Anfragen).',
    code: 'CSRF_PREVENTED',
  },
  { muster: /^Unexpected error\.$/, text: 'Unerwarteter Fehler.', code: 'INTERNAL_SERVER_ERROR' },
  { muster: /^PersistedQueryKeyNotFound$/, text: 'Die Anfrage enthält keine query (und keine documentId).', code: 'PERSISTED_QUERY_ID_REQUIRED' },
];

/** " Did you mean "a", "b", or "c"?" → " Meinten Sie "a", "b" oder "c"?" */
function vorschlag(rest: string): string {
  return ` Meinten Sie ${rest.replace(/^the enum value /, 'den Wert ').replace(/,? or /, ' oder ')}?`;
}

function finde(message: string): { regel: Regel; text: string } | null {
  const dym = /^(.*?)\s*Did you mean (.+)\?$/s.exec(message);
  const kern = dym ? dym[1]! : message;
  for (const regel of REGELN) {
    const m = regel.muster.exec(kern);
    if (!m) continue;
    const text = typeof regel.text === 'string' ? regel.text : regel.text(...m.slice(1).map((g) => g as string));
    return { regel, text: dym ? text + vorschlag(dym[2]!) : text };
  }
  return null;
}

/** The German text of a message (unchanged when no pattern knows it: the API's own are German). */
export function uebersetzeText(message: string): string {
  return finde(message)?.text ?? message;
}

const WERT_ARTEN = new Set<string>([Kind.STRING, Kind.INT, Kind.FLOAT, Kind.BOOLEAN, Kind.ENUM, Kind.NULL, Kind.LIST, Kind.OBJECT]);

/** "input.betrag" for a value written inline at this offset of the query (null: not a value there). */
function feldAnStelle(body: string, offset: number): string | null {
  let doc;
  try {
    doc = parse(body);
  } catch {
    return null;
  }
  let pfad: string | null = null;
  visit(doc, {
    enter(node: ASTNode, _key, parent, _path, ancestors) {
      if (pfad != null || !WERT_ARTEN.has(node.kind) || node.loc?.start !== offset) return;
      const namen: string[] = [];
      for (const a of [...ancestors, parent] as ASTNode[]) {
        if (!a || Array.isArray(a) || typeof a !== 'object') continue;
        if (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD) namen.push(a.name.value);
      }
      if (namen.length) pfad = namen.join('.');
    },
  });
  return pfad;
}

/** The error in German with a code (the same object when there is nothing to change). */
export function eingedeutscht(error: GraphQLError): GraphQLError {
  const gefunden = finde(error.message);
  const extensions: Record<string, unknown> = { ...error.extensions };
  let message = gefunden?.text ?? error.message;
  // A value written inline: name its argument or input field, like a variable's path.
  const stelle = error.positions?.[0];
  const quelle = error.source?.body;
  const ungueltigerWert = extensions.code === 'BAD_USER_INPUT' || /^Expected value of type|cannot represent|does not exist in/.test(error.message);
  const variablenPfad = /^Variable "\$.+?" got invalid value .+? at "(.+?)"; /s.exec(error.message)?.[1];
  if (variablenPfad) {
    extensions.field = variablenPfad;
  } else if (ungueltigerWert && error.nodes?.length && stelle != null && quelle && !error.path) {
    const feld = feldAnStelle(quelle, stelle);
    if (feld) {
      message = `Ungültiger Wert bei "${feld}": ${message}`;
      extensions.field = feld;
    }
  }
  if (extensions.code == null) {
    const status = (extensions.http as { status?: number } | undefined)?.status;
    extensions.code = gefunden?.regel.code ?? (status != null && status >= 500 ? 'INTERNAL_SERVER_ERROR' : status != null ? 'BAD_REQUEST' : 'GRAPHQL_VALIDATION_FAILED');
  }
  if (message === error.message && extensions.code === error.extensions?.code && extensions.field === error.extensions?.field) return error;
  return new GraphQLError(message, {
    nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError ?? undefined, extensions,
  });
}

const deutsch = (result: ExecutionResult): ExecutionResult =>
  result.errors?.length ? { ...result, errors: result.errors.map((e) => eingedeutscht(e instanceof GraphQLError ? e : new GraphQLError(String((e as Error).message ?? e)))) } : result;

/** Every answer's errors in German, each with its `extensions.code`. */
export const fehlermeldungenDeutsch: Plugin = {
  onResultProcess({ result, setResult }) {
    if (Array.isArray(result)) setResult(result.map((r) => deutsch(r as ExecutionResult)));
    else if (result && typeof result === 'object' && 'errors' in result) setResult(deutsch(result as ExecutionResult));
  },
};
