// Which columns of each Prisma model a GraphQL field's selection can read, so that the single-
// statement load (server/db/singleStatementLoad.ts) sends only those: a dashboard page reads 4 of
// Titel's 27 columns. The rule, per field asked for on a type backed by a model:
//   - an exposed column (`t.expose…`) needs that column;
//   - a relation (`t.relation`) needs none of its own (the join is SQL's);
//   - a field with an object `select` needs what it names (relations in it: of their model);
//   - a field with `extensions: { readsColumns }` needs those;
//   - any other field (a resolver of its own, a `select` function) may read anything: all columns.
// @skip/@include are ignored (a superset), and so are type conditions of fragments on a model type.
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { isRecord, modelField, type ColumnNeeds } from '../server/db/singleStatementLoad.js';

type Needs = Map<string, Set<string> | 'all'>;

/**
 * What Pothos and plugin-prisma record on a field, and our `readsColumns`: the columns of its own
 * row a computed field reads. It says for a `select` function what cannot be looked into (none,
 * for a field that only selects a relation), and for a field computed from columns what it needs
 * without a field-level `select`, which would cost plugin-prisma's check on every row.
 */
interface FieldExtensions {
  readsColumns?: readonly string[];
  pothosExposedField?: string;
  pothosPrismaRelationField?: string;
  pothosPrismaSelect?: unknown;
}

function add(needs: Needs, model: string, column: string): void {
  const known = needs.get(model);
  if (known === 'all') return;
  if (known) known.add(column);
  else needs.set(model, new Set([column]));
}

/** A field-level `select` object: its scalars, and for its relations what they select. */
function addSelect(needs: Needs, model: string, select: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(select)) {
    if (!value) continue;
    const field = modelField(model, name);
    if (!field) continue; // _count and the like need no column
    if (field.kind !== 'object') add(needs, model, name);
    else if (isRecord(value) && isRecord(value.select)) addSelect(needs, field.type, value.select);
    else needs.set(field.type, 'all');
  }
}

function walk(info: GraphQLResolveInfo, needs: Needs, type: GraphQLNamedType, sets: readonly SelectionSetNode[]): void {
  if (isAbstractType(type)) {
    for (const possible of info.schema.getPossibleTypes(type)) walk(info, needs, possible, sets);
    return;
  }
  if (!isObjectType(type)) return;
  const model = (type.extensions as { pothosPrismaModel?: string }).pothosPrismaModel;
  const fields = type.getFields();
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fields[selection.name.value];
        if (!field) continue; // __typename, or a field of another type behind a fragment
        if (model) {
          const ext = field.extensions as FieldExtensions;
          if (ext.readsColumns) for (const column of ext.readsColumns) add(needs, model, column);
          else if (ext.pothosExposedField) add(needs, model, ext.pothosExposedField);
          else if (ext.pothosPrismaRelationField) {
            // The related rows: their model's columns come from the selection below.
          } else if (isRecord(ext.pothosPrismaSelect)) addSelect(needs, model, ext.pothosPrismaSelect);
          else needs.set(model, 'all');
        }
        if (selection.selectionSet) walk(info, needs, getNamedType(field.type), [selection.selectionSet]);
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
        if (!fragment) continue;
        const condition: GraphQLNamedType | null | undefined = fragment.typeCondition
          ? info.schema.getType(fragment.typeCondition.name.value)
          : type;
        if (!condition) continue;
        // On this type, or an interface or union it belongs to: this type's fields; else that type's.
        walk(info, needs, condition === type || isAbstractType(condition) ? type : condition, [fragment.selectionSet]);
      }
    }
  }
}

/** Per field node of a parsed document (Yoga caches documents): the needs never change. */
const cache = new WeakMap<FieldNode, ColumnNeeds>();

/** The columns per model that the field being resolved (`info`) and everything below it read. */
export function columnNeeds(info: GraphQLResolveInfo): ColumnNeeds {
  const node = info.fieldNodes[0]!;
  const known = info.fieldNodes.length === 1 ? cache.get(node) : undefined;
  if (known) return known;
  const needs: Needs = new Map();
  const sets = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  walk(info, needs, getNamedType(info.returnType), sets);
  const result: ColumnNeeds = {
    columns: (model) => needs.get(model) ?? 'all',
    key: [...needs].map(([model, cols]) => `${model}:${cols === 'all' ? '*' : [...cols].sort().join(',')}`).sort().join(';'),
  };
  if (info.fieldNodes.length === 1) cache.set(node, result);
  return result;
}
