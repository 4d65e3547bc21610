// Two local graphql-codegen plugins that make the SDK cover every root field of the schema:
// - `defaults`: one GraphQL operation per Query/Mutation root field with its default selection
//   (sdk/operations/generated/defaults.graphql). The client preset then types them and gives each a
//   persisted-document hash, so partner keys (persisted-only) can call every method.
// - `sdk`: for sdk/src/generated/schema.ts (after the `typescript` plugin's enums and inputs): the
//   result type of every object type, a selection type per object type (the typed query builder),
//   the method signatures of `client.query`/`client.mutation`, and the little schema table the
//   runtime needs to turn a selection object into a document.
import type { PluginFunction } from '@graphql-codegen/plugin-helpers';
import {
  getNamedType, isAbstractType, isEnumType, isInputObjectType, isInterfaceType, isLeafType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLNamedType, type GraphQLObjectType, type GraphQLOutputType, type GraphQLSchema,
} from 'graphql';

const SCALARS: Record<string, string> = { ID: 'string', String: 'string', Boolean: 'boolean', Int: 'number', Float: 'number', Decimal: 'string', Date: 'string', DateTime: 'string' };
const pascal = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const isConnection = (t: GraphQLNamedType): t is GraphQLObjectType => isObjectType(t) && t.name.endsWith('Connection') && 'edges' in t.getFields() && 'pageInfo' in t.getFields();
const requiredArgs = (f: GraphQLField<unknown, unknown>) => f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
const hasId = (t: GraphQLNamedType) => isObjectType(t) && 'id' in t.getFields();
const errorTypes = (schema: GraphQLSchema) => {
  const error = schema.getType('Error');
  return error && isInterfaceType(error) ? new Set(schema.getPossibleTypes(error).map((t) => t.name)) : new Set<string>();
};

/**
 * The default selection of an object type: its own scalar and enum fields, the ids of its relations
 * (value objects without an id and without arguments, e.g. Akt's verlauf, with their own scalars
 * and ids, one level deep). Fields with required arguments, computed views with arguments
 * (schuldnerstand, exekutionsantrag), nested connections and abstract types are left out: choose
 * them with a selection. In a connection's nodes (`inList`) lists of value objects are left out too
 * (Mandatsanfrage's kollisionTreffer, zuweisungsvorschlag), so a page of 100 stays far below the
 * query cost limit.
 */
export function defaultSelection(type: GraphQLObjectType, depth = 0, inList = false): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (requiredArgs(field)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (!isObjectType(named) || isConnection(named)) continue;
    else if (hasId(named)) parts.push(`${field.name} { id }`);
    else if (inList && isListType(isNonNullType(field.type) ? field.type.ofType : field.type)) continue;
    else if (depth < 1 && !field.args.length) {
      const inner = defaultSelection(named, depth + 1);
      if (inner) parts.push(`${field.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

/** A root field's result: connections get totalCount, pageInfo and edges { cursor node }. */
function rootSelection(type: GraphQLNamedType, schema: GraphQLSchema): string {
  if (isLeafType(type)) return '';
  if (isConnection(type)) {
    const node = getNamedType(type.getFields().edges!.type) as GraphQLObjectType;
    const nodeType = getNamedType(node.getFields().node!.type) as GraphQLObjectType;
    return `{ totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${defaultSelection(nodeType, 0, true)} } } }`;
  }
  if (isAbstractType(type)) {
    const fehler = errorTypes(schema);
    const members = schema.getPossibleTypes(type).map((m) => `... on ${m.name} { ${fehler.has(m.name) ? defaultSelection(m) : payloadSelection(m)} }`);
    return `{ __typename ${members.join(' ')} }`;
  }
  if (!isObjectType(type)) throw new Error(`${type.name}: not an output type`);
  return `{ ${defaultSelection(type)} }`;
}

/** A mutation payload: its fields, each object with that type's full default selection. */
function payloadSelection(type: GraphQLObjectType): string {
  return Object.values(type.getFields())
    .filter((f) => !requiredArgs(f))
    .map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      return isObjectType(named) && !isConnection(named) ? `${f.name} { ${defaultSelection(named)} }` : '';
    })
    .filter(Boolean)
    .join(' ');
}

const argType = (t: GraphQLInputType): string => String(t);

export const rootFields = (schema: GraphQLSchema) => [
  ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ op: 'query' as const, field })),
  ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ op: 'mutation' as const, field })),
];

const operationName = (field: GraphQLField<unknown, unknown>) => pascal(field.name);

/** defaults.graphql: one operation per root field. */
export const defaults: PluginFunction = (schema) => {
  const ops = rootFields(schema).map(({ op, field }) => {
    const vars = field.args.length ? `(${field.args.map((a) => `$${a.name}: ${argType(a.type)}`).join(', ')})` : '';
    const args = field.args.length ? `(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
    return `${op} ${operationName(field)}${vars} {\n  ${field.name}${args} ${rootSelection(getNamedType(field.type), schema)}\n}\n`;
  });
  return `# Generated by sdk/codegen/plugins.ts from schema/schema.graphql (npm run sdk:generate): the\n# default selection of every root field. Do not edit.\n\n${ops.join('\n')}`;
};

