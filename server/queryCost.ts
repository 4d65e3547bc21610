// What a request may cost, measured before it runs, and a last guard while it runs.
//
// The cost of an operation counts every field it selects, and multiplies what is below a list by
// how many items that list can hold: a connection by its `first`/`last` (from a literal or a
// variable; absent: the default page size), an unpaginated relation by its bound from LIST_SIZES
// (the most it holds, or an estimate where the data decides; DEFAULT_LIST_SIZE for a list not named
// there). Nested lists multiply, so `akt { leistungen { akt { leistungen … } } }` costs the product
// of its lists and is refused before any SQL runs.
//
// An estimate can be wrong (an Akt with more Leistungen than estimated), so while a request runs
// every list a resolver returns is counted against a budget of list items, and the request has a
// deadline: past either, the remaining fields end with a typed error at once, instead of the
// server working (and holding memory) on for minutes.
import {
  defaultFieldResolver, getNamedType, GraphQLError, isAbstractType, isListType, isNonNullType, isObjectType, Kind, type DocumentNode, type FieldNode,
  type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema,
  type GraphQLType, type OperationDefinitionNode, type SelectionSetNode, type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../schema/pagination.js';

/**
 * Bounds of unpaginated list fields ("Type.field"): hard limits where the domain has one (Gegner
 * 1..10), else what a large Akt holds, generously. The runtime list budget catches an Akt beyond.
 */
export const LIST_SIZES: Record<string, number> = {
  'Akt.gegner': 10,
  'Akt.forderungen': 50,
  'Akt.leistungen': 100,
  'Akt.titel': 10,
  'Akt.honorarnoten': 20,
  'Akt.zahlungen': 50,
  'Akt.verlauf': 20,
  'Akt.geschaeftszahlen': 20,
  'Akt.offeneRaten': 60,
  'Titel.forderungen': 20,
  'Honorarnote.positionen': 100,
  'Honorarnote.leistungen': 100,
};
/** A list not named in LIST_SIZES. */
export const DEFAULT_LIST_SIZE = MAX_PAGE_SIZE;

type Variables = Record<string, unknown> | null | undefined;

/**
 * `first`/`last` of a connection field: the literal, the variable's value, or the default.
 * `readsVariable` hears of every variable it reads.
 */
function pageSize(field: FieldNode, operation: OperationDefinitionNode, variables: Variables, readsVariable: () => void): number | null {
  const arg = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  if (!arg) return null;
  const value = (v: ValueNode): number => {
    if (v.kind === Kind.INT) return Number(v.value);
    if (v.kind === Kind.VARIABLE) {
      readsVariable();
      const given = variables?.[v.name.value];
      if (typeof given === 'number') return given;
      if (given === undefined) {
        const declared = operation.variableDefinitions?.find((d) => d.variable.name.value === v.name.value)?.defaultValue;
        return declared ? value(declared) : DEFAULT_PAGE_SIZE;
      }
      return given === null ? DEFAULT_PAGE_SIZE : MAX_PAGE_SIZE;
    }
    return v.kind === Kind.NULL ? DEFAULT_PAGE_SIZE : MAX_PAGE_SIZE;
  };
  // Out-of-range values are refused by the field itself; here they count as the most it serves.
  return Math.min(Math.max(value(arg.value), 0), MAX_PAGE_SIZE);
}

const isList = (type: GraphQLType): boolean => isListType(isNonNullType(type) ? type.ofType : type);
const isConnectionPart = (parent: GraphQLNamedType, field: string) => parent.name.endsWith('Connection') && (field === 'edges' || field === 'nodes');

/**
 * Costs of operations whose cost reads no variable (most: one Akt by its id), by document and
 * operation name: the same document costs the same whatever its variables (11.7 µs for the
 * benchmark's one-Akt document, 0.02 µs remembered; a document is parsed once per text by Yoga's cache).
 */
const constantCosts = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();

/** The cost of the operation (see the header): fields count 1, lists multiply what is below them. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Variables): number {
  let bySchema = constantCosts.get(schema);
  if (!bySchema) constantCosts.set(schema, (bySchema = new WeakMap()));
  let byOperation = bySchema.get(document);
  const known = byOperation?.get(operationName ?? '');
  if (known !== undefined) return known;
  let variable = false;
  const cost = costOf(schema, document, operationName, variables, () => void (variable = true));
  if (!variable) {
    if (!byOperation) bySchema.set(document, (byOperation = new Map()));
    byOperation.set(operationName ?? '', cost);
  }
  return cost;
}

function costOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Variables, readsVariable: () => void): number {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return 0;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const selectionCost = (set: SelectionSetNode, parent: GraphQLNamedType, seen: Set<string>): number => {
    let cost = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        cost += fieldCost(s, parent, seen);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const on = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent;
        if (on) cost += selectionCost(s.selectionSet, on, seen);
      } else {
        const f = fragments.get(s.name.value);
        // A fragment spread in itself is invalid (and refused by validation); count it once here.
        if (!f || seen.has(f.name.value)) continue;
        const on = schema.getType(f.typeCondition.name.value);
        if (on) cost += selectionCost(f.selectionSet, on, new Set([...seen, f.name.value]));
      }
    }
    return cost;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLNamedType, seen: Set<string>): number => {
    if (node.name.value.startsWith('__')) return 1;
    // On a union or interface the field is one of a member's; count the largest.
    const candidates: GraphQLObjectType[] = isObjectType(parent) ? [parent] : isAbstractType(parent) ? [...schema.getPossibleTypes(parent)] : [];
    let worst = 1;
    for (const type of candidates) {
      const def: GraphQLField<unknown, unknown> | undefined = type.getFields()[node.name.value];
      if (!def) continue;
      const below = node.selectionSet ? selectionCost(node.selectionSet, getNamedType(def.type), seen) : 0;
      const n = pageSize(node, operation, variables, readsVariable) ?? (isList(def.type) && !isConnectionPart(type, def.name) ? (LIST_SIZES[`${type.name}.${def.name}`] ?? DEFAULT_LIST_SIZE) : 1);
      worst = Math.max(worst, 1 + n * below);
    }
    return worst;
  };

  return selectionCost(operation.selectionSet, root, new Set());
}

const tooCostly = (cost: number, max: number) =>
  new GraphQLError(`Die Anfrage kostet ${cost}, mehr als die Grenze von ${max}: kleinere Seiten (first/last) oder weniger verschachtelte Listen anfordern.`, {
    extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: max, http: { status: 400 } },
  });

/** Refuses an operation over `maxCost` before it runs (variables are known only here, not in validation). */
export const queryCostPlugin = (maxCost: number): Plugin => ({
  onExecute({ args, setResultAndStopExecution }) {
    const cost = queryCost(args.schema, args.document, args.operationName, args.variableValues);
    if (cost > maxCost) setResultAndStopExecution({ errors: [tooCostly(cost, maxCost)] });
  },
});

// ---- The guard while it runs ------------------------------------------------------------------

interface Budget {
  items: number;
  deadline: number;
  failed: GraphQLError | null;
  ms: number;
}

const budgets = new WeakMap<object, Budget>();

/** Starts the budget of each execution (list items, deadline), kept per context object. */
export const executionBudgetPlugin = (maxListItems: number, maxExecutionMs: number): Plugin => ({
  onExecute({ args }) {
    if (args.contextValue && typeof args.contextValue === 'object') {
      budgets.set(args.contextValue as object, { items: maxListItems, deadline: performance.now() + maxExecutionMs, failed: null, ms: maxExecutionMs });
    }
  },
});

/**
 * What an execution answered without graphql-js (schema/compiledReads.ts) must keep within: the list
 * items it may still return (Infinity without a budget), and whether its deadline has passed.
 */
export const executionLimits = (context: object) => {
  const budget = budgets.get(context);
  return { listItems: budget?.items ?? Infinity, pastDeadline: () => !!budget && performance.now() > budget.deadline };
};

/**
 * Starts the deadline anew for the rest of the execution: for a mutation whose own work is bounded
 * otherwise (the bank statement import: its transaction's timeout) and has committed, so that
 * reading its answer is not cut off by the time the work took.
 */
export function fristNeuStarten(context: object): void {
  const budget = budgets.get(context);
  if (budget && !budget.failed) budget.deadline = performance.now() + budget.ms;
}

const overBudget = (what: 'items' | 'time') =>
  what === 'items'
    ? new GraphQLError('Die Antwort hätte mehr Listeneinträge, als eine Anfrage liefern darf: weniger anfordern (kleinere Seiten, weniger verschachtelte Listen).', {
        extensions: { code: 'RESPONSE_TOO_LARGE' },
      })
    : new GraphQLError('Die Anfrage lief länger, als eine Anfrage laufen darf, und wurde abgebrochen: weniger anfordern.', { extensions: { code: 'EXECUTION_TIMEOUT' } });

function charge(budget: Budget | undefined, value: unknown): unknown {
  if (!budget) return value;
  if (budget.failed) throw budget.failed;
  if (Array.isArray(value)) budget.items -= value.length;
  if (budget.items < 0) throw (budget.failed = overBudget('items'));
  if (performance.now() > budget.deadline) throw (budget.failed = overBudget('time'));
  return value;
}

const guarded = new WeakSet<GraphQLSchema>();

/**
 * Wraps the resolver of every list field of the schema (once) to charge what it returns against
 * the execution's budget. Only list fields: a page of 50 Akten costs a few hundred checks.
 */
export function guardLists(schema: GraphQLSchema): GraphQLSchema {
  if (guarded.has(schema)) return schema;
  guarded.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isList(field.type)) continue;
      const resolve = field.resolve;
      field.resolve = (source, args, context, info) => {
        const budget = budgets.get(context as object);
        const value = (resolve ?? defaultFieldResolver)(source, args, context, info);
        return value instanceof Promise ? value.then((v) => charge(budget, v)) : charge(budget, value);
      };
    }
  }
  return schema;
}
