// Bounds on what a request may ask with. Every argument of every field the operation selects,
// nested ones included, is checked before anything runs: strings are short and storable, lists
// short, pages 0..100, cursors ones we issued. A nested connection's arguments must be checked
// here, not in its resolver: plugin-prisma reads them while planning the parent's query, where a
// bad cursor surfaced as "Unexpected error." and `first: 1000` was silently cut to 100.
// A mutation's `input` is left to its zod schema, which answers with a ValidationError instead.
import { parsePrismaCursor } from '@pothos/plugin-prisma';
import {
  getArgumentValues, getNamedType, getOperationAST, getVariableValues, isObjectType, Kind, TypeInfo, visit, visitWithTypeInfo,
  type ASTNode, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLSchema, type OperationDefinitionNode, type ValueNode,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { MAX_PAGE_SIZE } from '../schema/pagination.js';
import { isId, storable } from './domain/validation.js';
import { getDatamodel } from './generated/pothos-types.js';

/** Longest string in any query argument or filter: search texts, codes, ids and cursors all fit. */
export const MAX_ARGUMENT_LENGTH = 200;
/** Most entries in a list argument (e.g. names for the conflict check, statuses). */
export const MAX_ARGUMENT_ITEMS = 100;

const badInput = (message: string) => createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** The first string or list in an argument value that is too long or cannot be stored, in words. */
function unzulaessig(value: unknown, path: string): string | null {
  if (typeof value === 'string') {
    // Length first: a 5 MB string is refused without being scanned.
    if (value.length > MAX_ARGUMENT_LENGTH) return `${path} ist länger als ${MAX_ARGUMENT_LENGTH} Zeichen.`;
    return storable(value) ? null : `${path} enthält ein NUL-Zeichen oder ungültiges Unicode.`;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_ARGUMENT_ITEMS) return `${path} hat mehr als ${MAX_ARGUMENT_ITEMS} Einträge.`;
    for (const [i, v] of value.entries()) {
      const why = unzulaessig(v, `${path}[${i}]`);
      if (why) return why;
    }
    return null;
  }
  // Input objects arrive as plain objects; scalars' values (Date, Decimal) are not walked.
  if (value !== null && typeof value === 'object' && [null, Object.prototype].includes(Object.getPrototypeOf(value))) {
    for (const [k, v] of Object.entries(value)) {
      const why = unzulaessig(v, `${path}.${k}`);
      if (why) return why;
    }
  }
  return null;
}

// What the id of each model holds: a connection's cursor names one (`cursor: 'id'`).
const ID_TYPE = new Map(
  Object.entries(getDatamodel().datamodel.models).map(([name, model]) => [name, model.fields.find((f) => f.isId)?.type ?? null]),
);
const MAX_BIGINT = 2n ** 63n - 1n;

/** The model behind a connection field: its type's `edges.node`. */
function nodeModel(field: GraphQLField<unknown, unknown>): string | null {
  const connection = getNamedType(field.type);
  const edge = isObjectType(connection) ? connection.getFields().edges : undefined;
  const edgeType = edge && getNamedType(edge.type);
  const node = edgeType && isObjectType(edgeType) ? edgeType.getFields().node : undefined;
  return node ? getNamedType(node.type).name : null;
}

/** A cursor this list could have issued: plugin-prisma's encoding of an id of the right kind. */
function cursorPasst(cursor: string, model: string | null): boolean {
  let value: unknown;
  try {
    value = parsePrismaCursor(cursor);
  } catch {
    return false;
  }
  switch (model ? ID_TYPE.get(model) : undefined) {
    case 'String':
      return typeof value === 'string' && isId(value); // every String id is a UUID column
    case 'BigInt':
      return typeof value === 'bigint' && value > 0n && value <= MAX_BIGINT;
    default:
      return typeof value === 'string' ? isId(value) : typeof value === 'bigint' && value > 0n && value <= MAX_BIGINT;
  }
}

const CONNECTION_ARGS = ['first', 'last', 'after', 'before'];

function pruefeFeld(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args)) {
    const why = unzulaessig(value, `Argument "${name}" von "${field.name}"`);
    if (why) throw badInput(why);
  }
  if (!CONNECTION_ARGS.every((a) => field.args.some((d) => d.name === a))) return;
  for (const name of ['first', 'last'] as const) {
    const n = args[name];
    // A larger page is refused, not cut: the client would silently miss rows.
    if (typeof n === 'number' && (n < 0 || n > MAX_PAGE_SIZE)) throw badInput(`${name} muss zwischen 0 und ${MAX_PAGE_SIZE} liegen.`);
  }
  for (const name of ['after', 'before'] as const) {
    const c = args[name];
    if (typeof c === 'string' && !cursorPasst(c, nodeModel(field))) {
      throw badInput(`"${name}" von "${field.name}" ist kein Cursor dieser Liste: den cursor einer Kante oder pageInfo.endCursor/startCursor unverändert senden.`);
    }
  }
}