/** TS type of an output type (result types below), with null and lists. */
function outputTs(t: GraphQLOutputType, schema: GraphQLSchema): string {
  if (isNonNullType(t)) return outputTsNonNull(t.ofType, schema);
  return `${outputTsNonNull(t, schema)} | null`;
}
function outputTsNonNull(t: GraphQLOutputType, schema: GraphQLSchema): string {
  if (isListType(t)) return `Array<${outputTs(t.ofType, schema)}>`;
  if (isScalarType(t)) return SCALARS[t.name] ?? 'unknown';
  if (isEnumType(t)) return t.name;
  if (isAbstractType(t)) return `(${schema.getPossibleTypes(t).map((m) => `${m.name}Result`).join(' | ')})`;
  return `${t.name}Result`;
}
function inputTs(t: GraphQLInputType): string {
  if (isNonNullType(t)) return inputTsNonNull(t.ofType);
  return `${inputTsNonNull(t)} | null`;
}
function inputTsNonNull(t: GraphQLInputType): string {
  if (isListType(t)) return `Array<${inputTs(t.ofType)}>`;
  if (isScalarType(t)) return SCALARS[t.name] ?? 'unknown';
  return t.name; // enums and input objects: from the typescript plugin above
}
const argsTs = (args: readonly GraphQLArgument[]) =>
  `{ ${args.map((a) => `${a.name}${isNonNullType(a.type) && a.defaultValue === undefined ? '' : '?'}: ${inputTs(a.type)}`).join('; ')} }`;
