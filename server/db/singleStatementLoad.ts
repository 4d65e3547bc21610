// Loads rows of one model by id together with the relations a plugin-prisma query includes, in ONE
// SQL statement: PostgreSQL builds the nested rows as JSON (each row an array of its values in the
// plan's order, so no column name is repeated in every row) and the server parses one string.
// Through Prisma's `include` the same rows cost one statement per relation and about six times the
// CPU per dashboard page (BENCHMARKS.md): Prisma turns every cell of every row into a value on its own.
//
// The rows come out as Prisma returns them (Decimal as decimal.js, DateTime as Date, relations
// under their field names), with the columns the request can read (ColumnNeeds; all without), so
// the types' resolvers cannot tell the difference: test/singleStatementLoad.test.ts compares both.
// Only a plain shape is planned (relations with `include`/`select`, `orderBy` by scalar fields, an
// empty `where`); anything else (`_count`, filters, nested paging, many-to-many, BigInt/Json
// columns) gets no plan, and the caller lets Prisma load it.
import type { PothosPrismaDatamodel } from '@pothos/plugin-prisma';
import { Decimal } from '../domain/money.js';
import { getDatamodel } from '../generated/pothos-types.js';
import { direkt } from './direkt.js';

type Model = PothosPrismaDatamodel['datamodel']['models'][string];
type Field = Model['fields'][number];

export const models = getDatamodel().datamodel.models;

/** How one value of a row's JSON array turns back into what Prisma returns. */
type Slot =
  | { name: string; kind: 'plain' } // text, enum, integer, boolean: as JSON has them
  | { name: string; kind: 'decimal' } // numeric, sent as text: exact
  | { name: string; kind: 'date' } // timestamp or date, sent as JSON's ISO text
  | { name: string; kind: 'relation'; list: boolean; plan: RowPlan };

export interface RowPlan {
  readonly model: string;
  readonly slots: readonly Slot[];
}

/**
 * The columns a request can read, per model (from its GraphQL selection): a relation loaded with
 * `include` sends only these (and the id); one with `select` what it selects.
 */
export interface ColumnNeeds {
  columns(model: string): ReadonlySet<string> | 'all';
  /** Equal keys, equal needs: plans are kept per shape and needs. */
  readonly key: string;
}

export const ALL_COLUMNS: ColumnNeeds = { columns: () => 'all', key: '*' };

export interface LoadPlan extends RowPlan {
  /** The SELECT of the top level; $1 the ids (uuid[]), $2 the office. */
  readonly sql: string;
  /** The same for one id: $1 the id (uuid), $2 the office. */
  readonly sqlForOne: string;
  /** The JSON array of one row aliased t0 (pages build their statement around it). */
  readonly json: string;
}

export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** json_build_array takes at most 100 arguments. */
const MAX_VALUES = 100;
/** Deeper shapes are rare in the API and get no plan: Prisma loads them. */
const MAX_DEPTH = 4;

const idField = (model: Model) => model.fields.filter((f) => f.isId);

type Spec = { include?: unknown; select?: unknown; orderBy?: unknown; where?: unknown };

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field of a Prisma model by name (schema/columnNeeds.ts reads selects with it too). */
export const modelField = (model: string, name: string): Field | undefined => models[model]?.fields.find((f) => f.name === name);

/** `{ a: 'asc' }` or a list of them, by scalar fields only: the ORDER BY, or null if not plain. */
export function orderBySql(model: Model, alias: string, orderBy: unknown): string | null {
  const terms = orderBy === undefined ? [] : Array.isArray(orderBy) ? orderBy : [orderBy];
  const parts: string[] = [];
  for (const term of terms) {
    if (!isRecord(term)) return null;
    for (const [name, direction] of Object.entries(term)) {
      const field = model.fields.find((f) => f.name === name);
      if (!field || field.kind === 'object' || (direction !== 'asc' && direction !== 'desc')) return null;
      parts.push(`${alias}.${quote(name)} ${direction === 'asc' ? 'ASC' : 'DESC'}`);
    }
  }
  // Without an order Prisma promises none; by id the result is at least stable.
  if (parts.length === 0) for (const f of idField(model)) parts.push(`${alias}.${quote(f.name)} ASC`);
  return parts.join(', ');
}

interface Planned {
  plan: RowPlan;
  /** The JSON array of one row aliased t<depth>. */
  json: string;
}

/**
 * The JSON of one row of `modelName` with the relations `selection` names; with `onlySelected` (a
 * Prisma `select`) only the scalars it names, else (`include`) all of them.
 */
/**
 * A list relation of a row, for `planRow`'s caller to write other than as a correlated subquery
 * (schema/compiledReads.ts reads the lists of its root row from LATERAL joins it shares).
 */
