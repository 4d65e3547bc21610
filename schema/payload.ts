// Mutation payloads hold the written object under its own name (`CreateAktPayload { akt: Akt! }`).
// The service returns the id; the payload loads the object with exactly the selection the client
// asked for, nested relations included: a plain shape in one statement (the row and its relations
// as JSON, server/db/singleStatementLoad.ts, as the Akt reads), any other as plugin-prisma plans it
// (a statement per relation).
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../server/context.js';
import type PrismaTypes from '../server/generated/pothos-types.js';
import { findPlanned } from '../server/services/aktenLesen.js';
import { builder } from './builder.js';
import { columnNeeds } from './columnNeeds.js';

type Model = keyof PrismaTypes & string;

interface FindById {
  findUniqueOrThrow(args: object): Promise<unknown>;
}

/** The written row of `model` with the client's selection (`query`: plugin-prisma's include/select). */
export async function findWritten(model: Model, id: string, query: { include?: unknown; select?: unknown }, ctx: Context, info: GraphQLResolveInfo): Promise<unknown> {
  // An intake request has no viewer (its office is ctx.intake's): plugin-prisma loads its payload.
  const needs = ctx.singleStatementReads && !ctx.intake ? columnNeeds(info) : null;
  const row = needs && (await findPlanned(ctx.prisma, model, ctx.viewer.kanzleiId, id, query, needs));
  if (row) return row;
  const delegate = (model.charAt(0).toLowerCase() + model.slice(1)) as string;
  return (ctx.prisma as unknown as Record<string, FindById>)[delegate]!.findUniqueOrThrow({ ...query, where: { id } });
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
        resolve: (query, { aktId }, _args, ctx) => ctx.prisma.akt.findUniqueOrThrow({ ...query, where: { id: aktId } }),
      }),
    }),
  });
}
