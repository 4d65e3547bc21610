// Compiled reads: a query of Akten (`akt`, `akten`) whose every field PostgreSQL can build is
// answered from ONE statement per root field that returns the response's JSON (json_build_object,
// json_agg; the root row's lists in LATERAL joins), as PostGraphile compiles a request. The server
// runs no resolver per field: it only computes the fields that are code (Akt.mahnkosten: the tariff
// engine prices what the same statement read for it) and splices their JSON into PostgreSQL's text.
// Through graphql-js, the dashboard page cost the server 4.9 ms of CPU against the floor's 1.2
// (BENCHMARKS.md).
//
// What has no plan runs through graphql-js as before, whole: a type or field missing from SQL_TYPES
// below, arguments other than the root ones (`akt(id)`, `akten(first, after)`) and a code field's,
// a filter, a page backwards, totalCount, a directive with a variable, a mutation. So does a request
// whose plan meets something at run time it does not answer itself: a code field that throws (a
// TARIF_ERROR goes into `errors` with its path there), a null where the schema promises none, an
// answer that might exceed the list budget or the deadline (server/queryCost.ts), a failed
// statement. A read has no side effects, so running it again is safe.
//
// test/compiledReads.test.ts and test/singleStatementLoad.test.ts compare the answers with
// graphql-js's, key order included.
import {
  getDirectiveValues, getNamedType, isAbstractType, getNullableType, getOperationAST, getVariableValues, getArgumentValues, GraphQLIncludeDirective,
  GraphQLSkipDirective, isEnumType, isLeafType, isListType, isNonNullType, isObjectType, Kind,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLObjectType, type GraphQLOutputType,
  type GraphQLSchema, type SelectionSetNode,
} from 'graphql';
import type { Context } from '../server/context.js';
import { direkt } from '../server/db/direkt.js';
import { dateJson, dateTimeJson, decimalJson, nameLiteral, uuidCursorJson } from '../server/db/jsonScalars.js';
import {
  ALL_COLUMNS, listSubquery, models, modelField, orderBySql, pageIdsSql, planRow, quote, relationJoin, revive, type ListRelation, type RowPlan,
} from '../server/db/singleStatementLoad.js';
import { BETRAG_FELDER } from '../server/domain/titel.js';
import { isId } from '../server/domain/validation.js';
import { argumenteKonstant } from '../server/queryArguments.js';
import { FORDERUNGEN_ORDER, GEGNER_ORDER, MAHNKOSTEN_SELECT, TITEL_ORDER, type MahnkostenAkt } from '../server/services/aktBetraege.js';
import type { Tarifdaten } from '../server/tarif/preise.js';
import { AKTEN_ORDER, LEISTUNGEN_ORDER } from './akt.js';
import { connectionOptions } from './pagination.js';
import { preise } from './tarif.js';

/** A Prisma orderBy of scalar columns (singleStatementLoad's orderBySql writes it). */
type OrderBy = readonly object[] | object;

/** How PostgreSQL builds a field that is not simply an exposed column (those are found by themselves). */
type FieldSql =
  /** An expression of the row (aliased by the argument) giving the field's JSON value. */
  | { sql: (row: string) => string }
  /** A relation of the model: a row or null, or a list in `orderBy`; with `via`, each row's to-one relation instead (Akt.gegner: AktGegner → Person). */
  | { relation: string; orderBy?: OrderBy; via?: string }
  /** A field computed in code from what `select` (a Prisma select) reads of the row. */
  | { code: CodeField };

interface CodeField {
  readonly select: Record<string, unknown>;
  /** Once per request, before any row: what every row's computation shares. */
  prepare(ctx: Context): unknown;
  resolve(row: never, args: Record<string, unknown>, prepared: never): unknown;
}

const mahnkosten: CodeField = {
  select: MAHNKOSTEN_SELECT,
  prepare: (ctx) => ctx.tarifdaten(),
  resolve: (akt: MahnkostenAkt, args: Record<string, unknown>, daten: Tarifdaten) =>
    preise(akt, args as { tarif: string; ratenmahnung?: boolean | null; datum?: Date | null }, daten),
};

/**
 * The object types PostgreSQL builds, by GraphQL name: their Prisma model and the fields that are
 * not exposed columns. Each must answer exactly as the field's resolver in schema/<type>.ts does
 * (the orders are the same constants); a field not listed here and not exposed has no plan.
 */