export interface ListRelation {
  readonly field: Field;
  /** `"Model" t<depth+1>` */
  readonly from: string;
  readonly join: string;
  readonly order: string;
  /** The JSON of one of its rows. */
  readonly row: string;
}

export function planRow(
  modelName: string, selection: Record<string, unknown>, onlySelected: boolean, needs: ColumnNeeds, depth: number,
  listSql?: (list: ListRelation) => string,
): Planned | null {
  const model = models[modelName];
  if (!model || depth > MAX_DEPTH) return null;
  const wanted = onlySelected ? null : needs.columns(modelName);
  const loads = (field: Field) => (wanted === null ? !!selection[field.name] : wanted === 'all' || field.isId || wanted.has(field.name));
  const alias = `t${depth}`;
  const values: string[] = [];
  const slots: Slot[] = [];

  for (const field of model.fields) {
    if (field.kind === 'object' || !loads(field)) continue;
    const column = `${alias}.${quote(field.name)}`;
    if (field.kind === 'enum' || ['String', 'Int', 'Boolean'].includes(field.type)) {
      values.push(column);
      slots.push({ name: field.name, kind: 'plain' });
    } else if (field.type === 'Decimal' && !field.isList) {
      values.push(`${column}::text`);
      slots.push({ name: field.name, kind: 'decimal' });
    } else if (field.type === 'DateTime' && !field.isList) {
      // As JSON's ISO text (asDate reads it): PostgreSQL's epoch arithmetic costs more.
      values.push(column);
      slots.push({ name: field.name, kind: 'date' });
    } else {
      return null; // BigInt, Json, Bytes, Float, lists of those: not planned
    }
  }

  for (const [name, value] of Object.entries(selection)) {
    if (!value) continue;
    const field = model.fields.find((f) => f.name === name);
    if (!field) return null; // _count and the like
    if (field.kind !== 'object') continue; // a scalar of a `select`: planned above
    const relation = planRelation(model, field, value, needs, depth, listSql);
    if (!relation) return null;
    values.push(relation.sql);
    slots.push({ name, kind: 'relation', list: field.isList, plan: relation.plan });
  }
  if (values.length > MAX_VALUES) return null;
  return { plan: { model: modelName, slots }, json: `json_build_array(${values.join(', ')})` };
}

/**
 * The condition joining a row of the relation's model (aliased `child`) to the row holding the
 * relation (aliased `parent`), or null for a shape not planned (many-to-many, compound keys).
 */
export function relationJoin(model: Model, field: Field, parent: string, child: string): string | null {
  const target = models[field.type];
  if (!target) return null;
  if (field.relationFromFields?.length === 1) {
    // This row holds the key (Akt.klientId → Person.id).
    const [targetId, ...more] = idField(target);
    if (!targetId || more.length) return null;
    return `${child}.${quote(targetId.name)} = ${parent}.${quote(field.relationFromFields[0]!)}`;
  }
  // The other row holds the key (Forderung.aktId → Akt.id); none holding one: many-to-many.
  const back = target.fields.find((f) => f !== field && f.relationName === field.relationName && f.relationFromFields?.length === 1);
  const [ownId, ...more] = idField(model);
  if (!back || !ownId || more.length) return null;
  return `${child}.${quote(back.relationFromFields![0]!)} = ${parent}.${quote(ownId.name)}`;
}

/** The subquery for one relation of the row aliased t<depth>. */
function planRelation(
  model: Model, field: Field, value: unknown, needs: ColumnNeeds, depth: number, listSql: (list: ListRelation) => string = listSubquery,
): { sql: string; plan: RowPlan } | null {
  const spec: Spec = value === true ? {} : isRecord(value) ? value : { where: 'not plain' };
  if (Object.keys(spec).some((k) => !['include', 'select', 'orderBy', 'where'].includes(k))) return null;
  if (spec.where !== undefined && !(isRecord(spec.where) && Object.keys(spec.where).length === 0)) return null;
  if (spec.include !== undefined && spec.select !== undefined) return null;
  const nested = spec.include ?? spec.select ?? {};
  if (!isRecord(nested)) return null;

  const target = models[field.type];
  const child = `t${depth + 1}`;
  const join = target && relationJoin(model, field, `t${depth}`, child);
  if (!target || !join) return null;

  const row = planRow(field.type, nested, spec.select !== undefined, needs, depth + 1);
  if (!row) return null;
  const from = `${quote(field.type)} ${child}`;
  if (!field.isList) {
    if (spec.orderBy !== undefined) return null;
    return { sql: `(SELECT ${row.json} FROM ${from} WHERE ${join})`, plan: row.plan };
  }
  const order = orderBySql(target, child, spec.orderBy);
  if (order === null) return null;
  return { sql: listSql({ field, from, join, order, row: row.json }), plan: row.plan };
}