/** The fragments an operation reaches, directly or through other fragments. */
function fragmenteVon(document: DocumentNode, operation: OperationDefinitionNode): FragmentDefinitionNode[] {
  const alle = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) alle.set(def.name.value, def);
  const erreicht = new Map<string, FragmentDefinitionNode>();
  const offen: ASTNode[] = [operation];
  while (offen.length) {
    visit(offen.pop()!, {
      FragmentSpread(spread) {
        const f = alle.get(spread.name.value);
        if (f && !erreicht.has(f.name.value)) {
          erreicht.set(f.name.value, f);
          offen.push(f);
        }
      },
    });
  }
  return [...erreicht.values()];
}

/** Whether a value written in the document reads a variable (else it is the same in every request). */
function liestVariable(value: ValueNode): boolean {
  switch (value.kind) {
    case Kind.VARIABLE:
      return true;
    case Kind.LIST:
      return value.values.some(liestVariable);
    case Kind.OBJECT:
      return value.fields.some((f) => liestVariable(f.value));
    default:
      return false;
  }
}

/** Whether a field's arguments are all written out (no variable): then they are the same in every request. */
export const argumenteKonstant = (node: FieldNode): boolean => !node.arguments?.some((a) => liestVariable(a.value));

/** A field with arguments that the operation selects (not a mutation's: zod checks its input). */
interface Stelle {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  /** Arguments without a variable: checked once, when they passed (`mahnkosten(tarif: "MAK")`). */
  konstant: boolean;
  bestanden: boolean;
}

/**
 * The fields with arguments of each operation of a document, found once per document and schema:
 * walking the whole document with the schema's type info for every request cost more than all the
 * checks (Yoga's parse cache hands the same DocumentNode for the same text; a persisted one is one).
 */
const stellenCache = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Stelle[]>>>();

function stellenVon(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Stelle[] {
  let proSchema = stellenCache.get(schema);
  if (!proSchema) stellenCache.set(schema, (proSchema = new WeakMap()));
  let proDokument = proSchema.get(document);
  if (!proDokument) proSchema.set(document, (proDokument = new Map()));
  const name = operation.name?.value ?? '';
  let stellen = proDokument.get(name);
  if (stellen) return stellen;
  stellen = [];
  const mutation = schema.getMutationType();
  const typeInfo = new TypeInfo(schema);
  for (const node of [operation, ...fragmenteVon(document, operation)]) {
    visit(node, visitWithTypeInfo(typeInfo, {
      Field(fieldNode) {
        const field = typeInfo.getFieldDef();
        if (!field || field.args.length === 0 || (mutation && typeInfo.getParentType() === mutation)) return;
        stellen!.push({ field, node: fieldNode, konstant: argumenteKonstant(fieldNode), bestanden: false });
      },
    }));
  }
  proDokument.set(name, stellen);
  return stellen;
}

/**
 * Throws BAD_USER_INPUT for the first argument out of bounds in the operation to run. `coerced`:
 * the variables as graphql-js coerced them already for this request (server/fastReads.ts).
 */
export function pruefeArgumente(
  schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, rawVariables: Record<string, unknown> | null | undefined,
  coerced?: Record<string, unknown>,
): void {
  const operation = getOperationAST(document, operationName);
  if (!operation) return; // execution reports it
  const stellen = stellenVon(schema, document, operation);
  if (stellen.every((s) => s.bestanden)) return;
  if (!coerced) {
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
    if ('errors' in variables && variables.errors) return; // so does it bad variables (typed by the scalars)
    coerced = variables.coerced ?? {};
  }
  for (const stelle of stellen) {
    if (stelle.bestanden) continue;
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(stelle.field, stelle.node, coerced);
    } catch {
      continue; // a missing required argument: execution reports it
    }
    pruefeFeld(stelle.field, args);
    stelle.bestanden = stelle.konstant;
  }
}

export const queryArgumentLimits: Plugin = {
  onExecute({ args }) {
    pruefeArgumente(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown> | null | undefined);
  },
};