const SQL_TYPES: Record<string, { model: string; fields: Record<string, FieldSql> }> = {
  Akt: {
    model: 'Akt',
    fields: {
      klient: { relation: 'klient' },
      gegner: { relation: 'gegner', orderBy: [GEGNER_ORDER], via: 'person' },
      forderungen: { relation: 'forderungen', orderBy: FORDERUNGEN_ORDER },
      leistungen: { relation: 'leistungen', orderBy: LEISTUNGEN_ORDER },
      titel: { relation: 'titel', orderBy: TITEL_ORDER },
      mahnkosten: { code: mahnkosten },
    },
  },
  Person: { model: 'Person', fields: {} },
  Forderung: { model: 'Forderung', fields: { titel: { relation: 'titel' } } },
  Leistung: { model: 'Leistung', fields: {} },
  Titel: {
    model: 'Titel',
    fields: {
      gericht: { relation: 'gericht' },
      zugesprochen: { sql: (t) => decimalJson(`(${BETRAG_FELDER.map((c) => `${t}.${quote(c)}`).join(' + ')})`) },
    },
  },
  Gericht: { model: 'Gericht', fields: {} },
};

// ---- Compiling ----------------------------------------------------------------------------------

/** Thrown while compiling or answering: this request runs through graphql-js instead. */
class NoPlan extends Error {}
const noPlan = (): never => {
  throw new NoPlan();
};

/** json_build_object takes at most 100 arguments. */
const MAX_KEYS = 50;

/** A code field of the root row: null in the statement's JSON, its value put in after (`splice`). */
interface CodeSlot {
  readonly key: string;
  readonly field: CodeField;
  readonly def: GraphQLField<unknown, unknown>;
  readonly node: FieldNode;
  /** What it reads of the row: a JSON array, in the statement's second column. */
  readonly input: string;
  readonly rowPlan: RowPlan;
  readonly output: (value: unknown, run: Run) => unknown;
  /** Its arguments when the document writes them out (no variable): the same in every request. */
  readonly konstanteArgs: Readonly<Record<string, unknown>> | null;
}

/**
 * A list of the root row read in a LATERAL join: one scan for every field that reads the same rows
 * in the same order (Akt.forderungen and what Akt.mahnkosten reads of them; Akt.gegner and the count
 * of Gegner), where correlated subqueries would scan them once per field.
 */
interface Lateral {
  readonly alias: string;
  /** `"Forderung" t1` */
  readonly from: string;
  readonly join: string;
  readonly order: string;
  /** The join of each row's required to-one relation (Akt.gegner's Person): it keeps every row, once. */
  via: string;
  readonly aggregates: string[];
}

class Compiler {
  /** Every code field compiled (for what they share per request). */
  readonly codeFields = new Set<CodeField>();
  private laterals: Lateral[] = [];
  private codeSlots: CodeSlot[] = [];
  /** How often each response key occurs in the root's JSON template: a code field's must be unique. */
  private keys = new Map<string, number>();
  readonly schema: GraphQLSchema;
  readonly fragments: Record<string, FragmentDefinitionNode>;
  constructor(schema: GraphQLSchema, fragments: Record<string, FragmentDefinitionNode>) {
    this.schema = schema;
    this.fragments = fragments;
  }

  /** The rows of a list of the root row (t0): a column of a LATERAL join, shared where the rows are the same. */
  private fromLateral(list: ListRelation, via: string): string {
    let lateral = this.laterals.find((l) => l.from === list.from && l.join === list.join && l.order === list.order);
    if (!lateral) this.laterals.push((lateral = { alias: `l${this.laterals.length}`, from: list.from, join: list.join, order: list.order, via, aggregates: [] }));
    else if (via && lateral.via && via !== lateral.via) return noPlan();
    else if (via) lateral.via = via;
    lateral.aggregates.push(`coalesce(json_agg(${list.row} ORDER BY ${list.order}), '[]'::json)`);
    return `${lateral.alias}.a${lateral.aggregates.length - 1}`;
  }

  /**
   * What the root row compiled last needs besides its JSON, and a fresh start for the next root: its
   * LATERAL joins (for the FROM of its statement; `rows`, a condition for the rows they read at all)
   * and its code fields.
   */
  takeRoot(rows = 'true'): { laterals: string; codeSlots: CodeSlot[] } {
    const laterals = this.laterals.map(
      (l) => ` LEFT JOIN LATERAL (SELECT ${l.aggregates.map((a, i) => `${a} AS a${i}`).join(', ')} FROM ${l.from}${l.via} WHERE ${l.join} AND ${rows}) ${l.alias} ON true`,
    );
    // A code field's key must be found once per row in the JSON: no other object may use it.
    const codeSlots = this.codeSlots;
    if (codeSlots.some((c) => this.keys.get(c.key) !== 1)) noPlan();
    this.laterals = [];
    this.codeSlots = [];
    this.keys = new Map();
    return { laterals: laterals.join(''), codeSlots };
  }