/** A list relation's rows as a JSON array, in a correlated subquery. */
export const listSubquery = ({ from, join, order, row }: ListRelation) =>
  `(SELECT coalesce(json_agg(${row} ORDER BY ${order}), '[]'::json) FROM ${from} WHERE ${join})`;

const plans = new Map<string, LoadPlan | null>();

/**
 * The plan for rows of `model` (it must have a UUID `id` and a `kanzleiId`) with what a plugin-prisma
 * query includes (`take`, `skip`, `cursor` are the caller's: it picks the ids), or null: then Prisma
 * loads them. Plans are kept per shape: a schema has few.
 */
export function planSingleStatementLoad(
  model: string,
  query: { include?: unknown; select?: unknown },
  needs: ColumnNeeds = ALL_COLUMNS,
): LoadPlan | null {
  const key = `${model} ${JSON.stringify(query.include ?? null)} ${JSON.stringify(query.select ?? null)} ${needs.key}`;
  const known = plans.get(key);
  if (known !== undefined) return known;
  const plan = buildPlan(model, query, needs);
  if (plans.size >= 500) plans.clear(); // only a client inventing new shapes gets here
  plans.set(key, plan);
  return plan;
}

function buildPlan(model: string, query: { include?: unknown; select?: unknown }, needs: ColumnNeeds): LoadPlan | null {
  const fields = models[model]?.fields ?? [];
  if (!fields.some((f) => f.name === 'id' && f.isId) || !fields.some((f) => f.name === 'kanzleiId')) return null;
  if (query.include !== undefined && query.select !== undefined) return null;
  const selection = query.include ?? query.select ?? {};
  if (!isRecord(selection)) return null;
  const row = planRow(model, selection, query.select !== undefined, needs, 0);
  if (!row) return null;
  return {
    ...row.plan,
    json: row.json,
    sql: statement(model, row.json, 'unnest($1::uuid[]) WITH ORDINALITY', '$2'),
    sqlForOne: statement(model, row.json, '(VALUES ($1::uuid, 1))', '$2'),
  };
}

/**
 * The rows' JSON in the order of `ids` (a row source of (id, ord)), the office's rows only.
 *
 * Each shape of statement is written so that PostgreSQL's estimate of its rows does not depend on
 * a parameter: one id is a VALUES row, not an array of unknown length; a page's LIMIT and OFFSET
 * are literals. Then the generic plan of a prepared statement costs what a custom one costs, and
 * PostgreSQL keeps it after five executions instead of planning again on every one (with
 * `unnest($1::uuid[])` for one Akt it estimated ten rows and re-planned each time: 0.45 ms of
 * PostgreSQL's CPU per request, half of it; BENCHMARKS.md).
 */
const statement = (model: string, json: string, ids: string, kanzleiId: string) =>
  `SELECT coalesce(json_agg(${json} ORDER BY i.ord), '[]'::json)::text AS rows ` +
  `FROM ${ids} AS i(id, ord) JOIN ${quote(model)} t0 ON t0."id" = i.id ` +
  `WHERE t0."kanzleiId" = ${kanzleiId}::uuid`;

/**
 * A date or timestamp as PostgreSQL writes it in JSON: "2026-11-27" (date: UTC midnight, as Prisma
 * returns it), "2026-11-27T07:00:00.123" (timestamp: Prisma stores UTC), or with an offset
 * (timestamptz).
 */
const ZONED = /(?:Z|[+-]\d\d(?::?\d\d)?)$/;
export const asDate = (text: string): Date =>
  new Date(text.length === 10 || ZONED.test(text) ? text : `${text}Z`);

/** One row as Prisma returns it, from its JSON array. */
export function revive(values: readonly unknown[], plan: RowPlan): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const { slots } = plan;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const value = values[i];
    if (value === null || slot.kind === 'plain') row[slot.name] = value;
    else if (slot.kind === 'decimal') row[slot.name] = new Decimal(value as string);
    else if (slot.kind === 'date') row[slot.name] = asDate(value as string);
    else if (slot.list) row[slot.name] = (value as unknown[][]).map((item) => revive(item, slot.plan));
    else row[slot.name] = revive(value as unknown[], slot.plan);
  }
  return row;
}

