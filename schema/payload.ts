// Mutation payloads hold the written object under its own name (`CreateAktPayload { akt: Akt! }`).
// The service returns the id; the payload loads the object with exactly the selection the client
// asked for, nested relations included: a plain shape in one statement (the row and its relations
// as JSON, server/db/singleStatementLoad.ts, as the Akt reads), any other as plugin-prisma plans it
// (a statement per relation). A selection the service can answer from what it wrote costs no
// statement: the id alone (`titel { id }`, what a partner tool often asks), or the columns of the
// row it returned (createForderung: the INSERT returns them as stored).
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../server/context.js';
import type PrismaTypes from '../server/generated/pothos-types.js';
import { findPlanned } from '../server/services/aktenLesen.js';
import { builder } from './builder.js';
import { columnNeeds } from './columnNeeds.js';
import { isRecord, modelField, type ColumnNeeds } from '../server/db/singleStatementLoad.js';

type Model = keyof PrismaTypes & string;

interface FindById {
  findUniqueOrThrow(args: object): Promise<unknown>;
}

/**
 * What a service knows of the row it wrote, as Prisma would return it: its columns (at least the
 * id) and, per to-one relation, the related row's id (or null).
 */
export interface Geschrieben {
  zeile: { id: string } & Record<string, unknown>;
  relationen?: Record<string, string | null>;
}

type Query = { include?: unknown; select?: unknown };

/** The written row of `model` with the client's selection (`query`: plugin-prisma's include/select). */
export async function findWritten(model: Model, id: string, query: Query, ctx: Context, info: GraphQLResolveInfo, bekannt: Geschrieben = { zeile: { id } }): Promise<unknown> {
  // An intake request has no viewer (its office is ctx.intake's): plugin-prisma loads its payload.
  const needs = ctx.singleStatementReads && !ctx.intake ? columnNeeds(info) : null;
  const schonDa = needs && ausDemGeschriebenen(model, query, needs, bekannt);
  if (schonDa) return schonDa;
  const row = needs && (await findPlanned(ctx.prisma, model, ctx.viewer.kanzleiId, id, query, needs));
  if (row) return row;
  const delegate = (model.charAt(0).toLowerCase() + model.slice(1)) as string;
  return (ctx.prisma as unknown as Record<string, FindById>)[delegate]!.findUniqueOrThrow({ ...query, where: { id } });
}

/**
 * The payload's row from what the service wrote, when that is all the selection reads: its
 * columns among those known (columnNeeds counts a field with a resolver of its own as reading
 * all), and of each relation it includes only the id, from a known foreign key. Else null.
 */
function ausDemGeschriebenen(model: string, query: Query, needs: ColumnNeeds, { zeile, relationen = {} }: Geschrieben): Record<string, unknown> | null {
  const columns = needs.columns(model);
  if (columns === 'all' || [...columns].some((c) => !(c in zeile))) return null;
  const row: Record<string, unknown> = { ...zeile };
  for (const q of [query.include, query.select]) {
    if (!isRecord(q)) continue;
    for (const [name, value] of Object.entries(q)) {
      if (!value) continue;
      const field = modelField(model, name);
      if (field?.kind !== 'object') {
        if (field && name in zeile) continue; // a column a `select` names
        return null; // _count, or a column not known
      }
      const related = relationen[name];
      if (related === undefined || field.isList) return null;
      const nested: Query = isRecord(value) ? value : {};
      if (related !== null && !ausDemGeschriebenen(field.type, nested, needs, { zeile: { id: related } })) return null;
      row[name] = related === null ? null : { id: related };
    }
  }
  return row;
}

export function objectPayload<M extends Model>(name: string, field: string, model: M, description?: string) {
  return builder.objectRef<{ id: string }>(name).implement({
    fields: (t) => ({
      [field]: t.prismaField({
        type: model,
        description,
        resolve: (query, { id }, _args, ctx, info) => findWritten(model, id, query, ctx, info) as never,
      }),
    }),
  });
}

/** The description of the optional `idempotencyKey` of the inputs a double-click repeats. */
export const IDEMPOTENCY_KEY_DESCRIPTION =
  'Optional, e.g. a UUID made once per user action: a repeat with the same key within 24 hours returns the first result and writes ' +
  'nothing; the same key with another input is a ConflictError. The SDK sends one by itself.';

/** After a delete: the id that is gone and the Akt it belonged to (to refresh its lists). */
export function deletePayload(name: string) {
  return builder.objectRef<{ deletedId: string; aktId: string }>(name).implement({
    fields: (t) => ({
      deletedId: t.exposeID('deletedId'),
      akt: t.prismaField({
        type: 'Akt',
        resolve: (query, { aktId }, _args, ctx, info) => findWritten('Akt', aktId, query, ctx, info) as never,
      }),
    }),
  });
}