  /** `'key', value` of json_build_object. */
  member(key: string, value: string): string {
    this.keys.set(key, (this.keys.get(key) ?? 0) + 1);
    return `${nameLiteral(key)}, ${value}`;
  }

  /** The selected fields by response key, fragments resolved (graphql-js's CollectFields). */
  collect(type: GraphQLObjectType, sets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
    const fields = new Map<string, FieldNode[]>();
    const visited = new Set<string>();
    const walk = (set: SelectionSetNode) => {
      for (const s of set.selections) {
        if (!this.included(s)) continue;
        if (s.kind === Kind.FIELD) {
          const key = s.alias?.value ?? s.name.value;
          fields.set(key, [...(fields.get(key) ?? []), s]);
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          if (!s.typeCondition || this.applies(s.typeCondition.name.value, type)) walk(s.selectionSet);
        } else {
          const fragment = this.fragments[s.name.value];
          if (visited.has(s.name.value) || !fragment) continue;
          visited.add(s.name.value);
          if (this.applies(fragment.typeCondition.name.value, type)) walk(fragment.selectionSet);
        }
      }
    };
    for (const set of sets) walk(set);
    return fields;
  }

  private applies(condition: string, type: GraphQLObjectType): boolean {
    const target = this.schema.getType(condition);
    return target === type || (isAbstractType(target) && this.schema.isSubType(target, type));
  }