/** What runs the statement: Prisma's client or a transaction (counted like any other statement). */
export interface RawQuery {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/**
 * The office's rows with these ids, in the order of `ids` (ids of other offices or of no row are
 * left out), shaped as the plan's Prisma query would return them.
 */
export async function loadByIds<T>(db: RawQuery, plan: LoadPlan, ids: readonly string[], kanzleiId: string): Promise<T[]> {
  if (ids.length === 0) return [];
  if (ids.length === 1) return run<T>(db, plan, plan.sqlForOne, [ids[0], kanzleiId]);
  return run<T>(db, plan, plan.sql, [ids, kanzleiId]);
}

/** Runs a statement of the plan and revives its rows. */
async function run<T>(db: RawQuery, plan: LoadPlan, sql: string, args: unknown[]): Promise<T[]> {
  // Outside a transaction past Prisma's client (direkt.ts): the one column is text.
  const [result] = await direkt(db).$queryRawUnsafe<{ rows: string }[]>(sql, ...args);
  return (JSON.parse(result!.rows) as unknown[][]).map((values) => revive(values, plan) as T);
}

/**
 * A page of the office's rows without a filter, as Prisma's `findMany({ where: { kanzleiId },
 * orderBy, take, skip, cursor: { id } })` picks it: in the order, from the cursor row on (another
 * office's row or none: no rows, as with Prisma), `skip` left out, `take` kept.
 */
export interface Page {
  /** Scalar columns, all in one direction (the cursor is one row comparison). */
  readonly orderBy: readonly Record<string, 'asc' | 'desc'>[];
  /** Positive: Prisma's negative take (a page backwards) has no plan. */
  readonly take: number;
  readonly skip: number;
  readonly cursorId: string | null;
}

const pageSqls = new WeakMap<LoadPlan, Map<string, string | null>>();

/**
 * Largest `take` and `skip` written into a page's statement: the API's pages hold at most 100 rows
 * (a page asks for one more, and skips the cursor's row), so a larger one is no page of ours.
 */
const MAX_PAGE_LITERAL = 1_000;
/** Statements kept per plan: a client can vary the page size (and so the LIMIT) within the bound. */
const MAX_PAGE_SQLS = 500;

/**
 * The plan's statement with the ids picked in it ($1 the office, $2 the cursor's id; LIMIT and
 * OFFSET as literals, see `statement`): the page costs one statement, not a statement for its ids
 * and one for its rows. Null when the order is not plain or the page not one of ours.
 */
function pageSql(plan: LoadPlan, { orderBy, take, skip, cursorId }: Page): string | null {
  if (![take, skip].every((n) => Number.isSafeInteger(n) && n >= 0 && n <= MAX_PAGE_LITERAL) || take === 0) return null;
  const cursor = cursorId !== null;
  const key = `${JSON.stringify(orderBy)} ${cursor} ${take} ${skip}`;
  let known = pageSqls.get(plan);
  if (!known) pageSqls.set(plan, (known = new Map()));
  if (known.has(key)) return known.get(key)!;
  const ids = pageIdsSql(plan.model, { orderBy, take, skip, cursor });
  const sql = ids === null ? null : statement(plan.model, plan.json, `unnest(${ids}) WITH ORDINALITY`, '$1');
  if (known.size >= MAX_PAGE_SQLS) known.clear();
  known.set(key, sql);
  return sql;
}

/**
 * `ARRAY(SELECT id …)` of a page's ids as Prisma's findMany picks them ($1 the office, $2 the
 * cursor's id when `cursor`), or null when the order is not plain. Also used by schema/compiledReads.ts.
 */
export function pageIdsSql(modelName: string, { orderBy, take, skip, cursor }: Omit<Page, 'cursorId'> & { cursor: boolean }): string | null {
  const model = models[modelName];
  if (!model) return null;
  const columns = orderBy.flatMap((term) => Object.entries(term));
  const directions = new Set(columns.map(([, direction]) => direction));
  const order = orderBySql(model, 'p', orderBy);
  if (order === null || columns.length === 0 || directions.size !== 1) return null;
  const tuple = (alias: string) => `(${columns.map(([name]) => `${alias}.${quote(name)}`).join(', ')})`;
  const from = cursor
    ? ` AND ${tuple('p')} ${directions.has('desc') ? '<=' : '>='} (SELECT ${tuple('c').slice(1, -1)} FROM ${quote(modelName)} c WHERE c."id" = $2::uuid AND c."kanzleiId" = $1::uuid)`
    : '';
  return `ARRAY(SELECT p."id" FROM ${quote(modelName)} p WHERE p."kanzleiId" = $1::uuid${from} ORDER BY ${order} LIMIT ${take} OFFSET ${skip})`;
}

/** The page, or undefined when it has no plan (then the caller lets Prisma pick the ids). */
export async function loadPage<T>(db: RawQuery, plan: LoadPlan, page: Page, kanzleiId: string): Promise<T[] | undefined> {
  const sql = pageSql(plan, page);
  if (sql === null) return undefined;
  return run<T>(db, plan, sql, page.cursorId === null ? [kanzleiId] : [kanzleiId, page.cursorId]);
}