const doc = (text: string | null | undefined, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '* /').replace(/\n/g, ' ')} */\n` : '');

/** schema.ts: result and selection types, method signatures, the runtime's schema table. */
export const sdk: PluginFunction = (schema) => {
  const out: string[] = [];
  const objects = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && t !== schema.getQueryType() && t !== schema.getMutationType());
  const fehler = errorTypes(schema);
  out.push(`import type { FieldErrors, MutationResult, Result, SchemaTable, Selected, WithFieldErrors } from '../select.js';`);

  // Result types: what a field holds when selected.
  for (const t of objects) {
    const fields = Object.values(t.getFields()).map((f) => `${doc(f.description)}  ${f.name}: ${outputTs(f.type, schema)};`);
    out.push(`${doc(t.description, '')}export interface ${t.name}Result {\n  __typename: '${t.name}';\n${fields.join('\n')}\n}`);
  }

  // Selection types: `true` for a scalar, a nested selection for an object, `$args` for arguments.
  for (const t of objects) {
    const fields = Object.values(t.getFields()).flatMap((f) => {
      const named = getNamedType(f.type);
      const args = f.args.length ? ` & { $args${requiredArgs(f) ? '' : '?'}: ${argsTs(f.args)} }` : '';
      if (isLeafType(named)) return [`${doc(f.description)}  ${f.name}?: ${args ? `true${args.replace(' & ', ' | (')})` : 'boolean'};`];
      if (isObjectType(named)) return [`${doc(f.description)}  ${f.name}?: ${named.name}Selection${args};`];
      return [];
    });
    out.push(`export interface ${t.name}Selection {\n  __typename?: boolean;\n  /** Every scalar and enum field of ${t.name} (without required arguments). */\n  $scalars?: boolean;\n${fields.join('\n')}\n}`);
  }

  // The client's methods, one per root field.
  const roots = rootFields(schema);
  const sig = (op: 'query' | 'mutation') =>
    roots.filter((r) => r.op === op).map(({ field }) => {
      const opType = `${operationName(field)}${op === 'query' ? 'Query' : 'Mutation'}`;
      const named = getNamedType(field.type);
      const hasArgs = field.args.length > 0;
      const params = op === 'mutation'
        ? field.args.map((a) => `${a.name}${isNonNullType(a.type) ? '' : '?'}: ${inputTs(a.type)}`).join(', ')
        : hasArgs ? `args${requiredArgs(field) ? '' : '?'}: ${argsTs(field.args)}` : '';
      const selParams = op === 'mutation'
        ? field.args.map((a) => `${a.name}: ${inputTs(a.type)}${isNonNullType(a.type) ? '' : ' | undefined'}`)
        : hasArgs ? [`args: ${argsTs(field.args)}${requiredArgs(field) ? '' : ' | undefined'}`] : [];
      const selParam = (S: string) => [...selParams, `select: ${S}`].join(', ');
      const d = doc(field.description);
      // A mutation without an error union (none today) answers its value like a query.
      if (op === 'query' || !isAbstractType(named)) {
        const defaultResult = `WithFieldErrors<${opType}['${field.name}']>`;
        if (!isObjectType(named)) return `${d}  ${field.name}(${params}): Promise<${defaultResult}>;`;
        const S = `S extends ${named.name}Selection`;
        return `${d}  ${field.name}(${params}): Promise<${defaultResult}>;\n${d}  ${field.name}<${S}>(${selParam('S')}): Promise<Selected<${outputTs(field.type, schema)}, S>>;`;
      }
      const payload = schema.getPossibleTypes(named).find((m) => !fehler.has(m.name));
      if (!payload) throw new Error(`Mutation ${field.name}: no payload type in its result union`);
      const defaultResult = `MutationResult<${opType}['${field.name}'], '${payload.name}'>`;
      const errors = schema.getPossibleTypes(named).filter((m) => fehler.has(m.name)).map((m) => `Extract<${opType}['${field.name}'], { __typename: '${m.name}' }>`).join(' | ');
      return `${d}  ${field.name}(${params}): Promise<${defaultResult}>;\n${d}  ${field.name}<S extends ${payload.name}Selection>(${selParam('S')}): Promise<Result<Selected<${payload.name}Result, S>, ${errors}>>;`;
    });
  const opImports = roots.map(({ op, field }) => `${operationName(field)}${op === 'query' ? 'Query' : 'Mutation'}`);
  out.unshift(`import type { ${opImports.join(', ')} } from './graphql.js';`);
  out.push(`/** One method per Query root field: the default selection, or the fields you select. */\nexport interface QueryMethods {\n${sig('query').join('\n')}\n}`);
  out.push(`/** One method per Mutation root field: the payload or the typed error (nothing changed). */\nexport interface MutationMethods {\n${sig('mutation').join('\n')}\n}`);
  out.push(`export type { FieldErrors };`);
  out.push(`/** Any of the API's error types (each mutation's own union is narrower). */\nexport type ApiError = ${[...fehler].sort().map((n) => `${n}Result`).join(' | ') || 'never'};`);

  // The runtime's table: per type, per field 0 (leaf) or the object type's name, and the GraphQL
  // types of its arguments; per mutation the payload type, its error types and whether it takes an
  // idempotencyKey.
  const table: Record<string, Record<string, string | 0 | [string | 0, Record<string, string>]>> = {};
  for (const t of [...objects, schema.getQueryType()!, schema.getMutationType()!]) {
    const entries: Record<string, string | 0 | [string | 0, Record<string, string>]> = {};
    for (const f of Object.values(t.getFields())) {
      const named = getNamedType(f.type);
      const target: string | 0 = isLeafType(named) ? 0 : named.name;
      entries[f.name] = f.args.length ? [target, Object.fromEntries(f.args.map((a) => [a.name, argType(a.type)]))] : target;
    }
    table[t.name] = entries;
  }
  const mutations = Object.fromEntries(
    roots.filter((r) => r.op === 'mutation').map(({ field }) => {
      const named = getNamedType(field.type);
      const members = isAbstractType(named) ? schema.getPossibleTypes(named) : [];
      const input = field.args.find((a) => a.name === 'input');
      const inputType = input && getNamedType(input.type);
      const idempotent = !!inputType && isInputObjectType(inputType) && 'idempotencyKey' in inputType.getFields();
      return [field.name, { payload: members.find((m) => !fehler.has(m.name))?.name ?? null, errors: members.filter((m) => fehler.has(m.name)).map((m) => m.name), idempotent }];
    }),
  );
  const errorSelections = Object.fromEntries([...fehler].sort().map((n) => [n, defaultSelection(schema.getType(n) as GraphQLObjectType)]));
  out.push(`/** The schema as the runtime needs it (generated). */\nexport const schemaTable: SchemaTable = ${JSON.stringify({ types: table, mutations, errorSelections, query: schema.getQueryType()!.name, mutation: schema.getMutationType()!.name })};`);
  return out.join('\n\n') + '\n';
};