  /** @skip/@include with literal arguments; with a variable the plan would depend on it: none. */
  private included(node: { directives?: readonly { arguments?: readonly { value: { kind: Kind } }[] }[] }): boolean {
    if (node.directives?.some((d) => d.arguments?.some((a) => a.value.kind === Kind.VARIABLE))) noPlan();
    const skip = getDirectiveValues(GraphQLSkipDirective, node as never);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node as never);
    return include?.if !== false;
  }

  /** The JSON of one row of `type` (aliased t<depth>) with the selection of `nodes`. */
  object(type: GraphQLObjectType, nodes: readonly FieldNode[], depth: number): string {
    const spec = SQL_TYPES[type.name] ?? noPlan();
    if (!models[spec.model]) noPlan();
    const row = `t${depth}`;
    const parts: string[] = [];
    const selected = this.collect(type, nodes.map((n) => n.selectionSet ?? noPlan()));
    if (selected.size > MAX_KEYS) noPlan();
    for (const [key, fieldNodes] of selected) {
      const node = fieldNodes[0]!;
      const name = node.name.value;
      if (name === '__typename') {
        parts.push(this.member(key, nameLiteral(type.name)));
        continue;
      }
      const def = type.getFields()[name] ?? noPlan();
      const how = spec.fields[name];
      if (how && 'code' in how) {
        parts.push(this.member(key, this.code(how.code, spec.model, def, fieldNodes, depth, key)));
        continue;
      }
      if (fieldNodes.some((n) => n.arguments?.length)) noPlan(); // only code fields take arguments here
      if (!how) parts.push(this.member(key, this.column(spec.model, def, row)));
      else if ('sql' in how) parts.push(this.member(key, how.sql(row)));
      else parts.push(this.member(key, this.relation(spec.model, how, def, fieldNodes, depth)));
    }
    return `json_build_object(${parts.join(', ')})`;
  }

  /** An exposed column, written as the field's scalar serializes it. */
  private column(modelName: string, def: GraphQLField<unknown, unknown>, row: string): string {
    const name = def.extensions?.pothosExposedField;
    const field = typeof name === 'string' ? modelField(modelName, name) : undefined;
    if (!field || field.kind === 'object' || field.isList) return noPlan();
    const column = `${row}.${quote(field.name)}`;
    const type = getNamedType(def.type);
    if (isEnumType(type)) {
      // Stored under the GraphQL value's name (Prisma enums, Pothos enums of the same names).
      if (field.kind !== 'enum' || type.getValues().some((v) => v.value !== v.name)) noPlan();
      return column;
    }
    switch (`${type.name} ${field.type}`) {
      case 'ID String': case 'String String': case 'Int Int': case 'Boolean Boolean':
        return column;
      case 'Decimal Decimal':
        return decimalJson(column);
      case 'Date DateTime':
        return dateJson(column);
      case 'DateTime DateTime':
        return dateTimeJson(column);
      default:
        return noPlan();
    }
  }

  /** A relation's row (or null) or rows, each as the selection asks. */
  private relation(modelName: string, how: { relation: string; orderBy?: OrderBy; via?: string }, def: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[], depth: number): string {
    const model = models[modelName] ?? noPlan();
    const field = modelField(modelName, how.relation) ?? noPlan();
    const target = models[field.type] ?? noPlan();
    const child = `t${depth + 1}`;
    const join = relationJoin(model, field, `t${depth}`, child) ?? noPlan();
    const from = `${quote(field.type)} ${child}`;
    let via = '';
    let shown = depth + 1;
    if (how.via) {
      // Each row's own to-one relation is what the field shows (the join table's Person); required,
      // so the join keeps every row of the list once.
      const viaField = modelField(field.type, how.via) ?? noPlan();
      const viaJoin = relationJoin(target, viaField, child, `t${depth + 2}`) ?? noPlan();
      if (viaField.isList || !viaField.isRequired) noPlan();
      via = ` JOIN ${quote(viaField.type)} t${depth + 2} ON ${viaJoin}`;
      shown = depth + 2;
    }
    const type = getNamedType(def.type);
    if (!isObjectType(type)) return noPlan();
    const list = isListType(getNullableType(def.type));
    if (list !== field.isList) noPlan();
    if (!list && !via && field.relationFromFields?.length === 1) {
      const fromKey = this.keyOnly(type, nodes, field.type, `t${depth}.${quote(field.relationFromFields[0]!)}`);
      if (fromKey) return fromKey;
    }
    const object = this.object(type, nodes, shown);
    if (!list) return `(SELECT ${object} FROM ${from}${via} WHERE ${join})`;
    const order = orderBySql(target, child, how.orderBy) ?? noPlan();
    const rows: ListRelation = { field, from, join, order, row: object };
    return depth === 0 ? this.fromLateral(rows, via) : listSubquery({ ...rows, from: from + via });
  }

  /**
   * A to-one relation of which only the id (and __typename) is selected, from this row's key column
   * (Forderung.titel { id } from titelId): the foreign key guarantees the row it names exists, so
   * the lookup per row would find exactly that (6 % of the one-Akt statement's time, BENCHMARKS.md).
   * Null when anything else is selected.
   */
  private keyOnly(type: GraphQLObjectType, nodes: readonly FieldNode[], modelName: string, key: string): string | null {
    const spec = SQL_TYPES[type.name];
    const targetId = models[modelName]?.fields.filter((f) => f.isId) ?? [];
    if (spec?.model !== modelName || targetId.length !== 1) return null;
    const selected = [...this.collect(type, nodes.map((n) => n.selectionSet ?? noPlan()))];
    const idOnly = selected.every(([, fieldNodes]) => {
      const node = fieldNodes[0]!;
      if (node.name.value === '__typename') return true;
      const def = type.getFields()[node.name.value];
      const named = def && getNamedType(def.type);
      return (
        !fieldNodes.some((n) => n.arguments?.length || n.selectionSet) && spec.fields[node.name.value] === undefined &&
        def?.extensions?.pothosExposedField === targetId[0]!.name && (named?.name === 'ID' || named?.name === 'String')
      );
    });
    if (!idOnly || selected.length === 0) return null;
    const parts = selected.map(([k, fieldNodes]) => this.member(k, fieldNodes[0]!.name.value === '__typename' ? nameLiteral(type.name) : key));
    return `CASE WHEN ${key} IS NULL THEN NULL ELSE json_build_object(${parts.join(', ')}) END`;
  }

  /**
   * A code field: null in the JSON, what it reads of the row (as singleStatementLoad plans a select,
   * its lists from the root's LATERAL joins) in the statement's second column. Only on the root row
   * (Akt, the one type with one): elsewhere no plan.
   */
  private code(field: CodeField, modelName: string, def: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[], depth: number, key: string): string {
    if (depth !== 0) return noPlan();
    const planned = planRow(modelName, field.select, true, ALL_COLUMNS, 0, (list) => this.fromLateral(list, '')) ?? noPlan();
    const node = nodes[0]!;
    let konstanteArgs: Readonly<Record<string, unknown>> | null = null;
    try {
      if (argumenteKonstant(node)) konstanteArgs = Object.freeze(getArgumentValues(def, node, {}));
    } catch {
      // A required argument missing: each request finds it (and graphql-js reports it).
    }
    this.codeSlots.push({ key, field, def, node, input: planned.json, rowPlan: planned.plan, output: this.output(def.type, nodes), konstanteArgs });
    this.codeFields.add(field);
    return 'NULL';
  }

  /**
   * What graphql-js would make of a code field's value: exposed properties, leaf values through
   * their scalar or enum, lists, __typename. Other fields (a resolver of their own) have no plan.
   */
  private output(type: GraphQLOutputType, nodes: readonly FieldNode[]): (value: unknown, run: Run) => unknown {
    if (isNonNullType(type)) {
      const inner = this.output(type.ofType, nodes);
      return (value, run) => (value == null ? noPlan() : inner(value, run));
    }
    if (isListType(type)) {
      const item = this.output(type.ofType, nodes);
      return (value, run) => {
        if (value == null) return null;
        const items = value as unknown[];
        run.codeListItems += items.length;
        return items.map((v) => item(v, run));
      };
    }
    if (isLeafType(type)) return (value) => (value == null ? null : type.serialize(value));
    if (!isObjectType(type)) return noPlan();
    const fields = [...this.collect(type, nodes.map((n) => n.selectionSet ?? noPlan()))].map(([key, fieldNodes]) => {
      const name = fieldNodes[0]!.name.value;
      if (name === '__typename') return [key, () => type.name] as const;
      const def = type.getFields()[name] ?? noPlan();
      const property = def.extensions?.pothosExposedField;
      if (typeof property !== 'string' || fieldNodes.some((n) => n.arguments?.length)) noPlan();
      const inner = this.output(def.type, fieldNodes);
      return [key, (value: Record<string, unknown>, run: Run) => inner(value[property as string], run)] as const;
    });
    return (value, run) => {
      if (value == null) return null;
      const result: Record<string, unknown> = {};
      for (const [key, get] of fields) result[key] = get(value as Record<string, unknown>, run);
      return result;
    };
  }
}


// ---- The root fields ----------------------------------------------------------------------------

/**
 * A root field's part of the answer: its statement (with $1 the office) giving the JSON (`j`) and,
 * with code fields, what each row's code fields read (`c`: per row an array, one input per slot); or
 * a value without one.
 */
type Root =
  | { key: string; kind: 'value'; value: string }
  | { key: string; kind: 'akt' | 'akten'; sql: string; codeSlots: readonly CodeSlot[] };

interface CompiledOperation {
  readonly roots: readonly Root[];
  readonly codeFields: ReadonlySet<CodeField>;
}

/** What the plan of `akten` depends on: the page size and whether it starts after a cursor. */
interface Page {
  size: number;
  /** The cursor's Akt id. */
  after: string | null;
}

const CURSOR = /^GPC:S:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * The arguments of `akten` as a plain page forwards, or no plan (a filter, paging backwards, a size
 * out of range and any cursor but one plugin-prisma writes go to graphql-js, which also answers
 * their errors).
 */
function aktenPage(args: Record<string, unknown>): Page {
  const { first, after, last, before, filter, ...rest } = args;
  if (last != null || before != null || filter != null || Object.keys(rest).length) return noPlan();
  const size = first ?? connectionOptions.defaultSize;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > connectionOptions.maxSize) return noPlan();
  if (after == null) return { size, after: null };
  if (typeof after !== 'string') return noPlan();
  // Only a cursor exactly as encoded (no lenient base64) of an Akt's UUID.
  const id = CURSOR.exec(Buffer.from(after, 'base64').toString('utf8'))?.[1];
  if (!id || Buffer.from(`GPC:S:${id}`).toString('base64') !== after) return noPlan();
  return { size, after: id };
}

function compileOperation(compiler: Compiler, query: GraphQLObjectType, roots: Map<string, FieldNode[]>, pages: ReadonlyMap<string, Page>): CompiledOperation {
  const akt = query.getFields().akt!;
  const compiled = [...roots].map(([key, nodes]): Root => {
    const name = nodes[0]!.name.value;
    if (name === '__typename') return { key, kind: 'value', value: JSON.stringify(query.name) };
    if (name === 'akt') {
      const object = compiler.object(getNamedType(akt.type) as GraphQLObjectType, nodes, 0);
      const { laterals, codeSlots } = compiler.takeRoot();
      const inputs = codeSlots.length ? `, json_build_array(json_build_array(${codeSlots.map((c) => c.input).join(', ')}))::text AS c` : '';
      return { key, kind: 'akt', codeSlots, sql: `SELECT ${object}::text AS j${inputs} FROM "Akt" t0${laterals} WHERE t0."id" = $2::uuid AND t0."kanzleiId" = $1::uuid` };
    }
    return { key, kind: 'akten', ...akten(compiler, query.getFields().akten!, nodes, pages.get(key) ?? noPlan()) };
  });
  return { roots: compiled, codeFields: compiler.codeFields };
}

/** The page as plugin-prisma's connection answers it (server/services/aktenLesen.ts picks the same ids). */
function akten(compiler: Compiler, def: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[], page: Page): { sql: string; codeSlots: CodeSlot[] } {
  const connection = getNamedType(def.type) as GraphQLObjectType;
  const n = page.size;
  const parts: string[] = [];
  for (const [key, fieldNodes] of compiler.collect(connection, nodes.map((x) => x.selectionSet ?? noPlan()))) {
    const name = fieldNodes[0]!.name.value;
    if (fieldNodes.some((x) => x.arguments?.length)) noPlan();
    if (name === '__typename') {
      parts.push(compiler.member(key, nameLiteral(connection.name)));
    } else if (name === 'edges') {
      const edge = getNamedType(connection.getFields().edges!.type) as GraphQLObjectType;
      const edgeParts = [...compiler.collect(edge, fieldNodes.map((x) => x.selectionSet ?? noPlan()))].map(([edgeKey, edgeNodes]) => {
        const edgeField = edgeNodes[0]!.name.value;
        if (edgeField === '__typename') return compiler.member(edgeKey, nameLiteral(edge.name));
        if (edgeField === 'cursor') return compiler.member(edgeKey, uuidCursorJson('t0."id"'));
        if (edgeField === 'node') return compiler.member(edgeKey, compiler.object(getNamedType(edge.getFields().node!.type) as GraphQLObjectType, edgeNodes, 0));
        return noPlan();
      });
      parts.push(compiler.member(key, `coalesce(json_agg(json_build_object(${edgeParts.join(', ')}) ORDER BY i.ord) FILTER (WHERE i.ord <= ${n}), '[]'::json)`));
    } else if (name === 'pageInfo') {
      const info = getNamedType(connection.getFields().pageInfo!.type) as GraphQLObjectType;
      const infoParts = [...compiler.collect(info, fieldNodes.map((x) => x.selectionSet ?? noPlan()))].map(([infoKey, [infoNode]]) => {
        const sql = {
          __typename: nameLiteral(info.name),
          hasNextPage: `count(*) > ${n}`,
          hasPreviousPage: page.after !== null ? 'true' : 'false',
          startCursor: uuidCursorJson('(array_agg(t0."id" ORDER BY i.ord))[1]'),
          endCursor: uuidCursorJson(`(array_agg(t0."id" ORDER BY i.ord DESC) FILTER (WHERE i.ord <= ${n}))[1]`),
        }[infoNode!.name.value];
        return compiler.member(infoKey, sql ?? noPlan());
      });
      parts.push(compiler.member(key, `json_build_object(${infoParts.join(', ')})`));
    } else {
      noPlan(); // totalCount: a second statement in graphql-js's way
    }
  }
  // The row past the page tells only whether there is a next page: its lists are not read.
  const { laterals, codeSlots } = compiler.takeRoot(`i.ord <= ${n}`);
  const inputs = codeSlots.length
    ? `, (json_agg(json_build_array(${codeSlots.map((c) => c.input).join(', ')}) ORDER BY i.ord) FILTER (WHERE i.ord <= ${n}))::text AS c`
    : '';
  // One more row than the page: whether there is a next page (plugin-prisma's take + 1).
  const ids = pageIdsSql('Akt', { orderBy: AKTEN_ORDER, take: n + 1, skip: page.after ? 1 : 0, cursor: page.after !== null }) ?? noPlan();
  const sql =
    `SELECT json_build_object(${parts.join(', ')})::text AS j${inputs} ` +
    `FROM unnest(${ids}) WITH ORDINALITY AS i(id, ord) JOIN "Akt" t0 ON t0."id" = i.id AND t0."kanzleiId" = $1::uuid${laterals}`;
  return { sql, codeSlots };
}

/**
 * The JSON `text` with each row's code fields put in: in the order of the rows (`inputs`, one array
 * per row) and within a row in the order of `slots` (the order of their keys in the object). PostgreSQL
 * writes a member as `"key" : null`; a code field's key occurs in no other object of the answer
 * (Compiler.takeRoot), and inside a string every quote is escaped, so each occurrence is the field.
 */
function splice(text: string, inputs: readonly (readonly unknown[][])[], slots: readonly CodeSlot[], run: Run): string {
  const out: string[] = [];
  let at = 0;
  for (let r = 0; r < inputs.length; r++) {
    const row = inputs[r]!;
    for (let s = 0; s < slots.length; s++) {
      const slot = slots[s]!;
      const member = `"${slot.key}" : null`;
      // The last one is the text's last occurrence (one Akt's Mahnkosten: near its end).
      const found = r === inputs.length - 1 && s === slots.length - 1 ? text.lastIndexOf(member) : text.indexOf(member, at);
      if (found < at) return noPlan();
      const value = slot.field.resolve(revive(row[s]!, slot.rowPlan) as never, run.args(slot), run.prepared.get(slot.field) as never);
      out.push(text.slice(at, found + member.length - 4), JSON.stringify(slot.output(value, run)));
      at = found + member.length;
    }
  }
  out.push(text.slice(at));
  return out.join('');
}

// ---- Answering ----------------------------------------------------------------------------------

/** One request's answer in the making: the variables, what the code fields share, their list items. */
class Run {
  codeListItems = 0;
  readonly prepared = new Map<CodeField, unknown>();
  private readonly argsOf = new Map<CodeSlot, Record<string, unknown>>();
  private readonly variables: Record<string, unknown>;
  constructor(variables: Record<string, unknown>) {
    this.variables = variables;
  }

  /** A code field's arguments, once per request (the same for every row). */
  args(slot: CodeSlot): Record<string, unknown> {
    if (slot.konstanteArgs) return slot.konstanteArgs;
    let args = this.argsOf.get(slot);
    if (!args) this.argsOf.set(slot, (args = getArgumentValues(slot.def, slot.node, this.variables)));
    return args;
  }
}

/**
 * At least as many as the list items of the JSON `text` (each an object, so a "{": counting them in
 * strings too only errs high), counted only when its length does not already keep it within `budget`.
 */
function listItemsAtMost(text: string, budget: number): number {
  if (text.length / 2 <= budget) return Math.floor(text.length / 2);
  let n = 0;
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) n++;
  return n;
}

/** Per document (Yoga keeps one DocumentNode per query text): the operation and its plans. */
interface DocumentPlans {
  readonly fragments: Record<string, FragmentDefinitionNode>;
  readonly query: GraphQLObjectType;
  readonly operation: ReturnType<typeof getOperationAST> & object;
  /** The root fields by response key. */
  readonly roots: Map<string, FieldNode[]>;
  readonly plans: Map<string, CompiledOperation | null>;
}

const documents = new WeakMap<DocumentNode, Map<string, DocumentPlans | null>>();
/** Plans kept per document and operation: one per page size and cursor presence (≤ 200). */
const MAX_PLANS = 200;

function documentPlans(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): DocumentPlans | null {
  let byName = documents.get(document);
  if (!byName) documents.set(document, (byName = new Map()));
  const name = operationName ?? '';
  if (byName.has(name)) return byName.get(name)!;
  let plans: DocumentPlans | null = null;
  const operation = getOperationAST(document, operationName);
  const query = schema.getQueryType();
  if (operation?.operation === 'query' && query) {
    const fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    const compiler = new Compiler(schema, fragments);
    try {
      const roots = compiler.collect(query, [operation.selectionSet]);
      if ([...roots.values()].every(([f]) => ['akt', 'akten', '__typename'].includes(f!.name.value)) && [...roots.values()].some(([f]) => f!.name.value !== '__typename')) {
        plans = { fragments, query, operation, roots, plans: new Map() };
      }
    } catch (error) {
      if (!(error instanceof NoPlan)) throw error;
    }
  }
  byName.set(name, plans);
  return plans;
}

/**
 * A statement the first root field's is wrapped in (server/fastReads.ts: the key check), its
 * parameters after the root's ($n on); `accept` sees its row first: false, no answer.
 */
export interface AroundFirst {
  sql(inner: string, n: number): string;
  values: readonly string[];
  accept(row: Record<string, unknown> | undefined): boolean;
}

/**
 * A compiled read's result: the response's JSON text as PostgreSQL and the code fields made it
 * (`stringify`, which Yoga calls unbound), and `data` parsed from it for plugins that read it.
 *
 * A class, not an object literal with a getter: with the literal, the 64 KB answer it pointed to
 * survived every young-generation collection under load (1.8 MB promoted per scavenge on the
 * one-Akt read against 0.3 with the class; BENCHMARKS.md, 2026-12-03 night). Likely V8 builds a
 * literal with an accessor in its runtime, in the old generation, where a dead one keeps what it
 * points to alive until the next full collection.
 */
export class CompiledText {
  readonly text: string;
  readonly stringify: () => string;
  constructor(text: string) {
    this.text = text;
    this.stringify = () => this.text;
  }
  get data(): Record<string, unknown> {
    return (JSON.parse(this.text) as { data: Record<string, unknown> }).data;
  }
}

/** A request's variables as sent, or as graphql-js coerced them already (`coercedVariables`). */
export type RequestVariables = { readonly raw: Record<string, unknown> | undefined } | { readonly coerced: Record<string, unknown> };

/** The operation's variables coerced by graphql-js; null: bad variables (graphql-js reports them). */
function coerce(schema: GraphQLSchema, doc: DocumentPlans, raw: Record<string, unknown> | undefined): Record<string, unknown> | null {
  const coerced = getVariableValues(schema, doc.operation.variableDefinitions ?? [], raw ?? {});
  return coerced.errors ? null : coerced.coerced;
}

/**
 * The variables of a query this file can answer, coerced (each request once: server/fastReads.ts
 * checks the arguments with them too); null: not such a query, or bad variables.
 */
export function coercedVariables(
  schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, raw: Record<string, unknown> | undefined,
): Record<string, unknown> | null {
  const doc = documentPlans(schema, document, operationName);
  return doc && coerce(schema, doc, raw);
}

/**
 * The answer to a query of Akten from one statement per root field, or null: then graphql-js
 * answers it (see the top of this file for when).
 */
export async function compiledAnswer(
  schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: RequestVariables,
  ctx: Context, limits: { listItems: number; pastDeadline(): boolean }, around?: AroundFirst,
): Promise<CompiledText | null> {
  const doc = documentPlans(schema, document, operationName);
  if (!doc) return null;
  try {
    const coerced = 'coerced' in variables ? variables.coerced : coerce(schema, doc, variables.raw);
    if (!coerced) return null;
    const args = new Map<string, Record<string, unknown>>();
    const pages = new Map<string, Page>();
    for (const [key, [node]] of doc.roots) {
      const def = doc.query.getFields()[node!.name.value];
      if (!def) continue;
      const values = getArgumentValues(def, node!, coerced);
      args.set(key, values);
      if (def.name === 'akten') pages.set(key, aktenPage(values));
    }
    const planKey = pages.size ? [...pages].map(([key, p]) => `${key}:${p.size}:${p.after !== null}`).join(' ') : '';
    let compiled = doc.plans.get(planKey);
    if (compiled === undefined) {
      try {
        compiled = compileOperation(new Compiler(schema, doc.fragments), doc.query, doc.roots, pages);
      } catch (error) {
        if (!(error instanceof NoPlan)) throw error;
        compiled = null;
      }
      if (doc.plans.size >= MAX_PLANS) doc.plans.clear();
      doc.plans.set(planKey, compiled);
    }
    if (!compiled) return null;

    const run = new Run(coerced);
    for (const field of compiled.codeFields) {
      const prepared = field.prepare(ctx);
      // Mostly at hand (the office's cached tariff data): no await, no turn of the event loop.
      run.prepared.set(field, prepared instanceof Promise ? await prepared : prepared);
    }
    const kanzleiId = ctx.viewer.kanzleiId;
    const db = direkt(ctx.prisma);
    const texts: string[] = [];
    let charged = 0;
    for (const root of compiled.roots) {
      let text: string;
      if (root.kind === 'value') {
        text = root.value;
      } else {
        let params: string[] | null;
        if (root.kind === 'akt') {
          const id = args.get(root.key)!.id;
          params = typeof id === 'string' && isId(id) ? [kanzleiId, id] : null;
        } else {
          const after = pages.get(root.key)!.after;
          params = after !== null ? [kanzleiId, after] : [kanzleiId];
        }
        let rows: { j: string | null; c?: string | null }[] = [];
        const wrap = around;
        around = undefined;
        if (wrap) {
          // No statement for an id that is none: no key check either, so no answer here.
          if (!params) return null;
          rows = await db.$queryRawUnsafe<{ j: string | null; c?: string | null }[]>(wrap.sql(root.sql, params.length + 1), ...params, ...wrap.values);
          if (!wrap.accept(rows[0])) return null;
        } else if (params) {
          rows = await db.$queryRawUnsafe<{ j: string | null; c?: string | null }[]>(root.sql, ...params);
        }
        text = rows[0]?.j ?? 'null';
        charged += listItemsAtMost(text, limits.listItems - charged);
        const inputs = rows[0]?.c;
        if (root.codeSlots.length && inputs) text = splice(text, JSON.parse(inputs) as unknown[][][], root.codeSlots, run);
      }
      texts.push(`${JSON.stringify(root.key)}:${text}`);
    }
    // graphql-js counts the items exactly, and checks the deadline (and answers its errors).
    if (charged + run.codeListItems > limits.listItems || limits.pastDeadline()) return null;
    return new CompiledText(`{"data":{${texts.join(',')}}}`);
  } catch {
    // NoPlan, a code field's error (graphql-js reports it with its path), a statement's failure.
    return null;
  }
}
